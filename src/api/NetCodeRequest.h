#pragma once

#include "ApiEndpoint.h"

#include <QString>
#include <QUrl>

// One NetCode call: GET {host}/{n/ver}/netcode/{pathId}?start=&duration=&lockmodel=&identifier=
struct NetCodeRequest {
    QString pathId;      // KitLock timecode or smart-lock id
    QString start;       // yyyy-MM-dd HH:mm in the lock's clock
    int durationId = -1;
    QString lockModel;   // wire value
    QString identifier;  // KitLock lock id, or the smart-lock access key (a secret: never log it)

    QUrl url(const ApiEndpoint& endpoint) const;
    // A smart-lock request: its model says so or, for a model this build does not know, its path
    // id is a 32-hex lock id. Its identifier is then the account's access key, a secret.
    bool isSmartLock() const;
    bool operator==(const NetCodeRequest&) const = default;
};

// Builds a query with every reserved character percent-encoded (space as %20, ':' as %3A).
QString encodedQuery(const QList<QPair<QString, QString>>& items);
