#include "LockDialog.h"
#include "RequireChild.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The lock dialog refuses every kind of bad input with the reason beside the field.
class TestLockDialog final : public QObject {
    Q_OBJECT

private:
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return requireChild<T>(parent, name);
    }

    static void type(QWidget* dialog, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(dialog, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static void save(QWidget* dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void badKitLockFieldsAreNamedAndNothingIsSaved_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("timecode");
        QTest::addColumn<QString>("lockNumber");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty name") << "" << "202604221226" << "921239" << "nameErrorLabel" << "name";
        QTest::newRow("duplicate") << "room 101" << "202604221226" << "921239" << "nameErrorLabel" << "already called";
        QTest::newRow("11-digit timecode") << "Room 9" << "20260422122" << "921239" << "timecodeErrorLabel" << "11 digits";
        QTest::newRow("impossible date") << "Room 9" << "202602301226" << "921239" << "timecodeErrorLabel"
                                         << "not a real date";
        QTest::newRow("5-digit lock id") << "Room 9" << "202604221226" << "92123" << "lockNumberErrorLabel" << "5 digits";
        QTest::newRow("leading zero") << "Room 9" << "202604221226" << "092123" << "lockNumberErrorLabel"
                                      << "cannot start with 0";
    }

    void badKitLockFieldsAreNamedAndNothingIsSaved()
    {
        QFETCH(QString, name);
        QFETCH(QString, timecode);
        QFETCH(QString, lockNumber);
        QFETCH(QString, errorLabel);
        QFETCH(QString, fragment);
        Lock lock;
        lock.timeZoneId = QStringLiteral("Europe/London");
        LockDialog dialog(lock, {QStringLiteral("Room 101")}, false);
        dialog.show();
        type(&dialog, "nameLineEdit", name);
        type(&dialog, "timecodeLineEdit", timecode);
        type(&dialog, "lockNumberLineEdit", lockNumber);
        save(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto* label = child<QLabel>(&dialog, errorLabel.toLatin1().constData());
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(fragment), qPrintable(label->text()));
    }

    void smartLockNeedsA32HexIdAndAnAccessKey()
    {
        Lock lock;
        lock.timeZoneId = QStringLiteral("Europe/London");
        LockDialog dialog(lock, {}, false);
        dialog.show();
        auto* model = child<QComboBox>(&dialog, "modelComboBox");
        model->setCurrentIndex(model->findData(int(LockModelId::K3Connect)));
        QVERIFY(child<QLineEdit>(&dialog, "smartLockIdLineEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "timecodeLineEdit")->isVisible());
        QVERIFY(child<QCheckBox>(&dialog, "clockFollowsDstCheckBox")->isChecked()); // smart locks default to DST
        type(&dialog, "nameLineEdit", QStringLiteral("Gate"));
        type(&dialog, "smartLockIdLineEdit", QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f6071829")); // 31
        save(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "smartLockIdErrorLabel")->text().contains(QLatin1String("31 characters")));
        QVERIFY(child<QLabel>(&dialog, "accessKeyErrorLabel")->isVisible());
        type(&dialog, "smartLockIdLineEdit", QStringLiteral("3F2A9C0D4B6E8F1A2C3D4E5F60718293"));
        type(&dialog, "accessKeyLineEdit", QStringLiteral("Key42"));
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Lock saved = dialog.lock();
        QCOMPARE(saved.smartLockId, QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"));
        QVERIFY(!saved.accessKeyRef.isEmpty());
        QCOMPARE(dialog.accessKey(), QStringLiteral("Key42"));
        QVERIFY(!saved.accessKeyRef.contains(QLatin1String("Key42"))); // the reference is not the key
    }

    void kitLocksDefaultToStandardTimeAllYear()
    {
        Lock lock;
        lock.timeZoneId = QStringLiteral("Europe/London");
        LockDialog dialog(lock, {}, false);
        dialog.show();
        QVERIFY(!child<QCheckBox>(&dialog, "clockFollowsDstCheckBox")->isChecked());
        QVERIFY(child<QLabel>(&dialog, "clockExplanationLabel")->text().contains(QLatin1String("standard time")));
        type(&dialog, "nameLineEdit", QStringLiteral("Room 9"));
        type(&dialog, "timecodeLineEdit", QStringLiteral("202604221226"));
        type(&dialog, "lockNumberLineEdit", QStringLiteral("921239"));
        auto* zone = child<QComboBox>(&dialog, "timeZoneComboBox");
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        save(&dialog);
        QVERIFY(child<QLabel>(&dialog, "timeZoneErrorLabel")->text().contains(QLatin1String("not a known time zone")));
        zone->setCurrentText(QStringLiteral("Asia/Kolkata"));
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.lock().timeZoneId, QStringLiteral("Asia/Kolkata"));
        QVERIFY(!dialog.lock().clockFollowsDst);
    }
};

QTEST_MAIN(TestLockDialog)
#include "tst_lockdialog.moc"
