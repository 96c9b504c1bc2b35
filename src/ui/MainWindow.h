#pragma once

#include "GuestSlip.h"
#include "IssueService.h"
#include "StaffRole.h"

#include <QMainWindow>
#include <optional>

class ActionRegistry;
class AppSession;
class CodeEmailer;
class BoardWindow;
class HistoryPanel;
class IssuePanel;
class LockListPanel;
class QLabel;
class ResultCard;
class WatchList;
class WatchListPanel;

// The one screen for the daily job: locks on the left, the issue form in the centre, the code on
// the right, history below, connection and demo state in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);

    ActionRegistry& actions() { return *m_actions; }
    // A problem found while starting (e.g. the keychain could not be read), shown in the status bar.
    void showStartupNotice(const QString& text);
    // Asks (with the count) before deleting codes the retention policy says are too old.
    void offerRetention();

protected:
    void resizeEvent(QResizeEvent* event) override;
    // An email still being sent: asks whether to wait for it (the window closes once it is
    // recorded) or to quit now (the send is stopped and recorded as it stands).
    void closeEvent(QCloseEvent* event) override;

private:
    // How long after start the file's integrity check and daily backup begin (afterStart).
    static constexpr int kMaintenanceAfterStartMs = 3000;
    bool m_closeWhenMailSent = false;
    // Until the receptionist moves the divider: the history shows a page of codes and the form
    // above gets the rest.
    void placeDivider();
    void buildMenus();
    void reloadLocks(qint64 selectId = 0);
    void updateStatus();
    void updateWindowTitle(); // demo, the person signed in, the application's name
    void updateStoreState(); // the shared store reachable or not: status bar and Issue button
    void issue();
    void send(const IssueOrder& order);
    // Another guest holds the code this order would get: ask, then issue again with consent.
    void askToShareCode(const IssueOutcome& outcome);
    void onIssued(const IssueOutcome& outcome);
    SlipDetails slipFor(const HistoryEntry& entry) const;
    void copyCode();
    void copyMessage();
    void printSlip();
    void saveSlipPdf();
    void emailCode();
    void addLock();
    void editLock();
    void removeLock();
    void importSmartLocks();
    void importLocks();
    void exportLocks();
    void exportHistory();
    void issueAgain(const HistoryEntry& entry);
    void askAgain(const HistoryEntry& entry); // a request in doubt, once more (billed again), if confirmed
    void sendAskAgain(const HistoryEntry& entry);
    bool writeFile(const QString& path, const QByteArray& data, const QString& title);
    void saveAccessKey(const Lock& lock, const QString& accessKey);
    void openSettings();
    void reprint(const HistoryEntry& entry);
    void afterStart();
    // The first run's questions; true when the person asked to open Settings next.
    bool welcome();
    // With the read-back check on: the receptionist retypes the code; false stops the print/copy.
    bool codeReadBack();
    void restoreBackup();
    // People: the sign-in dialog (at start, or Switch user), what the signed-in role may do.
    void showSignIn(bool atStart);
    void applySignedIn();
    bool permitted(StaffRole::Action action, const QString& title);
    void onMaintenanceFinished(bool integrityOk, const QString& detail, const QString& written, const QString& error);
    // The site's settings changed here or at another desk: the card's slip and the status bar follow.
    void onSiteSettingsChanged();
    // The board (View ▸ Board): opened on first use, then kept; a bar's row opens in History here.
    void openBoard();

    AppSession& m_session;
    ActionRegistry* m_actions;
    LockListPanel* m_lockList;
    IssuePanel* m_issuePanel;
    ResultCard* m_resultCard;
    HistoryPanel* m_history;
    CodeEmailer* m_emailer = nullptr; // Email…: the site's mail server or the mail program
    WatchList* m_watchList;
    WatchListPanel* m_watch;
    class QSplitter* m_vertical = nullptr;
    bool m_dividerMoved = false;
    QLabel* m_demoBanner;
    QLabel* m_connectionLabel;
    QLabel* m_requestsLabel;
    QLabel* m_storeLabel;
    std::optional<IssueOrder> m_lastOrder; // for Retry and "fresh code"
    std::optional<HistoryEntry> m_lastInDoubt; // the last request in doubt, for Retry (asked again)
    bool m_backupAsked = false;            // a backup the manager asked for: say how it went
    QString m_readBackCode;                // the shown code already typed back correctly
    QLabel* m_keyWarningLabel = nullptr;   // this desk's API key is not the site's
    bool m_settingsAfterSignIn = false;    // the welcome asked for Settings while sign-in was pending
    BoardWindow* m_board = nullptr;
};
