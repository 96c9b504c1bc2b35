#include "DemoSessionFixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

// The database check and backup run on a thread the session owns: the thread object is deleted
// once it has finished, and a session closed while it runs waits for it and deletes it, so no
// thread is left running or allocated when the desk exits.
class TestMaintenanceThread final : public QObject {
    Q_OBJECT

private:
    static QPointer<QThread> maintenanceThread(AppSession& session)
    {
        const auto threads = session.findChildren<QThread*>();
        return threads.size() == 1 ? QPointer<QThread>(threads.first()) : QPointer<QThread>();
    }

private slots:
    void aFinishedCheckDeletesItsThread()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start().isEmpty());
        AppSession& session = *fixture.session;
        QSignalSpy done(&session, &AppSession::maintenanceFinished);
        session.startMaintenance(false);
        const QPointer<QThread> worker = maintenanceThread(session);
        QVERIFY(worker);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.first().at(0).toBool());
        QTRY_VERIFY(worker.isNull());
        QVERIFY(!session.isMaintenanceRunning());
    }

    void aBackupAskedForDuringACheckLeavesNoThreadBehind()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start().isEmpty());
        AppSession& session = *fixture.session;
        QSignalSpy done(&session, &AppSession::maintenanceFinished);
        // Every thread the session had while reporting a result: the check's, then the backup's.
        QList<QPointer<QThread>> seen;
        connect(&session, &AppSession::maintenanceFinished, this, [&session, &seen] {
            for (QThread* thread : session.findChildren<QThread*>()) {
                if (!seen.contains(thread))
                    seen << thread;
            }
        });
        session.startMaintenance(false);
        session.startMaintenance(true); // runs right after the check
        QTRY_COMPARE(done.size(), 2);
        QVERIFY2(!done.at(1).at(2).toString().isEmpty(), qPrintable(done.at(1).at(3).toString()));
        QCOMPARE(seen.size(), 2);
        QTRY_VERIFY(seen.at(0).isNull() && seen.at(1).isNull());
        QVERIFY(session.findChildren<QThread*>().isEmpty());
    }

    void closingTheSessionWaitsForARunningBackup()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start().isEmpty());
        fixture.session->startMaintenance(true);
        const QPointer<QThread> worker = maintenanceThread(*fixture.session);
        QVERIFY(worker);
        // Looked at as the session goes, after its destructor and before its children are deleted.
        bool finishedAtClose = false;
        connect(fixture.session.get(), &QObject::destroyed, this,
                [worker, &finishedAtClose] { finishedAtClose = worker && worker->isFinished(); });
        fixture.stop(); // no event loop in between: the session's own finished slot never runs
        QVERIFY(finishedAtClose);
        QVERIFY(worker.isNull());
    }

    void aThreadThatFinishedUnnoticedIsDeletedWithTheSession()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start().isEmpty());
        fixture.session->startMaintenance(false);
        const QPointer<QThread> worker = maintenanceThread(*fixture.session);
        QVERIFY(worker);
        QVERIFY(worker->wait(30000));
        // Finished, but the session has not yet handled it (no events processed) when it closes.
        QVERIFY(fixture.session->isMaintenanceRunning());
        fixture.stop();
        QVERIFY(worker.isNull());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceThread)
#include "tst_maintenance_thread.moc"
