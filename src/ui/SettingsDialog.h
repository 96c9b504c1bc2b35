#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppSettings;
class QCheckBox;
class QLabel;
class MailSettingsPage;
class QPushButton;
class SiteSettings;

// The manager's settings, on two pages so nobody mistakes one for the other: "This site" (shared by
// every desk through the store: API endpoint and quota, slip, retention — and the API key, which each
// computer keeps in its own keychain) and "This computer" (issued by, desk time zone, language).
// More pages are added to settingsTabWidget by the features that need them.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `editor`: who is recorded as having changed the site's settings; empty: the "Issued by" name
    // saved in this dialog (until staff sign in).
    SettingsDialog(AppSettings& settings, SiteSettings& site, const QString& editor, bool hasStoredKey,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    enum class KeyChange { Keep, Replace, Forget };
    KeyChange keyChange() const { return m_keyChange; }
    QString newApiKey() const;
    // Shown above the key while this desk's key differs from the one the site uses.
    void setApiKeyWarning(const QString& text);

    // Staff sign-in: a checkbox, always on (and fixed) on a shared store. While on, "issued by" is
    // the signed-in person: the typed name gives way to a note saying so.
    void setStaffSignIn(bool on, bool shared);
    bool staffSignIn() const;

    // A desk user may change what belongs to this computer but not the site's settings (nor the
    // API key): "This site" is shown read-only with the reason, and Save keeps only this computer's.
    void setSiteEditable(bool editable);
    bool isSiteEditable() const { return m_siteEditable; }

    // The Mail page (the site's mail server), on its own tab after "This site"; editable like the
    // site's settings, checked and saved with them. The dialog takes it over.
    void addMailPage(MailSettingsPage* page);

    void accept() override;
    static QString checkApiKey(const QString& key);

signals:
    void sharedStoreRequested(); // Shared store...: where the desk keeps its codes (SharedStorePage)

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Wrapped notes inside the tab pages get the height their text needs at the page's real width
    // (a tab page does not pass height-for-width up to the dialog, so long notes would be cut).
    // Grows the dialog to show the current page whole where the screen has room; the page
    // scrolls where it has not (a 768-pixel screen with every error line shown).
    void fitCurrentPage();
    // The host's problem, if any; while typing only a finished scheme and host count.
    QString checkHost(bool finished);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QCheckBox* m_staffSignIn = nullptr;
    QLabel* m_siteReadOnly = nullptr;
    bool m_siteEditable = true;
    bool m_staffSignInChangeable = true; // not on a shared store, where it is always on
    SiteSettings& m_site;
    MailSettingsPage* m_mailPage = nullptr;
    QWidget* m_mailTab = nullptr; // the tab holding the page (in its scroll area)
    QString m_editor;
    KeyChange m_keyChange = KeyChange::Keep;
};
