#pragma once

#include "GuestSlip.h"
#include "MailAttempt.h"
#include "MailResult.h"
#include "MailServer.h"

#include <QList>
#include <QObject>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class Clock;
class QThread;
class SecretStore;
class SiteSettings;
struct MailMessage;

// Emails codes to guests through the site's mail server without ever blocking the window: the
// message is composed here (in the guest's language), the password read from the keychain, and
// the SMTP conversation runs on a worker thread. As with a code's request (the request ledger), the
// attempt is recorded as "sending" on the history row BEFORE anything goes to the server, and
// settled when the send ends, whatever the outcome; finished() tells the window. A process that
// dies mid-send leaves a send that reads "may have been sent", never "not sent". One row is never
// sent to twice at once, from this desk or another.
class GuestMailService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestMailService)

public:
    GuestMailService(SiteSettings& site, SecretStore& secrets, QSqlDatabase db, const Clock& clock,
                     QObject* parent = nullptr);
    // Stops sends still running and records how each ended (stopAndWait()).
    ~GuestMailService() override;

    // The keychain entry holding the mail server's password.
    static QString passwordKey() { return QStringLiteral("mail/password"); }

    // A mail server is set up (host and From address): Email sends through it. Otherwise the
    // desk uses mailto: (the system's mail program).
    bool isConfigured() const;
    MailServer server() const;

    // Emails row `historyId`'s code to `address`. An invalid address is refused at once (recorded,
    // and finished() is emitted from the event loop, never from inside this call). Returns false
    // only when nothing was started because the row cannot be emailed (no server, no code, a slip
    // asked for that could not be made, an email to this row already on its way from this or
    // another desk); `error` says why. A send that cannot be recorded before it starts is not
    // started either: finished() then carries attempt.id 0 and the reason in `recordError`.
    bool send(qint64 historyId, const SlipDetails& details, const QString& address, bool attachSlip,
              const QString& staffName, QString* error = nullptr);
    // Emails row `historyId` again (History, Try again, the command line): in the language its
    // latest email was written in when that is recorded — the guest's, whatever the desk speaks
    // now — otherwise in `details.language`, as a first email would be. As send() otherwise.
    bool sendAgain(qint64 historyId, SlipDetails details, const QString& address, bool attachSlip,
                   const QString& staffName, QString* error = nullptr);
    // The language row `historyId`'s latest email was written in ("de"); empty when it has none,
    // or it was sent before the language was recorded.
    QString lastLanguage(qint64 historyId) const;
    // "Send a test email" from Settings with `server` as typed there (not yet saved) and
    // `password` (empty: the one in the keychain). Nothing is recorded; testFinished() reports.
    void sendTest(const MailServer& server, const QString& password, const QString& address);

    // How long to wait for each of the server's replies (0: MailServer's default). Not a site
    // setting: for a slow link at one desk, and for tests.
    void setResponseTimeoutSeconds(int seconds) { m_responseTimeoutSeconds = seconds; }

    // Sends on their way now (for the window: a busy indicator, and not closing mid-send).
    int pending() const { return m_pending; }
    // An email to this row is on its way from this desk (Email… and Try again wait for it).
    bool isSending(qint64 historyId) const { return m_sending.contains(historyId); }
    // Stops every send still running (each ends within about a second: "not sent" if nothing had
    // gone to the server yet, "may have been sent" once it had) and records how each ended. For
    // quitting without waiting.
    void stopAndWait();
    // How long a send may take at most, from its record to its outcome (the lease of a send).
    int longestSendMs() const;
    // Waits (processing events) until no send is pending or `timeoutMs` passed; for the CLI.
    bool waitForIdle(int timeoutMs);

signals:
    // The attempt as recorded (attempt.id is 0 when the store could not record it: `recordError`
    // then says why; the outcome is still the send's).
    void finished(qint64 historyId, const MailAttempt& attempt, const QString& recordError);
    void testFinished(const MailResult& result);
    void pendingChanged(int pending);
    // A send to `historyId` is on the record and on its way, or ended (History reads it again;
    // the row's Email… and Try again follow it; isSending() is true from send() on).
    void sendingChanged(qint64 historyId, bool sending);

private:
    // Refused because another desk or program has this row's email on its way.
    static QString beingSentElsewhere(const QString& recipient);
    struct Running {
        QThread* thread = nullptr;
        std::shared_ptr<MailResult> result;
        std::function<void(const MailResult&)> done;
    };
    void startSend(const MailServer& server, const QString& password, const MailMessage& message,
                   std::function<void(const MailResult&)> done);
    void settleAndReport(MailAttempt attempt, const MailResult& result);
    void endSending(qint64 historyId);
    void readPassword(const MailServer& server, std::function<void(const QString& password, const QString& error)> then);

    SiteSettings& m_site;
    SecretStore& m_secrets;
    QSqlDatabase m_db;
    const Clock& m_clock;
    QList<Running> m_running;
    QHash<qint64, QString> m_sending; // rows with a send on its way from this desk, and to whom
    std::atomic<bool> m_stop{false};
    int m_pending = 0;
    int m_responseTimeoutSeconds = 0;
};
