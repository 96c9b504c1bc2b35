#include "StaffDialog.h"

#include "AppSession.h"
#include "DisplayText.h"
#include "SignIn.h"
#include "StaffAdmin.h"
#include "StaffRepository.h"
#include "StatusColours.h"
#include "TimeText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

StaffDialog::StaffDialog(AppSession& session, bool firstManager, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_firstManager(firstManager)
    , m_table(new QTableWidget(0, 4, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_dbLogin(new QLineEdit(this))
    , m_dbLoginLabel(nullptr)
    , m_message(new QLabel(this))
    , m_addButton(new QPushButton(firstManager ? tr("&Create manager") : tr("&Add person"), this))
    , m_roleButton(new QPushButton(tr("Change &role"), this))
    , m_resetButton(new QPushButton(tr("Set new &PIN"), this))
    , m_activeButton(new QPushButton(tr("&Deactivate"), this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(firstManager ? tr("Create the first manager") : tr("Staff"));
    m_table->setObjectName(QStringLiteral("staffTableWidget"));
    m_name->setObjectName(QStringLiteral("staffNameLineEdit"));
    m_role->setObjectName(QStringLiteral("staffRoleComboBox"));
    m_secret->setObjectName(QStringLiteral("staffSecretLineEdit"));
    m_repeat->setObjectName(QStringLiteral("staffRepeatLineEdit"));
    m_dbLogin->setObjectName(QStringLiteral("staffDbLoginLineEdit"));
    m_message->setObjectName(QStringLiteral("staffErrorLabel"));
    m_addButton->setObjectName(QStringLiteral("staffAddPushButton"));
    m_roleButton->setObjectName(QStringLiteral("staffRolePushButton"));
    m_resetButton->setObjectName(QStringLiteral("staffResetPushButton"));
    m_activeButton->setObjectName(QStringLiteral("staffActivePushButton"));
    m_name->setAccessibleName(tr("Name"));
    m_role->setAccessibleName(tr("Role"));
    m_secret->setAccessibleName(tr("PIN or password"));
    m_repeat->setAccessibleName(tr("PIN or password again"));
    m_dbLogin->setAccessibleName(tr("Database login"));
    m_table->setAccessibleName(tr("Staff"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_name->setMaxLength(80);
    m_role->addItem(StaffRole::roleLabel(StaffRole::Role::Desk), QStringLiteral("desk"));
    m_role->addItem(StaffRole::roleLabel(StaffRole::Role::Manager), QStringLiteral("manager"));
    if (firstManager) {
        m_role->setCurrentIndex(1);
        m_role->setEnabled(false);
    }
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status"), tr("Database login")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* formBox = new QGroupBox(firstManager ? tr("The first manager")
                                               : tr("Add a person, or type a new PIN for the person selected above"),
                                  this);
    auto* form = new QFormLayout(formBox);
    form->addRow(buddyLabel(tr("&Name:"), m_name, this), m_name);
    form->addRow(buddyLabel(tr("R&ole:"), m_role, this), m_role);
    form->addRow(buddyLabel(tr("PIN or pass&word:"), m_secret, this), m_secret);
    form->addRow(buddyLabel(tr("Again (&to check):"), m_repeat, this), m_repeat);
    m_dbLoginLabel = buddyLabel(tr("Database &login:"), m_dbLogin, this);
    form->addRow(m_dbLoginLabel, m_dbLogin);
    auto* hint = new QLabel(tr("A PIN has 4 to 12 digits; a password at least 8 characters."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_addButton);
    const bool shared = m_session.database().isShared();
    m_table->setColumnHidden(3, !shared); // database logins exist only on a shared store
    m_dbLogin->setToolTip(tr("On a shared store, a manager's own database login; their password there is the same "
                             "as their password here."));
    auto showLogin = [this, shared] {
        const bool visible = shared && m_role->currentData().toString() == QLatin1String("manager");
        m_dbLogin->setVisible(visible);
        m_dbLoginLabel->setVisible(visible);
    };
    showLogin();
    connect(m_role, &QComboBox::currentIndexChanged, this, showLogin);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (!firstManager) {
        // Made here only: a layout never added to another would be nobody's to delete.
        auto* rowButtons = new QHBoxLayout;
        rowButtons->addWidget(m_roleButton);
        rowButtons->addWidget(m_resetButton);
        rowButtons->addWidget(m_activeButton);
        rowButtons->addStretch(1);
        layout->addWidget(m_table, 1);
        layout->addLayout(rowButtons);
    } else {
        m_table->hide();
        m_roleButton->hide();
        m_resetButton->hide();
        m_activeButton->hide();
        auto* intro = new QLabel(tr("With sign-in on, everyone signs in at the desk, and only a manager can change locks, "
                                    "settings and staff. Create the first manager now: you."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(formBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    StatusColours::styleErrorLabels(this);
    resize(firstManager ? 460 : 620, firstManager ? 360 : 560);

    connect(m_addButton, &QPushButton::clicked, this, &StaffDialog::add);
    connect(m_roleButton, &QPushButton::clicked, this, &StaffDialog::changeRole);
    connect(m_resetButton, &QPushButton::clicked, this, &StaffDialog::resetSecret);
    connect(m_activeButton, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffDialog::updateButtons);
    reload();
    m_name->setFocus(Qt::OtherFocusReason);
}

void StaffDialog::reload(qint64 selectId)
{
    const QList<StaffMember> members = m_session.staff().all();
    m_table->setRowCount(int(members.size()));
    int selectRow = -1;
    for (int row = 0; row < members.size(); ++row) {
        const StaffMember& m = members.at(row);
        // QTableWidgetItem shows text as it is: a name is never read as markup.
        auto* name = new QTableWidgetItem(DisplayText::visible(m.name));
        name->setData(Qt::UserRole, m.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(StaffRole::roleLabel(m.role)));
        const bool locked = m.lockedUntilUtc.isValid() && m.lockedUntilUtc > m_session.clock().nowUtc();
        m_table->setItem(row, 2, new QTableWidgetItem(
                                     !m.active ? tr("Deactivated")
                                     : locked  ? tr("Locked until %1").arg(TimeText::time(m.lockedUntilUtc.toTimeZone(m_session.deskZone())))
                                               : tr("Active")));
        m_table->setItem(row, 3, new QTableWidgetItem(DisplayText::visible(m.dbLogin)));
        if (m.id == selectId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    updateButtons();
}

qint64 StaffDialog::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.constFirst().row(), 0)->data(Qt::UserRole).toLongLong();
}

void StaffDialog::updateButtons()
{
    const qint64 id = selectedId();
    StaffMember member;
    const bool found = id > 0 && m_session.staff().find(id, &member);
    m_roleButton->setEnabled(found && member.active);
    m_resetButton->setEnabled(found && member.active);
    m_activeButton->setEnabled(found);
    m_activeButton->setText(found && !member.active ? tr("R&eactivate") : tr("&Deactivate"));
    // Nobody (active) selected: the button's plain name, not what it said for the last person.
    m_roleButton->setText(!found || !member.active                  ? tr("Change &role")
                          : member.role == StaffRole::Role::Manager ? tr("Make d&esk user")
                                                                    : tr("Make &manager"));
}

bool StaffDialog::readSecret(QString* secret)
{
    if (m_secret->text() != m_repeat->text()) {
        report(false, tr("The two PINs or passwords differ. Type them again."));
        m_secret->clear();
        m_repeat->clear();
        m_secret->setFocus(Qt::OtherFocusReason);
        return false;
    }
    *secret = m_secret->text();
    return true;
}

void StaffDialog::report(bool ok, const QString& text)
{
    if (ok)
        m_message->setStyleSheet(QString());
    else
        StatusColours::styleErrorLabels(this);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void StaffDialog::add()
{
    QString secret;
    if (!readSecret(&secret))
        return;
    StaffRole::Role role = StaffRole::Role::Desk;
    StaffRole::parseRole(m_role->currentData().toString(), &role);
    StaffMember added;
    StaffAdmin& admin = m_session.staffAdmin();
    if (!admin.add(m_name->text(), role, secret, m_dbLogin->isVisible() ? m_dbLogin->text() : QString(), &added)) {
        report(false, admin.errorText());
        return;
    }
    m_secret->clear();
    m_repeat->clear();
    m_name->clear();
    m_dbLogin->clear();
    report(true, tr("%1 added as %2.").arg(DisplayText::visible(added.name), StaffRole::roleLabel(added.role)));
    reload(added.id);
    emit staffChanged();
    if (m_firstManager)
        accept();
}

void StaffDialog::changeRole()
{
    StaffMember member;
    if (!m_session.staff().find(selectedId(), &member))
        return;
    const StaffRole::Role role = member.role == StaffRole::Role::Manager ? StaffRole::Role::Desk : StaffRole::Role::Manager;
    StaffAdmin& admin = m_session.staffAdmin();
    const bool ok = admin.changeRole(member.id, role);
    report(ok, ok ? tr("%1 is now: %2.").arg(DisplayText::visible(member.name), StaffRole::roleLabel(role)) : admin.errorText());
    reload(member.id);
    if (ok)
        emit staffChanged();
}

void StaffDialog::resetSecret()
{
    StaffMember member;
    if (!m_session.staff().find(selectedId(), &member))
        return;
    if (m_secret->text().isEmpty()) {
        report(false, tr("Type the new PIN or password for %1 twice in the fields below, then choose Set new PIN.")
                          .arg(DisplayText::visible(member.name)));
        m_secret->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString secret;
    if (!readSecret(&secret))
        return;
    StaffAdmin& admin = m_session.staffAdmin();
    const bool ok = admin.resetSecret(member.id, secret);
    if (ok) {
        m_secret->clear();
        m_repeat->clear();
    }
    report(ok, ok ? tr("New PIN or password set for %1; a lock-out is lifted.").arg(DisplayText::visible(member.name)) : admin.errorText());
    reload(member.id);
    if (ok)
        emit staffChanged();
}

void StaffDialog::toggleActive()
{
    StaffMember member;
    if (!m_session.staff().find(selectedId(), &member))
        return;
    StaffAdmin& admin = m_session.staffAdmin();
    const bool ok = member.active ? admin.deactivate(member.id) : admin.reactivate(member.id);
    report(ok, ok ? (member.active ? tr("%1 deactivated: they can no longer sign in. Their history stays.").arg(DisplayText::visible(member.name))
                                   : tr("%1 can sign in again.").arg(DisplayText::visible(member.name)))
                  : admin.errorText());
    reload(member.id);
    if (ok)
        emit staffChanged();
}
