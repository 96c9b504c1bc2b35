#include "HistoryRepository.h"

#include "SqlDialect.h"
#include "StatementCache.h"
#include "StorageErrorText.h"
#include "StoredText.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

namespace {
// Retention deletes settled codes only: a request still being answered, or in doubt (possibly
// billed), stays until someone settles it.
const QString kKeptByRetention = QStringLiteral("('claimed', 'sent', 'in_doubt')");

const QString kColumns = QStringLiteral(
    "id, issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, duration_label, "
    "start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, note, source, outcome, "
    "failure_text, first_use_by_utc, lock_time_zone, lock_follows_dst, request_path_id, request_identifier, demo, "
    "request_key, claimed_by, lease_until_utc, http_status, print_count, last_printed_utc, shares_code_with");

HistoryEntry entryFromQuery(const QSqlQuery& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.issuedAtUtc = StoredTime::fromText(q.value(1).toString());
    e.issuedBy = q.value(2).toString();
    e.lockId = q.value(3).toLongLong();
    e.lockName = q.value(4).toString();
    e.lockModel = q.value(5).toString();
    e.mode = q.value(6).toString();
    e.durationId = q.value(7).toInt();
    e.durationLabel = q.value(8).toString();
    e.startSent = q.value(9).toString();
    e.windowStartUtc = StoredTime::fromText(q.value(10).toString());
    e.windowEndUtc = StoredTime::fromText(q.value(11).toString());
    e.code = q.value(12).toString();
    e.guestName = q.value(13).toString();
    e.room = q.value(14).toString();
    e.reference = q.value(15).toString();
    e.note = q.value(16).toString();
    e.source = HistoryEntry::sourceFromName(q.value(17).toString());
    e.outcome = HistoryEntry::outcomeFromName(q.value(18).toString());
    e.failureText = q.value(19).toString();
    e.firstUseByUtc = StoredTime::fromText(q.value(20).toString());
    e.lockTimeZone = q.value(21).toString();
    e.lockFollowsDst = q.value(22).toBool();
    e.requestPathId = q.value(23).toString();
    e.requestIdentifier = q.value(24).toString();
    e.demo = q.value(25).toBool();
    e.requestKey = q.value(26).toString();
    e.claimedBy = q.value(27).toString();
    e.leaseUntilUtc = StoredTime::fromText(q.value(28).toString());
    e.httpStatus = q.value(29).toInt();
    e.printCount = q.value(30).toInt();
    e.lastPrintedUtc = StoredTime::fromText(q.value(31).toString());
    e.sharesCodeWith = q.value(32).toLongLong();
    return e;
}

QString idList(const QList<qint64>& ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}
} // namespace

HistoryRepository::HistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_shared<StatementCache>(m_db))
{
}

bool HistoryRepository::add(HistoryEntry* entry, int attempts)
{
    const QString statement = QStringLiteral(
        "INSERT INTO history (issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, "
        "duration_label, start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, note, "
        "source, outcome, failure_text, first_use_by_utc, lock_time_zone, lock_follows_dst, request_path_id, "
        "request_identifier, demo, request_key, claimed_by, lease_until_utc, http_status, shares_code_with, attempts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + SqlDialect::returningId(m_db);
    QVariantList values;
    values.reserve(31);
    values << StoredTime::text(entry->issuedAtUtc);
    values << StoredText::of(entry->issuedBy);
    values << (entry->lockId > 0 ? QVariant(entry->lockId) : QVariant());
    values << StoredText::of(entry->lockName);
    values << StoredText::of(entry->lockModel);
    values << StoredText::of(entry->mode);
    values << entry->durationId;
    values << StoredText::of(entry->durationLabel);
    values << StoredText::of(entry->startSent);
    values << StoredTime::text(entry->windowStartUtc);
    values << StoredTime::text(entry->windowEndUtc);
    // Only an answered row holds a code: a failure or a request in doubt never pretends to.
    values << (StoredText::of(entry->outcome == HistoryEntry::Outcome::Issued ? entry->code : QString()));
    values << StoredText::trimmed(entry->guestName);
    values << StoredText::trimmed(entry->room);
    values << StoredText::trimmed(entry->reference);
    values << StoredText::trimmed(entry->note);
    values << HistoryEntry::sourceName(entry->source);
    values << HistoryEntry::outcomeName(entry->outcome);
    values << StoredText::of(entry->failureText);
    values << (entry->firstUseByUtc.isValid() ? StoredTime::text(entry->firstUseByUtc) : QStringLiteral(""));
    values << StoredText::of(entry->lockTimeZone);
    values << (entry->lockFollowsDst ? 1 : 0);
    values << StoredText::of(entry->requestPathId);
    values << StoredText::of(entry->requestIdentifier);
    values << (entry->demo || entry->source == HistoryEntry::Source::Demo ? 1 : 0);
    values << StoredText::of(entry->requestKey);
    values << StoredText::of(entry->claimedBy);
    values << (entry->leaseUntilUtc.isValid() ? StoredTime::text(entry->leaseUntilUtc) : QStringLiteral(""));
    values << entry->httpStatus;
    values << (entry->sharesCodeWith > 0 ? QVariant(entry->sharesCodeWith) : QVariant(QMetaType::fromType<qlonglong>()));
    values << attempts;
    StatementCache::Run run = m_statements->run(statement, values);
    if (!run.ok()) {
        m_lastError = run.query().lastError();
        m_error = QCoreApplication::translate("HistoryRepository", "The code could not be written to history: %1")
                      .arg(m_lastError.text());
        return false;
    }
    entry->id = SqlDialect::insertedId(run.query());
    return true;
}

QList<HistoryEntry> HistoryRepository::page(const QString& search, int offset, int limit) const
{
    HistoryQuery query;
    query.search = search;
    return page(query, offset, limit);
}

int HistoryRepository::count(const QString& search) const
{
    HistoryQuery query;
    query.search = search;
    return count(query);
}

namespace {
QString sortExpression(const QSqlDatabase& db, HistoryQuery::SortKey key)
{
    const auto caseless = [&db](const char* column) { return SqlDialect::caseless(db, QLatin1String(column)); };
    switch (key) {
    case HistoryQuery::SortKey::Issued: return QStringLiteral("issued_at_utc");
    case HistoryQuery::SortKey::Lock: return caseless("lock_name");
    case HistoryQuery::SortKey::Mode: return QStringLiteral("mode");
    case HistoryQuery::SortKey::Length: return QStringLiteral("duration_id");
    case HistoryQuery::SortKey::Window: return QStringLiteral("window_start_utc");
    case HistoryQuery::SortKey::FirstUseBy: return QStringLiteral("first_use_by_utc");
    case HistoryQuery::SortKey::Code: return QStringLiteral("code");
    case HistoryQuery::SortKey::Guest: return caseless("guest_name");
    case HistoryQuery::SortKey::Room: return caseless("room");
    case HistoryQuery::SortKey::Reference: return caseless("reference");
    case HistoryQuery::SortKey::Status: return QStringLiteral("window_end_utc");
    case HistoryQuery::SortKey::Source: return QStringLiteral("source");
    case HistoryQuery::SortKey::IssuedBy: return caseless("issued_by");
    }
    return QStringLiteral("issued_at_utc");
}

// `text` matched literally by LIKE ... ESCAPE '\\'.
QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// The WHERE clause and its values for a query.
struct Filter {
    QString where;
    QVariantList values;
};

// Codes are shown grouped ("316 5133") but stored without spaces: a search that is only digits with
// spaces or dashes between them is a code as the desk read it, and is looked up as stored.
QString searchText(const QString& typed)
{
    QString search = typed.trimmed();
    QString digits;
    bool separated = false;
    for (const QChar c : search) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('-'))
            separated = true;
        else
            return search;
    }
    return separated && !digits.isEmpty() ? digits : search;
}

Filter filterFor(const QSqlDatabase& db, const HistoryQuery& q)
{
    const bool postgres = SqlDialect::isPostgres(db);
    QStringList clauses;
    QVariantList values;
    const QString search = searchText(q.search);
    if (search.size() >= 3 && postgres) {
        // The trigram index on the server's lower-cased search text finds any part of a word.
        clauses << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        values << QStringLiteral("%") + likeEscaped(search.toLower()) + QStringLiteral("%");
    } else if (search.size() >= 3) {
        // The trigram index finds any part of a word; the text is quoted so it is never FTS syntax.
        QString phrase = search;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        clauses << QStringLiteral("id IN (SELECT rowid FROM history_fts WHERE history_fts MATCH ?)");
        values << QStringLiteral("\"") + phrase + QStringLiteral("\"");
    } else if (!search.isEmpty()) {
        // Too short for trigrams: match the start of each field.
        const QString like = likeEscaped(postgres ? search.toLower() : search) + QStringLiteral("%");
        clauses << (postgres ? QStringLiteral("(lower(guest_name) LIKE ? ESCAPE '\\' OR lower(room) LIKE ? ESCAPE '\\' "
                                              "OR lower(reference) LIKE ? ESCAPE '\\' OR lower(lock_name) LIKE ? ESCAPE '\\' "
                                              "OR code LIKE ? ESCAPE '\\')")
                             : QStringLiteral("(guest_name LIKE ? ESCAPE '\\' OR room LIKE ? ESCAPE '\\' "
                                              "OR reference LIKE ? ESCAPE '\\' OR lock_name LIKE ? ESCAPE '\\' "
                                              "OR code LIKE ? ESCAPE '\\')"));
        for (int i = 0; i < 5; ++i)
            values << like;
    }
    const QString now = q.nowUtc.toUTC().toString(Qt::ISODate);
    switch (q.status) {
    case HistoryQuery::Status::All:
        break;
    case HistoryQuery::Status::ActiveNow:
        clauses << QStringLiteral("outcome = 'issued' AND window_start_utc <= ? AND window_end_utc > ?");
        values << now << now;
        break;
    case HistoryQuery::Status::Upcoming:
        clauses << QStringLiteral("outcome = 'issued' AND window_start_utc > ?");
        values << now;
        break;
    case HistoryQuery::Status::Expired:
        clauses << QStringLiteral("outcome = 'issued' AND window_end_utc <= ?");
        values << now;
        break;
    case HistoryQuery::Status::IssuedToday: {
        const QDate today = q.nowUtc.toTimeZone(q.zone).date();
        clauses << QStringLiteral("issued_at_utc >= ? AND issued_at_utc < ?");
        values << QDateTime(today, QTime(0, 0), q.zone).toUTC().toString(Qt::ISODate)
               << QDateTime(today.addDays(1), QTime(0, 0), q.zone).toUTC().toString(Qt::ISODate);
        break;
    }
    case HistoryQuery::Status::Failed:
        clauses << QStringLiteral("outcome = 'failed'");
        break;
    case HistoryQuery::Status::InDoubt:
        clauses << QStringLiteral("outcome IN ('in_doubt', 'claimed', 'sent')");
        break;
    }
    if (q.lockId > 0) {
        clauses << QStringLiteral("lock_id = ?");
        values << q.lockId;
    }
    if (q.issuedFrom.isValid()) {
        clauses << QStringLiteral("issued_at_utc >= ?");
        values << QDateTime(q.issuedFrom, QTime(0, 0), q.zone).toUTC().toString(Qt::ISODate);
    }
    if (q.issuedTo.isValid()) {
        clauses << QStringLiteral("issued_at_utc < ?");
        values << QDateTime(q.issuedTo.addDays(1), QTime(0, 0), q.zone).toUTC().toString(Qt::ISODate);
    }
    return {clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")), values};
}
} // namespace

QList<HistoryEntry> HistoryRepository::page(const HistoryQuery& q, int offset, int limit, bool* ok) const
{
    return select(q, 0, offset, limit, ok);
}

QList<HistoryEntry> HistoryRepository::pageAfter(const HistoryQuery& q, qint64 afterId, int limit, bool* ok) const
{
    return select(q, afterId, 0, limit, ok);
}

QList<HistoryEntry> HistoryRepository::select(const HistoryQuery& q, qint64 afterId, int offset, int limit, bool* ok) const
{
    QList<HistoryEntry> entries;
    if (ok)
        *ok = false;
    Filter filter = filterFor(m_db, q);
    const QString sort = sortExpression(m_db, q.sortKey);
    const QString direction = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (afterId > 0) {
        // The last row's own sort value, as stored, so that the comparison is exact.
        QSqlQuery last(m_db);
        last.prepare(QStringLiteral("SELECT %1 FROM history WHERE id = ?").arg(sort));
        last.addBindValue(afterId);
        if (!last.exec())
            return entries;
        if (!last.next()) { // that row is gone: an empty page, read as it should be
            if (ok)
                *ok = true;
            return entries;
        }
        // "After (value, id)" written so that an index on the sort column alone can serve it: the
        // first condition is a plain range, the second settles rows that share the value.
        const QString beyond = q.descending ? QStringLiteral("<") : QStringLiteral(">");
        filter.where += (filter.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                        + QStringLiteral("%1 %2= ? AND (%1 %2 ? OR id %2 ?)").arg(sort, beyond);
        filter.values << last.value(0) << last.value(0) << afterId;
    }
    const bool onlySearch = q.status == HistoryQuery::Status::All && q.lockId == 0 && !q.issuedFrom.isValid()
                            && !q.issuedTo.isValid() && q.sortKey == HistoryQuery::SortKey::Issued;
    if (onlySearch && searchText(q.search).size() >= 3) {
        // Rows are written as codes are issued, so the index's newest matches are the first page:
        // take just as many from it instead of every row that matches a common word ("room").
        // After a row, the same holds for the rows written before it.
        filter.where.replace(QStringLiteral("WHERE history_fts MATCH ?)"),
                             QStringLiteral("WHERE history_fts MATCH ?%3 ORDER BY rowid %1 LIMIT %2)")
                                 .arg(direction)
                                 .arg(offset + limit)
                                 .arg(afterId > 0 ? QStringLiteral(" AND rowid %1 %2")
                                                        .arg(q.descending ? QStringLiteral("<") : QStringLiteral(">"))
                                                        .arg(afterId)
                                                  : QString()));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM history%2 ORDER BY %3 %4, id %4 LIMIT ?%5")
                      .arg(kColumns, filter.where, sort, direction,
                           offset > 0 ? QStringLiteral(" OFFSET ?") : QString()));
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (offset > 0)
        query.addBindValue(offset);
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append(entryFromQuery(query));
    if (query.lastError().isValid())
        return {};
    addSharing(&entries);
    if (ok)
        *ok = true;
    return entries;
}

void HistoryRepository::addSharing(QList<HistoryEntry>* entries) const
{
    if (entries->isEmpty())
        return;
    // One statement for the whole page, through the partial index on the link and the primary
    // key: which rows share these rows' codes, and the rows these rows share theirs with.
    QList<qint64> ids;
    QList<qint64> linked;
    for (const HistoryEntry& entry : std::as_const(*entries)) {
        ids << entry.id;
        if (entry.sharesCodeWith > 0)
            linked << entry.sharesCodeWith;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Integers only, written into the statement: a page of a thousand rows needs no thousand
    // bound values.
    QString where = QStringLiteral("shares_code_with IN (%1)").arg(idList(ids));
    if (!linked.isEmpty())
        where += QStringLiteral(" OR id IN (%1)").arg(idList(linked));
    if (!query.exec(QStringLiteral("SELECT id, shares_code_with, guest_name, room, issued_at_utc FROM history "
                                   "WHERE %1 ORDER BY id")
                        .arg(where)))
        return;
    struct Holder {
        qint64 id;
        qint64 sharesWith;
        QString guest;
        QString room;
        QDateTime issuedAtUtc;
    };
    QHash<qint64, Holder> byId;
    QHash<qint64, QList<Holder>> sharers; // by the row whose code they share, oldest first
    while (query.next()) {
        const Holder holder{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                            query.value(3).toString(), StoredTime::fromText(query.value(4).toString())};
        byId.insert(holder.id, holder);
        if (holder.sharesWith > 0)
            sharers[holder.sharesWith].append(holder);
    }
    for (HistoryEntry& entry : *entries) {
        const QList<Holder> later = sharers.value(entry.id);
        entry.alsoHeldBy = int(later.size());
        const auto shown = entry.sharesCodeWith > 0 ? byId.constFind(entry.sharesCodeWith) : byId.constEnd();
        const Holder* other = shown != byId.constEnd() ? &*shown : later.isEmpty() ? nullptr : &later.first();
        if (!other)
            continue;
        entry.otherHolderId = other->id;
        entry.otherHolderGuest = other->guest;
        entry.otherHolderRoom = other->room;
        entry.otherHolderIssuedAtUtc = other->issuedAtUtc;
    }
}

QString HistoryRepository::issuedForStatement(const QString& tail, const QString& pathId, const QString& identifier,
                                             const QString& lockModel, const QString& startSent, int durationId,
                                             QVariantList* values)
{
    // The rows that answered the same request (same lock, model, start and length) with a code.
    *values = {StoredText::of(pathId), StoredText::of(identifier), lockModel, startSent, durationId};
    return QStringLiteral("SELECT id, source FROM history WHERE request_path_id = ? AND request_identifier = ? AND "
                          "lock_model = ? AND start_sent = ? AND duration_id = ? AND outcome = 'issued' "
                          "AND code <> '' %1")
        .arg(tail);
}

QList<HistoryEntry> HistoryRepository::codeHolders(const QString& pathId, const QString& identifier,
                                                   const QString& lockModel, const QString& startSent, int durationId,
                                                   bool demo) const
{
    QList<HistoryEntry> holders;
    QVariantList values;
    const QString statement = issuedForStatement(QStringLiteral("AND demo = ? ORDER BY id LIMIT 200"), pathId, identifier,
                                                 lockModel, startSent, durationId, &values);
    values << (demo ? 1 : 0);
    QList<qint64> ids;
    {
        StatementCache::Run run = m_statements->run(statement, values);
        if (!run.ok())
            return holders;
        while (run.query().next())
            ids << run.query().value(0).toLongLong();
    } // read released before the rows are read whole
    return wholeRows(ids); // a row removed meanwhile (retention) holds nothing any more
}

QList<HistoryEntry> HistoryRepository::wholeRows(const QList<qint64>& ids) const
{
    QList<HistoryEntry> rows;
    if (ids.isEmpty())
        return rows;
    // One read for them all, the ids written in as addSharing does (integers only): not kept
    // prepared, as its length varies, and needed only when a look found rows.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM history WHERE id IN (%2) ORDER BY id").arg(kColumns, idList(ids))))
        return rows;
    while (query.next())
        rows.append(entryFromQuery(query));
    return query.lastError().isValid() ? QList<HistoryEntry>() : rows;
}

int HistoryRepository::count(const HistoryQuery& q) const
{
    const Filter filter = filterFor(m_db, q);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM history") + filter.where);
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

int HistoryRepository::countIssuedBefore(const QDateTime& beforeUtc) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM history WHERE issued_at_utc < ? AND outcome NOT IN %1")
                      .arg(kKeptByRetention));
    query.addBindValue(StoredTime::text(beforeUtc));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

int HistoryRepository::removeIssuedBefore(const QDateTime& beforeUtc)
{
    QSqlQuery query(m_db);
    // On a shared store the server does it (a manager's login may not delete rows one by one).
    const bool shared = SqlDialect::isPostgres(m_db);
    query.prepare(shared ? QStringLiteral("SELECT remove_history_before(?)")
                         : QStringLiteral("DELETE FROM history WHERE issued_at_utc < ? AND outcome NOT IN %1")
                               .arg(kKeptByRetention));
    query.addBindValue(StoredTime::text(beforeUtc));
    if (!query.exec() || (shared && !query.next())) {
        m_error = QCoreApplication::translate("HistoryRepository", "History could not be trimmed: %1")
                      .arg(StorageErrorText::describe(query.lastError()));
        return -1;
    }
    return shared ? query.value(0).toInt() : query.numRowsAffected();
}

bool HistoryRepository::find(qint64 id, HistoryEntry* entry) const
{
    QList<HistoryEntry> one;
    {
        StatementCache::Run run = m_statements->run(QStringLiteral("SELECT %1 FROM history WHERE id = ?").arg(kColumns), {id});
        if (!run.ok() || !run.query().next())
            return false;
        one << entryFromQuery(run.query());
    } // read released before the next statement
    addSharing(&one);
    *entry = one.first();
    return true;
}

bool HistoryRepository::findIssued(const QString& pathId, const QString& identifier, const QString& lockModel,
                                   const QString& startSent, int durationId, const QStringList& sources,
                                   HistoryEntry* entry) const
{
    QVariantList values;
    const QString statement = issuedForStatement(QStringLiteral("ORDER BY id LIMIT 50"), pathId, identifier, lockModel,
                                                 startSent, durationId, &values);
    QList<qint64> ids; // every row from a source asked for, oldest first
    {
        StatementCache::Run run = m_statements->run(statement, values);
        if (!run.ok())
            return false;
        while (run.query().next()) {
            const auto source = HistoryEntry::sourceFromName(run.query().value(1).toString());
            if (sources.contains(HistoryEntry::sourceName(source)))
                ids << run.query().value(0).toLongLong();
        }
    } // read released before the rows are read whole
    // The oldest, read whole; if it was removed meanwhile (retention at another desk), the oldest
    // of the rest. A request reissued many times has many rows, and only one is needed.
    QList<HistoryEntry> rows = wholeRows(ids.mid(0, 1));
    if (rows.isEmpty() && ids.size() > 1)
        rows = wholeRows(ids.mid(1));
    if (rows.isEmpty())
        return false;
    *entry = rows.first();
    return true;
}

bool HistoryRepository::recordPrint(qint64 id, const QDateTime& atUtc)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE history SET print_count = print_count + 1, last_printed_utc = ? WHERE id = ?"));
    query.addBindValue(StoredTime::text(atUtc));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        m_lastError = query.lastError();
        m_error = QCoreApplication::translate("HistoryRepository", "The print could not be recorded in history: %1")
                      .arg(query.lastError().text());
        return false;
    }
    return true;
}
