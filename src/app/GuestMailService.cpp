#include "GuestMailService.h"

#include "Clock.h"
#include "GuestMail.h"
#include "Languages.h"
#include "MailAddress.h"
#include "MailAttemptRepository.h"
#include "MailMessage.h"
#include "MailSender.h"
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
    case MailResult::Outcome::Failed:
        break;
    }
    return MailAttempt::Outcome::Failed;
}
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
    MailSender::initialise();
}

GuestMailService::~GuestMailService()
{
    // Each send ends by itself within the server's total timeout; its result has nowhere to go.
    for (QThread* thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
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
    MailAttempt attempt;
    attempt.historyId = historyId;
    attempt.recipient = MailAddress::forRecord(address);
    attempt.attemptedAtUtc = m_clock.nowUtc();
    attempt.attemptedBy = staffName;
    // Kept with the attempt so that sending it again later speaks the same language.
    attempt.language = Languages::effective(details.language);

    const auto finish = [this](MailAttempt attempt) {
        MailAttemptRepository repository(m_db);
        QString recordError;
        if (!repository.record(&attempt)) {
            recordError = repository.errorText();
            qCWarning(lcMail) << "an email attempt could not be recorded:" << recordError;
        }
        emit finished(attempt.historyId, attempt, recordError);
    };

    QString reason;
    if (!MailAddress::isValid(address, &reason)) {
        attempt.outcome = MailAttempt::Outcome::Failed;
        attempt.detail = reason;
        // Reported from the event loop, like every other outcome: callers connect after calling.
        QTimer::singleShot(0, this, [finish, attempt] { finish(attempt); });
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
    emit pendingChanged(m_pending);
    readPassword(mailServer, [this, mailServer, message, attempt, finish](const QString& password, const QString& readError) {
        if (!readError.isEmpty()) {
            MailAttempt failed = attempt;
            failed.outcome = MailAttempt::Outcome::Failed;
            failed.detail = readError;
            --m_pending;
            emit pendingChanged(m_pending);
            finish(failed);
            return;
        }
        startSend(mailServer, password, message, [this, attempt, finish](const MailResult& result) {
            MailAttempt done = attempt;
            done.outcome = attemptOutcome(result.outcome);
            done.detail = result.message;
            qCInfo(lcMail) << "email for history row" << done.historyId << MailResult::outcomeName(result.outcome) << "in"
                           << result.elapsedMs << "ms" << "curl" << result.curlCode;
            --m_pending;
            emit pendingChanged(m_pending);
            finish(done);
        });
    });
    return true;
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
    QThread* thread = QThread::create([result, mailServer, password, message] {
        *result = MailSender::send(mailServer, password, message);
    });
    thread->setObjectName(QStringLiteral("mail-send"));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, done] {
        m_threads.removeOne(thread);
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
