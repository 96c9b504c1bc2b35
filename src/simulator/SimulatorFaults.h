#pragma once

#include <QByteArray>

// Faults the simulator injects into its next responses, for tests and manual trials.
struct SimulatorFaults {
    int delayMs = 0;          // wait this long before answering
    int forcedStatus = 0;     // answer with this status instead of the real result (0: off)
    QByteArray forcedBody;    // ... and this body
    bool dropConnection = false; // close the connection without answering, after reading the whole request
    int cutAfterBytes = -1;      // send only this many bytes of the answer, then close (-1: off)
    QByteArray redirectTo;       // answer 302 with this Location
    int remaining = -1;       // how many requests the faults apply to; -1: until cleared

    bool active() const
    {
        return remaining != 0 && (delayMs > 0 || forcedStatus > 0 || dropConnection || cutAfterBytes >= 0
                                   || !redirectTo.isEmpty());
    }
};
