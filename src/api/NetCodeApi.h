#pragma once

#include "ApiError.h"
#include "DurationOption.h"
#include "NetCodeRequest.h"

#include <QObject>
#include <functional>

// The result of one NetCode call as the rest of the app sees it.
struct NetCodeResult {
    ApiError error = ApiError::None;
    int httpStatus = 0; // 0 when no answer arrived
    QString code;
    QString expires;
    QString errorText; // translated, says what to do next; never contains the key

    bool ok() const { return error == ApiError::None; }
    bool responseReceived() const { return httpStatus > 0; }
    // The request may have reached the service, and so may have been billed: an answer came (any
    // status, or a redirect), or the request was sent and then the connection was cut, the time ran
    // out, or what came back could not be read. False only when it provably never left (insecure
    // host, refused, unknown host, TLS failure, other errors before sending).
    bool mayHaveBeenBilled() const
    {
        switch (error) {
        case ApiError::ConnectionDropped:
        case ApiError::Timeout:
        case ApiError::MalformedResponse:
        case ApiError::ResponseTooLarge:
        case ApiError::RedirectRefused:
        case ApiError::RedirectLoop:
            return true;
        default:
            return responseReceived();
        }
    }
};

// One lock of a K3 Connect account, as the `k3connect` call lists it.
struct SmartLockInfo {
    QString lockId;       // 32 hex
    QString name;
    QString modelName;
    QString timeZone;     // IANA
    QString timeZoneOffset; // "+0100"
    QString dstStart;
    QString dstEnd;
    bool utcBased = false;
    QString location;
    QString batteryStatus;

    bool followsDst() const { return !utcBased && !dstStart.isEmpty() && !dstEnd.isEmpty(); }
};

struct SmartLocksResult {
    ApiError error = ApiError::None;
    QList<SmartLockInfo> locks;
    QString errorText; // never contains the access key
};

struct DurationsResult {
    ApiError error = ApiError::None;
    QList<DurationOption> options;
    QString errorText;
};

// The seam between the issuing service and the network: the real client implements it, and unit
// tests substitute a fake.
class NetCodeApi {
public:
    virtual ~NetCodeApi() = default;
    using NetCodeCallback = std::function<void(const NetCodeResult&)>;
    using DurationsCallback = std::function<void(const DurationsResult&)>;
    using SmartLocksCallback = std::function<void(const SmartLocksResult&)>;
    // The callback runs once, later, on the event loop — never before this returns — and not at
    // all if `context` has been destroyed.
    virtual void fetchNetCode(const NetCodeRequest& request, QObject* context, NetCodeCallback callback) = 0;
    virtual void fetchDurations(const QString& lockModel, QObject* context, DurationsCallback callback) = 0;
    // The smart locks of the K3 Connect account the access key opens.
    virtual void fetchSmartLocks(const QString& accessKey, QObject* context, SmartLocksCallback callback) = 0;
};
