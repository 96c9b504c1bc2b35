#include "SignInDialog.h"

#include "SignIn.h"
#include "StatusColours.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(SignIn& signIn, const QString& storeName, bool atStart, QWidget* parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_name(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signInButton(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — NetCode Desk"));
    m_name->setObjectName(QStringLiteral("signInNameLineEdit"));
    m_secret->setObjectName(QStringLiteral("signInSecretLineEdit"));
    m_message->setObjectName(QStringLiteral("signInErrorLabel"));
    m_signInButton->setObjectName(QStringLiteral("signInPushButton"));
    m_name->setAccessibleName(tr("Your name"));
    m_secret->setAccessibleName(tr("PIN or password"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_name->setMaxLength(80);
    m_secret->setMaxLength(128);

    auto* heading = new QLabel(tr("Who is at the desk?"), this);
    heading->setObjectName(QStringLiteral("signInHeadingLabel"));
    QFont bigger = heading->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    heading->setFont(bigger);
    auto* where = new QLabel(this);
    where->setTextFormat(Qt::PlainText);
    where->setText(storeName);
    where->setVisible(!storeName.isEmpty());
    where->setWordWrap(true);
    // Names and messages come from people: shown as plain text, never interpreted.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto* secretLabel = new QLabel(tr("&PIN or password:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(nameLabel, m_name);
    form->addRow(secretLabel, m_secret);

    // What a receptionist who has forgotten the PIN needs to know, before trying five times.
    auto* help = new QLabel(tr("Forgotten your PIN? A manager can set a new one in Staff. After %1 wrong tries in a row "
                               "a name is locked for %2 minutes.")
                                .arg(SignIn::kMaxAttempts)
                                .arg(SignIn::kLockMinutes),
                            this);
    help->setObjectName(QStringLiteral("signInHelpLabel"));
    help->setWordWrap(true);
    // A hint, not a field: smaller, but in the normal text colour (greyed text is hard to read).
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signInButton, QDialogButtonBox::AcceptRole);
    QPushButton* leave = atStart ? buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole)
                                 : buttons->addButton(QDialogButtonBox::Cancel);
    leave->setObjectName(QStringLiteral("signInLeavePushButton"));
    m_signInButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(help);
    layout->addStretch(1);
    layout->addWidget(buttons);
    StatusColours::styleErrorLabels(this);
    setMinimumWidth(420);

    setTabOrder(m_name, m_secret);
    setTabOrder(m_secret, m_signInButton);
    setTabOrder(m_signInButton, leave);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the name goes on to the PIN; Enter in the PIN signs in (the default button).
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_secret->text().isEmpty())
            m_secret->setFocus(Qt::TabFocusReason);
        else
            attempt();
    });
    m_name->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::attempt()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Type your name."));
        m_message->setVisible(true);
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_secret->text().isEmpty()) {
        m_message->setText(tr("Type your PIN or password."));
        m_message->setVisible(true);
        m_secret->setFocus(Qt::OtherFocusReason);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SignIn::Attempt result = m_signIn.signIn(m_name->text(), m_secret->text());
    QApplication::restoreOverrideCursor();
    m_secret->clear();
    if (result.result == SignIn::Result::SignedIn) {
        m_notice = result.message;
        accept();
        return;
    }
    m_message->setText(result.message);
    m_message->setVisible(true);
    m_secret->setFocus(Qt::OtherFocusReason);
}
