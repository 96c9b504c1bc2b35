#include "LockDialog.h"
#include "StatusColours.h"

#include "DialogSeams.h"
#include "DisplayText.h"
#include "LockValidator.h"
#include "ui_LockDialog.h"

#include <QCompleter>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

LockDialog::LockDialog(const Lock& lock, const QStringList& otherNames, bool hasStoredAccessKey, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LockDialog>())
    , m_original(lock)
    , m_otherNames(otherNames)
    , m_hasStoredAccessKey(hasStoredAccessKey)
{
    m_ui->setupUi(this);
    StatusColours::styleErrorLabels(this);
    setWindowTitle(lock.id > 0 ? tr("Edit lock %1").arg(DisplayText::visible(lock.name)) : tr("Add lock"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));

    for (const auto& model : LockModelCatalogue::all())
        m_ui->modelComboBox->addItem(QStringLiteral("%1 — %2").arg(model.wireValue, model.displayName), int(model.id));
    for (NetCodeMode mode : NetCodeModes::all())
        m_ui->modeComboBox->addItem(NetCodeModes::displayName(mode), int(mode));

    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_ui->timeZoneComboBox->addItems(zones);
    m_ui->timeZoneComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->timeZoneComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_ui->nameLineEdit->setText(lock.name);
    m_ui->groupLineEdit->setText(lock.group);
    m_ui->modelComboBox->setCurrentIndex(m_ui->modelComboBox->findData(int(lock.model)));
    m_ui->timecodeLineEdit->setText(lock.timecode);
    m_ui->lockNumberLineEdit->setText(lock.lockNumber);
    m_ui->smartLockIdLineEdit->setText(lock.smartLockId);
    m_ui->timeZoneComboBox->setCurrentText(lock.timeZoneId.isEmpty()
                                               ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                               : lock.timeZoneId);
    m_ui->clockFollowsDstCheckBox->setChecked(lock.clockFollowsDst);
    m_ui->modeComboBox->setCurrentIndex(m_ui->modeComboBox->findData(int(lock.configuredMode)));
    m_ui->favouriteCheckBox->setChecked(lock.favourite);
    m_dstTouched = lock.id > 0;
    if (m_hasStoredAccessKey)
        m_ui->accessKeyLineEdit->setPlaceholderText(tr("Stored in the keychain — leave empty to keep it"));

    connect(m_ui->modelComboBox, &QComboBox::currentIndexChanged, this, &LockDialog::onModelChanged);
    connect(m_ui->clockFollowsDstCheckBox, &QCheckBox::toggled, this, [this] {
        m_dstTouched = true;
        updateClockExplanation();
    });
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->groupLineEdit, m_ui->timecodeLineEdit, m_ui->lockNumberLineEdit,
                            m_ui->smartLockIdLineEdit, m_ui->accessKeyLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_edited.insert(edit);
            validate(false);
        });
    }
    connect(m_ui->timeZoneComboBox, &QComboBox::currentTextChanged, this, [this] {
        m_edited.insert(m_ui->timeZoneComboBox);
        validate(false);
        updateClockExplanation();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LockDialog::reject);
    onModelChanged();
    m_ui->nameLineEdit->setFocus();
    // Roomy to start with; the layout keeps the minimum the fields need.
    resize(qMax(520, sizeHint().width()), sizeHint().height());
}

LockDialog::~LockDialog() = default;

void LockDialog::onModelChanged()
{
    const auto model = LockModelId(m_ui->modelComboBox->currentData().toInt());
    const auto& info = LockModelCatalogue::info(model);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->timecodeLabel), static_cast<QWidget*>(m_ui->timecodeLineEdit),
                       static_cast<QWidget*>(m_ui->lockNumberLabel), static_cast<QWidget*>(m_ui->lockNumberLineEdit)})
        w->setVisible(!info.smartLock);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->smartLockIdLabel), static_cast<QWidget*>(m_ui->smartLockIdLineEdit),
                       static_cast<QWidget*>(m_ui->accessKeyLabel), static_cast<QWidget*>(m_ui->accessKeyLineEdit)})
        w->setVisible(info.smartLock);
    if (!m_dstTouched) {
        const QSignalBlocker blocker(m_ui->clockFollowsDstCheckBox);
        m_ui->clockFollowsDstCheckBox->setChecked(info.clockFollowsDstByDefault);
    }
    updateClockExplanation();
    validate(false);
}

void LockDialog::updateClockExplanation()
{
    const bool follows = m_ui->clockFollowsDstCheckBox->isChecked();
    const QString zone = m_ui->timeZoneComboBox->currentText();
    m_ui->clockExplanationLabel->setText(
        follows ? tr("The lock's clock moves with daylight saving in %1, like a wall clock. Smart locks can be set "
                     "up this way; if codes work an hour early or late, untick this.")
                      .arg(zone)
                : tr("The lock keeps standard time all year and never changes for daylight saving (KitLocks work "
                     "this way). NetCode Desk converts for you: in summer the lock's clock is an hour behind the "
                     "wall clock."));
    fitHeight(showsErrors());
}

Lock LockDialog::lock() const
{
    Lock lock = m_original;
    lock.name = m_ui->nameLineEdit->text().trimmed();
    lock.group = m_ui->groupLineEdit->text().trimmed();
    lock.model = LockModelId(m_ui->modelComboBox->currentData().toInt());
    lock.timecode = m_ui->timecodeLineEdit->text().trimmed();
    lock.lockNumber = m_ui->lockNumberLineEdit->text().trimmed();
    lock.smartLockId = m_ui->smartLockIdLineEdit->text().trimmed().toLower();
    lock.timeZoneId = m_ui->timeZoneComboBox->currentText().trimmed();
    lock.clockFollowsDst = m_ui->clockFollowsDstCheckBox->isChecked();
    lock.configuredMode = NetCodeMode(m_ui->modeComboBox->currentData().toInt());
    lock.favourite = m_ui->favouriteCheckBox->isChecked();
    if (lock.isSmartLock() && lock.accessKeyRef.isEmpty())
        lock.accessKeyRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return lock;
}

QString LockDialog::accessKey() const
{
    return m_ui->accessKeyLineEdit->text().trimmed();
}

QLabel* LockDialog::errorLabelFor(LockField field) const
{
    switch (field) {
    case LockField::Name: return m_ui->nameErrorLabel;
    case LockField::Group: return m_ui->groupErrorLabel;
    case LockField::Timecode: return m_ui->timecodeErrorLabel;
    case LockField::LockNumber: return m_ui->lockNumberErrorLabel;
    case LockField::SmartLockId: return m_ui->smartLockIdErrorLabel;
    case LockField::AccessKey: return m_ui->accessKeyErrorLabel;
    case LockField::TimeZone: return m_ui->timeZoneErrorLabel;
    }
    return nullptr;
}

QWidget* LockDialog::editorFor(LockField field) const
{
    switch (field) {
    case LockField::Name: return m_ui->nameLineEdit;
    case LockField::Group: return m_ui->groupLineEdit;
    case LockField::Timecode: return m_ui->timecodeLineEdit;
    case LockField::LockNumber: return m_ui->lockNumberLineEdit;
    case LockField::SmartLockId: return m_ui->smartLockIdLineEdit;
    case LockField::AccessKey: return m_ui->accessKeyLineEdit;
    case LockField::TimeZone: return m_ui->timeZoneComboBox;
    }
    return nullptr;
}

QLabel* LockDialog::labelFor(LockField field) const
{
    switch (field) {
    case LockField::Name: return m_ui->nameLabel;
    case LockField::Group: return m_ui->groupLabel;
    case LockField::Timecode: return m_ui->timecodeLabel;
    case LockField::LockNumber: return m_ui->lockNumberLabel;
    case LockField::SmartLockId: return m_ui->smartLockIdLabel;
    case LockField::AccessKey: return m_ui->accessKeyLabel;
    case LockField::TimeZone: return m_ui->timeZoneLabel;
    }
    return nullptr;
}

bool LockDialog::showsErrors() const
{
    for (int i = 0; i < m_ui->errorLayout->count(); ++i) {
        if (QWidget* label = m_ui->errorLayout->itemAt(i)->widget(); label && label->isVisibleTo(this))
            return true;
    }
    return false;
}

bool LockDialog::validate(bool showAll)
{
    const bool hadErrors = showsErrors();
    if (!hadErrors && isVisible())
        m_heightWithoutErrors = height();
    const Lock candidate = lock();
    // An already stored access key counts as given.
    const QString key = accessKey().isEmpty() && m_hasStoredAccessKey ? QStringLiteral("stored") : accessKey();
    const QList<LockFieldError> errors = LockValidator::validate(candidate, m_otherNames, key);
    for (LockField field : {LockField::Name, LockField::Group, LockField::Timecode, LockField::LockNumber,
                            LockField::SmartLockId, LockField::AccessKey, LockField::TimeZone}) {
        QLabel* label = errorLabelFor(field);
        QWidget* editor = editorFor(field);
        QString message;
        for (const auto& error : errors) {
            if (error.field == field)
                message = error.message;
        }
        const bool show = !message.isEmpty() && (showAll || m_edited.contains(editor));
        // Under the form, away from its field: the line names the field it is about.
        QString fieldName = labelFor(field)->text();
        fieldName.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        label->setText(message.isEmpty() ? QString() : fieldName + QLatin1Char(' ') + message);
        label->setVisible(show);
        editor->setAccessibleDescription(show ? message : QString());
    }
    fitHeight(hadErrors);
    if (showAll && !errors.isEmpty()) {
        if (QWidget* first = editorFor(errors.first().field))
            first->setFocus();
    }
    return errors.isEmpty();
}

void LockDialog::fitHeight(bool hadErrors)
{
    // Messages appear and wrap as the user types: grow so none is cut off. The form sits above
    // them and the spare room below them, so growing moves nothing the user may be aiming at.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < wanted) {
        resize(width(), wanted);
    } else if (hadErrors && !showsErrors() && m_heightWithoutErrors > 0) {
        // The errors are gone: give their room back, down to the height the dialog had before.
        resize(width(), qMax(wanted, m_heightWithoutErrors));
    }
}

void LockDialog::accept()
{
    if (!validate(true))
        return;
    const NetCodeMode mode = NetCodeMode(m_ui->modeComboBox->currentData().toInt());
    if (m_original.id > 0 && mode != m_original.configuredMode) {
        // Switching a lock's mode on the lock kills codes of the old mode already handed out.
        const auto answer = MessageBox::question(
            this, tr("Change NetCode mode"),
            tr("Change %1 from \"%2\" to \"%3\"?\n\nOnly do this after the lock itself has been switched. Codes "
               "already issued in the old mode will stop working on the lock.")
                .arg(DisplayText::visible(m_original.name), NetCodeModes::displayName(m_original.configuredMode), NetCodeModes::displayName(mode)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_ui->modeComboBox->setFocus();
            return;
        }
    }
    QDialog::accept();
}
