#pragma once

#include <QString>
#include <QStringList>

// Every way a call can fail, each with its own message telling the receptionist what to do next.
enum class ApiError {
    None,
    InsecureHost,      // not https and not this computer
    KeyRejected,       // 403, or 401 when no access key was sent: the site's API key
    AccessKeyRejected, // 401 on a smart-lock call: the account's access key
    LockNotFound,      // 404, or the 2015 "Lock not found" inside a 200
    InvalidRequest,    // 400, 422
    QuotaExceeded,     // 429
    ServiceError,      // 5xx
    UnexpectedStatus,  // any other non-2xx
    Timeout,
    ConnectionRefused, // nothing listening / offline
    ConnectionDropped, // closed before an answer arrived
    HostNotFound,      // DNS
    TlsFailure,
    RedirectRefused,   // sent elsewhere; not followed, so the key went nowhere else
    NetworkError,      // anything else below HTTP
    MalformedResponse, // not JSON, truncated, no code
    ResponseTooLarge,
    ServiceRefused,    // 2xx carrying an error
    RedirectLoop,      // kept redirecting within its own address; stopped after a few
};

// Which kind of call failed, where the advice differs: only a NetCode request is billed and kept
// in History.
enum class ApiCall { NetCode, Utility };

class ApiErrors {
public:
    // `serverText` is the service's own words, included where they help; scrub secrets out of it
    // first (scrubbed()).
    static QString message(ApiError error, const QString& serverText = {}, int httpStatus = 0,
                           ApiCall call = ApiCall::NetCode);
    static QString name(ApiError error); // stable English identifier for logs and tests
    // `text` with every secret replaced by an ellipsis, whatever the case the service echoed it
    // in. Empty secrets are ignored.
    static QString scrubbed(QString text, const QStringList& secrets);
};
