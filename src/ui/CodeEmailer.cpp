#include "CodeEmailer.h"

#include "AppSession.h"
#include "AppSettings.h"
#include "DialogSeams.h"
#include "DisplayText.h"
#include "EmailCodeDialog.h"
#include "GuestMailService.h"
#include "HistoryPanel.h"
#include "HistoryTableModel.h"
#include "Languages.h"
#include "MailAttemptRepository.h"
#include "ResultCard.h"
#include "SignIn.h"
#include "StatusColours.h"
#include "TimeText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QStatusBar>
#include <QUrlQuery>

CodeEmailer::CodeEmailer(AppSession& session, ResultCard& card, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_card(card)
    , m_window(window)
    , m_line(new QWidget(&card))
    , m_label(new QLabel(m_line))
    , m_retry(new QPushButton(tr("Try again"), m_line))
{
    m_line->setObjectName(QStringLiteral("emailStatusWidget"));
    m_label->setObjectName(QStringLiteral("emailStatusLabel"));
    m_retry->setObjectName(QStringLiteral("emailRetryPushButton"));
    m_retry->setAccessibleName(tr("Try emailing again"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // addresses and a server's words are never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(m_line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_line->setVisible(false);
    card.addDetailWidget(m_line);

    connect(&card, &ResultCard::slipChanged, this, &CodeEmailer::showCardLine);
    connect(&card, &ResultCard::slipChanged, this, &CodeEmailer::updateEmailActions);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const auto slip = m_card.slip())
            retry(slip->entry.id);
    });
    connect(&session.mail(), &GuestMailService::finished, this, &CodeEmailer::onFinished);
    connect(&session.mail(), &GuestMailService::sendingChanged, this, &CodeEmailer::updateEmailActions);
}

void CodeEmailer::setCardAction(QAction* action)
{
    m_cardAction = action;
    updateEmailActions();
}

bool CodeEmailer::rowSending(qint64 historyId) const
{
    if (historyId <= 0)
        return false;
    if (m_session.mail().isSending(historyId))
        return true;
    // Another desk's or program's send, as History read it.
    if (m_history) {
        if (const MailRowState* state = m_history->model()->mailState(historyId))
            return state->latest.sending();
    }
    return false;
}

void CodeEmailer::updateEmailActions()
{
    const auto slip = m_card.slip();
    const bool cardSending = slip && rowSending(slip->entry.id);
    if (m_cardAction) {
        // The card turns its code actions on and off with its code; only a send turns this one off.
        const bool enabled = slip.has_value() && !cardSending;
        m_cardAction->setEnabled(enabled);
        if (auto* button = m_card.findChild<QPushButton*>(QStringLiteral("emailPushButton")))
            button->setEnabled(enabled);
    }
    m_retry->setEnabled(!cardSending);
    if (m_historyAction && m_history) {
        const HistoryEntry* entry = m_history->model()->entryAt(m_history->view()->currentIndex().row());
        m_historyAction->setEnabled(!entry || !rowSending(entry->id));
    }
}

void CodeEmailer::email(const SlipDetails& slip)
{
    ask(slip, false, false);
}

void CodeEmailer::ask(const SlipDetails& slip, bool fromHistory, bool languageKnown)
{
    GuestMailService& mail = m_session.mail();
    if (!mail.isConfigured() || slip.entry.id <= 0) {
        openMailProgram(slip);
        return;
    }
    // The language's own name for a language NetCode Desk speaks (nameOf gives back anything else).
    const QString named = Languages::nameOf(slip.language);
    QString languageName = named != slip.language ? named : tr("the desk's language");
    auto source = EmailCodeDialog::LanguageSource::Card;
    if (fromHistory) {
        // History has no language choice: the dialog names the language the message will be in.
        source = languageKnown ? EmailCodeDialog::LanguageSource::LastEmail : EmailCodeDialog::LanguageSource::Desk;
        languageName = Languages::nameOf(Languages::effective(slip.language));
    }
    QString whose = DisplayText::visible(slip.entry.lockName);
    if (const QString holder = HistoryEntry::holderText(slip.entry.guestName, slip.entry.room); !holder.isEmpty())
        whose += QStringLiteral(" — ") + holder;
    Request request;
    request.slip = slip;
    request.address = lastAddress(slip.entry.id);
    // As the last email for this code was asked, else as this desk last chose.
    const auto previous = m_requests.constFind(slip.entry.id);
    request.attachSlip = previous != m_requests.constEnd() ? previous->attachSlip : m_session.settings().mailAttachSlip();
    if (!EmailCodeDialog::ask(m_window, whose, languageName, &request.address, &request.attachSlip, source))
        return;
    m_session.settings().setMailAttachSlip(request.attachSlip);
    start(request);
}

void CodeEmailer::attachHistory(HistoryPanel* history, std::function<SlipDetails(const HistoryEntry&)> slipFor)
{
    history->model()->setMailAttempts(m_session.database().connection());
    m_history = history;
    m_historyAction = new QAction(tr("Email…"), history->view());
    m_historyAction->setObjectName(QStringLiteral("historyEmailAction"));
    history->view()->addAction(m_historyAction);
    connect(m_historyAction, &QAction::triggered, this, [this, history, slipFor] {
        const HistoryEntry* entry = history->model()->entryAt(history->view()->currentIndex().row());
        if (!entry || !entry->hasCode())
            return;
        SlipDetails slip = slipFor(*entry);
        // Sent again in the language the guest was last emailed in, not in the desk's of today.
        const QString known = m_session.mail().lastLanguage(entry->id);
        if (!known.isEmpty())
            slip.language = known;
        // Always through the dialog, even after a failed send: the address it names (the last one
        // used) may be the typo that made it fail. The card's Try again resends as it was.
        ask(slip, true, !known.isEmpty());
    });
    connect(this, &CodeEmailer::attemptRecorded, history, &HistoryPanel::refresh);
    // "Sending…" in the Email column while the send is on its way.
    connect(&m_session.mail(), &GuestMailService::sendingChanged, history, [history](qint64, bool sending) {
        if (sending)
            history->refresh();
    });
    connect(history->view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodeEmailer::updateEmailActions);
    connect(history->model(), &QAbstractItemModel::modelReset, this, &CodeEmailer::updateEmailActions);
    // Beside the code, where it is seen without scrolling; shown once mail is set up.
    QTableView* view = history->view();
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(HistoryTableModel::Email),
                                          view->horizontalHeader()->visualIndex(HistoryTableModel::Code) + 1);
    const auto showColumn = [this, view] { view->setColumnHidden(HistoryTableModel::Email, !m_session.mail().isConfigured()); };
    showColumn(); // its width follows its words with History's other state columns (HistoryPanel)
    connect(&m_session, &AppSession::siteSettingsChanged, view, showColumn);
}

void CodeEmailer::retry(qint64 historyId)
{
    const auto it = m_requests.constFind(historyId);
    if (it == m_requests.constEnd())
        return;
    Request again = *it;
    // The language the latest email was written in (another desk may have sent one since).
    if (const QString known = m_session.mail().lastLanguage(historyId); !known.isEmpty())
        again.slip.language = known;
    start(again);
}

void CodeEmailer::start(const Request& request)
{
    const qint64 id = request.slip.entry.id;
    if (m_session.mail().isSending(id)) {
        // The first send's outcome comes first; this one is not sent at all.
        QString error;
        m_session.mail().send(id, request.slip, request.address, request.attachSlip, QString(), &error);
        tellStatusBar(error);
        return;
    }
    m_requests.insert(id, request);
    SignIn& signIn = m_session.signIn();
    const QString staff = signIn.isSignedIn() ? signIn.currentName() : m_session.settings().operatorName();
    QString error;
    State state;
    state.address = request.address;
    if (!m_session.mail().send(id, request.slip, request.address, request.attachSlip, staff, &error)) {
        state.phase = State::Phase::NotSent;
        state.text = error;
    }
    m_states.insert(id, state);
    showCardLine();
    updateEmailActions();
    tellStatusBar(stateText(state));
}

void CodeEmailer::onFinished(qint64 historyId, const MailAttempt& attempt, const QString& recordError)
{
    State state;
    state.address = attempt.recipient;
    state.atUtc = attempt.attemptedAtUtc;
    state.phase = attempt.delivered() ? State::Phase::Delivered
        : attempt.outcome == MailAttempt::Outcome::Unknown ? State::Phase::MaybeSent
                                                           : State::Phase::NotSent;
    state.text = attempt.detail;
    // Not recorded before the send, so not sent: the reason is the detail already.
    if (!recordError.isEmpty() && recordError != attempt.detail)
        state.text = (state.text.isEmpty() ? QString() : state.text + QLatin1Char('\n'))
                     + tr("History could not record this: %1").arg(recordError);
    m_states.insert(historyId, state);
    showCardLine();
    updateEmailActions();
    tellStatusBar(stateText(state));
    emit attemptRecorded(historyId);
}

QString CodeEmailer::stateText(const State& state) const
{
    const QString to = DisplayText::visible(state.address);
    switch (state.phase) {
    case State::Phase::Sending:
        return tr("Sending to %1…").arg(to);
    case State::Phase::Delivered:
        return tr("Emailed to %1 at %2.").arg(to, TimeText::time(state.atUtc.toTimeZone(m_session.deskZone())));
    case State::Phase::MaybeSent:
        // The reason says to check with the guest before sending again.
        return tr("May have been emailed to %1: %2").arg(to, state.text);
    case State::Phase::NotSent:
        break;
    }
    // The reason usually names the address already: said once.
    if (state.text.contains(state.address))
        return tr("Not emailed: %1").arg(state.text);
    return tr("Not emailed to %1: %2").arg(to, state.text);
}

void CodeEmailer::showCardLine()
{
    const auto slip = m_card.slip();
    const auto it = slip ? m_states.constFind(slip->entry.id) : m_states.constEnd();
    if (it == m_states.constEnd()) {
        m_line->setVisible(false);
        return;
    }
    m_label->setText(stateText(*it));
    m_label->setStyleSheet(it->phase == State::Phase::NotSent || it->phase == State::Phase::MaybeSent
                               ? StatusColours::problemStyle(m_label->palette())
                               : QString());
    m_retry->setVisible(it->phase == State::Phase::NotSent && m_requests.contains(slip->entry.id));
    m_line->setVisible(true);
    // On a short card the line sits below the fold: bring it, and Try again, into view.
    if (auto* area = m_card.findChild<QScrollArea*>())
        QTimer::singleShot(0, area, [area, line = m_line] { area->ensureWidgetVisible(line); });
}

QString CodeEmailer::lastAddress(qint64 historyId) const
{
    if (const auto it = m_requests.constFind(historyId); it != m_requests.constEnd())
        return it->address;
    const QList<MailAttempt> attempts = MailAttemptRepository(m_session.database().connection()).forHistory(historyId);
    return attempts.isEmpty() ? QString() : attempts.constLast().recipient;
}

void CodeEmailer::tellStatusBar(const QString& text)
{
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(text, 15000);
}

void CodeEmailer::openMailProgram(const SlipDetails& slip)
{
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(GuestSlip::emailSubject(slip))));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(GuestSlip::message(slip))));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    if (!ExternalLinks::open(url))
        MessageBox::warning(m_window, tr("Email"),
                            tr("No email program is set up on this computer. Use Copy message and paste it into "
                               "your email instead."));
}
