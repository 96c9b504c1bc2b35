#pragma once

#include <QObject>

class QAction;

// One set of QActions shared by menus, toolbars, buttons, context menus and tests. Shortcuts come
// from standard key sequences or are set here, never from translations.
class ActionRegistry final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    explicit ActionRegistry(QObject* parent);

    QAction* const issue;
    QAction* const batchIssue;
    QAction* const copyCode;
    QAction* const copyMessage;
    QAction* const printSlip;
    QAction* const saveSlipPdf;
    QAction* const emailCode;
    QAction* const newLock;
    QAction* const editLock;
    QAction* const removeLock;
    QAction* const importSmartLocks;
    QAction* const importLocks;
    QAction* const exportLocks;
    QAction* const exportHistory;
    QAction* const findLock;
    QAction* const findHistory;
    QAction* const settings;
    QAction* const backupNow;
    QAction* const restoreBackup;
    // People: back to the sign-in dialog (the window stays), sign out, the staff list, the audit log.
    QAction* const switchUser;
    QAction* const signOut;
    QAction* const staff;
    QAction* const auditLog;
    QAction* const quit;
    QAction* const about;
    QAction* const board; // the locks over time, in a window of its own
};
