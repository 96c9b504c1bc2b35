#include "SettingsDialog.h"
#include "StatusColours.h"

#include "AppSettings.h"
#include "Languages.h"
#include "ui_SettingsDialog.h"

#include <QCompleter>
#include <QPushButton>
#include <QTimeZone>

SettingsDialog::SettingsDialog(AppSettings& settings, bool hasStoredKey, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_forgetButton(new QPushButton(tr("&Forget the stored key (back to demo mode)"), this))
{
    m_ui->setupUi(this);
    StatusColours::styleErrorLabels(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_forgetButton->setObjectName(QStringLiteral("forgetKeyPushButton"));
    m_forgetButton->setCheckable(true);
    m_forgetButton->setVisible(hasStoredKey);
    m_ui->formLayout->addWidget(m_forgetButton, m_ui->formLayout->rowCount(), 1);
    auto* sharedStore = new QPushButton(tr("Shared store (t&wo or more desks)…"), this);
    sharedStore->setObjectName(QStringLiteral("sharedStorePushButton"));
    m_ui->formLayout->addWidget(sharedStore, m_ui->formLayout->rowCount(), 1);
    connect(sharedStore, &QPushButton::clicked, this, &SettingsDialog::sharedStoreRequested);
    if (hasStoredKey)
        m_ui->apiKeyLineEdit->setPlaceholderText(tr("A key is stored in the keychain — type a new one to replace it"));

    const ApiEndpoint endpoint = settings.endpoint();
    m_ui->apiHostLineEdit->setText(endpoint.host.toString());
    m_ui->netCodePrefixLineEdit->setText(endpoint.netCodePrefix);
    m_ui->utilityPrefixLineEdit->setText(endpoint.utilityPrefix);
    m_ui->monthlyQuotaSpinBox->setValue(settings.monthlyQuota());
    m_ui->retentionSpinBox->setValue(settings.historyRetentionDays());
    m_ui->slipLayoutComboBox->addItem(tr("A4 sheet"), QStringLiteral("a4"));
    m_ui->slipLayoutComboBox->addItem(tr("US Letter sheet"), QStringLiteral("letter"));
    m_ui->slipLayoutComboBox->addItem(tr("80 mm receipt printer"), QStringLiteral("receipt-80mm"));
    m_ui->slipLayoutComboBox->setCurrentIndex(qMax(0, m_ui->slipLayoutComboBox->findData(settings.slipLayout())));
    m_ui->readBackCheckBox->setChecked(settings.readBackCheck());
    m_ui->languageComboBox->addItem(tr("The computer's language"), QString());
    for (const auto& [code, name] : Languages::available())
        m_ui->languageComboBox->addItem(name, code);
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(settings.uiLanguage())));
    m_ui->languageComboBox->setToolTip(tr("Takes effect when NetCode Desk next starts."));
    m_ui->propertyNameLineEdit->setText(settings.propertyName());
    m_ui->helpPhoneLineEdit->setText(settings.helpPhone());
    m_ui->operatorNameLineEdit->setText(settings.operatorName());

    // The first entry follows the computer's own zone; any other pins the desk to a zone.
    m_ui->deskTimeZoneComboBox->addItem(
        tr("This computer's time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_ui->deskTimeZoneComboBox->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_ui->deskTimeZoneComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->deskTimeZoneComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->deskTimeZoneComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int zoneIndex = m_ui->deskTimeZoneComboBox->findData(settings.deskTimeZoneOverride());
    m_ui->deskTimeZoneComboBox->setCurrentIndex(zoneIndex >= 0 ? zoneIndex : 0);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->apiKeyLineEdit, &QLineEdit::textEdited, this, [this] {
        const QString error = m_ui->apiKeyLineEdit->text().isEmpty() ? QString() : checkApiKey(newApiKey());
        m_ui->apiKeyErrorLabel->setText(error);
        m_ui->apiKeyErrorLabel->setVisible(!error.isEmpty());
    });
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::newApiKey() const
{
    return m_ui->apiKeyLineEdit->text().trimmed();
}

QString SettingsDialog::checkApiKey(const QString& key)
{
    for (QChar c : key) {
        if (!(c.isDigit() || (c.toLatin1() >= 'a' && c.toLatin1() <= 'z') || (c.toLatin1() >= 'A' && c.toLatin1() <= 'Z')))
            return tr("An API key contains only letters and digits. Copy it again from the developer portal.");
    }
    if (key.size() != 40)
        return tr("An API key has 40 letters and digits; this one has %n.", nullptr, int(key.size()));
    return {};
}

void SettingsDialog::accept()
{
    const QString key = newApiKey();
    const QString keyError = key.isEmpty() ? QString() : checkApiKey(key);
    m_ui->apiKeyErrorLabel->setText(keyError);
    m_ui->apiKeyErrorLabel->setVisible(!keyError.isEmpty());

    ApiEndpoint endpoint;
    endpoint.host = QUrl(m_ui->apiHostLineEdit->text().trimmed());
    endpoint.netCodePrefix = m_ui->netCodePrefixLineEdit->text().trimmed();
    endpoint.utilityPrefix = m_ui->utilityPrefixLineEdit->text().trimmed();
    const QString hostError = endpoint.isTransportAllowed()
                                  ? QString()
                                  : tr("The API host must be a full address starting with https://, for example "
                                       "https://api-connect.codelocks.io.");
    m_ui->apiHostErrorLabel->setText(hostError);
    m_ui->apiHostErrorLabel->setVisible(!hostError.isEmpty());
    // Typed text must name a zone; the first entry (the computer's zone) stores an empty override.
    QString zone = m_ui->deskTimeZoneComboBox->currentData().toString();
    const QString typed = m_ui->deskTimeZoneComboBox->currentText().trimmed();
    if (m_ui->deskTimeZoneComboBox->currentIndex() != 0 || typed != m_ui->deskTimeZoneComboBox->itemText(0))
        zone = typed;
    const QString zoneError = zone.isEmpty() || QTimeZone(zone.toUtf8()).isValid()
                                  ? QString()
                                  : tr("\"%1\" is not a known time zone. Choose one from the list.").arg(zone);
    m_ui->deskTimeZoneErrorLabel->setText(zoneError);
    m_ui->deskTimeZoneErrorLabel->setVisible(!zoneError.isEmpty());
    if (!keyError.isEmpty()) {
        m_ui->apiKeyLineEdit->setFocus();
        return;
    }
    if (!zoneError.isEmpty()) {
        m_ui->deskTimeZoneComboBox->setFocus();
        return;
    }
    if (!hostError.isEmpty()) {
        m_ui->apiHostLineEdit->setFocus();
        return;
    }

    m_settings.setEndpoint(endpoint);
    m_settings.setMonthlyQuota(m_ui->monthlyQuotaSpinBox->value());
    m_settings.setHistoryRetentionDays(m_ui->retentionSpinBox->value());
    m_settings.setSlipLayout(m_ui->slipLayoutComboBox->currentData().toString());
    m_settings.setReadBackCheck(m_ui->readBackCheckBox->isChecked());
    m_settings.setUiLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings.setPropertyName(m_ui->propertyNameLineEdit->text());
    m_settings.setHelpPhone(m_ui->helpPhoneLineEdit->text());
    m_settings.setOperatorName(m_ui->operatorNameLineEdit->text());
    m_settings.setDeskTimeZoneOverride(zone);
    m_settings.sync();
    m_keyChange = !key.isEmpty() ? KeyChange::Replace : (m_forgetButton->isChecked() ? KeyChange::Forget : KeyChange::Keep);
    QDialog::accept();
}
