// What the whole site shares lives in the store, on SQLite and on PostgreSQL alike: the repository,
// the first desk bringing its own values (once), a change at one desk seen at another, and the API
// key's fingerprint telling a desk whose key is not the site's.
#include "ApiKeyFingerprint.h"
#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "SecretStore.h"
#include "SharedTestStore.h"
#include "SiteSettingsRepository.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kKeyA = QStringLiteral("AbCdEfGhIj0123456789KlMnOpQrSt0123456789");
const QString kKeyB = QStringLiteral("Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LmNbVcXzQw");
const QDateTime kNow = QDateTime(QDate(2027, 7, 14), QTime(13, 20), QTimeZone::utc());

// A desk: its own settings file and keychain, on a store several desks may share.
struct Desk {
    QString settingsPath;
    MemorySecretStore secrets;
    FixedClock clock{kNow};
    AppSession session;

    bool start(const QString& store, const QString& apiKey, QString* error)
    {
        AppSession::Options options;
        options.databasePath = store;
        options.settingsPath = settingsPath;
        options.apiKey = apiKey;
        options.secrets = &secrets;
        options.clock = &clock;
        return session.start(options, error);
    }
};

void writeIni(const QString& path, const QMap<QString, QVariant>& values)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("desk/timeZone"), QStringLiteral("Europe/London"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
}
} // namespace

class TestSiteSettings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CodelocksSimulator m_service; // the "live" service the desks' keys point at; never asked here

    // A store of the kind the row names: a new SQLite file, or a new database on the test cluster.
    QString newStore(bool postgres)
    {
        if (!postgres)
            return m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite"));
        QString error;
        const QString url = SharedTestStore::newDatabase(&error);
        if (url.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        Database db;
        Database::StartOptions setUp;
        setUp.createStore = true;
        if (!db.open(url, setUp)) {
            qWarning("%s", qPrintable(db.errorText()));
            return {};
        }
        return url;
    }

    static void bothStores()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_service.start());
    }

    void theRepositoryReadsAndWritesText_data() { bothStores(); }
    void theRepositoryReadsAndWritesText()
    {
        QFETCH(bool, postgres);
        const QString store = newStore(postgres);
        QVERIFY(!store.isEmpty());
        Database db;
        QVERIFY2(db.open(store), qPrintable(db.errorText()));
        SiteSettingsRepository repository(db.connection());

        QHash<QString, SiteSetting> all;
        QVERIFY(repository.all(&all));
        QVERIFY(all.isEmpty());
        QVERIFY(!repository.get(QStringLiteral("slip/propertyName")));

        QVERIFY2(repository.set(QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel"),
                                QStringLiteral("Ana"), kNow),
                 qPrintable(repository.lastError()));
        auto name = repository.get(QStringLiteral("slip/propertyName"));
        QVERIFY(name);
        QCOMPARE(name->value, QStringLiteral("Harbour View Hotel"));
        QCOMPARE(name->updatedBy, QStringLiteral("Ana"));
        QCOMPARE(name->updatedAtUtc, kNow);

        // Saving the same value again is no change: who and when still name the real change.
        int changed = -1;
        QVERIFY(repository.setMany({{QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")},
                                    {QStringLiteral("api/monthlyQuota"), SiteSettingsRepository::fromInt(500)},
                                    {QStringLiteral("slip/helpPhone"), QString()}},
                                   QStringLiteral("Ben"), kNow.addDays(1), &changed));
        QCOMPARE(changed, 2);
        QCOMPARE(repository.get(QStringLiteral("slip/propertyName"))->updatedBy, QStringLiteral("Ana"));
        QCOMPARE(repository.get(QStringLiteral("api/monthlyQuota"))->updatedBy, QStringLiteral("Ben"));
        QCOMPARE(SiteSettingsRepository::toInt(repository.get(QStringLiteral("api/monthlyQuota"))->value, 0), 500);
        QCOMPARE(repository.get(QStringLiteral("slip/helpPhone"))->value, QString());

        // Seeding writes only what is missing.
        QStringList written;
        QVERIFY(repository.seedMissing({{QStringLiteral("slip/propertyName"), QStringLiteral("Other Inn")},
                                        {QStringLiteral("slip/layout"), QStringLiteral("letter")}},
                                       QStringLiteral("Cleo"), kNow.addDays(2), &written));
        QCOMPARE(written, QStringList{QStringLiteral("slip/layout")});
        QCOMPARE(repository.get(QStringLiteral("slip/propertyName"))->value, QStringLiteral("Harbour View Hotel"));
        QVERIFY(repository.all(&all));
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.value(QStringLiteral("slip/layout")).updatedBy, QStringLiteral("Cleo"));

        QCOMPARE(SiteSettingsRepository::toBool(SiteSettingsRepository::fromBool(true), false), true);
        QCOMPARE(SiteSettingsRepository::toBool(QStringLiteral("nonsense"), true), true);
        QCOMPARE(SiteSettingsRepository::toInt(QStringLiteral("12x"), 7), 7);
    }

    void theFirstDeskBringsItsValuesOnceAndTheNextAdoptsThem_data() { bothStores(); }
    void theFirstDeskBringsItsValuesOnceAndTheNextAdoptsThem()
    {
        QFETCH(bool, postgres);
        const QString store = newStore(postgres);
        QVERIFY(!store.isEmpty());
        Desk first;
        first.settingsPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".ini"));
        writeIni(first.settingsPath, {{QStringLiteral("desk/operatorName"), QStringLiteral("Ana")},
                                      {QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")},
                                      {QStringLiteral("slip/helpPhone"), QStringLiteral("+44 20 7946 0000")},
                                      {QStringLiteral("slip/layout"), QStringLiteral("receipt-80mm")},
                                      {QStringLiteral("api/monthlyQuota"), 500},
                                      {QStringLiteral("history/retentionDays"), 90},
                                      {QStringLiteral("desk/readBackCheck"), true}});
        QString error;
        QVERIFY2(first.start(store, QString(), &error), qPrintable(error));
        QVERIFY(!first.session.site().seededKeys().isEmpty());
        QCOMPARE(first.session.site().propertyName(), QStringLiteral("Harbour View Hotel"));
        QCOMPARE(first.session.site().helpPhone(), QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(first.session.site().slipLayout(), QStringLiteral("receipt-80mm"));
        QCOMPARE(first.session.monthlyQuota(), 500);
        QCOMPARE(first.session.site().historyRetentionDays(), 90);
        QVERIFY(first.session.site().readBackCheck());
        QCOMPARE(first.session.site().lastChange().updatedBy, QStringLiteral("Ana"));

        // A second desk with other values of its own follows the site's, without overwriting them.
        Desk second;
        second.settingsPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".ini"));
        writeIni(second.settingsPath, {{QStringLiteral("desk/operatorName"), QStringLiteral("Ben")},
                                       {QStringLiteral("slip/propertyName"), QStringLiteral("Old Name")},
                                       {QStringLiteral("api/monthlyQuota"), 9}});
        QVERIFY2(second.start(store, QString(), &error), qPrintable(error));
        QCOMPARE(second.session.site().seededKeys(), QStringList());
        QCOMPARE(second.session.site().propertyName(), QStringLiteral("Harbour View Hotel"));
        QCOMPARE(second.session.monthlyQuota(), 500);
        QCOMPARE(second.session.site().slipLayout(), QStringLiteral("receipt-80mm"));
        // Its file now remembers the site's values (what it would bring to a new store).
        second.session.settings().sync();
        QCOMPARE(QSettings(second.settingsPath, QSettings::IniFormat).value(QStringLiteral("slip/propertyName")).toString(),
                 QStringLiteral("Harbour View Hotel"));
        // What belongs to the computer stays its own.
        QCOMPARE(second.session.editorName(), QStringLiteral("Ben"));

        // A change at one desk: that desk applies it at once, the other on reload().
        QSignalSpy firstChanged(&first.session, &AppSession::siteSettingsChanged);
        QSignalSpy secondChanged(&second.session, &AppSession::siteSettingsChanged);
        second.clock.advanceSecs(3600);
        SiteSettings::Values values = second.session.site().values();
        values.propertyName = QStringLiteral("Seaside Inn");
        values.slipLayout = QStringLiteral("letter");
        values.monthlyQuota = 750;
        QVERIFY(second.session.site().save(values, second.session.editorName()));
        QCOMPARE(secondChanged.size(), 1);
        QCOMPARE(second.session.site().propertyName(), QStringLiteral("Seaside Inn"));
        QCOMPARE(second.session.site().lastChange().updatedBy, QStringLiteral("Ben"));
        QCOMPARE(first.session.site().propertyName(), QStringLiteral("Harbour View Hotel")); // not re-read yet
        if (postgres) {
            QVERIFY(first.session.site().reload());
            QCOMPARE(firstChanged.size(), 1);
        } else {
            // On one SQLite file the desk notices the other's commit by itself.
            QTRY_COMPARE_WITH_TIMEOUT(firstChanged.size(), 1, 10000);
        }
        QCOMPARE(first.session.site().propertyName(), QStringLiteral("Seaside Inn"));
        QCOMPARE(first.session.site().slipLayout(), QStringLiteral("letter"));
        QCOMPARE(first.session.monthlyQuota(), 750);
        // Reading the same values again is no change.
        QVERIFY(first.session.site().reload());
        QCOMPARE(firstChanged.size(), 1);
    }

    // A desk the store does not let write site settings still starts, with its own values.
    void aDeskThatMayNotWriteUsesItsOwnValues()
    {
        const QString store = newStore(false);
        {
            Database db;
            QVERIFY2(db.open(store), qPrintable(db.errorText()));
            QSqlQuery refuse(db.connection());
            QVERIFY(refuse.exec(QStringLiteral("CREATE TRIGGER refuse_site BEFORE INSERT ON site_settings "
                                               "BEGIN SELECT RAISE(ABORT, 'not allowed'); END")));
        }
        Desk desk;
        desk.settingsPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".ini"));
        writeIni(desk.settingsPath, {{QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")},
                                     {QStringLiteral("api/monthlyQuota"), 500}});
        QString error;
        QVERIFY2(desk.start(store, QString(), &error), qPrintable(error));
        QVERIFY(desk.session.site().seededKeys().isEmpty());
        QCOMPARE(desk.session.site().propertyName(), QStringLiteral("Harbour View Hotel"));
        QCOMPARE(desk.session.monthlyQuota(), 500);
        QVERIFY(!desk.session.site().setMonthlyQuota(600, QStringLiteral("Ana")));
        QCOMPARE(desk.session.monthlyQuota(), 500);
    }

    void aFingerprintIsShortOneWayAndOurs()
    {
        const QString a = ApiKeyFingerprint::of(kKeyA);
        QCOMPARE(a.size(), 16);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(a).hasMatch());
        QCOMPARE(ApiKeyFingerprint::of(kKeyA), a);
        QCOMPARE(ApiKeyFingerprint::of(QLatin1Char(' ') + kKeyA + QLatin1Char('\n')), a); // as typed or pasted
        QVERIFY(ApiKeyFingerprint::of(kKeyB) != a);
        QVERIFY(ApiKeyFingerprint::of(QString()).isEmpty());
        QVERIFY(!a.contains(kKeyA.left(8), Qt::CaseInsensitive));
        // Not a plain hash of the key that some other system may hold.
        const QString plain = QString::fromLatin1(QCryptographicHash::hash(kKeyA.toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY(!plain.startsWith(a));
    }

    void aDeskWithAnotherKeyIsWarned_data() { bothStores(); }
    void aDeskWithAnotherKeyIsWarned()
    {
        QFETCH(bool, postgres);
        const QString store = newStore(postgres);
        QVERIFY(!store.isEmpty());
        auto newDesk = [this](const QString& name) {
            auto desk = std::make_unique<Desk>();
            desk->settingsPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".ini"));
            writeIni(desk->settingsPath, {{QStringLiteral("desk/operatorName"), name},
                                          {QStringLiteral("api/host"), m_service.baseUrl().toString()}});
            return desk;
        };
        QString error;
        // A demo desk first: demo mode records no fingerprint.
        auto demo = newDesk(QStringLiteral("Dora"));
        QVERIFY2(demo->start(store, QString(), &error), qPrintable(error));
        QVERIFY(demo->session.site().apiKeyRecord().value.isEmpty());

        // The first live desk tells the site which key it uses.
        auto first = newDesk(QStringLiteral("Ana"));
        QVERIFY2(first->start(store, kKeyA, &error), qPrintable(error));
        QVERIFY(!first->session.isDemo());
        QCOMPARE(first->session.site().apiKeyRecord().value, ApiKeyFingerprint::of(kKeyA));
        QCOMPARE(first->session.site().apiKeyRecord().updatedBy, QStringLiteral("Ana"));
        QVERIFY(!first->session.apiKeyCheck().differs);
        QVERIFY(first->session.apiKeyWarning().isEmpty());

        // A desk with another key is told, with who saved the site's key and when.
        auto second = newDesk(QStringLiteral("Ben"));
        QVERIFY2(second->start(store, kKeyB, &error), qPrintable(error));
        QVERIFY(second->session.apiKeyCheck().differs);
        QCOMPARE(second->session.apiKeyCheck().savedBy, QStringLiteral("Ana"));
        const QString warning = second->session.apiKeyWarning();
        QVERIFY2(warning.contains(QLatin1String("differs from the one the site uses")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("Ana")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("2027")), qPrintable(warning));
        QVERIFY(!warning.contains(kKeyA) && !warning.contains(kKeyB));
        // Its start did not overwrite the site's fingerprint.
        QCOMPARE(second->session.site().apiKeyRecord().value, ApiKeyFingerprint::of(kKeyA));
        // Demo desks are never warned.
        QVERIFY(!demo->session.apiKeyCheck().differs);

        // A manager saves the new key at the second desk: now the first desk is the odd one out.
        QVERIFY2(second->session.recordApiKey(kKeyB, &error), qPrintable(error));
        QVERIFY(!second->session.apiKeyCheck().differs);
        QSignalSpy firstChanged(&first->session, &AppSession::siteSettingsChanged);
        QVERIFY(first->session.site().reload());
        QCOMPARE(firstChanged.size(), 1);
        QVERIFY(first->session.apiKeyCheck().differs);
        QVERIFY(first->session.apiKeyWarning().contains(QLatin1String("Ben")));
        // Back to one key: the warning goes.
        QVERIFY(first->session.reconfigure(kKeyB, &error));
        QVERIFY(!first->session.apiKeyCheck().differs);
    }
};

QTEST_GUILESS_MAIN(TestSiteSettings)
#include "tst_site_settings.moc"
