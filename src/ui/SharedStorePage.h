#pragma once

#include <QDialog>
#include <QString>
#include <QWidget>

class AppSettings;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class SecretStore;

// Settings, Shared store: whether this desk keeps its codes in its own file or in the site's
// shared store (PostgreSQL), the store's address and this desk's login password (to the keychain,
// never to a file), and the manager's tools: test the connection, set the store up, move this
// desk's own history in. The database work runs off the UI thread; every result or failure is
// shown in words on the page. The chosen store is used from the next start.
class SharedStorePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedStorePage)

public:
    // `currentDatabase`: the file or URL this desk uses now (what "move in" copies from).
    SharedStorePage(AppSettings& settings, SecretStore& secrets, const QString& currentDatabase, QWidget* parent = nullptr);

    // Saves the choice (URL without password to the settings; a typed password to the keychain).
    // False, with the reason shown on the page, when the address is not usable.
    bool save();

    // Selects "Shared store" and puts the cursor in the address (a desk joining a team).
    void chooseSharedStore();

    // For tests and the screenshot: the last result shown, and whether work is running.
    QString resultText() const;
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

private:
    struct Outcome {
        bool ok = false;
        QString text;
    };
    void updateEnabled();
    void showResult(const Outcome& outcome);
    void setBusy(bool busy, const QString& what = {});
    QString checkedAddress(QString* error) const;
    // Reads the password (typed, or from the keychain) and runs `work` with it off the UI thread.
    void withPassword(const QString& url, std::function<Outcome(const QString& url, const QString& password)> work);
    void testConnection();
    void setUpStore();
    void moveIn();
    void lookForStoredPassword();

    AppSettings& m_settings;
    SecretStore& m_secrets;
    QString m_currentDatabase;
    QRadioButton* m_oneDesk;
    QRadioButton* m_shared;
    QLineEdit* m_address;
    QLineEdit* m_password;
    QPushButton* m_test;
    QPushButton* m_setUp;
    QPushButton* m_moveIn;
    QLabel* m_result;
    QLabel* m_oneDeskNote;
    bool m_busy = false;
};

// The page in a dialog of its own (Settings, Shared store...; the first-run welcome).
class SharedStoreDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedStoreDialog)

public:
    SharedStoreDialog(AppSettings& settings, SecretStore& secrets, const QString& currentDatabase, QWidget* parent = nullptr);
    SharedStorePage* page() const { return m_page; }
    void accept() override;

private:
    SharedStorePage* m_page;
};
