#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppSettings;
class QCheckBox;
class QPushButton;

// The manager's settings: API key (to the keychain only), API host and versions, slip details.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings& settings, bool hasStoredKey, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    enum class KeyChange { Keep, Replace, Forget };
    KeyChange keyChange() const { return m_keyChange; }
    QString newApiKey() const;

    // Staff sign-in: a checkbox, always on (and fixed) on a shared store. While on, "issued by" is
    // the signed-in person, so the typed operator name is read-only.
    void setStaffSignIn(bool on, bool shared);
    bool staffSignIn() const;

    void accept() override;
    static QString checkApiKey(const QString& key);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QPushButton* m_forgetButton;
    QCheckBox* m_staffSignIn = nullptr;
    KeyChange m_keyChange = KeyChange::Keep;
};
