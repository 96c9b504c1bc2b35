#include "MigrationSteps.h"

const QList<QStringList>& MigrationSteps::sqlite()
{
    static const QList<QStringList> all = {
        {
            QStringLiteral("CREATE TABLE locks ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " group_name TEXT NOT NULL DEFAULT '',"
                           " model TEXT NOT NULL,"
                           " timecode TEXT NOT NULL DEFAULT '',"
                           " lock_number TEXT NOT NULL DEFAULT '',"
                           " smart_lock_id TEXT NOT NULL DEFAULT '',"
                           " access_key_ref TEXT NOT NULL DEFAULT '',"
                           " mode TEXT NOT NULL DEFAULT 'standard',"
                           " time_zone TEXT NOT NULL,"
                           " clock_follows_dst INTEGER NOT NULL DEFAULT 0,"
                           " favourite INTEGER NOT NULL DEFAULT 0,"
                           " last_used_utc TEXT)"),
            QStringLiteral("CREATE UNIQUE INDEX locks_name ON locks(name COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE history ("
                           " id INTEGER PRIMARY KEY,"
                           " issued_at_utc TEXT NOT NULL,"
                           " issued_by TEXT NOT NULL DEFAULT '',"
                           " lock_id INTEGER,"
                           " lock_name TEXT NOT NULL,"
                           " lock_model TEXT NOT NULL,"
                           " mode TEXT NOT NULL,"
                           " duration_id INTEGER NOT NULL,"
                           " duration_label TEXT NOT NULL DEFAULT '',"
                           " start_sent TEXT NOT NULL,"
                           " window_start_utc TEXT NOT NULL,"
                           " window_end_utc TEXT NOT NULL,"
                           " code TEXT NOT NULL DEFAULT '',"
                           " guest_name TEXT NOT NULL DEFAULT '',"
                           " room TEXT NOT NULL DEFAULT '',"
                           " reference TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " failure_text TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX history_issued ON history(issued_at_utc)"),
            QStringLiteral("CREATE INDEX history_lock ON history(lock_id)"),
        },
        {
            // Every mode: first-use deadlines, the lock's clock frame per code, and the service's
            // duration catalogue cached per lock model.
            QStringLiteral("ALTER TABLE history ADD COLUMN first_use_by_utc TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN lock_time_zone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN lock_follows_dst INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE duration_catalogue ("
                           " catalogue_key TEXT PRIMARY KEY,"
                           " fetched_at_utc TEXT NOT NULL,"
                           " entries TEXT NOT NULL)"),
        },
        {
            // No double charge: what identifies a request, so an identical one is answered from
            // history; and every request sent, for the monthly count against the plan's quota.
            QStringLiteral("ALTER TABLE history ADD COLUMN request_path_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN request_identifier TEXT NOT NULL DEFAULT ''"),
            // A code from the built-in simulator (or reissued from one) opens no real lock.
            QStringLiteral("ALTER TABLE history ADD COLUMN demo INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE history SET demo = 1 WHERE source = 'demo'"),
            QStringLiteral("CREATE INDEX history_request ON history(request_path_id, lock_model, start_sent, duration_id)"),
            QStringLiteral("CREATE TABLE request_log ("
                           " id INTEGER PRIMARY KEY,"
                           " sent_at_utc TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " http_status INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " demo INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX request_log_sent ON request_log(sent_at_utc)"),
        },
        {
            // History at scale: a trigram full-text index for search-as-you-type (any part of a
            // guest's name, room, reference, lock or code), kept in step by triggers, and indexes
            // for the status filters.
            QStringLiteral("CREATE VIRTUAL TABLE history_fts USING fts5(guest_name, room, reference, lock_name, code, "
                           "content='history', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER history_fts_insert AFTER INSERT ON history BEGIN "
                           "INSERT INTO history_fts(rowid, guest_name, room, reference, lock_name, code) "
                           "VALUES (new.id, new.guest_name, new.room, new.reference, new.lock_name, new.code); END"),
            QStringLiteral("CREATE TRIGGER history_fts_delete AFTER DELETE ON history BEGIN "
                           "INSERT INTO history_fts(history_fts, rowid, guest_name, room, reference, lock_name, code) "
                           "VALUES ('delete', old.id, old.guest_name, old.room, old.reference, old.lock_name, old.code); END"),
            QStringLiteral("CREATE TRIGGER history_fts_update AFTER UPDATE ON history BEGIN "
                           "INSERT INTO history_fts(history_fts, rowid, guest_name, room, reference, lock_name, code) "
                           "VALUES ('delete', old.id, old.guest_name, old.room, old.reference, old.lock_name, old.code); "
                           "INSERT INTO history_fts(rowid, guest_name, room, reference, lock_name, code) "
                           "VALUES (new.id, new.guest_name, new.room, new.reference, new.lock_name, new.code); END"),
            QStringLiteral("INSERT INTO history_fts(history_fts) VALUES ('rebuild')"),
            QStringLiteral("CREATE INDEX history_window_start ON history(window_start_utc)"),
            QStringLiteral("CREATE INDEX history_window_end ON history(window_end_utc)"),
        },
        {
            // The request ledger: a billable request is a history row claimed before it is sent.
            // `outcome` moves claimed -> sent -> issued (answered) | failed | in_doubt; only one
            // live claim per canonical request key can exist (the partial unique index), so one
            // process wins and the others wait for its answer instead of paying again.
            QStringLiteral("ALTER TABLE history ADD COLUMN request_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN lease_until_utc TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN http_status INTEGER NOT NULL DEFAULT 0"),
            // Requests sent for this row (asking again adds one): the count against the quota.
            QStringLiteral("ALTER TABLE history ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE UNIQUE INDEX history_live_request ON history(request_key) "
                           "WHERE outcome IN ('claimed', 'sent')"),
            QStringLiteral("CREATE INDEX history_request_key ON history(request_key, outcome)"),
            // Which database a file (or a backup of it) belongs to, so a backup of another site's
            // database is never installed in place of this one.
            QStringLiteral("CREATE TABLE store_identity (id TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO store_identity (id) VALUES (lower(hex(randomblob(16))))"),
        },
        {
            // A desk team: the people who sign in and their roles, what managers changed (the
            // audit log), the site's settings shared by its desks, and reprints of a code.
            QStringLiteral("CREATE TABLE staff ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " role TEXT NOT NULL DEFAULT 'desk' CHECK (role IN ('desk', 'manager')),"
                           " secret_hash TEXT NOT NULL DEFAULT '',"
                           " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                           " locked_until_utc TEXT NOT NULL DEFAULT '',"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " db_login TEXT NOT NULL DEFAULT '',"
                           " created_at_utc TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX staff_name ON staff(name COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at_utc TEXT NOT NULL,"
                           " staff_name TEXT NOT NULL DEFAULT '',"
                           " db_login TEXT NOT NULL DEFAULT '',"
                           " desk TEXT NOT NULL DEFAULT '',"
                           " action TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at_utc)"),
            QStringLiteral("CREATE TABLE site_settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL,"
                           " updated_at_utc TEXT NOT NULL DEFAULT '',"
                           " updated_by TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("ALTER TABLE history ADD COLUMN print_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE history ADD COLUMN last_printed_utc TEXT NOT NULL DEFAULT ''"),
        },
        {
            // Two guests holding one code: the desk agreed to give a code another guest already
            // holds (same lock, start and length) to a second guest, and the later row names the
            // row whose code it shares. Set once, when the row is written; never changed.
            QStringLiteral("ALTER TABLE history ADD COLUMN shares_code_with INTEGER"),
            // History finds the rows that share a page's codes with one lookup per page.
            QStringLiteral("CREATE INDEX history_shares_code ON history(shares_code_with) "
                           "WHERE shares_code_with IS NOT NULL"),
            // A link names a row that holds a code for exactly the same request, and the same code.
            QStringLiteral("CREATE TRIGGER history_link_check BEFORE INSERT ON history "
                           "WHEN new.shares_code_with IS NOT NULL BEGIN "
                           "SELECT RAISE(ABORT, 'NetCode Desk: a shared code must name a row holding the same code') "
                           "WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.id = new.shares_code_with "
                           "AND h.outcome = 'issued' AND h.code <> '' AND h.request_path_id = new.request_path_id "
                           "AND h.request_identifier = new.request_identifier AND h.lock_model = new.lock_model "
                           "AND h.start_sent = new.start_sent AND h.duration_id = new.duration_id "
                           "AND (new.code = '' OR new.code = h.code)); END"),
            QStringLiteral("CREATE TRIGGER history_link_fixed BEFORE UPDATE OF shares_code_with ON history "
                           "WHEN new.shares_code_with IS NOT old.shares_code_with BEGIN "
                           "SELECT RAISE(ABORT, 'NetCode Desk: which code a row shares cannot be changed'); END"),
        },
        {
            // Every email of a code to its guest, whatever came of it: added, never changed. The
            // attempts go with their row when retention deletes it (foreign keys are on).
            QStringLiteral("CREATE TABLE mail_attempts ("
                           " id INTEGER PRIMARY KEY,"
                           " history_id INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,"
                           " recipient TEXT NOT NULL,"
                           " attempted_at_utc TEXT NOT NULL,"
                           " attempted_by TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'refused', 'failed')),"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX mail_attempts_history ON mail_attempts(history_id)"),
            // The day's watch list: emails that did not go, by time.
            QStringLiteral("CREATE INDEX mail_attempts_outcome ON mail_attempts(outcome, attempted_at_utc)"),
            QStringLiteral("CREATE TRIGGER mail_attempts_fixed BEFORE UPDATE ON mail_attempts BEGIN "
                           "SELECT RAISE(ABORT, 'NetCode Desk: an email attempt is never changed'); END"),
        },
        {
            // The board reads the codes of the locks on screen whose window meets the days shown:
            // by lock, then window end, a seek per lock instead of every code the lock ever had
            // (about 0.8 ms instead of 70 ms for a screen of locks at a million rows).
            QStringLiteral("CREATE INDEX history_lock_window ON history(lock_id, window_end_utc)"),
        },
        {
            // The lock list reads one page in its order (favourites, recently used, group, name):
            // from this index, instead of sorting every lock to show the first two hundred.
            QStringLiteral("CREATE INDEX locks_list_order ON locks(favourite DESC, last_used_utc IS NULL, "
                           "last_used_utc DESC, group_name COLLATE NOCASE, name COLLATE NOCASE, id)"),
        },
        {
            // The language each email was written in, so that sending it again (History, Try
            // again, the command line) speaks the guest's language, not the desk's. Attempts made
            // before it was kept have '' (not known). Adding a column leaves the table's guard
            // (mail_attempts_fixed: never changed) as it was.
            QStringLiteral("ALTER TABLE mail_attempts ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
        },
        {
            // An email is recorded BEFORE anything goes to the mail server, as a code's request is
            // (the request ledger): a row in state 'sending' naming its process (`sender`, "host/pid")
            // and the time by which the send has ended whatever happened (`lease_until_utc`). Its
            // outcome is a SECOND row that `settles` it: delivered, refused or failed (state
            // 'settled'), or 'unknown' (the message went out and the server's answer did not come).
            // A send with no outcome row whose process is gone or whose lease is over reads "may
            // have been sent" (MailAttemptRepository), never "not sent".
            // Why a second row rather than updating the first: attempts stay append-only, so the
            // guard above (never changed), the desks' INSERT-only grant on the shared store and
            // its notify trigger stay exactly as they were, and nothing a desk writes can rewrite
            // what was recorded before; the unique index lets each send be settled once only.
            // Columns are only added (the outcome column keeps its three values: a 'sending' or
            // 'unknown' row holds 'failed' there, which nothing reads for such a row).
            QStringLiteral("ALTER TABLE mail_attempts ADD COLUMN state TEXT NOT NULL DEFAULT 'settled' "
                           "CHECK (state IN ('sending', 'settled', 'unknown'))"),
            QStringLiteral("ALTER TABLE mail_attempts ADD COLUMN settles INTEGER REFERENCES mail_attempts(id) "
                           "ON DELETE CASCADE"),
            QStringLiteral("ALTER TABLE mail_attempts ADD COLUMN sender TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE mail_attempts ADD COLUMN lease_until_utc TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX mail_attempts_settled_once ON mail_attempts(settles) "
                           "WHERE settles IS NOT NULL"),
            QStringLiteral("CREATE TRIGGER mail_attempts_settle_check BEFORE INSERT ON mail_attempts "
                           "WHEN new.settles IS NOT NULL OR new.state <> 'settled' BEGIN "
                           "SELECT RAISE(ABORT, 'NetCode Desk: an email outcome settles a send of the same row') "
                           "WHERE new.settles IS NOT NULL AND (new.state = 'sending' OR NOT EXISTS (SELECT 1 "
                           "FROM mail_attempts s WHERE s.id = new.settles AND s.state = 'sending' "
                           "AND s.settles IS NULL AND s.history_id = new.history_id)); "
                           "SELECT RAISE(ABORT, 'NetCode Desk: an email being sent names its process and lease') "
                           "WHERE new.state = 'sending' AND (new.sender = '' OR new.lease_until_utc = ''); "
                           "SELECT RAISE(ABORT, 'NetCode Desk: only an outcome can be unknown') "
                           "WHERE new.state = 'unknown' AND new.settles IS NULL; END"),
        },
        {
            // The search index is written again only when a searched column is: marking a request
            // sent, renewing its lease, counting a print or settling an email left the indexed text
            // as it was, yet re-indexed the row each time (measured: 0.14 ms per such update
            // against 0.03 ms). An UPDATE that changes a searched column names it, which fires this.
            QStringLiteral("DROP TRIGGER history_fts_update"),
            QStringLiteral("CREATE TRIGGER history_fts_update AFTER UPDATE OF guest_name, room, reference, lock_name, "
                           "code ON history BEGIN "
                           "INSERT INTO history_fts(history_fts, rowid, guest_name, room, reference, lock_name, code) "
                           "VALUES ('delete', old.id, old.guest_name, old.room, old.reference, old.lock_name, old.code); "
                           "INSERT INTO history_fts(rowid, guest_name, room, reference, lock_name, code) "
                           "VALUES (new.id, new.guest_name, new.room, new.reference, new.lock_name, new.code); END"),
        },
    };
    return all;
}
