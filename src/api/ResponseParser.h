#pragma once

#include "ApiError.h"
#include "DurationOption.h"
#include "NetCodeApi.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a NetCode answer said, read tolerantly: the service's response shape has changed across
// versions (LockID/LockId, optional Startdate/Expires/Timecode, three error shapes).
struct NetCodeResponse {
    ApiError error = ApiError::None;
    QString serverText; // the service's own message, if any
    QString code;       // ActualNetcode, exactly as sent (leading zeros kept)
    QString lockId;
    QString startDate;
    QString expires;
    QString timecode;
    int durationHours = 0;
    int durationDays = 0;
};

class ResponseParser {
public:
    static NetCodeResponse parseNetCode(int httpStatus, const QByteArray& body);
    // Durations catalogue; entries this client cannot interpret are skipped. `ok` false when the
    // body is not a readable catalogue.
    static QList<DurationOption> parseDurations(const QByteArray& body, bool* ok);
    // The K3 Connect lock list; entries without a 32-hex LockId are skipped.
    static QList<SmartLockInfo> parseSmartLocks(const QByteArray& body, bool* ok);
    // The human text inside an error body: message, Message (a JSON array in a string), or error.
    static QString serverText(const QByteArray& body);
    static ApiError errorForStatus(int httpStatus);
};
