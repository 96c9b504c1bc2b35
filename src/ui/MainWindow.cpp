#include "MainWindow.h"

#include "ActionRegistry.h"
#include "AppSession.h"
#include "BoardWindow.h"
#include "CodeEmailer.h"
#include "CodelocksClient.h"
#include "GuestMailService.h"
#include "MailSettingsPage.h"
#include "DialogSeams.h"
#include "DisplayText.h"
#include "HistoryPanel.h"
#include "WatchList.h"
#include "WatchListPanel.h"
#include "IssuePanel.h"
#include "LockDialog.h"
#include "LockListPanel.h"
#include "ResultCard.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "SharedCodeQuestion.h"
#include "SharedStorePage.h"
#include "BatchIssueDialog.h"
#include "DatabaseBackup.h"
#include "HistoryExport.h"
#include "TimeText.h"
#include "HistoryTableModel.h"
#include "LockCsv.h"
#include "SlipPrinter.h"
#include "SmartLockImporter.h"
#include "AuditLogDialog.h"
#include "LockAdmin.h"
#include "SignIn.h"
#include "SignInDialog.h"
#include "StaffDialog.h"
#include "StatusColours.h"
#include "StartupTrace.h"

#include <QAction>
#include <QCloseEvent>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <utility>

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_actions(new ActionRegistry(this))
    , m_lockList(new LockListPanel(*m_actions, this))
    , m_issuePanel(new IssuePanel(session.clock(), session.durations(), this))
    , m_resultCard(new ResultCard(*m_actions, this))
    , m_history(new HistoryPanel(session.history(), session.clock(), this))
    , m_watchList(new WatchList(session, this))
    , m_watch(new WatchListPanel(*m_watchList, this))
    , m_demoBanner(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_requestsLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
{
    StartupTrace::mark("window: panels built");
    setWindowTitle(tr("NetCode Desk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_lockList->setObjectName(QStringLiteral("lockListPanel"));
    m_issuePanel->setObjectName(QStringLiteral("issuePanel"));
    m_resultCard->setObjectName(QStringLiteral("resultCard"));
    m_history->setObjectName(QStringLiteral("historyPanel"));
    m_watch->setObjectName(QStringLiteral("watchListPanel"));
    m_watchList->setObjectName(QStringLiteral("watchList"));
    m_demoBanner->setObjectName(QStringLiteral("demoBannerLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_requestsLabel->setObjectName(QStringLiteral("requestsLabel"));
    m_storeLabel->setObjectName(QStringLiteral("storeStatusLabel"));

    m_demoBanner->setWordWrap(true);
    m_demoBanner->setMargin(6);
    m_demoBanner->setStyleSheet(QStringLiteral("background-color: #fff3cd; color: #5c4400; font-weight: bold;"));
    m_demoBanner->setText(tr("DEMO MODE — codes come from the built-in simulator and will not open real locks. "
                             "Enter your site's API key in Settings to issue real codes."));

    // The day's watch list under the locks: it takes no width from the form or from History.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("lockWatchSplitter"));
    left->addWidget(m_lockList);
    left->addWidget(m_watch);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(m_issuePanel);
    top->addWidget(m_resultCard);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setStretchFactor(2, 3);
    top->setChildrenCollapsible(false);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("mainSplitter"));
    vertical->addWidget(top);
    vertical->addWidget(m_history);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    m_vertical = vertical;
    connect(vertical, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(vertical, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_requestsLabel);
    m_keyWarningLabel = new QLabel(this);
    m_keyWarningLabel->setObjectName(QStringLiteral("apiKeyWarningLabel"));
    m_keyWarningLabel->setStyleSheet(StatusColours::problemStyle(palette(), true));
    m_keyWarningLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_keyWarningLabel);

    buildMenus();

    m_issuePanel->setDeskZone(session.deskZone());
    m_history->setDeskZone(session.deskZone());

    connect(m_lockList, &LockListPanel::currentLockChanged, m_issuePanel, &IssuePanel::setLock);
    connect(m_lockList, &LockListPanel::lockActivated, m_issuePanel, &IssuePanel::focusForm);
    connect(m_issuePanel, &IssuePanel::issueRequested, this, &MainWindow::issue);
    connect(m_actions->issue, &QAction::triggered, this, &MainWindow::issue);
    connect(&session.issuer(), &IssueService::busyChanged, this, [this](bool busy) {
        m_issuePanel->setBusy(busy);
        m_actions->issue->setEnabled(!busy && m_session.isStoreReachable());
    });
    connect(&session.issuer(), &IssueService::finished, this, &MainWindow::onIssued);
    connect(m_actions->copyCode, &QAction::triggered, this, &MainWindow::copyCode);
    connect(m_actions->copyMessage, &QAction::triggered, this, &MainWindow::copyMessage);
    connect(m_actions->printSlip, &QAction::triggered, this, &MainWindow::printSlip);
    connect(m_actions->saveSlipPdf, &QAction::triggered, this, &MainWindow::saveSlipPdf);
    connect(m_actions->emailCode, &QAction::triggered, this, &MainWindow::emailCode);
    m_emailer = new CodeEmailer(session, *m_resultCard, this);
    m_emailer->setCardAction(m_actions->emailCode);
    // Quitting waits for an email on its way when the desk asked it to (closeEvent). Queued: the
    // outcome is recorded and shown before the window goes.
    connect(
        &session.mail(), &GuestMailService::pendingChanged, this,
        [this](int pending) {
            if (pending == 0 && m_closeWhenMailSent)
                close();
        },
        Qt::QueuedConnection);
    m_emailer->attachHistory(m_history, [this](const HistoryEntry& entry) { return slipFor(entry); });
    connect(m_actions->newLock, &QAction::triggered, this, &MainWindow::addLock);
    connect(m_actions->editLock, &QAction::triggered, this, &MainWindow::editLock);
    connect(m_actions->removeLock, &QAction::triggered, this, &MainWindow::removeLock);
    connect(m_actions->importSmartLocks, &QAction::triggered, this, &MainWindow::importSmartLocks);
    connect(m_actions->batchIssue, &QAction::triggered, this, [this] {
        if (!permitted(StaffRole::Action::Issue, tr("Issue for several locks")))
            return;
        BatchIssueDialog dialog(m_session, this);
        dialog.exec();
        reloadLocks();
    });
    connect(m_actions->importLocks, &QAction::triggered, this, &MainWindow::importLocks);
    connect(m_actions->exportLocks, &QAction::triggered, this, &MainWindow::exportLocks);
    connect(m_actions->exportHistory, &QAction::triggered, this, &MainWindow::exportHistory);
    connect(m_history, &HistoryPanel::exportRequested, this, &MainWindow::exportHistory);
    connect(m_history, &HistoryPanel::issueAgainRequested, this, &MainWindow::issueAgain);
    connect(&session.smartLockImporter(), &SmartLockImporter::finished, this, [this](const SmartLockImportResult& result) {
        reloadLocks();
        if (!result.ok) {
            MessageBox::warning(this, tr("Import smart locks"), result.errorText);
            return;
        }
        QString text = tr("Smart locks added: %1, updated: %2.").arg(result.added).arg(result.updated);
        if (!result.errorText.isEmpty())
            text += QLatin1Char('\n') + result.errorText;
        statusBar()->showMessage(text, 10000);
        if (!result.errorText.isEmpty())
            MessageBox::warning(this, tr("Import smart locks"), text);
    });
    connect(m_actions->findLock, &QAction::triggered, m_lockList, &LockListPanel::focusSearch);
    connect(m_actions->board, &QAction::triggered, this, &MainWindow::openBoard);
    // History is read again whenever codes are written, here or at another desk: the board follows.
    connect(m_history->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_board && m_board->isVisible())
            m_board->refresh();
    });
    connect(m_actions->findHistory, &QAction::triggered, m_history, &HistoryPanel::focusSearch);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About NetCode Desk"),
                           tr("<b>NetCode Desk %1</b><p>Issue time-limited keypad codes for Codelocks and KitLock "
                              "locks, and keep a record of every one.</p>")
                               .arg(QStringLiteral(NETCODE_DESK_VERSION)));
    });
    connect(m_history, &HistoryPanel::reprintRequested, this, &MainWindow::reprint);
    connect(m_watch, &WatchListPanel::entryRequested, this, [this](qint64 id) {
        if (!m_history->revealEntry(id))
            statusBar()->showMessage(tr("That code is no longer in History."), 8000);
    });
    connect(m_resultCard, &ResultCard::retryRequested, this, [this] {
        // A request in doubt is asked again as itself (its history row gets the answer); any other
        // failure is simply sent again.
        if (m_lastInDoubt)
            sendAskAgain(*m_lastInDoubt); // the card above the button already said it may be billed
        else if (m_lastOrder)
            send(*m_lastOrder);
    });
    connect(&session.issuer(), &IssueService::waitingForOtherDesk, m_resultCard, &ResultCard::showWaiting);
    // Show the other desk's row as "being issued" while this desk waits for its answer.
    connect(&session.issuer(), &IssueService::waitingForOtherDesk, m_history, &HistoryPanel::reload);
    connect(m_history, &HistoryPanel::askAgainRequested, this, &MainWindow::askAgain);
    connect(m_resultCard, &ResultCard::freshRequested, this, [this] {
        if (!m_lastOrder)
            return;
        const auto answer = MessageBox::question(
            this, tr("Request a fresh code"),
            tr("The service gives the same code for the same lock, start and length, and bills every request. "
               "Ask it again anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        IssueOrder fresh = *m_lastOrder;
        fresh.fresh = true;
        send(fresh);
    });
    connect(&session, &AppSession::requestCounted, this, &MainWindow::updateStatus);
    connect(&session, &AppSession::changedElsewhere, this, [this] {
        m_history->refresh();
        updateStatus();
    });
    // Every desk live: another desk's lock changes show here at once, the selection kept.
    connect(&session, &AppSession::locksChanged, this, [this] { reloadLocks(); });
    connect(&session, &AppSession::storeReachableChanged, this, [this](bool reachable) {
        updateStoreState();
        // Replaces whatever the status bar said last ("Code issued…"): this matters more now.
        if (reachable)
            statusBar()->showMessage(tr("The shared store is back; History and locks are up to date."), 10000);
        else
            statusBar()->showMessage(tr("The shared store cannot be reached: no code can be issued until it is back. "
                                        "Reconnecting by itself…"));
    });
    connect(&session, &AppSession::maintenanceFinished, this, &MainWindow::onMaintenanceFinished);
    connect(m_actions->backupNow, &QAction::triggered, this, [this] {
        m_backupAsked = true;
        statusBar()->showMessage(tr("Backing up the database…"));
        m_session.startMaintenance(true);
    });
    connect(m_actions->restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackup);
    connect(&session, &AppSession::modeChanged, this, &MainWindow::updateStatus);
    connect(m_actions->switchUser, &QAction::triggered, this, [this] { showSignIn(false); });
    connect(m_actions->signOut, &QAction::triggered, this, [this] {
        m_session.signIn().signOut();
        showSignIn(true);
    });
    connect(m_actions->staff, &QAction::triggered, this, [this] {
        if (!permitted(StaffRole::Action::ManageStaff, tr("Staff")))
            return;
        StaffDialog dialog(m_session, false, this);
        connect(&dialog, &StaffDialog::staffChanged, &m_session.signIn(), &SignIn::refreshCurrent);
        dialog.exec();
    });
    connect(m_actions->auditLog, &QAction::triggered, this, [this] {
        if (!permitted(StaffRole::Action::ViewAuditLog, tr("Audit log")))
            return;
        AuditLogDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(m_lockList, &LockListPanel::editingRefused, this,
            [this] { permitted(StaffRole::Action::EditLocks, tr("Remove lock")); });
    connect(&session.signIn(), &SignIn::signedInChanged, this, &MainWindow::applySignedIn);
    applySignedIn();
    connect(&session, &AppSession::siteSettingsChanged, this, &MainWindow::onSiteSettingsChanged);

    setTabOrder(m_lockList, m_issuePanel);
    setTabOrder(m_issuePanel, m_resultCard);
    setTabOrder(m_resultCard, m_history);
    setTabOrder(m_history, m_watch);

    StartupTrace::mark("window: menus and connections");
    m_lockList->setRepository(session.locks());
    m_history->setLockNames([this] { return m_session.locks().names(); });
    reloadLocks();
    StartupTrace::mark("window: lock list filled");
    m_history->reload();
    StartupTrace::mark("window: history first page");
    m_watchList->refresh();
    StartupTrace::mark("window: watch list");
    updateStatus();
    updateStoreState();
    StartupTrace::mark("window: status");
    // Roomy where the screen allows, never larger than it (a 1024×768 desk screen included).
    QSize size(1280, 820);
    if (const QScreen* shown = screen())
        size = size.boundedTo(shown->availableSize());
    resize(size);
    m_lockList->focusSearch();
    // After the window is up: tell what happened at start, check and back up, apply retention.
    QTimer::singleShot(0, this, &MainWindow::afterStart);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    GuestMailService& mail = m_session.mail();
    if (mail.pending() > 0) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Quit"),
            tr("An email to a guest is still being sent. Wait for it to finish (NetCode Desk then closes by "
               "itself), or quit now? Quitting now stops the send: if the email had already gone to the mail "
               "server, History records that it may have been sent."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
            {{QMessageBox::Yes, tr("Wait for the email")}, {QMessageBox::No, tr("Quit now")}});
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Yes) {
            event->ignore();
            m_closeWhenMailSent = true;
            statusBar()->showMessage(tr("NetCode Desk closes once the email is sent and recorded."));
            return;
        }
        // Quit now: the session stops the send and records how it ended as it closes.
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    placeDivider();
}

void MainWindow::placeDivider()
{
    if (m_dividerMoved || !m_vertical)
        return;
    const int total = m_vertical->height() - m_vertical->handleWidth();
    const int topMinimum = m_vertical->widget(0)->minimumSizeHint().height();
    const int history = qMax(m_history->minimumSizeHint().height(), qMin(m_history->heightForRows(8), total - topMinimum));
    if (total > 0)
        m_vertical->setSizes({total - history, history});
}

void MainWindow::afterStart()
{
    // One thing at a time, in this order: the welcome (first run only), what happened at start,
    // then the sign-in — never a question on top of the sign-in dialog. Nobody signed in yet: no
    // guest names on screen meanwhile.
    const bool signInFirst = m_session.signIn().isRequired() && !m_session.signIn().isSignedIn();
    if (signInFirst)
        centralWidget()->setVisible(false);
    const bool wantsSettings = welcome();
    for (const QString& notice : m_session.startupNotices())
        MessageBox::warning(this, tr("Database"), notice);
    if (const QString warning = m_session.apiKeyWarning(); !warning.isEmpty())
        MessageBox::warning(this, tr("API key"), warning);
    // The file's check (and its daily backup) a few seconds on, not while the window is first
    // drawn: on a million rows it reads the whole file, and started at once it cost the first
    // paint 5-10 ms (measured). Nothing waits for it; its findings arrive as a notice.
    QTimer::singleShot(kMaintenanceAfterStartMs, this, [this] { m_session.startMaintenance(false); });
    if (signInFirst) {
        m_settingsAfterSignIn = wantsSettings; // settings need someone signed in
        showSignIn(true);
        return;
    }
    if (wantsSettings)
        openSettings();
    offerRetention();
}

bool MainWindow::welcome()
{
    AppSettings& settings = m_session.settings();
    if (settings.firstRunDone())
        return false;
    settings.setFirstRunDone();
    settings.sync();
    // A new desk: its own file, or one of a team sharing a store (set up on the Shared store page).
    if (!m_session.database().isShared()) {
        const auto team = MessageBox::question(
            this, tr("One desk or a team?"),
            tr("Is this computer the site's only desk, or one of several desks that share their codes and locks?\n\n"
               "One desk keeps everything in a file on this computer: nothing to set up. A team shares one store on "
               "a PostgreSQL server, set up once by the manager or IT.\n\nConnect this desk to a team's shared store now?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (team == QMessageBox::Yes) {
            SharedStoreDialog dialog(settings, m_session.secrets(), m_session.database().path(), this);
            dialog.page()->chooseSharedStore();
            dialog.exec();
            return false;
        }
    }
    if (!m_session.isDemo())
        return false;
    const auto answer = MessageBox::question(
        this, tr("Welcome to NetCode Desk"),
        tr("NetCode Desk is running in demo mode: codes come from a built-in simulator and open no real lock, so "
           "you can try everything safely.\n\nTo issue real codes, enter your site's API key — you find it in the "
           "Codelocks developer portal under your account's API keys — and your property's name and help phone "
           "for the guest slip.\n\nEnter them now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

bool MainWindow::codeReadBack()
{
    const auto& slip = m_resultCard->slip();
    if (!slip || !m_session.site().readBackCheck() || m_readBackCode == slip->entry.code)
        return true;
    const QString typed = InputBox::getText(this, tr("Read-back check"),
                                            tr("Type the code on the screen, as you will give it to the guest:"));
    QString digits = typed;
    digits.remove(QLatin1Char(' '));
    if (typed.isEmpty())
        return false;
    if (digits != slip->entry.code) {
        MessageBox::warning(this, tr("Read-back check"),
                            tr("\"%1\" is not the code on the screen. Nothing was printed or copied; read it again.")
                                .arg(typed));
        return false;
    }
    m_readBackCode = slip->entry.code;
    return true;
}

void MainWindow::offerRetention()
{
    if (!m_session.signIn().allows(StaffRole::Action::RunRetention))
        return; // a manager is offered it when they sign in
    const int due = m_session.retentionDue();
    if (due <= 0)
        return;
    const QString when = TimeText::date(m_session.retentionCutoff().toTimeZone(m_session.deskZone()).date());
    const auto answer = MessageBox::question(
        this, tr("Delete old codes"),
        tr("The history is kept for %n day(s).", nullptr, m_session.site().historyRetentionDays()) + QLatin1Char(' ')
            + tr("Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).", nullptr, due)
                  .arg(when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const int removed = m_session.applyRetention();
    m_history->reload();
    statusBar()->showMessage(tr("Codes deleted from history: %1.").arg(removed), 8000);
}

void MainWindow::onMaintenanceFinished(bool integrityOk, const QString& detail, const QString& written, const QString& error)
{
    if (!integrityOk) {
        MessageBox::warning(this, tr("Database check"),
                            tr("The database check found a problem (%1). Keep working only if you must: restore the "
                               "latest backup (File → Restore from a backup…) and restart NetCode Desk.")
                                .arg(detail));
    }
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Backup"), error);
    else if (m_backupAsked && !written.isEmpty())
        statusBar()->showMessage(tr("Backup written: %1").arg(written), 10000);
    m_backupAsked = false;
}

void MainWindow::restoreBackup()
{
    const QString folder = DatabaseBackup::folderFor(m_session.database().path());
    const QString path = FileDialog::getOpenFileName(this, tr("Restore from a backup"), tr("Backups (*.sqlite)"), folder);
    if (path.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Restore from a backup"),
        tr("Restore %1? Codes issued after that backup will no longer be in History (the current database is kept "
           "beside it). NetCode Desk finishes the restore when it next starts.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!DatabaseBackup::stageRestore(m_session.database().path(), path, &error)) {
        MessageBox::warning(this, tr("Restore from a backup"), error);
        return;
    }
    MessageBox::warning(this, tr("Restore from a backup"), tr("Close and start NetCode Desk again to finish restoring."));
}

void MainWindow::showStartupNotice(const QString& text)
{
    if (text.isEmpty())
        return;
    m_connectionLabel->setText(m_session.connectionDescription() + QStringLiteral(" — ") + text);
    m_connectionLabel->setToolTip(text);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->settings);
    file->addSeparator();
    file->addActions({m_actions->backupNow, m_actions->restoreBackup});
    file->addSeparator();
    file->addActions({m_actions->switchUser, m_actions->signOut, m_actions->staff, m_actions->auditLog});
    file->setToolTipsVisible(true); // a manager action greyed out for a desk user says why
    file->addSeparator();
    file->addAction(m_actions->quit);
    QMenu* locks = menuBar()->addMenu(tr("&Locks"));
    locks->addActions({m_actions->findLock, m_actions->newLock, m_actions->editLock, m_actions->removeLock});
    locks->addSeparator();
    locks->addActions({m_actions->importSmartLocks, m_actions->importLocks, m_actions->exportLocks});
    //: Menu for issuing and handing out keypad codes (NetCodes), not program code.
    QMenu* code = menuBar()->addMenu(tr("C&ode"));
    code->addActions({m_actions->issue, m_actions->batchIssue, m_actions->copyCode, m_actions->copyMessage, m_actions->printSlip,
                      m_actions->saveSlipPdf, m_actions->emailCode});
    QMenu* history = menuBar()->addMenu(tr("Histor&y"));
    history->addActions({m_actions->findHistory, m_actions->exportHistory});
    QMenu* view = menuBar()->addMenu(tr("Vie&w"));
    view->addAction(m_actions->board);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    // Shortcuts work wherever focus is in the window, menus open or not.
    addActions({m_actions->issue, m_actions->copyCode, m_actions->copyMessage, m_actions->printSlip,
                m_actions->saveSlipPdf, m_actions->emailCode, m_actions->findLock, m_actions->findHistory,
                m_actions->newLock, m_actions->editLock, m_actions->settings, m_actions->switchUser, m_actions->quit});
}

void MainWindow::reloadLocks(qint64 selectId)
{
    // Only what is shown is read: the list's first page; the history's lock filter when opened.
    m_lockList->reload(selectId);
    m_history->locksChanged();
    if (m_board)
        m_board->setLocks(m_session.locks().all());
}

void MainWindow::openBoard()
{
    if (!m_board) {
        m_board = new BoardWindow(m_session.history().connection(), m_session.clock(), this);
        m_board->setDeskZone(m_session.deskZone());
        m_board->setLocks(m_session.locks().all());
        connect(m_board, &BoardWindow::entryActivated, this, [this](qint64 id) {
            if (!m_history->revealEntry(id))
                statusBar()->showMessage(tr("That code is no longer in History."), 10000);
            raise();
            activateWindow();
        });
    }
    m_board->setDeskZone(m_session.deskZone());
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
}

void MainWindow::updateStatus()
{
    const bool demo = m_session.isDemo();
    m_demoBanner->setVisible(demo);
    m_connectionLabel->setText(m_session.connectionDescription());
    if (demo) {
        m_requestsLabel->setText(tr("Demo codes are free"));
    } else if (m_session.isStoreReachable()) { // unreachable: the last count stays
        const int sent = m_session.netCodeRequestsThisMonth();
        const int quota = m_session.monthlyQuota();
        if (quota <= 0) {
            m_requestsLabel->setText(tr("NetCode requests this month: %n", nullptr, sent));
            m_requestsLabel->setStyleSheet(QString());
        } else {
            m_requestsLabel->setText(tr("NetCode requests this month: %1 of %2").arg(sent).arg(quota));
            // Warn from 80 % of the plan, loudly once it is used up.
            const bool exhausted = sent >= quota;
            const bool nearly = sent * 5 >= quota * 4;
            m_requestsLabel->setStyleSheet(exhausted ? QStringLiteral("color: white; background-color: #b00020; padding: 0 4px;")
                                           : nearly  ? QStringLiteral("color: #5c4400; background-color: #fff3cd; padding: 0 4px;")
                                                     : QString());
            m_requestsLabel->setToolTip(exhausted ? tr("The plan's monthly quota is used up: the service may refuse "
                                                       "requests until next month.")
                                        : nearly ? tr("More than 80% of the plan's monthly quota is used.")
                                                 : QString());
        }
    }
    const QString keyWarning = m_session.apiKeyWarning();
    m_keyWarningLabel->setText(tr("API key differs from the site's"));
    m_keyWarningLabel->setToolTip(keyWarning);
    m_keyWarningLabel->setAccessibleDescription(keyWarning);
    m_keyWarningLabel->setVisible(!keyWarning.isEmpty());
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // What differs leads (demo, who is at the desk); the application's name comes last, once. A
    // title that ends with it gets nothing appended by the platform, so no name shows twice.
    QStringList parts;
    if (m_session.isDemo())
        parts << tr("DEMO");
    const SignIn& signIn = m_session.signIn();
    if (signIn.isSignedIn())
        parts << tr("%1 (%2)").arg(DisplayText::visible(signIn.currentName()), StaffRole::roleLabel(signIn.effectiveRole()));
    parts << QStringLiteral("NetCode Desk"); // the product's name, as main() gives it to the platform
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::updateStoreState()
{
    const bool shared = m_session.database().isShared();
    const bool reachable = m_session.isStoreReachable();
    m_storeLabel->setVisible(shared);
    m_actions->issue->setEnabled(reachable && !m_session.issuer().isBusy());
    if (reachable) {
        m_storeLabel->setText(tr("Shared store: %1").arg(m_session.storeDescription()));
        m_storeLabel->setStyleSheet(QString());
        m_storeLabel->setToolTip(tr("Codes, locks and settings are shared with every desk on this store."));
        m_issuePanel->setBlocked(QString(), QString());
        updateStatus();
        return;
    }
    m_storeLabel->setText(tr("Shared store unreachable — reconnecting…"));
    m_storeLabel->setStyleSheet(QStringLiteral("color: white; background-color: #b00020; padding: 0 4px; font-weight: bold;"));
    const QString why = tr("The shared store %1 cannot be reached (its server stopped or the network is down). No code "
                           "can be issued while it is away: the request could not be recorded, so nothing is sent and "
                           "nothing is billed. What is on screen stays; NetCode Desk reconnects by itself.")
                            .arg(m_session.storeDescription());
    m_storeLabel->setToolTip(why);
    //: On the Issue button while the shared store cannot be reached.
    m_issuePanel->setBlocked(tr("Cannot issue: store unreachable"), why);
}

void MainWindow::issue()
{
    if (m_session.issuer().isBusy() || !m_session.isStoreReachable()
        || !permitted(StaffRole::Action::Issue, tr("Issue code")))
        return;
    if (!m_issuePanel->canIssue()) {
        const IssueOrder order = m_issuePanel->currentOrder();
        m_resultCard->showError(order.plan.refusal.isEmpty() ? tr("Choose a lock, a length and a valid start first.")
                                                             : order.plan.refusal);
        return;
    }
    if (!m_issuePanel->confirmStart())
        return;
    send(m_issuePanel->currentOrder());
}

void MainWindow::send(const IssueOrder& order)
{
    if (m_session.issuer().issue(order)) {
        m_lastOrder = order;
        m_resultCard->showBusy();
    }
}

SlipDetails MainWindow::slipFor(const HistoryEntry& entry) const
{
    SlipDetails slip;
    slip.entry = entry;
    slip.propertyName = m_session.site().propertyName();
    slip.helpPhone = m_session.site().helpPhone();
    slip.deskZone = m_session.deskZone();
    slip.layout = GuestSlip::layoutFromName(m_session.site().slipLayout());
    slip.demo = entry.demo;
    // The window is read in the lock's clock as it was when the code was issued.
    slip.lockFrame = entry.lockFrame(m_session.deskZone());
    return slip;
}

void MainWindow::onIssued(const IssueOutcome& outcome)
{
    if (outcome.savedToHistory || outcome.ok || outcome.inDoubt)
        m_history->reload();
    updateStatus();
    m_lastInDoubt.reset();
    if (outcome.inDoubt && outcome.entry.id > 0 && outcome.entry.outcome == HistoryEntry::Outcome::InDoubt)
        m_lastInDoubt = outcome.entry;
    if (outcome.needsConsent) {
        askToShareCode(outcome);
        return;
    }
    if (!outcome.ok) {
        m_resultCard->showError(outcome.errorText, outcome.retryAdvised);
        return;
    }
    if (outcome.reused)
        m_resultCard->showReused(slipFor(outcome.entry), outcome.original);
    else
        m_resultCard->showCode(slipFor(outcome.entry),
                               outcome.errorText.isEmpty() && outcome.entry.sharesCodeWith > 0
                                   ? ResultCard::sharedNote(outcome.original, m_session.deskZone())
                                   : outcome.errorText);
    m_issuePanel->clearGuestFields();
    // Next the receptionist copies, prints or emails: put the keyboard there.
    m_resultCard->focusCopy();
    reloadLocks(outcome.entry.lockId);
    updateStatus();
    if (!outcome.savedToHistory)
        statusBar()->showMessage(tr("Code for %1 NOT saved in history: write it down.").arg(DisplayText::visible(outcome.entry.lockName)));
    else if (outcome.fromOtherDesk)
        statusBar()->showMessage(tr("The same code was just issued at %1; reissued here free of charge.")
                                     .arg(DisplayText::visible(outcome.otherDesk)),
                                 8000);
    else
        statusBar()->showMessage(outcome.reused ? tr("Code for %1 reissued from history, free of charge.").arg(DisplayText::visible(outcome.entry.lockName))
                                                : tr("Code issued for %1 and saved in history.").arg(DisplayText::visible(outcome.entry.lockName)),
                                 8000);
}

void MainWindow::askToShareCode(const IssueOutcome& outcome)
{
    // Nothing was sent or written: the desk decides whether a second guest gets the same code.
    if (!m_lastOrder)
        return;
    IssueOrder order = *m_lastOrder;
    if (SharedCodeQuestion::ask(this, outcome.original, order.guestName, order.room, m_session.deskZone())) {
        order.shareCode = true;
        send(order);
        return;
    }
    // The form stays as it was, so the desk can choose another start for a code of the guest's own.
    m_resultCard->showError(tr("Not issued: this code belongs to %1. Nothing was sent. Choose a different start "
                               "for a code of this guest's own.")
                                .arg(HistoryEntry::holderText(outcome.original.guestName, outcome.original.room)));
    statusBar()->clearMessage(); // an earlier "Code issued" must not stand beside it
    m_issuePanel->focusStart();
}

void MainWindow::copyCode()
{
    if (const auto& slip = m_resultCard->slip()) {
        QApplication::clipboard()->setText(slip->entry.code);
        statusBar()->showMessage(tr("Code copied."), 4000);
    }
}

void MainWindow::copyMessage()
{
    if (const auto& slip = m_resultCard->slip(); slip && codeReadBack()) {
        QApplication::clipboard()->setText(GuestSlip::message(*slip));
        statusBar()->showMessage(tr("Message for the guest copied."), 4000);
    }
}

void MainWindow::printSlip()
{
    const auto& slip = m_resultCard->slip();
    if (!slip || !codeReadBack() || !SlipPrinter::preview(this, *slip))
        return;
    // Every desk sees that a slip went out for this code (History's tooltip on the code); the
    // slip itself is printed either way.
    if (slip->entry.id <= 0)
        return;
    if (m_session.history().recordPrint(slip->entry.id, m_session.clock().nowUtc()))
        m_history->refresh();
    else
        statusBar()->showMessage(m_session.history().errorText(), 8000);
}

void MainWindow::saveSlipPdf()
{
    const auto& slip = m_resultCard->slip();
    if (!slip || !codeReadBack())
        return;
    QString suggested = tr("code-%1.pdf").arg(DisplayText::visible(slip->entry.lockName));
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = FileDialog::getSaveFileName(this, tr("Save slip as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SlipPrinter::savePdf(path, *slip, &error))
        MessageBox::warning(this, tr("Save slip"), error);
    else
        statusBar()->showMessage(tr("Slip saved to %1.").arg(path), 6000);
}

void MainWindow::emailCode()
{
    if (const auto& slip = m_resultCard->slip(); slip && codeReadBack())
        m_emailer->email(*slip);
}

void MainWindow::saveAccessKey(const Lock& lock, const QString& accessKey)
{
    if (!lock.isSmartLock() || accessKey.isEmpty())
        return;
    m_session.secrets().write(SecretStore::accessKeyName(lock.accessKeyRef), accessKey, this,
                              [this](bool persisted, const QString& note) {
                                  if (!persisted && !note.isEmpty())
                                      MessageBox::warning(this, tr("Access key"), note);
                              });
}

void MainWindow::addLock()
{
    if (!permitted(StaffRole::Action::EditLocks, tr("Add lock")))
        return;
    Lock fresh;
    fresh.timeZoneId = QString::fromUtf8(m_session.deskZone().id());
    LockDialog dialog(fresh, m_session.locks().namesExcept(0), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Lock lock = dialog.lock();
    if (!m_session.lockAdmin().add(&lock)) {
        MessageBox::warning(this, tr("Add lock"), m_session.lockAdmin().errorText());
        return;
    }
    saveAccessKey(lock, dialog.accessKey());
    reloadLocks(lock.id);
}

void MainWindow::editLock()
{
    if (!permitted(StaffRole::Action::EditLocks, tr("Edit lock")))
        return;
    const auto current = m_lockList->currentLock();
    if (!current)
        return;
    LockDialog dialog(*current, m_session.locks().namesExcept(current->id),
                      current->isSmartLock() && !current->accessKeyRef.isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Lock lock = dialog.lock();
    if (!m_session.lockAdmin().update(lock)) {
        MessageBox::warning(this, tr("Edit lock"), m_session.lockAdmin().errorText());
        return;
    }
    saveAccessKey(lock, dialog.accessKey());
    reloadLocks(lock.id);
}

void MainWindow::removeLock()
{
    if (!permitted(StaffRole::Action::EditLocks, tr("Remove lock")))
        return;
    const auto current = m_lockList->currentLock();
    if (!current)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove lock"),
        tr("Remove the lock \"%1\" from this desk? Codes already issued for it stay in history.").arg(current->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_session.lockAdmin().remove(*current)) {
        MessageBox::warning(this, tr("Remove lock"), m_session.lockAdmin().errorText());
        return;
    }
    if (current->isSmartLock() && !current->accessKeyRef.isEmpty())
        m_session.secrets().remove(SecretStore::accessKeyName(current->accessKeyRef), this, [](bool, const QString&) {});
    reloadLocks();
}

void MainWindow::importSmartLocks()
{
    if (!permitted(StaffRole::Action::EditLocks, tr("Import smart locks")))
        return;
    const QString key = InputBox::getSecret(this, tr("Import smart locks"),
                                            tr("Access key of the K3 Connect account (from the K3 Connect app, "
                                               "letters and digits; capitals matter):"));
    if (key.trimmed().isEmpty())
        return;
    statusBar()->showMessage(tr("Fetching the account's smart locks…"));
    m_session.smartLockImporter().import(key);
}

bool MainWindow::writeFile(const QString& path, const QByteArray& data, const QString& title)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush()) {
        MessageBox::warning(this, title, tr("%1 could not be written: %2. Choose another folder.").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void MainWindow::exportHistory()
{
    if (!permitted(StaffRole::Action::Export, tr("Export history")))
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export history"), tr("netcode-history.csv"),
                                                     tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    // Everything that matches the panel's current search and filters, a page at a time.
    HistoryQuery query = m_history->model()->query();
    query.nowUtc = m_session.clock().nowUtc();
    QList<HistoryEntry> all;
    for (int offset = 0;; offset += 1000) {
        bool read = false;
        const QList<HistoryEntry> page = m_session.history().page(query, offset, 1000, &read);
        if (!read) {
            // Half a history written as if it were all of it would be worse than none.
            MessageBox::warning(this, tr("Export history"),
                                tr("The history could not be read to its end, so nothing was written. "
                                   "Try again when the store answers."));
            return;
        }
        all += page;
        if (page.size() < 1000)
            break;
    }
    const QByteArray data = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                ? HistoryExport::json(all, m_session.deskZone(), query.nowUtc)
                                : HistoryExport::csv(all, m_session.deskZone(), query.nowUtc).toUtf8();
    if (writeFile(path, data, tr("Export history")))
        statusBar()->showMessage(tr("Codes exported: %1, to %2.").arg(all.size()).arg(path), 8000);
}

void MainWindow::exportLocks()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export locks"), tr("netcode-locks.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && writeFile(path, LockCsv::write(m_session.locks().all()).toUtf8(), tr("Export locks")))
        statusBar()->showMessage(tr("Locks exported to %1.").arg(path), 8000);
}

void MainWindow::importLocks()
{
    if (!permitted(StaffRole::Action::EditLocks, tr("Import locks")))
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import locks"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import locks"), tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const LockCsvImport parsed = LockCsv::read(QString::fromUtf8(file.readAll()), m_session.locks().namesExcept(0),
                                               QString::fromUtf8(m_session.deskZone().id()));
    if (!parsed.fileError.isEmpty()) {
        MessageBox::warning(this, tr("Import locks"), parsed.fileError);
        return;
    }
    if (!parsed.errors.isEmpty()) {
        QStringList lines;
        for (const LockCsvError& error : parsed.errors.mid(0, 15))
            lines << tr("Row %1, column %2: %3").arg(error.row).arg(error.column, error.message);
        if (parsed.errors.size() > 15)
            lines << tr("… and %1 more.").arg(parsed.errors.size() - 15);
        const QString text = tr("Some rows have problems, so nothing has been imported yet:\n\n%1\n\nImport only the %2 "
                                "rows without problems?")
                                 .arg(lines.join(QLatin1Char('\n')))
                                 .arg(parsed.valid.size());
        if (parsed.valid.isEmpty()) {
            MessageBox::warning(this, tr("Import locks"), text.section(QStringLiteral("\n\nImport"), 0, 0));
            return;
        }
        if (MessageBox::question(this, tr("Import locks"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    int added = 0;
    for (Lock lock : parsed.valid) {
        if (lock.isSmartLock())
            lock.accessKeyRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (m_session.locks().insert(&lock))
            ++added;
    }
    if (added > 0)
        m_session.signIn().audit(QStringLiteral("lock.imported"), tr("%n lock(s) imported from %1", nullptr, added).arg(path));
    reloadLocks();
    statusBar()->showMessage(tr("%n lock(s) imported. Smart locks need their access key (Edit lock).", nullptr, added), 10000);
}

void MainWindow::issueAgain(const HistoryEntry& entry)
{
    m_lockList->selectLock(entry.lockId);
    const auto lock = m_lockList->currentLock();
    if (!lock || lock->id != entry.lockId) {
        MessageBox::warning(this, tr("Issue again"), tr("The lock %1 is no longer on this desk.").arg(DisplayText::visible(entry.lockName)));
        return;
    }
    m_issuePanel->prefillGuest(entry);
    m_issuePanel->focusStart();
    statusBar()->showMessage(tr("Choose the new start for %1, then Issue.")
                                 .arg(DisplayText::visible(entry.guestName.isEmpty() ? entry.lockName : entry.guestName)),
                             8000);
}

void MainWindow::askAgain(const HistoryEntry& entry)
{
    const auto answer = MessageBox::question(
        this, tr("Ask again"),
        tr("No answer was received for this request, so the service may already have billed it. Asking again "
           "sends it once more and is billed again; the same lock, start and length give the same code.\n\n"
           "Ask the service again for %1?")
            .arg(DisplayText::visible(entry.guestName.isEmpty() ? entry.lockName : entry.lockName + QStringLiteral(" — ") + entry.guestName)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        sendAskAgain(entry);
}

void MainWindow::sendAskAgain(const HistoryEntry& entry)
{
    const std::optional<Lock> lock = IssueService::lockForRequest(entry, m_session.locks());
    if (!lock) {
        MessageBox::warning(this, tr("Ask again"), tr("The lock %1 is no longer on this desk.").arg(DisplayText::visible(entry.lockName)));
        return;
    }
    if (m_session.issuer().askAgain(entry, *lock))
        m_resultCard->showBusy();
}

void MainWindow::openSettings()
{
    // Everyone at the desk may change this computer's part; the site's part is a manager's.
    if (!permitted(StaffRole::Action::EditDeskSettings, tr("Settings")))
        return;
    SignIn& signIn = m_session.signIn();
    const bool siteEditable = signIn.allows(StaffRole::Action::EditSettings);
    SettingsDialog dialog(m_session.settings(), m_session.site(), signIn.currentName(), !m_session.isDemo(), this);
    dialog.setApiKeyWarning(m_session.apiKeyWarning());
    dialog.setStaffSignIn(signIn.isRequired(), m_session.database().isShared());
    dialog.setSiteEditable(siteEditable && signIn.allows(StaffRole::Action::ChangeApiKey));
    dialog.addMailPage(new MailSettingsPage(m_session.site(), m_session.secrets(), m_session.mail()));
    connect(&dialog, &SettingsDialog::sharedStoreRequested, &dialog, [this, &dialog] {
        SharedStoreDialog(m_session.settings(), m_session.secrets(), m_session.database().path(), &dialog).exec();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (siteEditable) // a manager action; a desk user's own computer settings are not the site's business
        signIn.audit(QStringLiteral("settings.saved"), tr("Settings saved"));
    m_session.applyDeskSettings();
    if (signIn.isSignedIn())
        m_session.issuer().setOperatorName(signIn.currentName());
    if (dialog.staffSignIn() != signIn.isRequired() && !m_session.database().isShared()) {
        // Turning sign-in on needs a manager to sign in with: created in the same step.
        if (dialog.staffSignIn() && m_session.staff().activeManagerCount() == 0) {
            StaffDialog first(m_session, true, this);
            first.exec();
        }
        QString error;
        if (!signIn.setEnabledSetting(dialog.staffSignIn(), &error))
            MessageBox::warning(this, tr("Staff sign in"), error);
        else if (dialog.staffSignIn())
            showSignIn(true);
        else
            signIn.signOut();
        applySignedIn();
    }
    m_issuePanel->setDeskZone(m_session.deskZone());
    m_history->setDeskZone(m_session.deskZone());
    m_resultCard->setDeskZone(m_session.deskZone());
    offerRetention();
    auto apply = [this](const QString& key) {
        QString error;
        if (!m_session.reconfigure(key, &error))
            MessageBox::warning(this, tr("Settings"), error);
        updateStatus();
        m_issuePanel->setLock(m_lockList->currentLock());
    };
    switch (dialog.keyChange()) {
    case SettingsDialog::KeyChange::Keep:
        if (!m_session.isDemo()) {
            // Host or versions may have changed: re-read the key and apply it with the new endpoint.
            m_session.secrets().read(SecretStore::apiKeyName(), this,
                                     [apply](bool found, const QString& value, const QString&) {
                                         apply(found ? value : QString());
                                     });
        } else {
            apply({});
        }
        break;
    case SettingsDialog::KeyChange::Replace: {
        const QString key = dialog.newApiKey();
        // Every desk learns that the site now uses this key (by its fingerprint, never the key).
        if (QString error; !m_session.recordApiKey(key, &error))
            MessageBox::warning(this, tr("API key"), tr("The other desks could not be told about the new key: %1").arg(error));
        m_session.secrets().write(SecretStore::apiKeyName(), key, this, [this, apply, key](bool persisted, const QString& note) {
            if (!persisted)
                MessageBox::warning(this, tr("API key"), note);
            apply(key);
        });
        break;
    }
    case SettingsDialog::KeyChange::Forget:
        m_session.secrets().remove(SecretStore::apiKeyName(), this, [apply](bool, const QString&) { apply({}); });
        break;
    }
}

void MainWindow::onSiteSettingsChanged()
{
    const SiteSettings& site = m_session.site();
    m_resultCard->setSiteDetails(site.propertyName(), site.helpPhone(), GuestSlip::layoutFromName(site.slipLayout()));
    updateStatus();
}

void MainWindow::reprint(const HistoryEntry& entry)
{
    m_resultCard->showCode(slipFor(entry), tr("Reprint from history — no new code was requested."));
    printSlip();
}

bool MainWindow::permitted(StaffRole::Action action, const QString& title)
{
    QString why;
    if (m_session.signIn().check(action, &why))
        return true;
    MessageBox::warning(this, title, why);
    return false;
}

void MainWindow::showSignIn(bool atStart)
{
    for (const SignInDialog* open : findChildren<SignInDialog*>())
        if (open->isVisible())
            return; // already asking (a closed one may wait for deletion)
    if (atStart)
        centralWidget()->setVisible(false); // nobody signed in: no guest names on screen
    auto* dialog = new SignInDialog(m_session.signIn(), m_session.database().isShared() ? m_session.database().path() : QString(),
                                    atStart, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, atStart](int result) {
        if (result == QDialog::Accepted) {
            centralWidget()->setVisible(true);
            statusBar()->showMessage(tr("Signed in: %1.").arg(DisplayText::visible(m_session.signIn().currentName())), 6000);
            if (!dialog->notice().isEmpty())
                MessageBox::warning(this, tr("Signed in"), dialog->notice());
            offerRetention();
            activateWindow(); // the keyboard back where the next guest starts
            m_lockList->focusSearch();
            if (std::exchange(m_settingsAfterSignIn, false))
                openSettings(); // asked for at the welcome, before anyone had signed in
        } else if (atStart || !m_session.signIn().isSignedIn()) {
            close(); // the desk cannot be used without someone signed in
        }
    });
    // Not exec(): the window and its event loop keep running (live updates, tests driving it).
    dialog->open();
}

void MainWindow::applySignedIn()
{
    SignIn& signIn = m_session.signIn();
    const bool required = signIn.isRequired();
    const bool locks = signIn.allows(StaffRole::Action::EditLocks);
    m_lockList->setEditingAllowed(locks);
    const QList<std::pair<QAction*, StaffRole::Action>> gated = {
        {m_actions->settings, StaffRole::Action::EditDeskSettings}, {m_actions->backupNow, StaffRole::Action::Restore},
        {m_actions->restoreBackup, StaffRole::Action::Restore}, {m_actions->staff, StaffRole::Action::ManageStaff},
        {m_actions->auditLog, StaffRole::Action::ViewAuditLog}, {m_actions->newLock, StaffRole::Action::EditLocks},
        {m_actions->importLocks, StaffRole::Action::EditLocks}, {m_actions->importSmartLocks, StaffRole::Action::EditLocks},
    };
    for (const auto& [action, what] : gated) {
        const bool allowed = signIn.allows(what);
        action->setEnabled(allowed);
        action->setToolTip(allowed ? QString() : StaffRole::refusal(what));
    }
    // A shared store is backed up on its server (pg_dump), never from a desk's copy.
    if (m_session.database().isShared()) {
        for (QAction* action : {m_actions->backupNow, m_actions->restoreBackup}) {
            action->setEnabled(false);
            action->setToolTip(tr("The shared store is backed up on its server (for example with pg_dump), not from "
                                  "a desk."));
        }
    }
    m_actions->switchUser->setVisible(required);
    m_actions->signOut->setVisible(required);
    m_actions->signOut->setEnabled(signIn.isSignedIn());
    m_actions->staff->setVisible(true);
    const QString who = DisplayText::visible(signIn.currentName()); // shown only
    // Who is signed in, always in sight at a shared desk (plain text: a name is never markup).
    auto* signedIn = statusBar()->findChild<QLabel*>(QStringLiteral("signedInLabel"));
    if (!signedIn) {
        signedIn = new QLabel(this);
        signedIn->setObjectName(QStringLiteral("signedInLabel"));
        signedIn->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(signedIn);
    }
    signedIn->setText(who.isEmpty() ? QString() : tr("Signed in: %1 (%2)").arg(who, StaffRole::roleLabel(signIn.effectiveRole())));
    signedIn->setVisible(!who.isEmpty());
    updateWindowTitle();
    m_session.issuer().setOperatorName(signIn.isSignedIn() ? signIn.currentName() : m_session.settings().operatorName());
}
