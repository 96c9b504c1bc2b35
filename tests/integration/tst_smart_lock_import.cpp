#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "SimulatorRoutes.h"
#include "SmartLockImporter.h"

#include <QSignalSpy>
#include <QTest>

// Importing a K3 Connect account's locks through the real client and the simulator.
class TestSmartLockImport final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;

    SmartLockImportResult runImport(const QString& key)
    {
        QSignalSpy finished(&m_session->smartLockImporter(), &SmartLockImporter::finished);
        m_session->smartLockImporter().import(key);
        [&] { QTRY_COMPARE(finished.size(), 1); }();
        return finished.isEmpty() ? SmartLockImportResult{} : finished.first().first().value<SmartLockImportResult>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<SmartLockImportResult>(); }

    void init()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
    }

    void cleanup() { m_fixture.stop(); }

    void importsNewLocksAndUpdatesKnownOnes()
    {
        const int before = m_session->locks().count();
        SmartLockImportResult result = runImport(SimulatorRoutes::demoAccessKey());
        QVERIFY2(result.ok, qPrintable(result.errorText));
        QCOMPARE(result.added, 2);
        QCOMPARE(result.updated, 1); // "Unit 7 gate" is a demo lock already
        QCOMPARE(m_session->locks().count(), before + 2);

        Lock staff;
        QVERIFY(m_session->locks().findBySmartLockId(QStringLiteral("a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"), &staff));
        QCOMPARE(staff.name, QStringLiteral("Staff room"));
        QCOMPARE(staff.model, LockModelId::K3Connect);
        QCOMPARE(staff.timeZoneId, QStringLiteral("Europe/London"));
        QVERIFY(!staff.clockFollowsDst);
        QCOMPARE(staff.group, QStringLiteral("Office"));
        Lock gate;
        QVERIFY(m_session->locks().findBySmartLockId(QStringLiteral("9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), &gate));
        QVERIFY(gate.clockFollowsDst);
        // The access key is in the secret store under the lock's reference, never on the lock.
        QVERIFY(m_fixture.secrets->contains(SecretStore::accessKeyName(gate.accessKeyRef)));
        QVERIFY(!gate.accessKeyRef.contains(SimulatorRoutes::demoAccessKey()));

        // Importing again updates, never duplicates.
        result = runImport(SimulatorRoutes::demoAccessKey());
        QVERIFY(result.ok);
        QCOMPARE(result.added, 0);
        QCOMPARE(result.updated, 3);
        QCOMPARE(m_session->locks().count(), before + 2);
    }

    void aRejectedAccessKeyChangesNothing()
    {
        const int before = m_session->locks().count();
        const SmartLockImportResult result = runImport(QStringLiteral("NotTheKey99"));
        QVERIFY(!result.ok);
        QVERIFY2(result.errorText.contains(QLatin1String("access key")), qPrintable(result.errorText));
        QVERIFY(!result.errorText.contains(QLatin1String("NotTheKey99")));
        QCOMPARE(m_session->locks().count(), before);
        // A key that cannot be one is refused before anything is sent.
        const int requests = int(m_session->simulator()->requests().size());
        QVERIFY(!runImport(QStringLiteral("not a key")).ok);
        QCOMPARE(int(m_session->simulator()->requests().size()), requests);
    }

    void aNameTakenByAnotherLockGetsANumber()
    {
        Lock local;
        local.name = QStringLiteral("Staff room");
        local.timecode = QStringLiteral("202604221226");
        local.lockNumber = QStringLiteral("921239");
        QVERIFY(m_session->locks().insert(&local));
        QVERIFY(runImport(SimulatorRoutes::demoAccessKey()).ok);
        Lock imported;
        QVERIFY(m_session->locks().findBySmartLockId(QStringLiteral("a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"), &imported));
        QCOMPARE(imported.name, QStringLiteral("Staff room (2)"));
    }
};

QTEST_GUILESS_MAIN(TestSmartLockImport)
#include "tst_smart_lock_import.moc"
