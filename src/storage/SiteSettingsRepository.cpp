#include "SiteSettingsRepository.h"

#include "StoredText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
SiteSetting fromRow(const QSqlQuery& query)
{
    SiteSetting setting;
    setting.key = query.value(0).toString();
    setting.value = query.value(1).toString();
    setting.updatedAtUtc = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
    setting.updatedBy = query.value(3).toString();
    return setting;
}

const QString kColumns = QStringLiteral("SELECT key, value, updated_at_utc, updated_by FROM site_settings");
} // namespace

std::optional<SiteSetting> SiteSettingsRepository::get(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(kColumns + QStringLiteral(" WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

bool SiteSettingsRepository::all(QHash<QString, SiteSetting>* all) const
{
    QSqlQuery query(m_db);
    if (!query.exec(kColumns)) {
        m_lastError = query.lastError().text();
        return false;
    }
    QHash<QString, SiteSetting> read;
    while (query.next()) {
        SiteSetting setting = fromRow(query);
        read.insert(setting.key, setting);
    }
    *all = std::move(read);
    return true;
}

bool SiteSettingsRepository::set(const QString& key, const QString& value, const QString& updatedBy,
                                 const QDateTime& nowUtc)
{
    return setMany({{key, value}}, updatedBy, nowUtc);
}

bool SiteSettingsRepository::setMany(const QList<QPair<QString, QString>>& values, const QString& updatedBy,
                                     const QDateTime& nowUtc, int* changed)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    // An unchanged value keeps its row as it was: "changed by X on D" then names who really changed it.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO site_settings (key, value, updated_at_utc, updated_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                 "updated_at_utc = excluded.updated_at_utc, updated_by = excluded.updated_by "
                                 "WHERE site_settings.value <> excluded.value"));
    // With milliseconds: two changes in one second still tell which came last.
    const QString at = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    int rows = 0;
    for (const auto& [key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(StoredText::of(value));
        query.addBindValue(at);
        query.addBindValue(StoredText::of(updatedBy));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            m_db.rollback();
            return false;
        }
        rows += qMax(0, query.numRowsAffected());
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    if (changed)
        *changed = rows;
    return true;
}

bool SiteSettingsRepository::seedMissing(const QList<QPair<QString, QString>>& values, const QString& updatedBy,
                                         const QDateTime& nowUtc, QStringList* written)
{
    written->clear();
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO site_settings (key, value, updated_at_utc, updated_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(key) DO NOTHING"));
    const QString at = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    QStringList keys;
    for (const auto& [key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(StoredText::of(value));
        query.addBindValue(at);
        query.addBindValue(StoredText::of(updatedBy));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            query.finish();
            m_db.rollback();
            return false;
        }
        if (query.numRowsAffected() > 0)
            keys << key;
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    *written = keys;
    return true;
}

int SiteSettingsRepository::toInt(const QString& text, int fallback)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? value : fallback;
}

bool SiteSettingsRepository::toBool(const QString& text, bool fallback)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return fallback;
}
