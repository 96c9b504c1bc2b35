#include "MailSender.h"

#include <curl/curl.h>

#include <mutex>

void MailSender::initialise()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString MailSender::libraryVersion()
{
    return QString::fromLatin1(curl_version());
}

MailResult MailSender::send(const MailServer& server, const QString& password, const MailMessage& message)
{
    Q_UNUSED(server)
    Q_UNUSED(password)
    Q_UNUSED(message)
    initialise();
    MailResult result;
    result.outcome = MailResult::Outcome::Failed;
    return result;
}
