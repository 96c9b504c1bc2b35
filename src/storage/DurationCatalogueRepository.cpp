#include "DurationCatalogueRepository.h"

#include "StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

bool DurationCatalogueRepository::load(const QString& key, DurationCatalogue* catalogue) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT fetched_at_utc, entries FROM duration_catalogue WHERE catalogue_key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        m_read.remove(key);
        return false;
    }
    const QString fetchedText = query.value(0).toString();
    const QString entries = query.value(1).toString();
    if (const auto known = m_read.constFind(key);
        known != m_read.cend() && known->fetchedText == fetchedText && known->entries == entries) {
        *catalogue = known->catalogue;
        return true;
    }
    const QDateTime fetched = StoredTime::fromText(fetchedText);
    QList<DurationOption> options;
    for (const QJsonValue& value : QJsonDocument::fromJson(entries.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        DurationOption option;
        option.id = o.value(QLatin1String("id")).toInt(-1);
        option.hours = o.value(QLatin1String("hours")).toInt();
        option.days = o.value(QLatin1String("days")).toInt();
        if (IssueModes::fromStorageName(o.value(QLatin1String("mode")).toString(), &option.mode) && option.isValid())
            options.append(option);
    }
    if (!fetched.isValid() || options.isEmpty()) {
        m_read.remove(key);
        return false;
    }
    *catalogue = DurationCatalogue(options, fetched);
    m_read.insert(key, {fetchedText, entries, *catalogue});
    return true;
}

bool DurationCatalogueRepository::store(const QString& key, const DurationCatalogue& catalogue)
{
    QJsonArray entries;
    for (const DurationOption& option : catalogue.all()) {
        entries.append(QJsonObject{{QStringLiteral("id"), option.id},
                                   {QStringLiteral("mode"), IssueModes::storageName(option.mode)},
                                   {QStringLiteral("hours"), option.hours},
                                   {QStringLiteral("days"), option.days}});
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO duration_catalogue (catalogue_key, fetched_at_utc, entries) VALUES (?, ?, ?) "
                                 "ON CONFLICT(catalogue_key) DO UPDATE SET fetched_at_utc = excluded.fetched_at_utc, "
                                 "entries = excluded.entries"));
    query.addBindValue(key);
    query.addBindValue(StoredTime::text(catalogue.fetchedAtUtc()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact)));
    m_read.remove(key); // read again, as any list another desk stores
    return query.exec();
}
