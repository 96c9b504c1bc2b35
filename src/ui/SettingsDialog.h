#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppSettings;
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

    void accept() override;
    static QString checkApiKey(const QString& key);

signals:
    void sharedStoreRequested(); // Shared store...: where the desk keeps its codes (SharedStorePage)

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QPushButton* m_forgetButton;
    KeyChange m_keyChange = KeyChange::Keep;
};
