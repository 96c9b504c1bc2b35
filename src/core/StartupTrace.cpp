#include "StartupTrace.h"

#include <QElapsedTimer>
#include <QtGlobal>
#include <cstdio>

namespace {
struct Trace {
    bool on = qEnvironmentVariableIsSet("NETCODE_STARTUP_TRACE");
    QElapsedTimer sinceFirst;
    qint64 previousNs = 0;
};

Trace& trace()
{
    static Trace instance;
    return instance;
}
} // namespace

bool StartupTrace::enabled()
{
    return trace().on;
}

void StartupTrace::mark(const char* phase)
{
    Trace& t = trace();
    if (!t.on)
        return;
    if (!t.sinceFirst.isValid())
        t.sinceFirst.start();
    const qint64 now = t.sinceFirst.nsecsElapsed();
    std::fprintf(stderr, "startup %8.2f ms (+%7.2f) %s\n", now / 1e6, (now - t.previousNs) / 1e6, phase);
    std::fflush(stderr);
    t.previousNs = now;
}
