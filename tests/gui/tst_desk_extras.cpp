#include "ActionRegistry.h"
#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "SlipPrinter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The first-run welcome, the read-back check, and the 80 mm receipt slip.
class TestDeskExtras final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* child(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    void openWindow(const QMap<QString, QVariant>& settings)
    {
        const QString error = m_fixture.start(settings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_fixture.session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void issueForRoom101()
    {
        auto* panel = m_window->findChild<LockListPanel*>();
        Lock room;
        QVERIFY(m_fixture.session->locks().findByName(QStringLiteral("Room 101"), &room));
        panel->selectLock(room.id);
        QTRY_VERIFY(child<QPushButton>("issuePushButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("issuePushButton"), Qt::LeftButton);
        QTRY_VERIFY(!child<QLabel>("codeLabel")->text().isEmpty());
    }

private slots:
    void cleanup()
    {
        SlipPrinter::setPreviewInterceptorForTests({});
        m_window.reset();
        m_fixture.stop();
    }

    void theFirstRunWelcomesAndIsNotRepeated()
    {
        MessageBox::setNextAnswers({QMessageBox::No, QMessageBox::No}); // one desk; no key now
        openWindow({{QStringLiteral("desk/firstRunDone"), false}});
        QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("demo mode")));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("developer portal")));
        QVERIFY(m_fixture.session->settings().firstRunDone());
    }

    void theReadBackCheckCatchesAMisreadCode()
    {
        openWindow({{QStringLiteral("desk/readBackCheck"), true}});
        issueForRoom101();
        const QString code = child<QLabel>("codeLabel")->text();
        std::optional<SlipDetails> printed;
        SlipPrinter::setPreviewInterceptorForTests([&printed](const SlipDetails& slip) { printed = slip; });

        QString wrong = code;
        wrong[0] = wrong.at(0) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        InputBox::setNextAnswer(wrong);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>("printPushButton"), Qt::LeftButton);
        QVERIFY(!printed.has_value());
        QVERIFY(MessageBox::lastText().contains(QLatin1String("not the code on the screen")));

        QApplication::clipboard()->clear();
        InputBox::setNextAnswer(wrong);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>("copyMessagePushButton"), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().isEmpty());

        InputBox::setNextAnswer(code); // grouped as shown, "783 0719", is fine
        QTest::mouseClick(child<QPushButton>("printPushButton"), Qt::LeftButton);
        QVERIFY(printed.has_value());
        // Once read back, the same code is not asked for again.
        printed.reset();
        QTest::mouseClick(child<QPushButton>("printPushButton"), Qt::LeftButton);
        QVERIFY(printed.has_value());
    }

    void aGuestsSlipInTheGuestsLanguage()
    {
        openWindow({});
        issueForRoom101();
        auto* language = child<QComboBox>("slipLanguageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTest::mouseClick(child<QPushButton>("copyMessagePushButton"), Qt::LeftButton);
        const QString message = QApplication::clipboard()->text();
        QVERIFY2(message.contains(QLatin1String("Votre code pour Room 101")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("Valable")));
        QVERIFY(message.contains(QLatin1String("juil."))); // dates in French too
        // The desk itself stays in its own language.
        QCOMPARE(child<QPushButton>("issuePushButton")->text(), QStringLiteral("&Issue code"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const QString pdf = m_fixture.filePath(QStringLiteral("de.pdf"));
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(child<QPushButton>("savePdfPushButton"), Qt::LeftButton);
        QProcess toText;
        toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(toText.waitForFinished(20000));
        const QString slip = QString::fromUtf8(toText.readAllStandardOutput());
        QVERIFY2(slip.contains(QLatin1String("Ihr Zugangscode")) || slip.contains(QLatin1String("Zugangscode")), qPrintable(slip));
        QVERIFY(slip.contains(QLatin1String("Drehen Sie")) || slip.contains(QLatin1String("Tastenfeld")));
    }

    void theReceiptSlipIsEightyMillimetresWide()
    {
        openWindow({{QStringLiteral("slip/layout"), QStringLiteral("receipt-80mm")},
                    {QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")}});
        issueForRoom101();
        const QString pdf = m_fixture.filePath(QStringLiteral("receipt.pdf"));
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(child<QPushButton>("savePdfPushButton"), Qt::LeftButton);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(20000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        // 80 mm = 226.8 pt wide, and exactly one page.
        QVERIFY2(QRegularExpression(QStringLiteral("Page size:\\s+22[67](\\.\\d+)? x")).match(text).hasMatch(), qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(text).hasMatch(), qPrintable(text));
        QProcess toText;
        toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(toText.waitForFinished(20000));
        const QString slip = QString::fromUtf8(toText.readAllStandardOutput());
        QVERIFY(slip.contains(child<QLabel>("codeLabel")->text()));
        QVERIFY(slip.contains(QLatin1String("Harbour View Hotel")));
    }
};

QTEST_MAIN(TestDeskExtras)
#include "tst_desk_extras.moc"
