#include "StoreSetup.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString quoted(const QString& identifier)
{
    QString text = identifier;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString serverText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

// One value from a query with bound values; invalid when the query failed or found nothing.
QVariant scalar(QSqlDatabase& db, const QString& sql, const QVariantList& values, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

bool roleExists(QSqlDatabase& db, const QString& role)
{
    QSqlError ignored;
    return scalar(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role}, &ignored).isValid();
}

// Whether `member` was made a member of `group` itself (not through another group).
bool directMember(QSqlDatabase& db, const QString& member, const QString& group)
{
    QSqlError ignored;
    return scalar(db,
                  QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                 "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"),
                  {group, member}, &ignored)
        .isValid();
}

QString noRightText(const QString& login)
{
    return QCoreApplication::translate("StoreSetup",
                                       "The login \"%1\" may not create roles, so it cannot set up the shared store. Run "
                                       "this as the server's administrator (on the database server: sudo -u postgres "
                                       "netcode-desk-cli store init --database postgresql:///DATABASE), or with a login "
                                       "made with \"createuser --createrole\". Nothing was changed.")
        .arg(login);
}
} // namespace

QString StoreSetup::roleName(Role role)
{
    return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("desk");
}

bool StoreSetup::rolesExist(QSqlDatabase& db)
{
    QSqlError ignored;
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('netcode_owner', 'netcode_desk', "
                                 "'netcode_manager')"),
                  {}, &ignored)
               .toInt()
        == 3;
}

QStringList StoreSetup::privilegeStatements()
{
    // Everything is taken away and given again, so that the result depends on this list alone,
    // whatever an older version or a hand-made grant left behind.
    return {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA netcode FROM PUBLIC, netcode_desk, netcode_manager"),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA netcode FROM PUBLIC, netcode_desk, netcode_manager"),
        QStringLiteral("REVOKE ALL ON SCHEMA netcode FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA netcode TO netcode_desk"),
        // The daily job of a desk: read everything but the staff's secret hashes, add codes, count
        // requests, cache durations. Sign-in is checked by the server (sign_in_check), which also
        // keeps the count of wrong attempts and writes the lock-out to the audit log.
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA netcode TO netcode_desk"),
        QStringLiteral("REVOKE SELECT ON netcode.staff FROM netcode_desk"),
        QStringLiteral("GRANT SELECT (id, name, role, failed_attempts, locked_until_utc, active, db_login, "
                       "created_at_utc) ON netcode.staff TO netcode_desk"),
        QStringLiteral("GRANT INSERT ON netcode.history, netcode.request_log, netcode.duration_catalogue, "
                       "netcode.mail_attempts TO netcode_desk"),
        QStringLiteral("GRANT UPDATE ON netcode.duration_catalogue TO netcode_desk"),
        // The ledger's columns and the reprint count; a code's guest, lock or time never change.
        QStringLiteral("GRANT UPDATE (outcome, code, failure_text, http_status, lease_until_utc, claimed_by, attempts, "
                       "print_count, last_printed_utc) ON netcode.history TO netcode_desk"),
        QStringLiteral("GRANT UPDATE (last_used_utc) ON netcode.locks TO netcode_desk"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA netcode TO netcode_desk"),
        QStringLiteral("REVOKE ALL ON FUNCTION netcode.sign_in_salt(text), netcode.sign_in_check(text, text, text), "
                       "netcode.remove_history_before(text) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION netcode.sign_in_salt(text), netcode.sign_in_check(text, text, text) "
                       "TO netcode_desk"),
        // A manager also keeps the site's locks, settings and staff (never deleted: history names
        // them), writes the audit log, and deletes old codes by age through the server.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON netcode.locks, netcode.site_settings TO netcode_manager"),
        QStringLiteral("GRANT INSERT, UPDATE ON netcode.staff TO netcode_manager"),
        QStringLiteral("GRANT INSERT ON netcode.audit_log TO netcode_manager"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION netcode.remove_history_before(text) TO netcode_manager"),
        // Tables a later version adds are readable by desks even before the grants run again.
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE netcode_owner IN SCHEMA netcode GRANT SELECT ON TABLES TO "
                       "netcode_desk"),
        // A settled row stays settled for a desk login, whatever it sends: the server checks.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION netcode.history_guard() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = pg_catalog AS $$ "
            "BEGIN "
            "  IF pg_has_role(session_user, 'netcode_owner', 'MEMBER') THEN RETURN NEW; END IF; "
            // Which code a row shares is written with the row, once: nobody links rows later.
            "  IF NEW.shares_code_with IS DISTINCT FROM OLD.shares_code_with THEN "
            "    RAISE EXCEPTION 'NetCode Desk: which code row % shares cannot be changed', OLD.id "
            "      USING ERRCODE = '42501'; "
            "  END IF; "
            "  IF NEW.print_count < OLD.print_count THEN "
            "    RAISE EXCEPTION 'NetCode Desk: the print count of row % only goes up', OLD.id USING ERRCODE = '42501'; "
            "  END IF; "
            "  IF OLD.outcome = 'issued' AND NEW.code IS DISTINCT FROM OLD.code THEN "
            "    RAISE EXCEPTION 'NetCode Desk: the code of an issued row (%) cannot be changed', OLD.id "
            "      USING ERRCODE = '42501'; "
            "  END IF; "
            "  IF OLD.outcome IN ('claimed', 'sent', 'in_doubt') THEN "
            "    IF NEW.outcome NOT IN ('claimed', 'sent', 'in_doubt', 'issued', 'failed') THEN "
            "      RAISE EXCEPTION 'NetCode Desk: outcome % is not allowed', NEW.outcome USING ERRCODE = '42501'; "
            "    END IF; "
            // Taking a claim (asking again, or taking over one whose desk stopped renewing it):
            // never a claim another login still renews, by the server's clock.
            "    IF NEW.outcome = 'claimed' AND (OLD.outcome = 'in_doubt' OR NEW.claimed_by IS DISTINCT FROM OLD.claimed_by) THEN "
            "      IF OLD.outcome IN ('claimed', 'sent') AND OLD.claimed_login <> session_user "
            "         AND OLD.lease_until_utc > to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') THEN "
            "        RAISE EXCEPTION 'NetCode Desk: request % is being answered at another desk', OLD.id "
            "          USING ERRCODE = '42501'; "
            "      END IF; "
            "      NEW.claimed_login := session_user; "
            // Only the login that holds a claim sends, renews it or records its answer. Another
            // may mark it in doubt once its lease ran out by the server's clock; before that, a
            // desk whose own clock runs ahead is not refused with an error (its whole claim would
            // fail) but its mark is skipped, and it sees the claim still live.
            "    ELSIF OLD.claimed_login <> session_user "
            "          AND (NEW.outcome, NEW.code, NEW.lease_until_utc) IS DISTINCT FROM "
            "              (OLD.outcome, OLD.code, OLD.lease_until_utc) THEN "
            "      IF NEW.outcome = 'in_doubt' AND OLD.outcome IN ('claimed', 'sent') THEN "
            "        IF OLD.lease_until_utc > to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') THEN "
            "          RETURN NULL; "
            "        END IF; "
            "      ELSIF NEW.outcome <> 'in_doubt' THEN "
            "        RAISE EXCEPTION 'NetCode Desk: only the desk that sent request % may record its answer', OLD.id "
            "          USING ERRCODE = '42501'; "
            "      END IF; "
            "    END IF; "
            "  ELSIF (NEW.outcome, NEW.code, NEW.failure_text, NEW.http_status, NEW.lease_until_utc, NEW.claimed_by, "
            "         NEW.attempts) IS DISTINCT FROM (OLD.outcome, OLD.code, OLD.failure_text, OLD.http_status, "
            "         OLD.lease_until_utc, OLD.claimed_by, OLD.attempts) THEN "
            "    RAISE EXCEPTION 'NetCode Desk: history row % is settled (%); only its reprint count may change', "
            "      OLD.id, OLD.outcome USING ERRCODE = '42501'; "
            "  END IF; "
            "  RETURN NEW; "
            "END $$"),
        // An audit row names the login the server knew its writer as, whatever the desk sends.
        QStringLiteral("CREATE OR REPLACE FUNCTION netcode.audit_log_login() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path = pg_catalog AS $$ "
                       "BEGIN NEW.db_login := session_user; RETURN NEW; END $$"),
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_log_login' "
                       "AND tgrelid = 'netcode.audit_log'::regclass) THEN "
                       "CREATE TRIGGER audit_log_login BEFORE INSERT ON netcode.audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION netcode.audit_log_login(); "
                       "END IF; END $$"),
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'history_guard' "
                       "AND tgrelid = 'netcode.history'::regclass) THEN "
                       "CREATE TRIGGER history_guard BEFORE UPDATE ON netcode.history "
                       "FOR EACH ROW EXECUTE FUNCTION netcode.history_guard(); "
                       "END IF; END $$"),
    };
}

namespace {
bool initOnce(QSqlDatabase& db, StoreSetup::InitReport* report, QString* error, bool* retry)
{
    using namespace StoreSetup;
    QSqlQuery query(db);
    QSqlError sqlError;
    const auto failed = [&](const QString& what, const QSqlError& cause) {
        *error = what.arg(serverText(cause));
        // Roles belong to the whole server: another store's setup may have made one meanwhile.
        static const QStringList racing = {QStringLiteral("42710"), QStringLiteral("23505"), QStringLiteral("40001"),
                                           QStringLiteral("40P01"), QStringLiteral("XX000")};
        *retry = racing.contains(cause.nativeErrorCode());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        QSqlQuery(db).exec(QStringLiteral("RESET ROLE"));
        return false;
    };
    const auto run = [&](const QString& sql) {
        if (query.exec(sql))
            return true;
        sqlError = query.lastError();
        return false;
    };

    // "already exists, skipping" notices are what idempotent setup expects, not news for the user.
    run(QStringLiteral("SET client_min_messages = warning"));
    if (!run(QStringLiteral("SELECT session_user, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = session_user"))
        || !query.next())
        return failed(QCoreApplication::translate("StoreSetup", "The server did not say who this login is: %1"), sqlError);
    const QString login = query.value(0).toString();
    const bool superuser = query.value(1).toBool();
    if (!superuser && !query.value(2).toBool()) {
        *error = noRightText(login);
        return false;
    }
    query.finish();

    if (!run(QStringLiteral("SELECT to_regnamespace('netcode') IS NOT NULL, to_regclass('netcode.schema_version') IS NOT NULL"))
        || !query.next())
        return failed(QCoreApplication::translate("StoreSetup", "The database cannot be read: %1"), sqlError);
    const bool hasSchema = query.value(0).toBool();
    const bool hasVersion = query.value(1).toBool();
    query.finish();
    if (hasSchema && !hasVersion) {
        *error = QCoreApplication::translate("StoreSetup", "This database already has a schema called \"netcode\" that NetCode Desk did not make. Use another "
                    "database (createdb) for the shared store; nothing was changed.");
        return false;
    }
    const int otherTables = !hasSchema && run(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                                                             "('pg_catalog', 'information_schema')"))
                                    && query.next()
                                ? query.value(0).toInt()
                                : 0;
    if (otherTables > 0) {
        // Not refused (the store keeps to its own schema), but whoever sets up should know that
        // the site's codes will share a database, and its backups and logins, with something else.
        report->notes << QCoreApplication::translate("StoreSetup",
                                                     "This database already holds %n other table(s). The store keeps to "
                                                     "its own schema \"netcode\" and does not touch them, but they share "
                                                     "the database's backups and logins; a database of its own (createdb) "
                                                     "is usually better.",
                                                     nullptr, otherTables);
    }
    query.finish();
    report->versionBefore = hasVersion ? Migrations::version(db) : 0;
    if (report->versionBefore > Migrations::latestVersion()) {
        *error = QCoreApplication::translate("StoreSetup", "This store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). "
                    "Update NetCode Desk; nothing was changed.")
                     .arg(report->versionBefore)
                     .arg(Migrations::latestVersion());
        return false;
    }

    // The roles, the schema and the version table at once: all or nothing.
    if (!run(QStringLiteral("BEGIN")))
        return failed(QCoreApplication::translate("StoreSetup", "Cannot set up the store: %1"), sqlError);
    for (const char* role : {kOwnerRole, kDeskRole, kManagerRole}) {
        const QString name = QLatin1String(role);
        if (roleExists(db, name))
            continue;
        if (!run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(name)))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot create the role %1: %2").arg(name, QStringLiteral("%1")), sqlError);
        report->changes << QCoreApplication::translate("StoreSetup", "Created the group role %1.").arg(name);
    }
    if (!directMember(db, QLatin1String(kManagerRole), QLatin1String(kDeskRole))) {
        if (!run(QStringLiteral("GRANT netcode_desk TO netcode_manager")))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot make managers desks too: %1"), sqlError);
        report->changes << QCoreApplication::translate("StoreSetup", "Made netcode_manager a member of netcode_desk.");
    }
    // A login that is not the superuser acts as the owner only as its member.
    if (!superuser && !directMember(db, login, QLatin1String(kOwnerRole))) {
        if (!run(QStringLiteral("GRANT netcode_owner TO %1").arg(quoted(login))))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot let this login act as netcode_owner: %1"), sqlError);
        report->changes << QCoreApplication::translate("StoreSetup", "Let the login %1 act as netcode_owner for setting up and updating.").arg(login);
    }
    if (!hasSchema) {
        if (!run(QStringLiteral("CREATE SCHEMA netcode AUTHORIZATION netcode_owner")))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot create the schema \"netcode\" (the login needs the right to create schemas in "
                             "this database: it owns it, or GRANT CREATE ON DATABASE): %1"),
                          sqlError);
        report->changes << QCoreApplication::translate("StoreSetup", "Created the schema netcode, owned by netcode_owner.");
    } else {
        // A store made before the roles existed: hand everything to the owner.
        if (!run(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'netcode'")) || !query.next())
            return failed(QCoreApplication::translate("StoreSetup", "The database cannot be read: %1"), sqlError);
        const bool ownSchema = query.value(0).toString() == QLatin1String(kOwnerRole);
        query.finish();
        if (!ownSchema) {
            if (!run(QStringLiteral("ALTER SCHEMA netcode OWNER TO netcode_owner")))
                return failed(QCoreApplication::translate("StoreSetup", "Cannot give the schema to netcode_owner: %1"), sqlError);
            report->changes << QCoreApplication::translate("StoreSetup", "Gave the schema netcode to netcode_owner.");
        }
        QStringList moves;
        if (!run(QStringLiteral("SELECT 'ALTER TABLE netcode.' || quote_ident(tablename) || ' OWNER TO netcode_owner' "
                                "FROM pg_tables WHERE schemaname = 'netcode' AND tableowner <> 'netcode_owner' "
                                "UNION ALL SELECT 'ALTER FUNCTION ' || p.oid::regprocedure::text || ' OWNER TO netcode_owner' "
                                "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                "LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e' "
                                "WHERE n.nspname = 'netcode' AND p.proowner::regrole::text <> 'netcode_owner' "
                                "AND d.objid IS NULL")))
            return failed(QCoreApplication::translate("StoreSetup", "The database cannot be read: %1"), sqlError);
        while (query.next())
            moves << query.value(0).toString();
        query.finish();
        for (const QString& move : std::as_const(moves)) {
            if (!run(move))
                return failed(QCoreApplication::translate("StoreSetup", "Cannot give the store's tables to netcode_owner: %1"), sqlError);
        }
        if (!moves.isEmpty())
            report->changes << QCoreApplication::translate("StoreSetup", "Gave %n table(s) and function(s) to netcode_owner.", nullptr, int(moves.size()));
    }
    if (!hasVersion) {
        // Trigram search: an extension the owner role may not be allowed to create itself.
        if (!run(QStringLiteral("SET LOCAL search_path = netcode, public"))
            || !run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot install the search extension pg_trgm (package postgresql-contrib): %1"), sqlError);
        if (!run(QStringLiteral("SET LOCAL ROLE netcode_owner"))
            || !run(QStringLiteral("CREATE TABLE netcode.schema_version (version INTEGER NOT NULL)"))
            || !run(QStringLiteral("INSERT INTO netcode.schema_version (version) VALUES (0)")))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot set up the store: %1"), sqlError);
    }
    if (!run(QStringLiteral("COMMIT")))
        return failed(QCoreApplication::translate("StoreSetup", "Cannot set up the store: %1"), sqlError);

    // The tables, as their owner; then the privileges for what is there now.
    if (!run(QStringLiteral("SET ROLE netcode_owner")))
        return failed(QCoreApplication::translate("StoreSetup", "Cannot act as netcode_owner: %1"), sqlError);
    QString migrationError;
    if (!Migrations::apply(db, &migrationError, -1, &sqlError)) {
        *error = migrationError;
        QSqlQuery(db).exec(QStringLiteral("RESET ROLE"));
        return false;
    }
    report->versionAfter = Migrations::version(db);
    if (report->versionAfter != report->versionBefore) {
        report->changes << (report->versionBefore == 0
                                ? QCoreApplication::translate("StoreSetup", "Created the store's tables (schema %1).").arg(report->versionAfter)
                                : QCoreApplication::translate("StoreSetup", "Updated the store from schema %1 to %2.")
                                      .arg(report->versionBefore)
                                      .arg(report->versionAfter));
    }
    if (!run(QStringLiteral("BEGIN")))
        return failed(QCoreApplication::translate("StoreSetup", "Cannot grant the roles their rights: %1"), sqlError);
    for (const QString& statement : privilegeStatements()) {
        if (!run(statement))
            return failed(QCoreApplication::translate("StoreSetup", "Cannot grant the roles their rights: %1"), sqlError);
    }
    if (!run(QStringLiteral("COMMIT")) || !run(QStringLiteral("RESET ROLE")))
        return failed(QCoreApplication::translate("StoreSetup", "Cannot grant the roles their rights: %1"), sqlError);
    if (run(QStringLiteral("SELECT id FROM netcode.store_identity")) && query.next())
        report->identity = query.value(0).toString();
    query.finish();
    return true;
}
} // namespace

bool StoreSetup::init(QSqlDatabase& db, InitReport* report, QString* error)
{
    for (int attempt = 0;; ++attempt) {
        *report = InitReport{};
        bool retry = false;
        if (initOnce(db, report, error, &retry))
            return true;
        if (!retry || attempt == 2)
            return false;
    }
}

bool StoreSetup::mayActAsOwner(QSqlDatabase& db)
{
    QSqlError ignored;
    return scalar(db,
                  // Only a store that init() handed to the owner: one made without the roles stays
                  // with whoever made it until init() runs on it.
                  QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'netcode' "
                                 "AND nspowner::regrole::text = 'netcode_owner') "
                                 "THEN pg_has_role(session_user, 'netcode_owner', 'MEMBER') ELSE false END"),
                  {}, &ignored)
        .toBool();
}

bool StoreSetup::grantAgain(QSqlDatabase& db, QSqlError* error)
{
    if (!rolesExist(db) || !mayActAsOwner(db))
        return true; // a store without roles (made by hand or by a test): nothing to keep up
    QSqlQuery query(db);
    QStringList statements = {QStringLiteral("BEGIN"), QStringLiteral("SET LOCAL ROLE netcode_owner")};
    statements << privilegeStatements() << QStringLiteral("COMMIT");
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = query.lastError();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

bool StoreSetup::grant(QSqlDatabase& db, const QString& login, Role role, QStringList* changes, QString* error)
{
    if (!rolesExist(db)) {
        *error = QCoreApplication::translate("StoreSetup", "This server has no NetCode Desk roles yet. Set the store up first: netcode-desk-cli store init "
                    "--database URL.");
        return false;
    }
    const QString trimmed = login.trimmed();
    if (trimmed.startsWith(QLatin1String("netcode_"))) {
        *error = QCoreApplication::translate("StoreSetup", "\"%1\" is one of NetCode Desk's own groups, not a person's or a desk's login.").arg(trimmed);
        return false;
    }
    QSqlError sqlError;
    const QVariant canLogin = scalar(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {trimmed}, &sqlError);
    if (sqlError.isValid()) {
        *error = QCoreApplication::translate("StoreSetup", "The server's list of logins cannot be read: %1").arg(serverText(sqlError));
        return false;
    }
    if (!canLogin.isValid()) {
        *error = QCoreApplication::translate("StoreSetup", "There is no login \"%1\" on this server. Create it first (on the database server: sudo -u postgres "
                    "createuser --pwprompt %1), then run this again. Nothing was changed.")
                     .arg(trimmed);
        return false;
    }
    if (!canLogin.toBool()) {
        *error = QCoreApplication::translate("StoreSetup", "\"%1\" is a role that cannot log in. Give each desk and each manager a login of its own "
                    "(createuser --pwprompt NAME).")
                     .arg(trimmed);
        return false;
    }
    const QString wanted = QLatin1String(role == Role::Manager ? kManagerRole : kDeskRole);
    const QString other = QLatin1String(role == Role::Manager ? kDeskRole : kManagerRole);
    QSqlQuery query(db);
    const auto refused = [&] {
        const QSqlError cause = query.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = cause.nativeErrorCode() == QLatin1String("42501")
                     ? QCoreApplication::translate("StoreSetup", "This login may not change who belongs to NetCode Desk's groups. Run this as the server's "
                          "administrator or with a login made with \"createuser --createrole\". Nothing was changed.")
                     : QCoreApplication::translate("StoreSetup", "Cannot change the login's group: %1").arg(serverText(cause));
        return false;
    };
    if (!query.exec(QStringLiteral("BEGIN")))
        return refused();
    if (!directMember(db, trimmed, wanted)) {
        if (!query.exec(QStringLiteral("GRANT %1 TO %2").arg(wanted, quoted(trimmed))))
            return refused();
        *changes << QCoreApplication::translate("StoreSetup", "%1 is now a member of %2.").arg(trimmed, wanted);
    }
    if (directMember(db, trimmed, other)) {
        if (!query.exec(QStringLiteral("REVOKE %1 FROM %2").arg(other, quoted(trimmed))))
            return refused();
        *changes << QCoreApplication::translate("StoreSetup", "%1 is no longer a member of %2.").arg(trimmed, other);
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return refused();
    return true;
}

bool StoreSetup::status(QSqlDatabase& db, Status* status, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT session_user, rolsuper FROM pg_roles WHERE rolname = session_user")) || !query.next()) {
        *error = QCoreApplication::translate("StoreSetup", "The server did not say who this login is: %1").arg(serverText(query.lastError()));
        return false;
    }
    status->login = query.value(0).toString();
    const bool superuser = query.value(1).toBool();
    query.finish();
    status->rolesExist = rolesExist(db);
    if (superuser) {
        status->role = QStringLiteral("admin");
    } else if (status->rolesExist) {
        for (const auto& [group, name] : {std::pair{kOwnerRole, "owner"}, {kManagerRole, "manager"}, {kDeskRole, "desk"}}) {
            QSqlError ignored;
            if (scalar(db, QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"), {QLatin1String(group)}, &ignored).toBool()) {
                status->role = QLatin1String(name);
                break;
            }
        }
    }
    if (query.exec(QStringLiteral("SELECT to_regclass('netcode.schema_version') IS NOT NULL")) && query.next()
        && query.value(0).toBool()) {
        query.finish();
        status->version = Migrations::version(db);
        if (query.exec(QStringLiteral("SELECT id FROM netcode.store_identity")) && query.next())
            status->identity = query.value(0).toString();
    }
    return true;
}
