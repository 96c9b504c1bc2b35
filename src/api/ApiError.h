#pragma once

#include <QString>

// Every way a call can fail, each with its own message telling the receptionist what to do next.
enum class ApiError {
    None,
    InsecureHost,      // not https and not this computer
    KeyRejected,       // 403
    AccessKeyRejected, // 401
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
};

class ApiErrors {
public:
    // `serverText` is the service's own words, included where they help.
    static QString message(ApiError error, const QString& serverText = {}, int httpStatus = 0);
    static QString name(ApiError error); // stable English identifier for logs and tests
};
