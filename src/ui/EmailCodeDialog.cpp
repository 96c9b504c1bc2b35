#include "EmailCodeDialog.h"

#include "DisplayText.h"
#include "MailAddress.h"
#include "StatusColours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace {
struct Answer {
    QString address;
    bool attach = false;
};
std::optional<Answer> s_next;
} // namespace

EmailCodeDialog::EmailCodeDialog(const QString& whose, const QString& languageName, const QString& address,
                                 bool attachSlip, LanguageSource source, QWidget* parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_addressError(new QLabel(this))
    , m_attach(new QCheckBox(tr("&Attach the slip as PDF"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Email the code"));
    setObjectName(QStringLiteral("emailCodeDialog"));
    m_address->setObjectName(QStringLiteral("guestEmailLineEdit"));
    m_addressError->setObjectName(QStringLiteral("guestEmailErrorLabel"));
    m_attach->setObjectName(QStringLiteral("attachSlipCheckBox"));
    m_address->setAccessibleName(tr("Guest's email address"));
    m_address->setPlaceholderText(tr("guest@example.com"));
    m_address->setText(address);
    m_addressError->setWordWrap(true);
    m_addressError->setTextFormat(Qt::PlainText);
    m_addressError->setVisible(false);
    m_attach->setChecked(attachSlip);

    auto* who = new QLabel(tr("The code for %1.").arg(DisplayText::visible(whose)), this);
    who->setObjectName(QStringLiteral("emailWhoseLabel"));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    auto* language = new QLabel(languageText(languageName, source), this);
    language->setObjectName(QStringLiteral("emailLanguageLabel"));
    language->setWordWrap(true);

    auto* send = m_buttons->addButton(tr("S&end"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendEmailPushButton"));
    send->setDefault(true);

    auto* addressLabel = new QLabel(tr("Guest's email a&ddress:"), this);
    addressLabel->setBuddy(m_address);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_addressError);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_attach);
    layout->addWidget(language);
    layout->addWidget(m_buttons);
    StatusColours::styleErrorLabels(this);

    connect(m_address, &QLineEdit::textChanged, this, &EmailCodeDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(qMax(460, sizeHint().width()), sizeHint().height());
}

void EmailCodeDialog::check()
{
    const QString typed = m_address->text().trimmed();
    QString reason;
    const bool valid = MailAddress::isValid(typed, &reason);
    // Nothing typed yet, or no domain yet, is not a mistake to point out; it only cannot be sent.
    const qsizetype at = typed.indexOf(QLatin1Char('@'));
    const bool judged = !typed.isEmpty() && at >= 0 && at < typed.size() - 1;
    m_addressError->setText(valid || !judged ? QString() : reason);
    m_addressError->setVisible(!valid && judged);
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(valid);
    }
}

QString EmailCodeDialog::address() const
{
    return MailAddress::normalized(m_address->text());
}

bool EmailCodeDialog::attachSlip() const
{
    return m_attach->isChecked();
}

void EmailCodeDialog::setNextAnswer(const QString& address, bool attachSlip)
{
    s_next = Answer{address, attachSlip};
}

QString EmailCodeDialog::languageText(const QString& languageName, LanguageSource source)
{
    switch (source) {
    case LanguageSource::LastEmail:
        return tr("Written in %1, the language this code was last emailed in.").arg(languageName);
    case LanguageSource::Desk:
        return tr("Written in %1, the desk's language: no earlier email of this code says which language "
                  "the guest reads.")
            .arg(languageName);
    case LanguageSource::Card:
        break;
    }
    return tr("Written in %1, the language chosen for this guest on the card.").arg(languageName);
}

bool EmailCodeDialog::ask(QWidget* parent, const QString& whose, const QString& languageName, QString* address,
                          bool* attachSlip, LanguageSource source)
{
    if (s_next) {
        const Answer answer = *s_next;
        s_next.reset();
        if (answer.address.isEmpty())
            return false;
        *address = answer.address;
        *attachSlip = answer.attach;
        return true;
    }
    EmailCodeDialog dialog(whose, languageName, *address, *attachSlip, source, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *address = dialog.address();
    *attachSlip = dialog.attachSlip();
    return true;
}
