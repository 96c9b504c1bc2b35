#pragma once

#include "IssueMode.h"

#include <QDate>
#include <QTime>

class CliContext;
struct Lock;

// `netcode-desk-cli issue --arrive ... --depart ...`: the code is chosen from the guest's stay
// instead of a start and a length.
class CliIssueStay {
public:
    struct Stay {
        QDate arrivalDate; // invalid: the guest arrives now
        QTime arrivalTime;
        QDate departureDate;
        QTime departureTime;
    };
    static bool requested(const CliContext& cli);
    // Reads --arrive/--depart and refuses what cannot go with them, before the session opens.
    // Returns ExitOk or the code to exit with (the reason is already printed).
    static int parse(CliContext& cli, Stay* stay);
    // Plans the code for the stay on this lock (the modes its guard allows, or `mode` alone when the
    // desk named one) and issues it; a stay nothing covers is refused with the reason, nothing sent.
    static int issue(CliContext& cli, const Lock& lock, const Stay& stay, bool modeGiven, IssueMode mode);
};
