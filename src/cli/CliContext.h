#pragma once

#include "AppSession.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QTextStream>
#include <functional>
#include <memory>

class KeychainSecretStore;
class LayeredSecretStore;

// What every command shares: the parsed options, the output streams, and a session opened on the
// database with the key from NETCODE_DESK_API_KEY or the keychain (demo mode with neither).
class CliContext {
public:
    CliContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    ~CliContext();

    const QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    bool json() const;

    // Opens the session; returns ExitOk or the code to exit with (the reason is already printed).
    int openSession();
    AppSession& session() { return *m_session; }
    LayeredSecretStore& secrets() { return *m_layered; }

    // Runs the event loop until `done` is true or `timeoutMs` passes; false on time-out.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs);
    int fail(int code, const QString& message); // prints to stderr (and JSON to stdout with --json)
    // Who the audit log and "issued by" name for this run: "(command line) LOGIN", LOGIN being the
    // shared store's login, else the computer's user name.
    static QString commandLineActor(const QString& storeLogin);
    QString actor();
    // A manager's action on a shared store: ExitOk when this login may do it (a manager, the owner,
    // a superuser, or a store without NetCode Desk's groups), else ExitNotAllowed with the reason
    // printed. On a desk's own file the command line acts as the administrator, as it always has.
    int requireManager(QSqlDatabase db, const QString& storePath);
    // Text for a terminal: control characters (C0 but line breaks and tabs, DEL, C1) and bidi
    // controls made visible as \u{…}, so a file name or an answer cannot rewrite the screen.
    static QString printable(const QString& text);

private:
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<LayeredSecretStore> m_layered;
    std::unique_ptr<AppSession> m_session;
};
