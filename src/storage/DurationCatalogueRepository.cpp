#include "DurationCatalogueRepository.h"

#include "StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

bool DurationCatalogueRepository::load(const QString& key, DurationCatalogue* catalogue) const
{
    QString fetchedText;
    qint64 entriesLength = -1;
    {
        QSqlQuery stamp(m_db);
        stamp.prepare(QStringLiteral("SELECT fetched_at_utc, length(entries) FROM duration_catalogue WHERE catalogue_key = ?"));
        stamp.addBindValue(key);
        if (!stamp.exec() || !stamp.next())
            return false;
        fetchedText = stamp.value(0).toString();
        entriesLength = stamp.value(1).toLongLong();
    }
    if (const auto known = m_read.constFind(key);
        known != m_read.cend() && known->fetchedText == fetchedText && known->entriesLength == entriesLength) {
        *catalogue = known->catalogue;
        return true;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT fetched_at_utc, entries, length(entries) FROM duration_catalogue "
                                 "WHERE catalogue_key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return false;
    const QDateTime fetched = StoredTime::fromText(query.value(0).toString());
    QList<DurationOption> options;
    for (const QJsonValue& value : QJsonDocument::fromJson(query.value(1).toByteArray()).array()) {
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
    m_read.insert(key, {query.value(0).toString(), query.value(2).toLongLong(), *catalogue});
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
