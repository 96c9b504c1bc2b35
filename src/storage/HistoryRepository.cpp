#include "HistoryRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
// SQLite stores a null QString as NULL; the schema wants empty text instead.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kColumns = QStringLiteral(
    "id, issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, duration_label, "
    "start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, note, source, outcome, "
    "failure_text, first_use_by_utc, lock_time_zone, lock_follows_dst, request_path_id, request_identifier, demo");

const QString kSearchClause = QStringLiteral(
    " WHERE (:s = '' OR guest_name LIKE :like ESCAPE '\\' OR room LIKE :like ESCAPE '\\'"
    " OR reference LIKE :like ESCAPE '\\' OR lock_name LIKE :like ESCAPE '\\' OR code LIKE :like ESCAPE '\\')");

QString utcText(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime fromUtcText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

void bindSearch(QSqlQuery& query, const QString& search)
{
    QString escaped = search.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    query.bindValue(QStringLiteral(":s"), search.trimmed());
    query.bindValue(QStringLiteral(":like"), QStringLiteral("%") + escaped + QStringLiteral("%"));
}

HistoryEntry entryFromQuery(const QSqlQuery& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.issuedAtUtc = fromUtcText(q.value(1).toString());
    e.issuedBy = q.value(2).toString();
    e.lockId = q.value(3).toLongLong();
    e.lockName = q.value(4).toString();
    e.lockModel = q.value(5).toString();
    e.mode = q.value(6).toString();
    e.durationId = q.value(7).toInt();
    e.durationLabel = q.value(8).toString();
    e.startSent = q.value(9).toString();
    e.windowStartUtc = fromUtcText(q.value(10).toString());
    e.windowEndUtc = fromUtcText(q.value(11).toString());
    e.code = q.value(12).toString();
    e.guestName = q.value(13).toString();
    e.room = q.value(14).toString();
    e.reference = q.value(15).toString();
    e.note = q.value(16).toString();
    e.source = HistoryEntry::sourceFromName(q.value(17).toString());
    e.outcome = q.value(18).toString() == QLatin1String("failed") ? HistoryEntry::Outcome::Failed
                                                                   : HistoryEntry::Outcome::Issued;
    e.failureText = q.value(19).toString();
    e.firstUseByUtc = fromUtcText(q.value(20).toString());
    e.lockTimeZone = q.value(21).toString();
    e.lockFollowsDst = q.value(22).toBool();
    e.requestPathId = q.value(23).toString();
    e.requestIdentifier = q.value(24).toString();
    e.demo = q.value(25).toBool();
    return e;
}
} // namespace

bool HistoryRepository::add(HistoryEntry* entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO history (issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, "
        "duration_label, start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, note, "
        "source, outcome, failure_text, first_use_by_utc, lock_time_zone, lock_follows_dst, request_path_id, "
        "request_identifier, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(utcText(entry->issuedAtUtc));
    query.addBindValue(text(entry->issuedBy));
    query.addBindValue(entry->lockId > 0 ? QVariant(entry->lockId) : QVariant());
    query.addBindValue(text(entry->lockName));
    query.addBindValue(text(entry->lockModel));
    query.addBindValue(text(entry->mode));
    query.addBindValue(entry->durationId);
    query.addBindValue(text(entry->durationLabel));
    query.addBindValue(text(entry->startSent));
    query.addBindValue(utcText(entry->windowStartUtc));
    query.addBindValue(utcText(entry->windowEndUtc));
    query.addBindValue(text(entry->outcome == HistoryEntry::Outcome::Failed ? QString() : entry->code));
    query.addBindValue(text(entry->guestName.trimmed()));
    query.addBindValue(text(entry->room.trimmed()));
    query.addBindValue(text(entry->reference.trimmed()));
    query.addBindValue(text(entry->note.trimmed()));
    query.addBindValue(HistoryEntry::sourceName(entry->source));
    query.addBindValue(entry->outcome == HistoryEntry::Outcome::Failed ? QStringLiteral("failed")
                                                                       : QStringLiteral("issued"));
    query.addBindValue(text(entry->failureText));
    query.addBindValue(entry->firstUseByUtc.isValid() ? utcText(entry->firstUseByUtc) : QStringLiteral(""));
    query.addBindValue(text(entry->lockTimeZone));
    query.addBindValue(entry->lockFollowsDst ? 1 : 0);
    query.addBindValue(text(entry->requestPathId));
    query.addBindValue(text(entry->requestIdentifier));
    query.addBindValue(entry->demo || entry->source == HistoryEntry::Source::Demo ? 1 : 0);
    if (!query.exec()) {
        m_error = QCoreApplication::translate("HistoryRepository", "The code could not be written to history: %1")
                      .arg(query.lastError().text());
        return false;
    }
    entry->id = query.lastInsertId().toLongLong();
    return true;
}

QList<HistoryEntry> HistoryRepository::page(const QString& search, int offset, int limit) const
{
    QList<HistoryEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM history%2 ORDER BY issued_at_utc DESC, id DESC LIMIT :limit OFFSET :offset")
                      .arg(kColumns, kSearchClause));
    bindSearch(query, search);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append(entryFromQuery(query));
    return entries;
}

int HistoryRepository::count(const QString& search) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM history") + kSearchClause);
    bindSearch(query, search);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool HistoryRepository::find(qint64 id, HistoryEntry* entry) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM history WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return false;
    *entry = entryFromQuery(query);
    return true;
}

bool HistoryRepository::findIssued(const QString& pathId, const QString& identifier, const QString& lockModel,
                                   const QString& startSent, int durationId, const QStringList& sources,
                                   HistoryEntry* entry) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM history WHERE request_path_id = ? AND request_identifier = ? AND "
                                 "lock_model = ? AND start_sent = ? AND duration_id = ? AND outcome = 'issued' "
                                 "AND code <> '' ORDER BY id LIMIT 50")
                      .arg(kColumns));
    query.addBindValue(text(pathId));
    query.addBindValue(text(identifier));
    query.addBindValue(lockModel);
    query.addBindValue(startSent);
    query.addBindValue(durationId);
    if (!query.exec())
        return false;
    while (query.next()) {
        const HistoryEntry candidate = entryFromQuery(query);
        if (sources.contains(HistoryEntry::sourceName(candidate.source))) {
            *entry = candidate;
            return true;
        }
    }
    return false;
}
