#include "StatementCache.h"

#include "SqlDialect.h"

#include <QSqlDriver>
#include <QSqlResult>
#include <QVariant>

#include <utility>

StatementCache::Run::Run(std::shared_ptr<QSqlQuery> query, bool* inUse, bool ok)
    : m_query(std::move(query))
    , m_inUse(inUse)
    , m_ok(ok)
{
}

StatementCache::Run::Run(Run&& other) noexcept
    : m_query(std::move(other.m_query))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_ok(other.m_ok)
{
}

StatementCache::Run::~Run()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
    , m_keep(!SqlDialect::isPostgres(m_db))
{
}

namespace {
void* pointerIn(const QVariant& handle)
{
    return handle.isValid() && handle.constData() ? *static_cast<void* const*>(handle.constData()) : nullptr;
}

// The sqlite3_stmt behind a prepared query: none once its connection was closed (the driver
// finalizes every statement then), so a kept query is prepared again after a reconnection.
void* statementHandle(const QSqlQuery& query)
{
    return query.result() ? pointerIn(query.result()->handle()) : nullptr;
}
} // namespace

void* StatementCache::connectionHandle() const
{
    return m_db.driver() ? pointerIn(m_db.driver()->handle()) : nullptr; // the connection's sqlite3*
}

StatementCache::Run StatementCache::run(const QString& statement, const QVariantList& values)
{
    void* connection = m_keep ? connectionHandle() : nullptr;
    if (!connection) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        const bool ok = SqlDialect::run(m_db, *query, statement, values);
        return Run(std::move(query), nullptr, ok);
    }
    Kept& kept = m_kept[statement];
    if (kept.inUse || (kept.query && kept.values != values.size())) {
        // Asked for again while an earlier run of it is still being read, or with another number of
        // values: a query of its own (which says so when the values do not fit the statement).
        auto query = std::make_shared<QSqlQuery>(m_db);
        const bool ok = SqlDialect::run(m_db, *query, statement, values);
        return Run(std::move(query), nullptr, ok);
    }
    if (!kept.query || kept.connection != connection || !statementHandle(*kept.query)) {
        kept.query = std::make_shared<QSqlQuery>(m_db);
        kept.query->setForwardOnly(true);
        kept.connection = connection;
        kept.values = values.size();
        if (!kept.query->prepare(statement)) {
            auto failed = std::exchange(kept.query, nullptr);
            return Run(std::move(failed), nullptr, false);
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        kept.query->bindValue(int(i), values.at(i));
    const bool ok = kept.query->exec();
    kept.inUse = true;
    return Run(kept.query, &kept.inUse, ok);
}

int StatementCache::firstInt(const QString& statement, int missing)
{
    Run read = run(statement, {});
    return read.ok() && read.query().next() ? read.query().value(0).toInt() : missing;
}

int StatementCache::settingAsOpened(const QString& name, int missing)
{
    const QString statement = QStringLiteral("PRAGMA ") + name;
    const auto read = m_settings.find(statement);
    const auto kept = m_kept.find(statement);
    // Still the connection it was read on while the statement that read it is still prepared there:
    // closing a connection finalizes its statements, even when the next one opens at the same address.
    if (read != m_settings.end() && kept != m_kept.end() && kept->second.query
        && kept->second.connection == connectionHandle() && statementHandle(*kept->second.query))
        return read->second;
    const int value = firstInt(statement, missing);
    if (m_keep && value != missing)
        m_settings[statement] = value;
    else
        m_settings.erase(statement);
    return value;
}
