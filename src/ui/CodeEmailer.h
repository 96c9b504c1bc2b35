#pragma once

#include "GuestSlip.h"
#include "MailAttempt.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class AppSession;
class HistoryPanel;
class QAction;
class QLabel;
class QPushButton;
class QWidget;
class ResultCard;

// Email… for a code, wherever it is asked for (the card, a History row). With the site's mail
// server set up: asks the guest's address (EmailCodeDialog) and sends through GuestMailService in
// the background — the card says "Sending to …", then when it was emailed or why not, with Try
// again; the code stays on screen and the window keeps working meanwhile. Without a mail server:
// the message opens in the computer's mail program (mailto:), as before.
class CodeEmailer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEmailer)

public:
    // `window` is where questions and the status bar are; the card gets a line of its own.
    CodeEmailer(AppSession& session, ResultCard& card, QWidget* window);

    void email(const SlipDetails& slip);
    // History: the Email column is filled, rows get "Email…" (send, or again after a failure)
    // and the rows follow each attempt. `slipFor` makes a row's slip as the card would.
    void attachHistory(HistoryPanel* history, std::function<SlipDetails(const HistoryEntry&)> slipFor);
    QAction* historyAction() const { return m_historyAction; }
    // The window's Email code… action (the card's Email… button triggers it): off for a row whose
    // email is on its way, so the guest does not get it twice.
    void setCardAction(QAction* action);

    // Sends `historyId`'s last email again, to the same address (the card's Try again), in the
    // language its latest email was written in.
    void retry(qint64 historyId);

    // For tests and screenshots: the card's email line and its Try again button.
    QLabel* statusLabel() const { return m_label; }
    QPushButton* retryButton() const { return m_retry; }

signals:
    // An attempt was recorded on this row (History shows it).
    void attemptRecorded(qint64 historyId);

private:
    struct Request {
        SlipDetails slip;
        QString address;
        bool attachSlip = false;
    };
    struct State {
        // MaybeSent: the message went to the server and its answer did not come.
        enum class Phase { Sending, Delivered, NotSent, MaybeSent } phase = Phase::Sending;
        QString address;
        QDateTime atUtc;
        QString text; // why not, in words
    };
    // Asks the address and sends; `fromHistory`: the slip's language is the one this code was
    // last emailed in when that is known (`languageKnown`), else the desk's, and the dialog says so.
    void ask(const SlipDetails& slip, bool fromHistory, bool languageKnown);
    void openMailProgram(const SlipDetails& slip);
    void start(const Request& request);
    void onFinished(qint64 historyId, const MailAttempt& attempt, const QString& recordError);
    void showCardLine(); // for the code now on the card
    QString lastAddress(qint64 historyId) const;
    QString stateText(const State& state) const;
    void tellStatusBar(const QString& text);
    void updateEmailActions(); // Email… and Try again off while the row they act on is sending
    bool rowSending(qint64 historyId) const;

    AppSession& m_session;
    ResultCard& m_card;
    QWidget* m_window;
    QWidget* m_line;
    QLabel* m_label;
    QPushButton* m_retry;
    QAction* m_historyAction = nullptr;
    QAction* m_cardAction = nullptr;
    HistoryPanel* m_history = nullptr;
    QHash<qint64, Request> m_requests; // the last email asked for each row
    QHash<qint64, State> m_states;     // how it is going, for the card
};
