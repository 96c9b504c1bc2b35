#pragma once

#include <QList>
#include <QString>

// The lock models NetCode Desk can issue for, as the Codelocks Connect API names them.
enum class LockModelId { KL1060, KL1060C2, KL1060G3, K3Connect };

struct LockModelInfo {
    LockModelId id;
    QString wireValue;     // the `lockmodel` query value
    QString displayName;   // hardware the receptionist recognises (not translated: product names)
    int codeLength;        // digits in a NetCode for this model
    bool smartLock;        // identified by a 32-hex lock id and an account access key
    bool clockFollowsDstByDefault;
    const char* entryInstructionsSource; // untranslated; use LockModelCatalogue::entryInstructions()
};

class LockModelCatalogue {
public:
    static const QList<LockModelInfo>& all();
    static const LockModelInfo& info(LockModelId id);
    static const LockModelInfo* fromWire(const QString& wireValue);
    // Default key sequence a guest uses, translated into the UI language.
    static QString entryInstructions(LockModelId id);
};
