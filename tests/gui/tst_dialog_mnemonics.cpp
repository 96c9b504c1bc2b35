#include "AppSession.h"
#include "AppSettings.h"
#include "BatchIssueDialog.h"
#include "DemoSessionFixture.h"
#include "Languages.h"
#include "LockDialog.h"
#include "MnemonicClashes.h"
#include "SettingsDialog.h"

#include <QLocale>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// Every dialog, in every language, gives each Alt+letter to one place only.
class TestDialogMnemonics final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    QTemporaryDir m_dir;

    static void check(QWidget* dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // For looking at each dialog in each language: NETCODE_SCREENSHOT_DIR=/some/dir.
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, QString::fromLatin1(dialog->metaObject()->className()),
                                                                   QLocale().name()));
        const QStringList clashes = mnemonicClashes(dialog, true);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.start().isEmpty()); }
    void cleanupTestCase() { m_fixture.stop(); }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto& [code, name] : Languages::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void dialogs()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        {
            Lock lock;
            lock.timeZoneId = QStringLiteral("Europe/London");
            LockDialog dialog(lock, {}, false);
            check(&dialog);
        }
        {
            AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
            SettingsDialog dialog(settings, m_fixture.session->site(), QStringLiteral("Manager"), true);
            // Each page on its own: a hidden page's fields take no Alt+letter.
            auto* pages = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
            QVERIFY(pages && pages->count() >= 2);
            for (int i = 0; i < pages->count(); ++i) {
                pages->setCurrentIndex(i);
                check(&dialog);
            }
        }
        {
            BatchIssueDialog dialog(*m_fixture.session);
            check(&dialog);
        }
    }
};

QTEST_MAIN(TestDialogMnemonics)
#include "tst_dialog_mnemonics.moc"
