#pragma once

#include <QDialog>

class AppSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The manager's staff list: add a person (name, role, PIN or password twice, and on a shared
// store a manager's own database login), change a role, set a new PIN, deactivate. Nobody is
// deleted: history names them. With `firstManager` it only creates the first manager (turning
// sign-in on needs one).
class StaffDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    StaffDialog(AppSession& session, bool firstManager, QWidget* parent = nullptr);

signals:
    void staffChanged();

private:
    void reload(qint64 selectId = 0);
    qint64 selectedId() const;
    void updateButtons();
    bool readSecret(QString* secret);
    void add();
    void changeRole();
    void resetSecret();
    void toggleActive();
    void report(bool ok, const QString& done);

    AppSession& m_session;
    bool m_firstManager;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_secret;
    QLineEdit* m_repeat;
    QLineEdit* m_dbLogin;
    QLabel* m_dbLoginLabel;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_roleButton;
    QPushButton* m_resetButton;
    QPushButton* m_activeButton;
};
