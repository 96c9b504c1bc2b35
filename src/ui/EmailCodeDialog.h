#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Email…: the guest's address (checked as it is typed, with the reason), whether the slip goes
// with it as a PDF, and the language the guest will read it in. Send starts the email; it is sent
// in the background (CodeEmailer), so this dialog never waits for the mail server.
class EmailCodeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailCodeDialog)

public:
    // Where the message's language came from, said under it: chosen on the card; the language
    // this code was last emailed in (History: sending again keeps the guest's language); or the
    // desk's own (History, for a code never emailed in a known language).
    enum class LanguageSource { Card, LastEmail, Desk };

    // `whose`: the code's holder as shown ("Room 12 — Ada Lovelace"); `languageName`: the guest's
    // language in its own name; `address`: the last one used for this code, if any.
    EmailCodeDialog(const QString& whose, const QString& languageName, const QString& address, bool attachSlip,
                    LanguageSource source = LanguageSource::Card, QWidget* parent = nullptr);

    QString address() const;
    bool attachSlip() const;

    // Tests answer the next dialog without showing it: `address` (empty: cancel).
    static void setNextAnswer(const QString& address, bool attachSlip);
    // Shows the dialog, or takes the answer set in advance. False: cancelled.
    static bool ask(QWidget* parent, const QString& whose, const QString& languageName, QString* address,
                    bool* attachSlip, LanguageSource source = LanguageSource::Card);
    // The sentence naming the message's language, and why that one.
    static QString languageText(const QString& languageName, LanguageSource source);

private:
    void check();

    QLineEdit* m_address;
    QLabel* m_addressError;
    QCheckBox* m_attach;
    QDialogButtonBox* m_buttons;
};
