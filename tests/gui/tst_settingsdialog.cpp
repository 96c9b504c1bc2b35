#include "ActionRegistry.h"
#include "AppSession.h"
#include "CodelocksClient.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString kKey = QStringLiteral("AbCdEfGhIj0123456789KlMnOpQrSt0123456789");
}

// The manager's settings: the key goes to the secret store only, and switches the desk between demo
// and live mode.
class TestSettingsDialog final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_settingsPath;
    QString m_databasePath;
    MemorySecretStore m_secrets;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    // Opens Settings from the menu action and runs `fill` inside the modal dialog.
    void withSettings(const std::function<void(SettingsDialog*)>& fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
        m_window->actions().settings->trigger();
    }

    static void save(SettingsDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        m_settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        m_databasePath = m_dir.filePath(QStringLiteral("db.sqlite"));
        QSettings(m_settingsPath, QSettings::IniFormat).setValue(QStringLiteral("desk/firstRunDone"), true);
        AppSession::Options options;
        options.databasePath = m_databasePath;
        options.settingsPath = m_settingsPath;
        options.secrets = &m_secrets;
        m_session = std::make_unique<AppSession>();
        QString error;
        QVERIFY2(m_session->start(options, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(m_session->isDemo());
    }

    void badKeyAndInsecureHostAreRefused()
    {
        bool stillOpen = false;
        QString keyError;
        QString hostError;
        withSettings([&](SettingsDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyLineEdit")), QStringLiteral("short1"));
            auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("apiHostLineEdit"));
            host->selectAll();
            QTest::keyClicks(host, QStringLiteral("http://api-connect.codelocks.io"));
            save(dialog);
            stillOpen = dialog->isVisible();
            keyError = dialog->findChild<QLabel*>(QStringLiteral("apiKeyErrorLabel"))->text();
            hostError = dialog->findChild<QLabel*>(QStringLiteral("apiHostErrorLabel"))->text();
            dialog->reject();
        });
        QVERIFY(stillOpen);
        QVERIFY2(keyError.contains(QLatin1String("40")), qPrintable(keyError));
        QVERIFY(keyError.contains(QLatin1String("6")));
        QVERIFY2(hostError.contains(QLatin1String("https://")), qPrintable(hostError));
        QVERIFY(m_session->isDemo());
    }

    void aValidKeyGoesToTheSecretStoreOnlyAndLeavesDemoMode()
    {
        withSettings([&](SettingsDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyLineEdit")), kKey);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("propertyNameLineEdit")),
                             QStringLiteral("Harbour View Hotel"));
            save(dialog);
        });
        QTRY_VERIFY(!m_session->isDemo());
        QVERIFY(m_secrets.contains(SecretStore::apiKeyName()));
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("demoBannerLabel"))->isVisible());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text().contains(QLatin1String("api-connect.codelocks.io")));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("requestsLabel"))->text().contains(QLatin1String("this month")));
        QCOMPARE(m_session->client().endpoint().host, QUrl(QStringLiteral("https://api-connect.codelocks.io")));
        QCOMPARE(m_session->site().propertyName(), QStringLiteral("Harbour View Hotel"));
        QVERIFY(!m_window->windowTitle().contains(QLatin1String("DEMO")));

        // The key is in no file the app wrote.
        m_session->settings().sync();
        for (const QString& path : {m_settingsPath, m_databasePath, m_databasePath + QStringLiteral("-wal")}) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains(kKey.toLatin1()), qPrintable(path));
        }
    }

    void forgettingTheKeyReturnsToDemoMode()
    {
        withSettings([&](SettingsDialog* dialog) {
            auto* forget = dialog->findChild<QPushButton*>(QStringLiteral("forgetKeyPushButton"));
            QVERIFY(forget->isVisible());
            forget->click();
            save(dialog);
        });
        QTRY_VERIFY(m_session->isDemo());
        QVERIFY(!m_secrets.contains(SecretStore::apiKeyName()));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("demoBannerLabel"))->isVisible());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
