#include "SharedStorePage.h"

#include "AppSettings.h"
#include "Database.h"
#include "DemoData.h"
#include "DialogSeams.h"
#include "Migrations.h"
#include "SecretStore.h"
#include "StoreAddress.h"
#include "StoreImport.h"
#include "StorePassword.h"
#include "StoreSetup.h"
#include "StatusColours.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSysInfo>
#include <QThread>
#include <QVBoxLayout>

namespace {
// Runs `work` on a thread of its own and hands its result to `done` on the UI thread, unless
// `receiver` is gone by then. A server that does not answer costs seconds (libpq's connect
// timeout, the statement timeout), never the window.
template <typename Result>
void offThread(QObject* receiver, std::function<Result()> work, std::function<void(const Result&)> done)
{
    const QPointer<QObject> guard(receiver);
    QThread* thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        const Result result = work();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString roleText(const StoreSetup::Status& status)
{
    if (status.role == QLatin1String("admin"))
        return QCoreApplication::translate("SharedStorePage", "the server's administrator");
    if (status.role == QLatin1String("owner"))
        return QCoreApplication::translate("SharedStorePage", "the store's owner (for setting up only)");
    if (status.role == QLatin1String("manager"))
        return QCoreApplication::translate("SharedStorePage", "manager");
    if (status.role == QLatin1String("desk"))
        return QCoreApplication::translate("SharedStorePage", "desk");
    return {};
}
} // namespace

SharedStorePage::SharedStorePage(AppSettings& settings, SecretStore& secrets, const QString& currentDatabase, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_currentDatabase(currentDatabase)
    , m_oneDesk(new QRadioButton(tr("&One desk: codes and locks in a file on this computer"), this))
    , m_shared(new QRadioButton(tr("S&hared store: every desk of the site uses one PostgreSQL database"), this))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_setUp(new QPushButton(tr("Set &up this store"), this))
    , m_moveIn(new QPushButton(tr("&Move this desk's history in"), this))
    , m_result(new QLabel(this))
    , m_oneDeskNote(new QLabel(this))
{
    setObjectName(QStringLiteral("sharedStorePage"));
    m_oneDesk->setObjectName(QStringLiteral("oneDeskRadio"));
    m_shared->setObjectName(QStringLiteral("sharedStoreRadio"));
    m_address->setObjectName(QStringLiteral("storeAddressLineEdit"));
    m_password->setObjectName(QStringLiteral("storePasswordLineEdit"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_setUp->setObjectName(QStringLiteral("setUpStoreButton"));
    m_moveIn->setObjectName(QStringLiteral("moveInButton"));
    m_result->setObjectName(QStringLiteral("storeResultLabel"));

    auto* group = new QButtonGroup(this);
    group->addButton(m_oneDesk);
    group->addButton(m_shared);

    const bool fileNow = !StoreAddress::isShared(currentDatabase);
    m_oneDeskNote->setText(fileNow ? tr("This desk's file: %1").arg(QDir::toNativeSeparators(currentDatabase))
                                   : tr("A file in NetCode Desk's data folder on this computer."));
    m_oneDeskNote->setWordWrap(true);
    m_oneDeskNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_oneDeskNote->setContentsMargins(24, 0, 0, 0);

    m_address->setPlaceholderText(QStringLiteral("postgresql://desk1@server.example/netcode"));
    m_address->setAccessibleName(tr("Shared store address"));
    m_address->setClearButtonEnabled(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Login password"));
    m_password->setPlaceholderText(tr("Kept in this computer's keychain, never in a file"));

    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    auto* addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto* passwordLabel = new QLabel(tr("Login &password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(addressLabel, m_address);
    form->addRow(passwordLabel, m_password);
    auto* addressHelp = new QLabel(tr("The address your manager gave you: postgresql://LOGIN@SERVER/DATABASE (add :PORT "
                                      "after the server when it is not 5432)."),
                                   this);
    addressHelp->setWordWrap(true);
    form->addRow(QString(), addressHelp);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 0, 0, 0);
    buttons->addWidget(m_test);
    buttons->addWidget(m_setUp);
    buttons->addWidget(m_moveIn);
    buttons->addStretch();
    m_setUp->setToolTip(tr("Creates the store's roles and tables, or updates them for this version. Needs a login "
                           "that may create roles (the server's administrator). Running it again changes nothing."));
    m_moveIn->setToolTip(tr("Copies the codes, locks and request counts of this computer's file into the shared store. "
                            "Needs a manager's login. Running it again adds nothing twice."));

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* restart = new QLabel(tr("NetCode Desk uses the chosen store from its next start."), this);
    restart->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Where this desk keeps its codes</b>"), this);
    layout->addWidget(heading);
    layout->addWidget(m_oneDesk);
    layout->addWidget(m_oneDeskNote);
    layout->addWidget(m_shared);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(restart);
    layout->addStretch();

    const QString saved = settings.storeAddress();
    const QString shown = !saved.isEmpty() ? saved : (fileNow ? QString() : currentDatabase);
    m_address->setText(shown);
    (shown.isEmpty() ? m_oneDesk : m_shared)->setChecked(true);

    connect(m_oneDesk, &QRadioButton::toggled, this, &SharedStorePage::updateEnabled);
    connect(m_shared, &QRadioButton::clicked, m_address, qOverload<>(&QWidget::setFocus));
    connect(m_address, &QLineEdit::textChanged, this, &SharedStorePage::updateEnabled);
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        // A password typed into the address goes to the password field (and from there to the
        // keychain), never into the settings file.
        StoreAddress parsed;
        QString ignored;
        if (StoreAddress::parse(m_address->text(), &parsed, &ignored) && !parsed.password.isEmpty()) {
            m_password->setText(parsed.password);
            m_address->setText(parsed.display());
        }
        lookForStoredPassword();
    });
    connect(m_test, &QPushButton::clicked, this, &SharedStorePage::testConnection);
    connect(m_setUp, &QPushButton::clicked, this, &SharedStorePage::setUpStore);
    connect(m_moveIn, &QPushButton::clicked, this, &SharedStorePage::moveIn);
    updateEnabled();
    lookForStoredPassword();
}

void SharedStorePage::chooseSharedStore()
{
    m_shared->setChecked(true);
    m_address->setFocus();
}

QString SharedStorePage::resultText() const
{
    return m_result->text();
}

void SharedStorePage::updateEnabled()
{
    const bool shared = m_shared->isChecked();
    const bool hasAddress = !m_address->text().trimmed().isEmpty();
    m_address->setEnabled(shared && !m_busy);
    m_password->setEnabled(shared && !m_busy);
    m_test->setEnabled(shared && hasAddress && !m_busy);
    m_setUp->setEnabled(shared && hasAddress && !m_busy);
    // Only a desk that still keeps its own file has history to move in.
    const bool ownFile = !StoreAddress::isShared(m_currentDatabase) && QFileInfo::exists(m_currentDatabase);
    m_moveIn->setEnabled(shared && hasAddress && ownFile && !m_busy);
}

void SharedStorePage::lookForStoredPassword()
{
    const QString key = StorePassword::keyFor(m_address->text().trimmed());
    if (key.isEmpty())
        return;
    m_secrets.read(key, this, [this](bool found, const QString&, const QString&) {
        m_password->setPlaceholderText(found ? tr("A password is stored in the keychain — type a new one to replace it")
                                             : tr("Kept in this computer's keychain, never in a file"));
    });
}

void SharedStorePage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    if (busy)
        m_result->setText(what);
    updateEnabled();
    emit busyChanged(busy);
}

void SharedStorePage::showResult(const Outcome& outcome)
{
    setBusy(false);
    m_result->setText(outcome.text);
    m_result->setProperty("problem", !outcome.ok);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, outcome.ok ? QApplication::palette().color(QPalette::WindowText)
                                                      : StatusColours::problem(QApplication::palette()));
    m_result->setPalette(palette);
}

QString SharedStorePage::checkedAddress(QString* error) const
{
    StoreAddress parsed;
    const QString text = m_address->text().trimmed();
    if (!StoreAddress::parse(text, &parsed, error))
        return {};
    return text;
}

void SharedStorePage::withPassword(const QString& url, std::function<Outcome(const QString&, const QString&)> work)
{
    const auto start = [this, url, work](const QString& password) {
        offThread<Outcome>(
            this, [url, password, work] { return work(url, password); }, [this](const Outcome& outcome) { showResult(outcome); });
    };
    if (!m_password->text().isEmpty()) {
        start(m_password->text());
        return;
    }
    // Nothing typed: the keychain's, or libpq's own PGPASSWORD / ~/.pgpass.
    m_secrets.read(StorePassword::keyFor(url), this, [start](bool found, const QString& value, const QString&) {
        start(found ? value : QString());
    });
}

void SharedStorePage::testConnection()
{
    QString error;
    const QString url = checkedAddress(&error);
    if (url.isEmpty()) {
        showResult({false, error});
        return;
    }
    setBusy(true, tr("Connecting…"));
    withPassword(url, [](const QString& url, const QString& password) {
        Database db;
        Database::StartOptions options;
        options.password = password;
        options.connectOnly = true;
        if (!db.open(url, options))
            return Outcome{false, db.errorText()};
        QSqlDatabase connection = db.connection();
        StoreSetup::Status status;
        QString error;
        if (!StoreSetup::status(connection, &status, &error))
            return Outcome{false, error};
        const QString where = db.path();
        if (status.version == 0)
            return Outcome{false, tr("Connected to %1 as %2, but this database holds no NetCode Desk store yet. The "
                                     "server's administrator sets it up with \"Set up this store\".")
                                      .arg(where, status.login)};
        if (status.version > Migrations::latestVersion())
            return Outcome{false, tr("Connected, but this store was set up by a newer version of NetCode Desk (schema "
                                     "%1; this version knows up to %2). Update NetCode Desk on this computer.")
                                      .arg(status.version)
                                      .arg(Migrations::latestVersion())};
        const QString role = roleText(status);
        if (role.isEmpty())
            return Outcome{false, tr("Connected to %1 as %2, but this login has no NetCode Desk role yet. The "
                                     "administrator runs: netcode-desk-cli store grant %2 --role desk")
                                      .arg(where, status.login)};
        QString text = tr("Connected to %1 as %2 (role: %3). Store schema %4.")
                           .arg(where, status.login, role)
                           .arg(status.version);
        if (status.version < Migrations::latestVersion())
            text += QLatin1Char(' ') + tr("It must be updated for this version: \"Set up this store\", by the administrator.");
        return Outcome{true, text};
    });
}

void SharedStorePage::setUpStore()
{
    QString error;
    const QString url = checkedAddress(&error);
    if (url.isEmpty()) {
        showResult({false, error});
        return;
    }
    setBusy(true, tr("Setting up the store…"));
    withPassword(url, [](const QString& url, const QString& password) {
        Database db;
        Database::StartOptions options;
        options.password = password;
        options.connectOnly = true;
        if (!db.open(url, options))
            return Outcome{false, db.errorText()};
        QSqlDatabase connection = db.connection();
        StoreSetup::InitReport report;
        QString error;
        if (!StoreSetup::init(connection, &report, &error))
            return Outcome{false, error};
        if (report.changes.isEmpty())
            return Outcome{true, tr("The store %1 is already set up (schema %2); nothing was changed.")
                                     .arg(db.path())
                                     .arg(report.versionAfter)};
        return Outcome{true, tr("The store %1 is set up (schema %2):").arg(db.path()).arg(report.versionAfter)
                                 + QLatin1Char('\n') + report.changes.join(QLatin1Char('\n')) + QLatin1Char('\n')
                                 + (report.notes.isEmpty() ? QString() : report.notes.join(QLatin1Char('\n')) + QLatin1Char('\n'))
                                 + tr("Next, give each desk and each manager a login (createuser --pwprompt NAME) and "
                                      "its role: netcode-desk-cli store grant NAME --role desk|manager.")};
    });
}

void SharedStorePage::moveIn()
{
    QString error;
    const QString url = checkedAddress(&error);
    if (url.isEmpty()) {
        showResult({false, error});
        return;
    }
    const QString file = m_currentDatabase;
    const auto answer = MessageBox::question(
        this, tr("Move this desk's history in"),
        tr("Copy the codes, locks and request counts of this computer's file\n%1\ninto the shared store %2?\n\nThe file "
           "stays as it is. Locks the store already has (by name) are kept as they are; running this again adds "
           "nothing twice.")
            .arg(QDir::toNativeSeparators(file), StoreAddress::isShared(url) ? m_address->text().trimmed() : url),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true, tr("Moving this desk's history in…"));
    withPassword(url, [file](const QString& url, const QString& password) {
        Database db;
        Database::StartOptions options;
        options.password = password;
        if (!db.open(url, options))
            return Outcome{false, db.errorText()};
        QSqlDatabase connection = db.connection();
        StoreImport::Options moving;
        moving.demoLocks = DemoData::sampleLocks(QStringLiteral("UTC")); // matched by model and ids
        moving.actor = tr("(Settings at %1) %2").arg(QSysInfo::machineHostName(), db.loginName());
        StoreImport::Report report;
        QString error;
        if (!StoreImport::importSqlite(file, connection, moving, &report, &error))
            return Outcome{false, error};
        QString text = tr("Moved in: %n code(s) added", nullptr, report.codes) + QStringLiteral(", ")
                       + tr("%n already there", nullptr, report.codesAlready) + QStringLiteral("; ")
                       + tr("%n lock(s) added", nullptr, report.locks) + QStringLiteral(", ")
                       + tr("%n already there", nullptr, report.locksAlready) + QLatin1Char('.');
        if (report.inDoubt > 0)
            text += QLatin1Char(' ')
                    + tr("%n code(s) were still being issued in the file and are now in doubt (History, In doubt).",
                         nullptr, report.inDoubt);
        if (report.demoLocks > 0 || report.demoCodes > 0)
            text += QLatin1Char(' ')
                    + tr("Left behind from demo mode: %1 sample lock(s) and %2 demo code(s).")
                          .arg(report.demoLocks)
                          .arg(report.demoCodes);
        return Outcome{true, text};
    });
}

bool SharedStorePage::save()
{
    if (!m_shared->isChecked()) {
        m_settings.setStoreAddress(QString());
        m_settings.sync();
        return true;
    }
    QString error;
    const QString url = checkedAddress(&error);
    if (url.isEmpty()) {
        showResult({false, error});
        m_address->setFocus();
        return false;
    }
    StoreAddress parsed;
    StoreAddress::parse(url, &parsed, &error);
    const QString password = !m_password->text().isEmpty() ? m_password->text() : parsed.password;
    m_settings.setStoreAddress(url); // without any password
    m_settings.sync();
    if (!password.isEmpty()) {
        // The application object outlives the dialog: the keychain finishes writing after it closes.
        m_secrets.write(parsed.credentialKey(), password, qApp, [](bool persisted, const QString& note) {
            if (!persisted && !note.isEmpty())
                MessageBox::warning(nullptr, QCoreApplication::translate("SharedStorePage", "Login password"), note);
        });
    }
    return true;
}

SharedStoreDialog::SharedStoreDialog(AppSettings& settings, SecretStore& secrets, const QString& currentDatabase,
                                     QWidget* parent)
    : QDialog(parent)
    , m_page(new SharedStorePage(settings, secrets, currentDatabase, this))
{
    setWindowTitle(tr("Shared store"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SharedStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SharedStoreDialog::reject);
    resize(720, sizeHint().height());
}

void SharedStoreDialog::accept()
{
    if (m_page->save())
        QDialog::accept();
}
