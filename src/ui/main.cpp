#include "AfterFirstPaint.h"
#include "AppSession.h"
#include "KeychainSecretStore.h"
#include "FirstPaintExit.h"
#include "MainWindow.h"
#include "AppSettings.h"
#include "Languages.h"
#include "SharedStorePage.h"
#include "StorePassword.h"
#include "Database.h"
#include "StartupTrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <memory>
#include <QTimer>

namespace {
// Start-up only: the key decides between live and demo mode before the window appears. A keychain
// that does not answer within a few seconds counts as none.
QString readApiKey(SecretStore& secrets, QString* problem)
{
    QEventLoop loop;
    QString key;
    QObject context;
    secrets.read(SecretStore::apiKeyName(), &context, [&](bool found, const QString& value, const QString& error) {
        if (found)
            key = value;
        *problem = error;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, [&] {
        *problem = QApplication::translate("main", "The system keychain did not answer.");
        loop.quit();
    });
    loop.exec();
    return key;
}
} // namespace

int main(int argc, char* argv[])
{
    StartupTrace::mark("main entered");
    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QApplication::setOrganizationName(QStringLiteral("NetCode Desk"));
    QApplication::setApplicationName(QStringLiteral("netcode-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NetCode Desk"));
    QApplication::setApplicationVersion(QStringLiteral(NETCODE_DESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.netcodedesk.NetCodeDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Issue NetCodes for Codelocks and KitLock locks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Use this database file (default: the app's data folder; or set NETCODE_DESK_DATABASE)."),
        QStringLiteral("file"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("main", "Use this settings file (or set NETCODE_DESK_SETTINGS)."), QStringLiteral("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Run against the built-in simulator even if an API key is stored."));
    parser.addOptions({databaseOption, settingsOption, demoOption});
    parser.process(app);

    {
        // The desk's language from its settings, before any window is built.
        const AppSettings settings(parser.isSet(settingsOption) ? parser.value(settingsOption)
                                   : qEnvironmentVariableIsSet("NETCODE_DESK_SETTINGS") ? qEnvironmentVariable("NETCODE_DESK_SETTINGS")
                                                                                          : AppSettings::defaultPath());
        Languages::installDesk(&app, settings.uiLanguage());
    }
    StartupTrace::mark("settings read, translations installed");
    KeychainSecretStore secrets(QStringLiteral("NetCode Desk"));
    AppSession::Options options;
    options.databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                        : qEnvironmentVariable("NETCODE_DESK_DATABASE");
    options.settingsPath = parser.isSet(settingsOption) ? parser.value(settingsOption)
                                                        : qEnvironmentVariable("NETCODE_DESK_SETTINGS");
    const QString settingsFile = options.settingsPath.isEmpty() ? AppSettings::defaultPath() : options.settingsPath;
    // The shared store chosen in Settings (Shared store), if any; otherwise this PC's own file.
    const bool storeFromSettings = options.databasePath.isEmpty() && !AppSettings(settingsFile).storeAddress().isEmpty();
    if (options.databasePath.isEmpty())
        options.databasePath = AppSettings(settingsFile).storeAddress();
    options.storePassword = StorePassword::read(secrets, options.databasePath);
    options.forceDemo = parser.isSet(demoOption);
    options.secrets = &secrets;
    QString keychainProblem;
    if (!options.forceDemo)
        options.apiKey = readApiKey(secrets, &keychainProblem);

    StartupTrace::mark("keychain read");
    auto session = std::make_unique<AppSession>();
    QString error;
    const auto setIcon = [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netcode-desk.svg"))); };
    while (!session->start(options, &error)) {
        setIcon(); // the message boxes below are the first windows
        if (!storeFromSettings) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "NetCode Desk cannot start"), error);
            return 1;
        }
        // The shared store chosen in Settings cannot be used: try again, or change the choice here
        // (the window with Settings never opens without a store). Never a silent switch to this
        // PC's own file: codes issued there would be missing from the team's history.
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "NetCode Desk cannot start"),
                        error + QStringLiteral("\n\n")
                            + QApplication::translate("main", "This desk is set to use that shared store (Settings, Shared store)."));
        const QPushButton* retry = box.addButton(QApplication::translate("main", "&Try again"), QMessageBox::AcceptRole);
        const QPushButton* change = box.addButton(QApplication::translate("main", "&Change the store…"), QMessageBox::ActionRole);
        box.addButton(QApplication::translate("main", "&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != retry && box.clickedButton() != change)
            return 1;
        if (box.clickedButton() == change) {
            AppSettings settings(settingsFile);
            SharedStoreDialog dialog(settings, secrets, Database::defaultPath());
            dialog.page()->chooseSharedStore();
            if (dialog.exec() == QDialog::Accepted) {
                options.databasePath = settings.storeAddress();
                options.storePassword = StorePassword::read(secrets, options.databasePath);
            }
        }
        session = std::make_unique<AppSession>();
    }
    StartupTrace::mark("session started");
    MainWindow window(*session);
    StartupTrace::mark("main window built");
    if (!keychainProblem.isEmpty())
        window.showStartupNotice(QApplication::translate("main", "%1 — demo mode until the key can be read.")
                                     .arg(keychainProblem));
    // For the start-up benchmark: leave as soon as the main window has been painted once.
    if (qEnvironmentVariableIsSet("NETCODE_DESK_EXIT_AFTER_FIRST_PAINT") || StartupTrace::enabled())
        FirstPaintExit::install(&window, qEnvironmentVariableIsSet("NETCODE_DESK_EXIT_AFTER_FIRST_PAINT"));
    // The icon after the first paint: reading it loads the SVG image plugin, which the first look
    // at the window does not need (measured: a few per cent of start-up).
    AfterFirstPaint::run(&window, setIcon);
    window.show();
    StartupTrace::mark("window shown");
    return app.exec();
}
