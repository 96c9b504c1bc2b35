#include "LockModel.h"

#include <QCoreApplication>

namespace {
// The exact key sequence on KitLocks is not public; these defaults say what is known and are
// editable per model by the manager.
const char* const kKitLockInstructions =
    QT_TRANSLATE_NOOP("LockModelCatalogue", "Enter the code on the keypad, then turn the knob.");
const char* const kSmartLockInstructions =
    QT_TRANSLATE_NOOP("LockModelCatalogue", "Press * then enter the code.");
} // namespace

const QList<LockModelInfo>& LockModelCatalogue::all()
{
    static const QList<LockModelInfo> models = {
        {LockModelId::KL1060, QStringLiteral("KL1060"), QStringLiteral("KitLock KL1000 NetCode (pre-2019)"), 6,
         false, false, kKitLockInstructions},
        {LockModelId::KL1060C2, QStringLiteral("KL1060C2"),
         QStringLiteral("KitLock KL1000 NetCode C2 / D"), 7, false, false, kKitLockInstructions},
        {LockModelId::KL1060G3, QStringLiteral("KL1060G3"), QStringLiteral("KitLock KL1000 G3 / KL1200N"),
         7, false, false, kKitLockInstructions},
        {LockModelId::K3Connect, QStringLiteral("K3CONNECT"),
         QStringLiteral("K3 Connect / C3 Smart (CL4500, CL5500)"), 6, true, true, kSmartLockInstructions},
    };
    return models;
}

const LockModelInfo& LockModelCatalogue::info(LockModelId id)
{
    for (const auto& model : all()) {
        if (model.id == id)
            return model;
    }
    return all().front();
}

const LockModelInfo* LockModelCatalogue::fromWire(const QString& wireValue)
{
    for (const auto& model : all()) {
        if (model.wireValue.compare(wireValue.trimmed(), Qt::CaseInsensitive) == 0)
            return &model;
    }
    return nullptr;
}

QString LockModelCatalogue::entryInstructions(LockModelId id)
{
    return QCoreApplication::translate("LockModelCatalogue", info(id).entryInstructionsSource);
}
