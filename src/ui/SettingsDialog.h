#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppSettings;
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

    void accept() override;
    static QString checkApiKey(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Wrapped notes inside the tab pages get the height their text needs at the page's real width
    // (a tab page does not pass height-for-width up to the dialog, so long notes would be cut).
    void fitWrappedLabels();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    SiteSettings& m_site;
    QString m_editor;
    KeyChange m_keyChange = KeyChange::Keep;
};
