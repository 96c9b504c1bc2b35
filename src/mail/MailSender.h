#pragma once

#include "MailMessage.h"
#include "MailResult.h"
#include "MailServer.h"

#include <QCoreApplication>

#include <atomic>

// Sends one message through the site's mail server with libcurl's SMTP: STARTTLS required (never
// a plain-text fallback) or implicit TLS, the peer's certificate and name always verified, login
// when a user is set. Synchronous and blocking for at most the server's total timeout: call it on
// a worker thread (GuestMailService does). Safe to call from several threads at once.
// Every wait is bounded by the server's timeouts, and the whole send (closing the connection
// included) by its total timeout; `stop`, when set from another thread, ends the send within about
// a second (the desk quits): Failed if nothing had gone out, Unknown once the message had.
class MailSender {
    Q_DECLARE_TR_FUNCTIONS(MailSender)

public:
    static MailResult send(const MailServer& server, const QString& password, const MailMessage& message,
                           const std::atomic<bool>* stop = nullptr);
    // Loads and starts libcurl (CurlLibrary), once; send() does it on its first call. False, with
    // the reason, when the library cannot be loaded: every send then fails with that reason and
    // sends nothing. Thread-safe.
    static bool initialise(QString* error = nullptr);
    // The libcurl version and TLS library in use, e.g. "libcurl/7.88.1 OpenSSL/3.0.11": for logs
    // (or why the library cannot be loaded). Loads the library.
    static QString libraryVersion();
};
