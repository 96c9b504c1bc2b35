#pragma once

#include "NetCodeMode.h"

#include <QList>
#include <QString>

// The kind of code the desk issues. A lock configured for the standard mode takes both standard
// kinds; a lock configured for a rental, End Date or 24-hour mode takes that kind alone.
enum class IssueMode { StandardMultiUse, StandardSingleUse, MediumTermRental, LongTermRental, EndDate, TwentyFourHour };

class IssueModes {
public:
    static QList<IssueMode> all();
    static QString storageName(IssueMode mode);
    static bool fromStorageName(const QString& name, IssueMode* mode);
    static QString displayName(IssueMode mode);
    static QString shortName(IssueMode mode); // for tables: "Rental", "End date"
    // The mode guard: what a lock configured for `configured` can take.
    static QList<IssueMode> allowedFor(NetCodeMode configured);
    static NetCodeMode configurationOf(IssueMode mode);
    // Codes that must be used for the first time before a deadline.
    static bool hasFirstUseDeadline(IssueMode mode);
    // Reads the service's catalogue wording (Mode, SubMode) tolerantly; false when unknown.
    static bool fromCatalogue(const QString& mode, const QString& subMode, IssueMode* result);
};
