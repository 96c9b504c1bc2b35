#include "ApiError.h"

#include <QCoreApplication>

namespace {
QString withServerText(const QString& message, const QString& serverText)
{
    if (serverText.trimmed().isEmpty())
        return message;
    return message + QLatin1Char(' ') + QCoreApplication::translate("ApiErrors", "The service said: \"%1\".").arg(serverText.trimmed().left(300));
}
} // namespace

QString ApiErrors::scrubbed(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("…"), Qt::CaseInsensitive);
    }
    return text;
}

QString ApiErrors::message(ApiError error, const QString& serverText, int httpStatus, ApiCall call)
{
    switch (error) {
    case ApiError::None:
        return {};
    case ApiError::InsecureHost:
        return QCoreApplication::translate("ApiErrors", "The API host must start with https:// (plain http:// is allowed only for this computer). "
                  "Correct the API host in Settings.");
    case ApiError::KeyRejected:
        return QCoreApplication::translate("ApiErrors", "The Codelocks service rejected the site's API key (%1). Check the API key in "
                                                        "Settings.")
            .arg(httpStatus > 0 ? httpStatus : 403);
    case ApiError::AccessKeyRejected:
        return QCoreApplication::translate("ApiErrors", "The Codelocks service rejected the smart lock's access key (401). Check the access key in "
                  "the lock's settings.");
    case ApiError::LockNotFound:
        return withServerText(QCoreApplication::translate("ApiErrors", "The Codelocks service does not know this lock. Check the lock's timecode and "
                                 "lock id (or smart-lock id) in its settings."),
                              serverText);
    case ApiError::InvalidRequest:
        return withServerText(QCoreApplication::translate("ApiErrors", "The Codelocks service refused the request as invalid. Most often the lock's model "
                                 "is set wrongly, or its timecode or lock id has a typing error; also check that the "
                                 "lock is configured for this mode and that codes of whole days start at midnight."),
                              serverText);
    case ApiError::QuotaExceeded:
        return QCoreApplication::translate("ApiErrors", "The Codelocks service is refusing requests because the plan's limit has been reached or too "
                  "many were sent. Wait a minute and try again; if it persists, check the plan's monthly quota.");
    case ApiError::ServiceError:
        return withServerText(QCoreApplication::translate("ApiErrors", "The Codelocks service had an internal error (%1). No code was issued. Try again "
                                 "in a few minutes.")
                                  .arg(httpStatus),
                              serverText);
    case ApiError::UnexpectedStatus:
        return withServerText(QCoreApplication::translate("ApiErrors", "The Codelocks service answered with an unexpected status (%1). No code was "
                                 "issued.")
                                  .arg(httpStatus),
                              serverText);
    case ApiError::Timeout:
        if (call == ApiCall::Utility)
            return QCoreApplication::translate("ApiErrors", "The Codelocks service did not answer in time. Check the internet "
                                                            "connection and try again.");
        return QCoreApplication::translate("ApiErrors", "The Codelocks service did not answer in time. The request had already "
                                                        "been sent, so the service may have issued — and billed — a code that "
                                                        "never arrived. It is kept in History as \"in doubt\"; ask again from "
                                                        "there.");
    case ApiError::ConnectionRefused:
        return QCoreApplication::translate("ApiErrors", "Could not reach the Codelocks service. Check the internet connection and the API host in "
                  "Settings, then try again.");
    case ApiError::ConnectionDropped:
        if (call == ApiCall::Utility)
            return QCoreApplication::translate("ApiErrors", "The connection to the Codelocks service was cut before it answered. "
                                                            "Try again.");
        return QCoreApplication::translate("ApiErrors", "The connection was cut after the request was sent: the service may "
                                                        "have issued — and billed — a code that never arrived. It is kept in "
                                                        "History as \"in doubt\"; ask again from there.");
    case ApiError::HostNotFound:
        return QCoreApplication::translate("ApiErrors", "The API host could not be found. Check the internet connection and the API host in "
                  "Settings.");
    case ApiError::TlsFailure:
        return QCoreApplication::translate("ApiErrors", "The secure connection to the Codelocks service could not be verified, so nothing was sent. "
                  "Check the computer's date and time, and whether a network filter intercepts secure "
                  "connections.");
    case ApiError::RedirectRefused:
        return QCoreApplication::translate("ApiErrors", "The Codelocks service tried to send the request to another address. NetCode Desk did not follow, "
                  "so the API key went nowhere else. Check the API host in Settings.");
    case ApiError::NetworkError:
        return withServerText(QCoreApplication::translate("ApiErrors", "A network error stopped the request. Check the connection and try again."),
                              serverText);
    case ApiError::MalformedResponse:
        if (call == ApiCall::Utility)
            return QCoreApplication::translate("ApiErrors", "The Codelocks service sent an answer NetCode Desk cannot read. No code is shown; try again, "
                      "and if it keeps happening check the API host and versions in Settings.");
        return QCoreApplication::translate("ApiErrors", "The Codelocks service sent an answer NetCode Desk cannot read, so no "
                                                        "code is shown. The service may still have issued — and billed — the "
                                                        "code: it is kept in History as \"in doubt\"; ask again from there. If "
                                                        "this keeps happening, check the API host and versions in Settings.");
    case ApiError::ResponseTooLarge:
        if (call == ApiCall::Utility)
            return QCoreApplication::translate("ApiErrors", "The Codelocks service sent an answer far larger than a NetCode; it was not read. Check the "
                      "API host in Settings.");
        return QCoreApplication::translate("ApiErrors", "The Codelocks service sent an answer far larger than a NetCode, so it "
                                                        "was not read. The request may have been billed: it is kept in History "
                                                        "as \"in doubt\". Check the API host in Settings.");
    case ApiError::ServiceRefused:
        return withServerText(QCoreApplication::translate("ApiErrors", "The Codelocks service did not issue a code."), serverText);
    case ApiError::RedirectLoop:
        return QCoreApplication::translate("ApiErrors", "The Codelocks service kept redirecting the request instead of "
                                                        "answering it, so NetCode Desk stopped following. Check the API host "
                                                        "and versions in Settings; if they are right, the service has a "
                                                        "problem: try again later.");
    }
    return {};
}

QString ApiErrors::name(ApiError error)
{
    switch (error) {
    case ApiError::None: return QStringLiteral("none");
    case ApiError::InsecureHost: return QStringLiteral("insecure-host");
    case ApiError::KeyRejected: return QStringLiteral("key-rejected");
    case ApiError::AccessKeyRejected: return QStringLiteral("access-key-rejected");
    case ApiError::LockNotFound: return QStringLiteral("lock-not-found");
    case ApiError::InvalidRequest: return QStringLiteral("invalid-request");
    case ApiError::QuotaExceeded: return QStringLiteral("quota-exceeded");
    case ApiError::ServiceError: return QStringLiteral("service-error");
    case ApiError::UnexpectedStatus: return QStringLiteral("unexpected-status");
    case ApiError::Timeout: return QStringLiteral("timeout");
    case ApiError::ConnectionRefused: return QStringLiteral("connection-refused");
    case ApiError::ConnectionDropped: return QStringLiteral("connection-dropped");
    case ApiError::HostNotFound: return QStringLiteral("host-not-found");
    case ApiError::TlsFailure: return QStringLiteral("tls-failure");
    case ApiError::RedirectRefused: return QStringLiteral("redirect-refused");
    case ApiError::NetworkError: return QStringLiteral("network-error");
    case ApiError::MalformedResponse: return QStringLiteral("malformed-response");
    case ApiError::ResponseTooLarge: return QStringLiteral("response-too-large");
    case ApiError::ServiceRefused: return QStringLiteral("service-refused");
    case ApiError::RedirectLoop: return QStringLiteral("redirect-loop");
    }
    return {};
}
