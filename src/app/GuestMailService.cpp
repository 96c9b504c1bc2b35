#include "GuestMailService.h"

#include "Clock.h"
#include "GuestMail.h"
#include "Languages.h"
#include "MailAddress.h"
#include "MailAttemptRepository.h"
#include "MailMessage.h"
#include "MailSender.h"
#include "RequestLedger.h"
#include "SecretStore.h"
#include "SiteSettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcMail, "netcode.mail")

namespace {
MailAttempt::Outcome attemptOutcome(MailResult::Outcome outcome)
{
    switch (outcome) {
    case MailResult::Outcome::Delivered:
        return MailAttempt::Outcome::Delivered;
    case MailResult::Outcome::Refused:
        return MailAttempt::Outcome::Refused;
    case MailResult::Outcome::Unknown:
        return MailAttempt::Outcome::Unknown;
    case MailResult::Outcome::Failed:
        break;
    }
    return MailAttempt::Outcome::Failed;
}

// Past the send's own bound: writing its outcome (a busy database waits a few seconds) and clocks
// of desks that differ a little.
constexpr int kLeaseMarginMs = 30000;
} // namespace

GuestMailService::GuestMailService(SiteSettings& site, SecretStore& secrets, QSqlDatabase db, const Clock& clock,
                                   QObject* parent)
    : QObject(parent)
    , m_site(site)
    , m_secrets(secrets)
    , m_db(std::move(db))
    , m_clock(clock)
{
    qRegisterMetaType<MailAttempt>();
    qRegisterMetaType<MailResult>();
    // libcurl is loaded by the first send, on the mail thread, not here: the desk starts without it.
}

GuestMailService::~GuestMailService()
{
    stopAndWait();
}

void GuestMailService::stopAndWait()
{
    if (m_running.isEmpty())
        return;
    m_stop = true;
    // Each send ends within about a second of being stopped; its outcome is recorded here, while
    // the database is still open (the session deletes its services before the database).
    while (!m_running.isEmpty()) {
        const Running running = m_running.takeFirst();
        running.thread->disconnect(this);
        running.thread->wait();
        delete running.thread;
        running.done(*running.result);
    }
    m_stop = false;
}

int GuestMailService::longestSendMs() const
{
    return qMax(1, server().totalTimeoutSeconds) * 1000 + kLeaseMarginMs;
}

bool GuestMailService::isConfigured() const
{
    return server().isConfigured();
}

MailServer GuestMailService::server() const
{
    MailServer server = m_site.mailServer();
    if (m_responseTimeoutSeconds > 0)
        server.responseTimeoutSeconds = m_responseTimeoutSeconds;
    return server;
}

void GuestMailService::endSending(qint64 historyId)
{
    --m_pending;
    m_sending.remove(historyId);
    emit pendingChanged(m_pending);
    emit sendingChanged(historyId, false);
}

void GuestMailService::settleAndReport(MailAttempt attempt, const MailResult& result)
{
    attempt.outcome = attemptOutcome(result.outcome);
    attempt.detail = result.message;
    qCInfo(lcMail) << "email for history row" << attempt.historyId << MailResult::outcomeName(result.outcome) << "in"
                   << result.elapsedMs << "ms" << "curl" << result.curlCode;
    MailAttemptRepository repository(m_db);
    QString recordError;
    if (!repository.settle(&attempt, m_clock.nowUtc())) {
        recordError = repository.errorText();
        // Info, not a warning: the caller tells the desk (a warning would say it twice on a terminal).
        qCInfo(lcMail) << "the outcome of an email could not be recorded:" << recordError;
    }
    endSending(attempt.historyId);
    emit finished(attempt.historyId, attempt, recordError);
}

bool GuestMailService::send(qint64 historyId, const SlipDetails& details, const QString& address, bool attachSlip,
                            const QString& staffName, QString* error)
{
    const MailServer mailServer = server();
    if (!mailServer.isConfigured()) {
        if (error)
            *error = tr("No mail server is set up: a manager sets one in Settings.");
        return false;
    }
    if (!details.entry.hasCode()) {
        if (error)
            *error = tr("This row holds no code to email.");
        return false;
    }
    // Twice at once would give the guest the email twice: the first one's outcome comes first.
    if (m_sending.contains(historyId)) {
        if (error)
            *error = tr("An email with this code is already being sent to %1; nothing was sent again. Wait for "
                        "its outcome.")
                         .arg(m_sending.value(historyId));
        return false;
    }
    // Another desk or process sending to it (checked again when the send is recorded).
    for (const MailAttempt& each : MailAttemptRepository(m_db).forHistory(historyId, m_clock.nowUtc())) {
        if (each.sending()) {
            if (error)
                *error = beingSentElsewhere(each.recipient);
            return false;
        }
    }
    MailAttempt attempt;
    attempt.historyId = historyId;
    attempt.recipient = MailAddress::forRecord(address);
    attempt.attemptedAtUtc = m_clock.nowUtc();
    attempt.attemptedBy = staffName;
    // Kept with the attempt so that sending it again later speaks the same language.
    attempt.language = Languages::effective(details.language);

    // An attempt whose outcome is known before anything is sent: recorded whole.
    const auto recordWhole = [this](MailAttempt attempt) {
        MailAttemptRepository repository(m_db);
        QString recordError;
        if (!repository.record(&attempt)) {
            recordError = repository.errorText();
            qCInfo(lcMail) << "an email attempt could not be recorded:" << recordError;
        }
        emit finished(attempt.historyId, attempt, recordError);
    };

    QString reason;
    if (!MailAddress::isValid(address, &reason)) {
        attempt.outcome = MailAttempt::Outcome::Failed;
        attempt.detail = reason;
        // Reported from the event loop, like every other outcome: callers connect after calling.
        QTimer::singleShot(0, this, [recordWhole, attempt] { recordWhole(attempt); });
        return true;
    }
    attempt.recipient = MailAddress::normalized(address);
    // Composed here: the guest's language is switched for a moment, which only the UI thread may do.
    MailMessage message = GuestMail::compose(details, attempt.recipient, attachSlip);
    if (attachSlip && message.attachments.isEmpty()) {
        if (error)
            *error = tr("The slip could not be made into a PDF here; nothing was sent. Send it without the slip.");
        return false;
    }
    ++m_pending;
    m_sending.insert(historyId, attempt.recipient);
    emit pendingChanged(m_pending);
    readPassword(mailServer, [this, mailServer, message, attempt, recordWhole](const QString& password,
                                                                               const QString& readError) {
        if (!readError.isEmpty()) {
            MailAttempt failed = attempt;
            failed.outcome = MailAttempt::Outcome::Failed;
            failed.detail = readError;
            endSending(attempt.historyId);
            recordWhole(failed);
            return;
        }
        // Recorded before a byte goes to the server; if it cannot be, nothing is sent.
        MailAttempt sending = attempt;
        sending.attemptedAtUtc = m_clock.nowUtc();
        sending.sender = RequestLedger::ownerForThisProcess();
        MailAttemptRepository repository(m_db);
        const MailAttemptRepository::Begin begun =
            repository.begin(sending, sending.attemptedAtUtc.addMSecs(longestSendMs()), sending.attemptedAtUtc);
        if (begun.result != MailAttemptRepository::Begin::Result::Started) {
            MailAttempt notSent = sending;
            notSent.id = 0;
            notSent.outcome = MailAttempt::Outcome::Failed;
            QString recordError;
            if (begun.result == MailAttemptRepository::Begin::Result::BeingSent) {
                notSent.detail = beingSentElsewhere(begun.attempt.recipient);
            } else {
                recordError = repository.errorText();
                notSent.detail = recordError;
                qCInfo(lcMail) << "an email was not sent:" << recordError;
            }
            endSending(attempt.historyId);
            emit finished(notSent.historyId, notSent, recordError);
            return;
        }
        const MailAttempt started = begun.attempt;
        emit sendingChanged(started.historyId, true); // on the record now: History shows it
        startSend(mailServer, password, message,
                  [this, started](const MailResult& result) { settleAndReport(started, result); });
    });
    return true;
}

QString GuestMailService::beingSentElsewhere(const QString& recipient)
{
    return tr("An email with this code is already being sent to %1 (from another desk or program); nothing was "
              "sent again. Wait for its outcome.")
        .arg(recipient);
}

bool GuestMailService::sendAgain(qint64 historyId, SlipDetails details, const QString& address, bool attachSlip,
                                 const QString& staffName, QString* error)
{
    if (const QString language = lastLanguage(historyId); !language.isEmpty())
        details.language = language;
    return send(historyId, details, address, attachSlip, staffName, error);
}

QString GuestMailService::lastLanguage(qint64 historyId) const
{
    return MailAttemptRepository(m_db).latestFor({historyId}).value(historyId).language;
}

void GuestMailService::sendTest(const MailServer& mailServer, const QString& password, const QString& address)
{
    const auto report = [this](MailResult result) {
        QTimer::singleShot(0, this, [this, result] { emit testFinished(result); });
    };
    MailResult invalid;
    invalid.outcome = MailResult::Outcome::Failed;
    if (!mailServer.isConfigured()) {
        invalid.message = tr("Give the mail server's host name and a From address first.");
        report(invalid);
        return;
    }
    QString reason;
    if (!MailAddress::isValid(address, &reason)) {
        invalid.message = reason;
        report(invalid);
        return;
    }
    const MailMessage message = GuestMail::testMessage(MailAddress::normalized(address), m_site.propertyName());
    ++m_pending;
    emit pendingChanged(m_pending);
    const auto go = [this, mailServer, message](const QString& secret, const QString& readError) {
        if (!readError.isEmpty()) {
            MailResult failed;
            failed.message = readError;
            --m_pending;
            emit pendingChanged(m_pending);
            emit testFinished(failed);
            return;
        }
        startSend(mailServer, secret, message, [this](const MailResult& result) {
            --m_pending;
            emit pendingChanged(m_pending);
            emit testFinished(result);
        });
    };
    if (!password.isEmpty() || mailServer.user.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [go, password] { go(password, QString()); });
        return;
    }
    readPassword(mailServer, go);
}

void GuestMailService::readPassword(const MailServer& mailServer,
                                    std::function<void(const QString& password, const QString& error)> then)
{
    if (mailServer.user.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [then] { then(QString(), QString()); });
        return;
    }
    m_secrets.read(passwordKey(), this, [then](bool found, const QString& value, const QString& error) {
        if (!error.isEmpty()) {
            then(QString(), tr("The mail server's password could not be read from the keychain: %1").arg(error));
            return;
        }
        // No password saved: the server decides (and says no, which the desk is then told).
        then(found ? value : QString(), QString());
    });
}

void GuestMailService::startSend(const MailServer& mailServer, const QString& password, const MailMessage& message,
                                 std::function<void(const MailResult&)> done)
{
    auto result = std::make_shared<MailResult>();
    const std::atomic<bool>* stop = &m_stop;
    QThread* thread = QThread::create([result, mailServer, password, message, stop] {
        *result = MailSender::send(mailServer, password, message, stop);
    });
    thread->setObjectName(QStringLiteral("mail-send"));
    m_running.append({thread, result, done});
    connect(thread, &QThread::finished, this, [this, thread, result, done] {
        m_running.removeIf([thread](const Running& running) { return running.thread == thread; });
        thread->deleteLater();
        done(*result);
    });
    thread->start();
}

bool GuestMailService::waitForIdle(int timeoutMs)
{
    if (m_pending == 0)
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &GuestMailService::pendingChanged, &loop, [&loop](int pending) {
        if (pending == 0)
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return m_pending == 0;
}
