#pragma once

#include <QDialog>

class AppSession;

// The audit log, newest first, for a manager to read: who did what, when, at which desk.
class AuditLogDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(AppSession& session, QWidget* parent = nullptr);
};
