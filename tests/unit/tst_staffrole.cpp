#include "StaffRole.h"

#include <QTest>

using StaffRole::Action;
using StaffRole::Role;

class TestStaffRole : public QObject {
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("desk");
        QTest::newRow("issue") << Action::Issue << true;
        QTest::newRow("search") << Action::Search << true;
        QTest::newRow("reprint") << Action::Reprint << true;
        QTest::newRow("export") << Action::Export << true;
        QTest::newRow("locks") << Action::EditLocks << false;
        QTest::newRow("settings") << Action::EditSettings << false;
        // Language, time zone, timeout and the store's address belong to the PC and its user.
        QTest::newRow("desk settings") << Action::EditDeskSettings << true;
        QTest::newRow("api key") << Action::ChangeApiKey << false;
        QTest::newRow("retention") << Action::RunRetention << false;
        QTest::newRow("restore") << Action::Restore << false;
        QTest::newRow("staff") << Action::ManageStaff << false;
        QTest::newRow("audit") << Action::ViewAuditLog << false;
    }
    void rules()
    {
        QFETCH(Action, action);
        QFETCH(bool, desk);
        QCOMPARE(StaffRole::allows(Role::Desk, action), desk);
        QVERIFY(StaffRole::allows(Role::Manager, action));
        // Everything refused has a reason that tells what to do.
        QCOMPARE(StaffRole::refusal(action).contains(QStringLiteral("manager")), !desk);
    }

    void names()
    {
        Role role = Role::Desk;
        QVERIFY(StaffRole::parseRole(QStringLiteral(" Manager "), &role));
        QCOMPARE(role, Role::Manager);
        QVERIFY(StaffRole::parseRole(QStringLiteral("desk"), &role));
        QCOMPARE(role, Role::Desk);
        QVERIFY(!StaffRole::parseRole(QStringLiteral("admin"), &role));
        QCOMPARE(StaffRole::roleName(Role::Manager), QStringLiteral("manager"));
    }
};

QTEST_GUILESS_MAIN(TestStaffRole)
#include "tst_staffrole.moc"
