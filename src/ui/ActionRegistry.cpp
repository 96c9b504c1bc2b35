#include "ActionRegistry.h"

#include <QAction>
#include <QKeySequence>

namespace {
QAction* make(QObject* parent, const QString& text, const QString& objectName, const QList<QKeySequence>& keys = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    return action;
}
} // namespace

ActionRegistry::ActionRegistry(QObject* parent)
    : QObject(parent)
    , issue(make(this, tr("&Issue code"), QStringLiteral("issueAction"),
                 {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}))
    , batchIssue(make(this, tr("Issue for &several locks…"), QStringLiteral("batchIssueAction"),
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}))
    , copyCode(make(this, tr("&Copy code"), QStringLiteral("copyCodeAction"),
                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}))
    , copyMessage(make(this, tr("Copy &message for the guest"), QStringLiteral("copyMessageAction"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}))
    , printSlip(make(this, tr("&Print slip…"), QStringLiteral("printSlipAction"), QKeySequence::keyBindings(QKeySequence::Print)))
    , saveSlipPdf(make(this, tr("Save slip as P&DF…"), QStringLiteral("saveSlipPdfAction"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}))
    , emailCode(make(this, tr("&Email code…"), QStringLiteral("emailCodeAction"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}))
    , newLock(make(this, tr("&Add lock…"), QStringLiteral("newLockAction"), QKeySequence::keyBindings(QKeySequence::New)))
    , editLock(make(this, tr("&Edit lock…"), QStringLiteral("editLockAction"), {QKeySequence(Qt::Key_F2)}))
    , removeLock(make(this, tr("&Remove lock…"), QStringLiteral("removeLockAction")))
    , importSmartLocks(make(this, tr("&Import smart locks from K3 Connect…"), QStringLiteral("importSmartLocksAction")))
    , importLocks(make(this, tr("Import locks from &CSV…"), QStringLiteral("importLocksAction")))
    , exportLocks(make(this, tr("E&xport locks to CSV…"), QStringLiteral("exportLocksAction")))
    , exportHistory(make(this, tr("&Export history…"), QStringLiteral("exportHistoryAction")))
    , findLock(make(this, tr("&Find lock"), QStringLiteral("findLockAction"), QKeySequence::keyBindings(QKeySequence::Find)))
    , findHistory(make(this, tr("Search &history"), QStringLiteral("findHistoryAction"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}))
    , settings(make(this, tr("&Settings…"), QStringLiteral("settingsAction"),
                    QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                        ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                        : QKeySequence::keyBindings(QKeySequence::Preferences)))
    , backupNow(make(this, tr("&Back up now"), QStringLiteral("backupNowAction")))
    , restoreBackup(make(this, tr("&Restore from a backup…"), QStringLiteral("restoreBackupAction")))
    , switchUser(make(this, tr("Switch &user…"), QStringLiteral("switchUserAction"), {QKeySequence(Qt::CTRL | Qt::Key_L)}))
    , signOut(make(this, tr("Sign ou&t"), QStringLiteral("signOutAction")))
    , staff(make(this, tr("Sta&ff…"), QStringLiteral("staffAction")))
    , auditLog(make(this, tr("Audit lo&g…"), QStringLiteral("auditLogAction")))
    , quit(make(this, tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::keyBindings(QKeySequence::Quit)))
    , about(make(this, tr("&About NetCode Desk"), QStringLiteral("aboutAction")))
    , board(make(this, tr("&Board"), QStringLiteral("boardAction"), {QKeySequence(Qt::CTRL | Qt::Key_B)}))
{
    for (QAction* action : {copyCode, copyMessage, printSlip, saveSlipPdf, emailCode, editLock, removeLock})
        action->setEnabled(false);
    issue->setToolTip(tr("Issue the code (Ctrl+Enter, or Enter in the issue form)"));
}
