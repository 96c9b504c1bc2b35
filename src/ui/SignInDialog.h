#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class SignIn;

// Name and PIN or password, nothing else: the first thing a desk shows when sign-in is on, and
// what "Switch user" returns to. Accepted once someone is signed in; a wrong PIN keeps it open
// with the reason (and, after too many, until when the name is locked).
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // `atStart`: the desk cannot be used without signing in, so the way out is Quit.
    SignInDialog(SignIn& signIn, const QString& storeName, bool atStart, QWidget* parent = nullptr);

    // Something to tell the person just signed in (e.g. a manager working with the desk role only).
    QString notice() const { return m_notice; }

private:
    void attempt();

    SignIn& m_signIn;
    QLineEdit* m_name;
    QLineEdit* m_secret;
    QLabel* m_message;
    QPushButton* m_signInButton;
    QString m_notice;
};
