// Settings, Shared store: testing the connection against a real PostgreSQL (a desk login over TCP
// with its password), setting a store up, moving this desk's file in, saving the choice without
// the password, and the first-run question "one desk or a team?" leading to the same page.
#include "AppSettings.h"
#include "Database.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "MainWindow.h"
#include "Migrations.h"
#include "RequireChild.h"
#include "SettingsDialog.h"
#include "SharedStorePage.h"
#include "SharedTestStore.h"
#include "StoreAddress.h"
#include "StorePassword.h"
#include "StoreSetup.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("front desk 1");

QString databaseOf(const QString& url)
{
    return QUrl(url).path().mid(1);
}

QString tcpUrl(const QString& url, const QString& login)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login).arg(SharedTestStore::tcpPort()).arg(databaseOf(url));
}
} // namespace

class TestSharedStorePage final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsFiles = 0;

    QString newSettings()
    {
        return m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_settingsFiles));
    }

    template <typename T>
    static T* child(QWidget* root, const char* name)
    {
        return requireChild<T>(root, name);
    }

    // A store set up by the administrator and a desk login with a password.
    bool storeWithDesk(const QString& url, QString* desk, QString* error)
    {
        Database admin;
        Database::StartOptions options;
        options.connectOnly = true;
        if (!admin.open(url, options)) {
            *error = admin.errorText();
            return false;
        }
        QSqlDatabase db = admin.connection();
        StoreSetup::InitReport report;
        if (!StoreSetup::init(db, &report, error))
            return false;
        *desk = QStringLiteral("desk_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        if (!SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                         {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(*desk, kPassword)}, error))
            return false;
        QStringList changes;
        return StoreSetup::grant(db, *desk, StoreSetup::Role::Desk, &changes, error);
    }

    static void click(QWidget* page, const char* button)
    {
        auto* b = child<QPushButton>(page, button);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

private slots:
    void testConnectionSaysWhatHappened()
    {
        NEW_SHARED_DATABASE(url);
        QString desk;
        QString error;
        QVERIFY2(storeWithDesk(url, &desk, &error), qPrintable(error));
        AppSettings settings(newSettings());
        MemorySecretStore secrets;
        SharedStorePage page(settings, secrets, m_dir.filePath(QStringLiteral("none.sqlite")));
        page.show();
        QVERIFY(child<QRadioButton>(&page, "oneDeskRadio")->isChecked());
        QVERIFY(!child<QPushButton>(&page, "testConnectionButton")->isEnabled());
        child<QRadioButton>(&page, "sharedStoreRadio")->setChecked(true);
        child<QLineEdit>(&page, "storeAddressLineEdit")->setText(tcpUrl(url, desk));

        // A wrong password: Database's own message, word for word.
        Database probe;
        Database::StartOptions wrong;
        wrong.password = QStringLiteral("not it");
        wrong.connectOnly = true;
        QVERIFY(!probe.open(tcpUrl(url, desk), wrong));
        QCOMPARE(probe.failure(), Database::Failure::LoginRefused);
        child<QLineEdit>(&page, "storePasswordLineEdit")->setText(QStringLiteral("not it"));
        click(&page, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QCOMPARE(page.resultText(), probe.errorText());

        // Nothing listening there: unreachable, and the window never waited for it.
        child<QLineEdit>(&page, "storeAddressLineEdit")->setText(QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(desk, databaseOf(url)));
        click(&page, "testConnectionButton");
        QVERIFY(page.isBusy());
        QVERIFY(!child<QPushButton>(&page, "testConnectionButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        Database unreachable;
        QVERIFY(!unreachable.open(QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(desk, databaseOf(url)), wrong));
        QCOMPARE(page.resultText(), unreachable.errorText());

        // The right one: connected, as whom, which role, which schema.
        child<QLineEdit>(&page, "storeAddressLineEdit")->setText(tcpUrl(url, desk));
        child<QLineEdit>(&page, "storePasswordLineEdit")->setText(kPassword);
        click(&page, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QVERIFY2(page.resultText().startsWith(QLatin1String("Connected to")), qPrintable(page.resultText()));
        QVERIFY2(page.resultText().contains(desk) && page.resultText().contains(QLatin1String("role: desk"))
                     && page.resultText().contains(QStringLiteral("schema %1").arg(Migrations::latestVersion())),
                 qPrintable(page.resultText()));

        // Saved: the address without the password; the password in the keychain only.
        QVERIFY(page.save());
        QCOMPARE(settings.storeAddress(), tcpUrl(url, desk));
        QVERIFY(secrets.contains(StorePassword::keyFor(tcpUrl(url, desk))));
        QFile file(settings.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));

        // Next time: the saved password is used when none is typed.
        SharedStorePage again(settings, secrets, m_dir.filePath(QStringLiteral("none.sqlite")));
        QVERIFY(child<QRadioButton>(&again, "sharedStoreRadio")->isChecked());
        QTRY_VERIFY(child<QLineEdit>(&again, "storePasswordLineEdit")->placeholderText().contains(QLatin1String("stored")));
        click(&again, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), 20000);
        QVERIFY2(again.resultText().startsWith(QLatin1String("Connected to")), qPrintable(again.resultText()));

        // Back to one desk: the address is forgotten.
        child<QRadioButton>(&again, "oneDeskRadio")->setChecked(true);
        QVERIFY(again.save());
        QCOMPARE(settings.storeAddress(), QString());
    }

    void aPasswordTypedIntoTheAddressGoesToTheKeychain()
    {
        AppSettings settings(newSettings());
        MemorySecretStore secrets;
        SharedStorePage page(settings, secrets, QString());
        page.show();
        child<QRadioButton>(&page, "sharedStoreRadio")->setChecked(true);
        auto* address = child<QLineEdit>(&page, "storeAddressLineEdit");
        address->setText(QStringLiteral("postgresql://desk1:s3cret@db.example/netcode"));
        emit address->editingFinished();
        QCOMPARE(address->text(), QStringLiteral("postgresql://desk1@db.example:5432/netcode"));
        QCOMPARE(child<QLineEdit>(&page, "storePasswordLineEdit")->text(), QStringLiteral("s3cret"));
        QVERIFY(page.save());
        QCOMPARE(settings.storeAddress(), QStringLiteral("postgresql://desk1@db.example:5432/netcode"));

        address->setText(QStringLiteral("/not/a/url"));
        QVERIFY(!page.save());
        QVERIFY2(page.resultText().contains(QLatin1String("postgresql://")), qPrintable(page.resultText()));
    }

    void setUpAndMoveInFromThePage()
    {
        NEW_SHARED_DATABASE(url);
        // This desk's own file, with a lock and a code.
        const QString file = m_dir.filePath(QStringLiteral("own.sqlite"));
        {
            Database own;
            QVERIFY(own.open(file));
            Lock lock;
            lock.name = QStringLiteral("Room 101");
            lock.model = LockModelId::KL1060G3;
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QStringLiteral("921239");
            lock.timeZoneId = QStringLiteral("Europe/London");
            QVERIFY(LockRepository(own.connection()).insert(&lock));
            HistoryEntry e;
            e.issuedAtUtc = QDateTime(QDate(2027, 6, 1), QTime(9, 0), QTimeZone::utc());
            e.lockId = lock.id;
            e.lockName = lock.name;
            e.lockModel = QStringLiteral("KL1060G3");
            e.mode = QStringLiteral("standard");
            e.durationId = 3;
            e.startSent = QStringLiteral("2027-06-01 10:00");
            e.windowStartUtc = e.issuedAtUtc;
            e.windowEndUtc = e.issuedAtUtc.addSecs(3600);
            e.source = HistoryEntry::Source::Api;
            e.requestKey = QStringLiteral("june");
            e.outcome = HistoryEntry::Outcome::Issued;
            e.code = QStringLiteral("4445556");
            QVERIFY(HistoryRepository(own.connection()).add(&e));
        }
        AppSettings settings(newSettings());
        MemorySecretStore secrets;
        SharedStorePage page(settings, secrets, file);
        page.show();
        QVERIFY(!child<QPushButton>(&page, "moveInButton")->isEnabled());
        child<QRadioButton>(&page, "sharedStoreRadio")->setChecked(true);
        child<QLineEdit>(&page, "storeAddressLineEdit")->setText(url); // the administrator, through the socket
        click(&page, "setUpStoreButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QVERIFY2(page.resultText().contains(QStringLiteral("is set up (schema %1)").arg(Migrations::latestVersion())),
                 qPrintable(page.resultText()));
        click(&page, "setUpStoreButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QVERIFY2(page.resultText().contains(QLatin1String("already set up")), qPrintable(page.resultText()));

        // Declined: nothing moves.
        MessageBox::setNextAnswer(QMessageBox::No);
        click(&page, "moveInButton");
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(file)));
        QVERIFY(!page.isBusy());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&page, "moveInButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QVERIFY2(page.resultText().contains(QLatin1String("1 code")) && page.resultText().contains(QLatin1String("1 lock")),
                 qPrintable(page.resultText()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&page, "moveInButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QVERIFY2(page.resultText().contains(QLatin1String("0 code")) && page.resultText().contains(QLatin1String("1 already there")), qPrintable(page.resultText()));
    }

    void settingsAndTheFirstRunLeadHere()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start().isEmpty());
        {
            SettingsDialog dialog(fixture.session->settings(), fixture.session->site(), QString(), false);
            bool asked = false;
            connect(&dialog, &SettingsDialog::sharedStoreRequested, this, [&asked] { asked = true; });
            dialog.show();
            QTest::mouseClick(child<QPushButton>(&dialog, "sharedStorePushButton"), Qt::LeftButton);
            QVERIFY(asked);
        }
        fixture.stop();

        // First run: "one desk or a team?" — a team opens the Shared store page.
        QVERIFY(fixture.start({{QStringLiteral("desk/firstRunDone"), false}}).isEmpty());
        MessageBox::setNextAnswers({QMessageBox::Yes});
        bool shown = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&shown] {
            if (auto* dialog = qobject_cast<SharedStoreDialog*>(QApplication::activeModalWidget())) {
                shown = dialog->page()->findChild<QRadioButton*>(QStringLiteral("sharedStoreRadio"))->isChecked();
                dialog->reject();
            }
        });
        closer.start(50);
        MainWindow window(*fixture.session);
        window.show();
        QTRY_VERIFY(shown);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("share their codes and locks")));
        QTRY_VERIFY(fixture.session->settings().firstRunDone());
        closer.stop();
    }
};

QTEST_MAIN(TestSharedStorePage)
#include "tst_sharedstorepage.moc"
