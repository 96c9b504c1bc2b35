#pragma once

#include <QList>
#include <QString>

// The NetCode mode a lock is configured for. A lock runs one mode at a time; the standard mode
// covers both single-use and multi-use codes. What can be issued for each is in IssueMode.
enum class NetCodeMode { Standard, MediumTermRental, LongTermRental, EndDate, TwentyFourHour };

class NetCodeModes {
public:
    static QList<NetCodeMode> all();
    static QString storageName(NetCodeMode mode);
    static bool fromStorageName(const QString& name, NetCodeMode* mode);
    static QString displayName(NetCodeMode mode);
    static QString shortName(NetCodeMode mode); // for tight lists: "Standard", "Rental"
};
