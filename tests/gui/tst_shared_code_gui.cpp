// One code, two guests, at the desk: the real main window in demo mode, driven by keyboard. A code
// another guest holds is given to a second guest only after a question that names whose it is;
// Escape cancels, and History marks both rows once the desk agreed.
#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "DurationCatalogueService.h"
#include "HistoryTableModel.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

class TestSharedCodeGui final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* child(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    int historyRows() const { return m_session->history().count(QString()); }
    int requests() const { return m_session->simulator()->netCodeRequestCount(); }
    QString shownCode() const { return child<QLabel>("codeLabel")->text(); }

    void chooseRoom101()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>("lockSearchLineEdit");
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Room 101"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!m_session->durations().isFetching(QStringLiteral("KL1060G3")));
    }

    void typeGuest(const QString& name, const QString& room)
    {
        auto* guest = child<QLineEdit>("guestNameLineEdit");
        auto* roomEdit = child<QLineEdit>("roomLineEdit");
        guest->clear();
        roomEdit->clear();
        QTest::keyClicks(guest, name);
        QTest::keyClicks(roomEdit, room);
    }

    void issueByKeyboard()
    {
        auto* guest = child<QLineEdit>("guestNameLineEdit");
        guest->setFocus();
        QTest::keyClick(guest, Qt::Key_Return);
    }

    // Answers the shared-code question, when it comes up as a real modal box, with `act`; what
    // the box said is kept.
    void whenAsked(const std::function<void(QMessageBox*)>& act)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, act] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("sharedCodeMessageBox") || !box->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            m_asked = box->text();
            m_boxTitle = box->windowTitle();
            m_defaultIsCancel = box->defaultButton() == box->findChild<QPushButton*>(QStringLiteral("cancelSharePushButton"))
                                && box->escapeButton() == box->defaultButton();
            shoot(box, "shared-code-question.png");
            act(box);
        });
        timer->start();
    }

    // Screenshots for review when NETCODE_SHOTS_DIR names a folder.
    static void shoot(QWidget* widget, const char* name)
    {
        const QString folder = qEnvironmentVariable("NETCODE_SHOTS_DIR");
        if (folder.isEmpty())
            return;
        QCoreApplication::processEvents(); // pending layouts first, as a screen would show them
        if (!folder.isEmpty())
            widget->grab().save(folder + QLatin1Char('/') + QLatin1String(name));
    }

    QString m_asked;
    QString m_boxTitle;
    bool m_defaultIsCancel = false;

private slots:
    void init()
    {
        const QString error = m_fixture.start({{QStringLiteral("desk/operatorName"), QStringLiteral("Sam")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_asked.clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void anotherGuestsCodeIsGivenOnlyAfterAsking()
    {
        chooseRoom101();
        typeGuest(QStringLiteral("Ana Example"), QStringLiteral("101"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        const QString anaCode = shownCode();
        QCOMPARE(historyRows(), 1);
        QCOMPARE(requests(), 1);

        // The same lock, start and length for another guest: asked first; Escape cancels.
        chooseRoom101();
        typeGuest(QStringLiteral("Ben Other"), QStringLiteral("102"));
        whenAsked([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!m_asked.isEmpty(), 10000);
        QVERIFY2(m_asked.contains(QLatin1String("Ana Example (room 101)")), qPrintable(m_asked));
        QVERIFY2(m_asked.contains(QLatin1String("14:20")), qPrintable(m_asked)); // when, in desk time
        QVERIFY2(m_asked.contains(QStringLiteral("14:00 – 17:00")), qPrintable(m_asked)); // the window both would share
        QVERIFY2(m_asked.contains(QLatin1String("Ben Other (room 102)")), qPrintable(m_asked));
        QVERIFY2(m_asked.contains(QLatin1String("same door")), qPrintable(m_asked));
        QVERIFY2(m_asked.contains(QLatin1String("different start")), qPrintable(m_asked));
        QVERIFY(m_defaultIsCancel);
        QTRY_VERIFY(child<QLabel>("statusLabel")->text().contains(QLatin1String("Not issued")));
        shoot(m_window.get(), "shared-code-cancelled.png");
        QCOMPARE(historyRows(), 1);
        QCOMPARE(requests(), 1);
        // The form is kept, so the desk can choose another start.
        QCOMPARE(child<QLineEdit>("guestNameLineEdit")->text(), QStringLiteral("Ben Other"));
        QCOMPARE(child<QLineEdit>("roomLineEdit")->text(), QStringLiteral("102"));

        // Again, and this time the desk gives the same code to Ben too, by keyboard.
        m_asked.clear();
        whenAsked([](QMessageBox* box) {
            auto* share = box->findChild<QPushButton*>(QStringLiteral("shareCodePushButton"));
            for (int i = 0; i < 6 && QApplication::focusWidget() != share; ++i)
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : box, Qt::Key_Tab);
            QTest::keyClick(share, Qt::Key_Space);
        });
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!m_asked.isEmpty(), 10000);
        QTRY_COMPARE(historyRows(), 2);
        QTRY_COMPARE(shownCode(), anaCode);
        QCOMPARE(requests(), 1); // from history: nothing sent
        const QString card = child<QLabel>("statusLabel")->text();
        QVERIFY2(card.contains(QLatin1String("Shared with Ana Example (room 101), issued")), qPrintable(card));

        // History marks both rows, and says who else holds each.
        auto* table = child<QTableView>("historyTableView");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const QModelIndex ben = table->model()->index(0, HistoryTableModel::Code);
        const QModelIndex ana = table->model()->index(1, HistoryTableModel::Code);
        QCOMPARE(table->model()->index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Ben Other"));
        QVERIFY2(ben.data().toString().contains(QLatin1String("shared")), qPrintable(ben.data().toString()));
        QVERIFY2(ana.data().toString().contains(QLatin1String("shared")), qPrintable(ana.data().toString()));
        QVERIFY(!ben.data(Qt::DecorationRole).isNull());
        QVERIFY(!ana.data(Qt::DecorationRole).isNull());
        const QString benTip = ben.data(Qt::ToolTipRole).toString();
        const QString anaTip = ana.data(Qt::ToolTipRole).toString();
        QVERIFY2(benTip.contains(QLatin1String("Same code as Ana Example (room 101)")), qPrintable(benTip));
        QVERIFY2(anaTip.contains(QLatin1String("Also held by Ben Other (room 102)")), qPrintable(anaTip));
        shoot(m_window.get(), "shared-code-history.png");
    }

    void noQuestionForTheSameGuestOrACodeOfNobody()
    {
        chooseRoom101();
        typeGuest(QString(), QString());
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        chooseRoom101();
        typeGuest(QStringLiteral("Ben Other"), QStringLiteral("102"));
        whenAsked([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
        issueByKeyboard();
        QTRY_COMPARE(historyRows(), 2);
        QTRY_VERIFY(!shownCode().isEmpty());
        const QString card = child<QLabel>("statusLabel")->text();
        QVERIFY2(card.contains(QLatin1String("with no guest named")), qPrintable(card));
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(requests(), 1);
        shoot(m_window.get(), "reissued-no-guest-named.png");
    }
};

QTEST_MAIN(TestSharedCodeGui)
#include "tst_shared_code_gui.moc"
