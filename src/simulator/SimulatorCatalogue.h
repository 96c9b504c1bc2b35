#pragma once

#include "DurationOption.h"
#include "LockModel.h"

#include <QJsonArray>
#include <QList>

// The simulator's own duration catalogue. Only the standard ids 0-18 are the service's confirmed
// ones; the ids of every other mode, and which models offer which mode, are the simulator's own
// choices (the real ones are not public), so the client can only learn them from this catalogue:
//   standard multi-use  ("standard"/"alltime")     0-18   all models
//   standard single-use ("standard"/"singleuse")   100-118 all models
//   long-term rental    ("urm", validation period) 19-37  KL1060, KL1060C2, KL1060G3
//   medium-term rental  ("acc", 1-21 days)         201-221 KL1060, KL1060C2, KL1060G3
//   24 hour             ("24hour")                 300    KL1060G3, K3CONNECT
//   End Date            ("enddate", n days)        401-765 KL1060C2, KL1060G3, K3CONNECT
class SimulatorCatalogue {
public:
    static QList<DurationOption> forModel(LockModelId model);
    static const DurationOption* find(LockModelId model, int durationId);
    static QJsonArray toJson(LockModelId model);
    static QString modeWire(IssueMode mode);
    static QString subModeWire(IssueMode mode);
};
