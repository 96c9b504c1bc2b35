#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

// The statements a long-lived repository runs on every issue, kept ready. On SQLite a statement is
// parsed and planned once per connection and afterwards only bound and run again (parsing took
// about a third of the desk's own share of an issue). On PostgreSQL each run is SqlDialect::run:
// one round trip, nothing kept on the server.
//
// A run holds its query until the Run goes away, which then releases what it read (an SQLite read
// left open would keep this connection on an old snapshot of the file). The same statement asked
// for again while an earlier run of it is still held, or with another number of values than it was
// prepared with (which would leave an earlier run's values bound), gets a query of its own.
class StatementCache {
public:
    class Run {
    public:
        Run(Run&& other) noexcept;
        Run& operator=(Run&&) = delete;
        Run(const Run&) = delete;
        Run& operator=(const Run&) = delete;
        ~Run();
        bool ok() const { return m_ok; }
        QSqlQuery& query() { return *m_query; }

    private:
        friend class StatementCache;
        Run(std::shared_ptr<QSqlQuery> query, bool* inUse, bool ok);
        std::shared_ptr<QSqlQuery> m_query;
        bool* m_inUse = nullptr; // the cache's mark for a kept query; null for a query of its own
        bool m_ok = false;
    };

    explicit StatementCache(QSqlDatabase db);
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `statement` with `values` in place of its `?` markers, in order (as SqlDialect::run).
    Run run(const QString& statement, const QVariantList& values);
    // The first value a statement without values reads, as a number (a PRAGMA's setting), or
    // `missing` when it cannot be read.
    int firstInt(const QString& statement, int missing = -1);
    // A connection setting (`PRAGMA name`) as first read on this connection, read once and kept:
    // for writes that change a setting for a moment and put it back (an unflushed mark). Read
    // again after a reconnection; never kept where statements are not (the shared store).
    int settingAsOpened(const QString& name, int missing = -1);

private:
    struct Kept {
        std::shared_ptr<QSqlQuery> query;
        void* connection = nullptr; // the SQLite handle it was prepared on
        qsizetype values = 0;       // how many values it was prepared with
        bool inUse = false;
    };
    void* connectionHandle() const;

    QSqlDatabase m_db;
    bool m_keep = false; // SQLite
    std::unordered_map<QString, Kept> m_kept; // nodes stay put: a Run points at its mark
    std::unordered_map<QString, int> m_settings; // settingAsOpened: statement → value read
};
