#pragma once

#include "Lock.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Moving a desk in: the history, locks, request counts and duration cache of a one-desk SQLite
// file copied into a shared store, in one transaction.
//
// The file is only read: a copy of it (SQLite's VACUUM INTO, which also takes what its journal
// holds) is brought up to the current schema and read from. Locks are matched by name regardless
// of case (one already in the store is kept as it is); history rows keep their request keys and
// are matched on what identifies a code (when it was issued, lock, request key, code, start,
// length), so running the move again adds nothing. A row that was still being issued in the file
// (claimed, sent) comes in as in doubt: whether the service answered is not known.
//
// What demo mode made stays behind: codes from the built-in simulator (they open no lock), their
// request counts, and the sample locks demo mode seeds (`Options::demoLocks`, matched by model and
// ids whatever their name) unless a real code was issued for one. Each run writes one audit row
// with what it moved when `Options::actor` names who ran it.
namespace StoreImport {

struct Report {
    int codes = 0;            // history rows added
    int codesAlready = 0;     // history rows that were there already
    int inDoubt = 0;          // of the added, rows that were still being issued in the file
    int locks = 0;            // locks added
    int locksAlready = 0;     // locks the store already had (by name)
    int requests = 0;         // request counts added
    int requestsAlready = 0;
    int catalogues = 0;       // duration lists added to the cache
    int demoLocks = 0;        // demo mode's sample locks left behind
    int demoCodes = 0;        // demo codes left behind (also those issued for a sample lock)
    int demoRequests = 0;     // demo request counts left behind
    int emails = 0;           // email attempts moved with their codes
    bool notAllowed = false;  // failed because the store refused this login (a desk's) the writes
    QString sourceIdentity;   // the file's store_identity
};

struct Options {
    QList<Lock> demoLocks; // demo mode's sample locks (DemoData::sampleLocks)
    QString actor;         // the audit log's "who"; empty writes no audit row
};

// `target` is an open shared store at the current schema, as a manager (locks are added).
bool importSqlite(const QString& file, QSqlDatabase& target, const Options& options, Report* report, QString* error);

} // namespace StoreImport
