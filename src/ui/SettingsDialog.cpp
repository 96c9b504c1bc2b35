#include "SettingsDialog.h"
#include "StatusColours.h"

#include "AppSettings.h"
#include "DisplayText.h"
#include "DialogSeams.h"
#include "Languages.h"
#include "MailSettingsPage.h"
#include "SiteSettings.h"
#include "TimeText.h"
#include "VerticalScrollArea.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings& settings, SiteSettings& site, const QString& editor, bool hasStoredKey,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_site(site)
    , m_editor(editor)
{
    m_ui->setupUi(this);
    StatusColours::styleErrorLabels(this);
    m_ui->apiKeyWarningLabel->setStyleSheet(StatusColours::problemStyle(palette(), true));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->forgetKeyPushButton->setVisible(hasStoredKey);
    // Where this computer's data lives (its own file or the team's store) is the computer's choice.
    auto* sharedStore = new QPushButton(tr("Shared store (t&wo or more desks)…"), this);
    sharedStore->setObjectName(QStringLiteral("sharedStorePushButton"));
    m_ui->computerPageLayout->insertWidget(m_ui->computerPageLayout->count() - 1, sharedStore, 0, Qt::AlignLeft); // above the spare room
    connect(sharedStore, &QPushButton::clicked, this, &SettingsDialog::sharedStoreRequested);
    if (hasStoredKey)
        m_ui->apiKeyLineEdit->setPlaceholderText(tr("A key is stored in the keychain — type a new one to replace it"));

    // The fields take the width a group has to spare, not the labels.
    for (QGridLayout* grid : {m_ui->connectionLayout, m_ui->slipLayout, m_ui->historyLayout, m_ui->deskLayout})
        grid->setColumnStretch(1, 1);
    // Each group has its own grid; one label width per page lines their fields up as one form.
    for (QWidget* page : {m_ui->sitePage, m_ui->computerPage}) {
        const QList<QLabel*> labels = page->findChildren<QLabel*>();
        int widest = 0;
        for (const QLabel* label : labels)
            widest = label->buddy() ? qMax(widest, label->sizeHint().width()) : widest;
        for (QLabel* label : labels) {
            if (label->buddy())
                label->setMinimumWidth(widest);
        }
    }

    const SiteSettings::Values values = site.values();
    m_ui->apiHostLineEdit->setText(values.endpoint.host.toString());
    m_ui->netCodePrefixLineEdit->setText(values.endpoint.netCodePrefix);
    m_ui->utilityPrefixLineEdit->setText(values.endpoint.utilityPrefix);
    m_ui->monthlyQuotaSpinBox->setValue(values.monthlyQuota);
    m_ui->retentionSpinBox->setValue(values.historyRetentionDays);
    m_ui->slipLayoutComboBox->addItem(tr("A4 sheet"), QStringLiteral("a4"));
    m_ui->slipLayoutComboBox->addItem(tr("US Letter sheet"), QStringLiteral("letter"));
    m_ui->slipLayoutComboBox->addItem(tr("80 mm receipt printer"), QStringLiteral("receipt-80mm"));
    m_ui->slipLayoutComboBox->setCurrentIndex(qMax(0, m_ui->slipLayoutComboBox->findData(values.slipLayout)));
    m_ui->readBackCheckBox->setChecked(values.readBackCheck);
    m_ui->propertyNameLineEdit->setText(values.propertyName);
    m_ui->helpPhoneLineEdit->setText(values.helpPhone);
    m_ui->languageComboBox->addItem(tr("The computer's language"), QString());
    for (const auto& [code, name] : Languages::available())
        m_ui->languageComboBox->addItem(name, code);
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(settings.uiLanguage())));
    m_ui->languageComboBox->setToolTip(tr("Takes effect when NetCode Desk next starts."));
    m_ui->operatorNameLineEdit->setText(settings.operatorName());
    m_ui->requestTimeoutSpinBox->setValue(settings.requestTimeoutSecs());
    m_ui->issuedBySignedInLabel->setVisible(false);
    if (const SiteSetting last = site.lastChange(); last.updatedAtUtc.isValid() && !last.updatedBy.isEmpty()) {
        m_ui->siteChangedLabel->setTextFormat(Qt::PlainText); // a name is never read as markup
        m_ui->siteChangedLabel->setText(tr("Last changed by %1 on %2.")
                                            .arg(DisplayText::visible(last.updatedBy), TimeText::date(last.updatedAtUtc.toLocalTime().date())));
        m_ui->siteChangedLabel->setVisible(true);
    }

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

    // Roomy to start with; never narrower than the fields and their labels need (the layout keeps
    // that minimum, so nothing is cut off at the side and no line is drawn over another).
    int height = sizeHint().height();
    if (const QScreen* shown = screen())
        height = qMin(height, shown->availableGeometry().height() * 9 / 10); // the pages scroll
    resize(qMax(580, sizeHint().width()), height);
    connect(m_ui->settingsTabWidget, &QTabWidget::currentChanged, this, &SettingsDialog::fitCurrentPage);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->apiHostErrorLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->apiHostLineEdit, &QLineEdit::textEdited, this, [this] { checkHost(false); });
    connect(m_ui->apiHostLineEdit, &QLineEdit::editingFinished, this, [this] { checkHost(true); });
    connect(m_ui->apiKeyLineEdit, &QLineEdit::textEdited, this, [this] {
        const QString error = m_ui->apiKeyLineEdit->text().isEmpty() ? QString() : checkApiKey(newApiKey());
        m_ui->apiKeyErrorLabel->setText(error);
        m_ui->apiKeyErrorLabel->setVisible(!error.isEmpty());
        fitCurrentPage();
    });
}

SettingsDialog::~SettingsDialog()
{
    // The host field loses focus as the dialog goes: no check on a half-destroyed form.
    disconnect(m_ui->apiHostLineEdit, nullptr, this, nullptr);
}

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

QString SettingsDialog::checkHost(bool finished)
{
    const QString typed = m_ui->apiHostLineEdit->text().trimmed();
    ApiEndpoint endpoint;
    endpoint.host = QUrl(typed);
    QString error;
    if (!endpoint.isTransportAllowed())
        error = tr("The API host must be a full address starting with https://, for example "
                   "https://api-connect.codelocks.io.");
    // Half typed ("https://ap") is not yet wrong; a finished scheme with a host is judged at once
    // ("http://api-connect…"), and an error already shown stays until the address is right.
    const bool judged = finished || m_ui->apiHostErrorLabel->isVisible()
                        || (typed.contains(QLatin1String("://")) && !endpoint.host.host().isEmpty());
    if (!judged)
        return error;
    // An address is one word: a word joiner after each hyphen, dot and slash keeps a line from
    // breaking inside it ("api-⏎connect"). Display only; nothing reads the label's text back.
    static const QRegularExpression address(QStringLiteral("https?://[^\\s]*[^\\s.,;:!?)]"));
    QString shown = error;
    for (auto it = address.globalMatch(error); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString joined = match.captured();
        static const QRegularExpression breakable(QStringLiteral("([-./])"));
        joined.replace(breakable, QStringLiteral("\\1") + QChar(0x2060));
        shown.replace(match.captured(), joined);
    }
    m_ui->apiHostErrorLabel->setText(shown);
    m_ui->apiHostErrorLabel->setVisible(!error.isEmpty());
    fitCurrentPage();
    return error;
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
    const QString hostError = checkHost(true);
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
    // The first field in error is shown, on whichever page holds it.
    auto showField = [this](QWidget* field, QWidget* page) {
        m_ui->settingsTabWidget->setCurrentWidget(page);
        fitCurrentPage();
        field->setFocus();
    };
    if (!keyError.isEmpty() && m_siteEditable) {
        showField(m_ui->apiKeyLineEdit, m_ui->sitePage);
        return;
    }
    if (!zoneError.isEmpty()) {
        showField(m_ui->deskTimeZoneComboBox, m_ui->computerPage);
        return;
    }
    if (!hostError.isEmpty() && m_siteEditable) {
        showField(m_ui->apiHostLineEdit, m_ui->sitePage);
        return;
    }
    if (QWidget* field = nullptr; m_mailPage && m_siteEditable && !m_mailPage->check(&field).isEmpty()) {
        showField(field, m_mailTab);
        return;
    }

    SiteSettings::Values values;
    values.endpoint = endpoint;
    values.monthlyQuota = m_ui->monthlyQuotaSpinBox->value();
    values.historyRetentionDays = m_ui->retentionSpinBox->value();
    values.propertyName = m_ui->propertyNameLineEdit->text();
    values.helpPhone = m_ui->helpPhoneLineEdit->text();
    values.slipLayout = m_ui->slipLayoutComboBox->currentData().toString();
    values.readBackCheck = m_ui->readBackCheckBox->isChecked();
    // The site's values first: when the store cannot take them, the dialog stays open with what was typed.
    QString editor = m_editor;
    if (editor.isEmpty())
        editor = m_ui->operatorNameLineEdit->text().trimmed();
    if (editor.isEmpty())
        editor = m_settings.operatorName();
    if (QString error; m_siteEditable && !m_site.save(values, editor, &error)) {
        m_ui->settingsTabWidget->setCurrentWidget(m_ui->sitePage);
        MessageBox::warning(this, tr("Settings"),
                             tr("The site's settings could not be saved in the store, so no desk uses them yet: %1")
                                 .arg(error));
        return;
    }
    if (QString error; m_mailPage && m_siteEditable && !m_mailPage->save(editor, parentWidget(), &error)) {
        m_ui->settingsTabWidget->setCurrentWidget(m_mailTab);
        MessageBox::warning(this, tr("Settings"),
                            tr("The mail server's settings could not be saved in the store: %1").arg(error));
        return;
    }
    m_settings.setUiLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings.setOperatorName(m_ui->operatorNameLineEdit->text());
    m_settings.setDeskTimeZoneOverride(zone);
    m_settings.setRequestTimeoutSecs(m_ui->requestTimeoutSpinBox->value());
    m_settings.sync();
    m_keyChange = !m_siteEditable ? KeyChange::Keep
                  : !key.isEmpty() ? KeyChange::Replace
                                   : (m_ui->forgetKeyPushButton->isChecked() ? KeyChange::Forget : KeyChange::Keep);
    QDialog::accept();
}

void SettingsDialog::addMailPage(MailSettingsPage* page)
{
    m_mailPage = page;
    // Like the other pages: it scrolls where the screen is short (fitCurrentPage finds the area).
    m_mailTab = new QWidget(this);
    m_mailTab->setObjectName(QStringLiteral("mailTab"));
    auto* layout = new QVBoxLayout(m_mailTab);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* area = new VerticalScrollArea(m_mailTab);
    area->setWidget(page);
    layout->addWidget(area);
    m_ui->settingsTabWidget->insertTab(m_ui->settingsTabWidget->indexOf(m_ui->sitePage) + 1, m_mailTab,
                                       tr("Mail (guests' emails)"));
    page->setEditable(m_siteEditable);
}

void SettingsDialog::setStaffSignIn(bool on, bool shared)
{
    if (!m_staffSignIn) {
        m_staffSignIn = new QCheckBox(tr("Staff si&gn-in (name and PIN at this desk; roles for locks and settings)"), this);
        m_staffSignIn->setObjectName(QStringLiteral("staffSignInCheckBox"));
        m_ui->sitePageLayout->addWidget(m_staffSignIn);
    }
    m_staffSignIn->setChecked(on || shared);
    m_staffSignInChangeable = !shared;
    m_staffSignIn->setEnabled(!shared && m_siteEditable);
    if (shared)
        m_staffSignIn->setToolTip(tr("Everyone signs in at a desk on a shared store."));
    // With sign-in on, a typed "issued by" would be a field that does nothing: a note instead.
    const bool signedInNames = on || shared;
    m_ui->operatorNameLabel->setVisible(!signedInNames);
    m_ui->operatorNameLineEdit->setVisible(!signedInNames);
    m_ui->issuedBySignedInLabel->setVisible(signedInNames);
    fitCurrentPage();
}

void SettingsDialog::setSiteEditable(bool editable)
{
    m_siteEditable = editable;
    if (!m_siteReadOnly) {
        m_siteReadOnly = new QLabel(tr("Only a manager can change the site's settings."), this);
        m_siteReadOnly->setObjectName(QStringLiteral("siteReadOnlyLabel"));
        m_siteReadOnly->setWordWrap(true);
        m_siteReadOnly->setStyleSheet(StatusColours::noticeStyle(palette(), true));
        m_ui->sitePageLayout->insertWidget(0, m_siteReadOnly);
    }
    m_siteReadOnly->setVisible(!editable);
    // Every field of the page, the sign-in checkbox included, is shown as it is and greyed.
    for (QWidget* group : {static_cast<QWidget*>(m_ui->connectionGroupBox), static_cast<QWidget*>(m_ui->slipGroupBox),
                           static_cast<QWidget*>(m_ui->historyGroupBox)})
        group->setEnabled(editable);
    if (m_staffSignIn)
        m_staffSignIn->setEnabled(editable && m_staffSignInChangeable);
    if (m_mailPage)
        m_mailPage->setEditable(editable);
    // The person opens Settings for this computer's part: start there.
    if (!editable)
        m_ui->settingsTabWidget->setCurrentWidget(m_ui->computerPage);
    fitCurrentPage();
}

bool SettingsDialog::staffSignIn() const
{
    return m_staffSignIn && m_staffSignIn->isChecked();
}

void SettingsDialog::setApiKeyWarning(const QString& text)
{
    m_ui->apiKeyWarningLabel->setText(text);
    m_ui->apiKeyWarningLabel->setVisible(!text.isEmpty());
    fitCurrentPage();
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitCurrentPage();
}

void SettingsDialog::fitCurrentPage()
{
    if (!isVisible())
        return; // showEvent does it with the real widths
    auto* area = m_ui->settingsTabWidget->currentWidget()->findChild<QScrollArea*>();
    QWidget* contents = area ? area->widget() : nullptr;
    if (!contents)
        return;
    layout()->activate();
    contents->layout()->activate();
    const int width = area->viewport()->width();
    const int needed = contents->hasHeightForWidth() ? contents->heightForWidth(width) : contents->sizeHint().height();
    const int missing = needed - area->viewport()->height();
    if (missing <= 0)
        return;
    int room = missing;
    if (const QScreen* shown = screen()) {
        const int frame = frameGeometry().height() - height();
        room = qMax(0, shown->availableGeometry().height() - frame - height());
    }
    resize(this->width(), height() + qMin(missing, room));
}
