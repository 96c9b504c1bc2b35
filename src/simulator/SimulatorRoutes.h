#pragma once

#include "HttpMessage.h"

#include <QByteArray>
#include <QString>

struct SimulatedResponse {
    int status = 200;
    QByteArray body;
};

// What the simulated Codelocks Connect service answers to one request, before any fault injection.
class SimulatorRoutes {
public:
    // The K3 Connect account every simulator serves; any other access key is refused with 401.
    static QString demoAccessKey() { return QStringLiteral("DemoAccessKey42"); }

    // `requiredApiKey` empty: any non-empty key is accepted.
    static SimulatedResponse answer(const HttpRequest& request, const QString& requiredApiKey);

private:
    static SimulatedResponse netCode(const HttpRequest& request, const QString& pathId);
    static SimulatedResponse durations(const HttpRequest& request);
    static SimulatedResponse smartLocks(const HttpRequest& request);
};
