#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One value of what the whole site agrees on (property name, slip, quota, API endpoint...), as text,
// with who changed it last and when.
struct SiteSetting {
    QString key;
    QString value;
    QDateTime updatedAtUtc; // invalid for values written before anyone was recorded
    QString updatedBy;

    bool operator==(const SiteSetting&) const = default;
};

// The store's `site_settings` table: every desk on a shared store reads the same values. Values are
// text; the typed helpers say how numbers and switches are written so every desk reads them alike.
class SiteSettingsRepository {
public:
    explicit SiteSettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<SiteSetting> get(const QString& key) const;
    // Every setting by key; false (and `all` untouched) when the store could not be read.
    bool all(QHash<QString, SiteSetting>* all) const;
    // Writes one value (a row already holding it is left alone, so who/when keep meaning a change).
    bool set(const QString& key, const QString& value, const QString& updatedBy, const QDateTime& nowUtc);
    // Several values in one transaction: all of them or none. `changed` (optional) receives how many rows changed.
    bool setMany(const QList<QPair<QString, QString>>& values, const QString& updatedBy, const QDateTime& nowUtc,
                 int* changed = nullptr);
    // Writes only the keys the store does not have yet, in one transaction, and returns the keys it
    // wrote. Two desks doing this at once on a shared store: the primary key lets one of them win per
    // key and the other adopts its value.
    bool seedMissing(const QList<QPair<QString, QString>>& values, const QString& updatedBy, const QDateTime& nowUtc,
                     QStringList* written);

    QString lastError() const { return m_lastError; }

    static QString fromInt(int value) { return QString::number(value); }
    static QString fromBool(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
    static int toInt(const QString& text, int fallback);
    static bool toBool(const QString& text, bool fallback);

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};
