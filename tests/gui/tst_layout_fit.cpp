#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "DurationCatalogueService.h"
#include "HistoryEntry.h"
#include "HistoryRepository.h"
#include "Languages.h"
#include "LockDialog.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// Whether the main window and the dialogs fit a 1024×768 front-desk screen in every language:
// nothing the receptionist needs is cut off, cut short or drawn over something else.
class TestLayoutFit final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;

    static QString rectText(const QRect& r)
    {
        return QStringLiteral("%1x%2+%3+%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
    }

    static QString describe(const QWidget* w)
    {
        return QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }

    // The part of `w` (in its own coordinates) that its ancestors up to `top` leave showing.
    static QRect unclippedRect(const QWidget* w, const QWidget* top)
    {
        QRect shown = w->rect();
        QPoint offset;
        for (const QWidget* p = w; p != top && p->parentWidget(); p = p->parentWidget()) {
            offset += p->pos();
            shown &= p->parentWidget()->rect().translated(-offset);
        }
        return shown;
    }

    // Widgets placed side by side by one layout (any depth of nested layouts).
    static void laidOutWidgets(QLayout* layout, QList<QWidget*>* out)
    {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem* item = layout->itemAt(i);
            if (QWidget* w = item->widget())
                out->append(w);
            else if (QLayout* inner = item->layout())
                laidOutWidgets(inner, out);
        }
    }

    // Visible widgets under `root` that a layout placed over one another.
    static QStringList overlaps(QWidget* root)
    {
        QStringList found;
        QList<QWidget*> parents{root};
        parents += root->findChildren<QWidget*>();
        for (QWidget* parent : parents) {
            if (!parent->isVisibleTo(root) && parent != root)
                continue;
            if (!parent->layout())
                continue;
            QList<QWidget*> children;
            laidOutWidgets(parent->layout(), &children);
            children.removeIf([root](QWidget* w) { return !w->isVisibleTo(root) || w->isWindow(); });
            for (int i = 0; i < children.size(); ++i) {
                for (int j = i + 1; j < children.size(); ++j) {
                    const QRect a = children.at(i)->geometry();
                    const QRect b = children.at(j)->geometry();
                    if (a.intersects(b))
                        found << QStringLiteral("%1 %2 overlaps %3 %4")
                                     .arg(describe(children.at(i)), rectText(a), describe(children.at(j)),
                                          rectText(b));
                }
            }
        }
        return found;
    }

    // Labels, buttons and combo boxes whose text does not fit where it is drawn (cut short or elided).
    static QStringList cutTexts(QWidget* root)
    {
        QStringList found;
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(root) || label->text().isEmpty() || label->pixmap().cacheKey() != 0)
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() + 1 < needed)
                    found << QStringLiteral("%1 is %2 px high, its text needs %3: \"%4\"")
                                 .arg(describe(label)).arg(label->height()).arg(needed).arg(label->text().left(60));
            } else if (label->width() + 1 < label->sizeHint().width()) {
                found << QStringLiteral("%1 is %2 px wide, its text needs %3: \"%4\"")
                             .arg(describe(label)).arg(label->width()).arg(label->sizeHint().width()).arg(label->text().left(60));
            }
        }
        for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(root) || button->text().isEmpty() || button->parentWidget()->inherits("QTabBar"))
                continue;
            if (button->hasHeightForWidth()) { // its text wraps: it needs the height for its width
                if (button->height() + 1 < button->heightForWidth(button->width()))
                    found << QStringLiteral("%1 is %2 px high, \"%3\" needs %4")
                                 .arg(describe(button)).arg(button->height()).arg(button->text()).arg(button->heightForWidth(button->width()));
            } else if (button->width() + 1 < button->sizeHint().width())
                found << QStringLiteral("%1 is %2 px wide, \"%3\" needs %4")
                             .arg(describe(button)).arg(button->width()).arg(button->text()).arg(button->sizeHint().width());
        }
        for (QComboBox* combo : root->findChildren<QComboBox*>()) {
            if (!combo->isVisibleTo(root) || combo->isEditable() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (field.width() + 1 < needed)
                found << QStringLiteral("%1 shows \"%2\" in %3 px, it needs %4")
                             .arg(describe(combo), combo->currentText()).arg(field.width()).arg(needed);
        }
        return found;
    }

    // Rows of a list drawn shorter or narrower than their text (the delegate elides them).
    static QStringList cutRows(QAbstractItemView* view)
    {
        QStringList found;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const QRect cell = view->visualRect(index);
            const QString text = index.data().toString();
            const bool wraps = view->property("wordWrap").toBool();
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                // The delegate's margins on either side of the text.
                const int needed = view->fontMetrics().horizontalAdvance(line) + 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
                if (!wraps && needed > cell.width())
                    found << QStringLiteral("row %1: \"%2\" needs %3 px, has %4").arg(row).arg(line).arg(needed).arg(cell.width());
            }
            if (wraps && view->sizeHintForIndex(index).height() > cell.height())
                found << QStringLiteral("row %1: \"%2\" needs %3 px high, has %4")
                             .arg(row).arg(text).arg(view->sizeHintForIndex(index).height()).arg(cell.height());
        }
        return found;
    }

    // Shows a code on the card: Room 101 (a KitLock on standard time), two days over the autumn
    // clock change, for a guest with a long name — the longest card the desk shows.
    void showLongCode(MainWindow* window)
    {
        auto* lockList = window->findChild<LockListPanel*>();
        auto* search = requireChild<QLineEdit>(window, "lockSearchLineEdit");
        search->setText(QStringLiteral("Room 101"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(lockList->currentLock());
        QTRY_VERIFY(!m_session->durations().isFetching(QStringLiteral("KL1060G3")));
        auto* length = requireChild<QComboBox>(window, "lengthComboBox");
        QVERIFY(length->count() > 0);
        length->setCurrentIndex(length->count() - 1); // the longest standard length
        requireChild<QDateTimeEdit>(window, "startDateTimeEdit")
            ->setDateTime(QDateTime(QDate(2027, 10, 30), QTime(20, 0), QTimeZone::utc()));
        requireChild<QLineEdit>(window, "guestNameLineEdit")->setText(QStringLiteral("Maximiliane Oberhollenzer-Vandenberghe"));
        requireChild<QLineEdit>(window, "roomLineEdit")->setText(QStringLiteral("101"));
        auto* issue = requireChild<QPushButton>(window, "issuePushButton");
        QTRY_VERIFY(issue->isEnabled());
        issue->click();
        auto* code = requireChild<QLabel>(window, "codeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 10000);
    }

    static void settle(QWidget* window)
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            if (window->layout())
                window->layout()->activate();
        }
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fixture.start({{QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")},
                                               {QStringLiteral("desk/operatorName"), QStringLiteral("Sam")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        // A morning's worth of codes in history.
        for (int i = 0; i < 12; ++i) {
            HistoryEntry e;
            e.issuedAtUtc = DemoSessionFixture::defaultNow().addSecs(-3600 * (i + 1));
            e.issuedBy = QStringLiteral("Sam");
            e.lockId = 1;
            e.lockName = QStringLiteral("Room 1%1").arg(i, 2, 10, QLatin1Char('0'));
            e.lockModel = QStringLiteral("KL1060G3");
            e.mode = QStringLiteral("standard");
            e.durationLabel = QStringLiteral("3 hours");
            e.windowStartUtc = e.issuedAtUtc;
            e.windowEndUtc = e.issuedAtUtc.addSecs(3 * 3600);
            e.lockTimeZone = QStringLiteral("Europe/London");
            e.code = QStringLiteral("1234567");
            e.guestName = QStringLiteral("Guest %1").arg(i);
            e.room = QString::number(100 + i);
            e.source = HistoryEntry::Source::Demo;
            e.demo = true;
            QVERIFY(m_session->history().add(&e));
        }
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto& [code, name] : Languages::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    // The main window fits 1024×768 with a code on the card: what the receptionist needs is
    // inside the window, whole, and nothing is drawn over anything else.
    void mainWindowFitsASmallScreen_data() { languages_data(); }
    void mainWindowFitsASmallScreen()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showLongCode(&window);
        settle(&window);

        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("%s: the main window needs at least %dx%d", qPrintable(language), needed.width(), needed.height());
        QVERIFY2(needed.width() <= 1000, qPrintable(QStringLiteral("needs %1 px wide").arg(needed.width())));
        QVERIFY2(needed.height() <= 768, qPrintable(QStringLiteral("needs %1 px high").arg(needed.height())));

        window.resize(1024, 768);
        settle(&window);
        QCOMPARE(window.size(), QSize(1024, 768));
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/main-1024x768-%1.png").arg(language));

        QStringList problems;
        for (const char* name : {"codeLabel", "copyPushButton", "copyMessagePushButton", "printPushButton",
                                 "savePdfPushButton", "issuePushButton", "slipLanguageComboBox"}) {
            auto* w = requireChild<QWidget>(&window, name);
            if (!w->isVisible()) {
                problems << QStringLiteral("%1 is hidden").arg(QLatin1String(name));
                continue;
            }
            const QRect inWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
            if (!window.rect().contains(inWindow))
                problems << QStringLiteral("%1 at %2 lies outside the window").arg(QLatin1String(name), rectText(inWindow));
            const QRect shown = unclippedRect(w, &window);
            if (shown != w->rect())
                problems << QStringLiteral("%1 shows only %2 of %3").arg(QLatin1String(name), rectText(shown),
                                                                         rectText(w->rect()));
        }
        problems += cutTexts(&window);
        problems += overlaps(&window);
        problems += cutRows(requireChild<QListView>(&window, "lockListView"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // As small as it goes (a note once overlapped a check box there): still nothing drawn over
        // anything else, nothing cut short.
        window.resize(needed);
        settle(&window);
        problems = cutTexts(&window) + overlaps(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // On the common 1366×768 screen the history shows a useful page of codes.
    void historyShowsEightRows_data() { languages_data(); }
    void historyShowsEightRows()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showLongCode(&window);
        window.resize(1366, 768);
        settle(&window);
        auto* table = requireChild<QTableView>(&window, "historyTableView");
        QVERIFY(table->model()->rowCount() >= 8);
        const int rowHeight = table->rowHeight(0);
        const int fullRows = rowHeight > 0 ? table->viewport()->height() / rowHeight : 0;
        qInfo("%s: at 1366x768 the history shows %d full rows", qPrintable(language), fullRows);
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/main-1366x768-%1.png").arg(language));
        QVERIFY2(fullRows >= 8, qPrintable(QStringLiteral("%1 full rows").arg(fullRows)));
        const QStringList problems = overlaps(&window) + cutTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every error line of Settings takes its own room: none is drawn over the help text.
    void settingsErrorsTakeTheirOwnRoom_data() { languages_data(); }
    void settingsErrorsTakeTheirOwnRoom()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        SettingsDialog dialog(m_session->settings(), m_session->site(), QString(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(requireChild<QLineEdit>(&dialog, "apiKeyLineEdit"), QStringLiteral("abc-123"));
        auto* host = requireChild<QLineEdit>(&dialog, "apiHostLineEdit");
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("http://api-connect.codelocks.io"));
        auto* zone = requireChild<QComboBox>(&dialog, "deskTimeZoneComboBox");
        zone->setEditText(QStringLiteral("Mars/Olympus"));
        QTest::mouseClick(requireChild<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* tabs = requireChild<QTabWidget>(&dialog, "settingsTabWidget");
        QStringList problems;
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            settle(&dialog);
            problems += overlaps(&dialog);
            problems += cutTexts(&dialog);
            if (dialog.width() < dialog.minimumSizeHint().width())
                problems << QStringLiteral("page %1 needs %2 px wide, the dialog is %3").arg(page + 1).arg(dialog.minimumSizeHint().width()).arg(dialog.width());
            if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog.grab().save(dir + QStringLiteral("/settings-errors-%1-page%2.png").arg(language).arg(page + 1));
        }
        // On a 768-pixel screen (less a title bar and a panel), narrowed as far as it goes: the
        // dialog fits, and the error lines still keep their room.
        tabs->setCurrentIndex(0);
        dialog.resize(dialog.minimumSizeHint().width(), 640);
        settle(&dialog);
        if (dialog.height() > 640)
            problems << QStringLiteral("with its errors shown the dialog cannot be less than %1 px high").arg(dialog.height());
        problems += overlaps(&dialog);
        problems += cutTexts(&dialog);
        for (const char* name : {"apiKeyErrorLabel", "apiHostErrorLabel"}) {
            if (!requireChild<QLabel>(&dialog, name)->isVisible())
                problems << QStringLiteral("%1 is not shown").arg(QLatin1String(name));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The host's address is one word: a line never breaks inside it ("api-⏎connect").
    void settingsAddressIsNeverBroken_data() { languages_data(); }
    void settingsAddressIsNeverBroken()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        SettingsDialog dialog(m_session->settings(), m_session->site(), QString(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* host = requireChild<QLineEdit>(&dialog, "apiHostLineEdit");
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("http://api-connect.codelocks.io"));
        QTest::mouseClick(requireChild<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        auto* error = requireChild<QLabel>(&dialog, "apiHostErrorLabel");
        QTRY_VERIFY(error->isVisible());
        // Lay the text out as the label does, at every width from narrow to wide.
        QTextDocument document;
        document.setDefaultFont(error->font());
        document.setDocumentMargin(0);
        if (Qt::mightBeRichText(error->text()) || error->textFormat() == Qt::RichText)
            document.setHtml(error->text());
        else
            document.setPlainText(error->text());
        const QString plain = document.toPlainText();
        // The address as shown (it may carry invisible joiners): from "https:" to its "io".
        const int at = plain.indexOf(QLatin1String("https:"), plain.indexOf(QLatin1String("https:")) + 1);
        QVERIFY2(at >= 0, qPrintable(plain));
        const int end = plain.indexOf(QLatin1String("io"), at) + 2;
        const int addressWidth = QFontMetrics(error->font()).horizontalAdvance(plain.mid(at, end - at));
        // Every width the label can have in the dialog where the address fits on a line.
        for (int width = addressWidth + 4; width <= 700; width += 7) {
            document.setTextWidth(width);
            (void)document.size(); // lays the text out
            const QTextBlock block = document.findBlock(at);
            const QTextLine line = block.layout()->lineForTextPosition(at - block.position());
            QVERIFY(line.isValid());
            QVERIFY2(line.textStart() + line.textLength() >= end - block.position(),
                     qPrintable(QStringLiteral("at %1 px the address breaks: \"%2\"")
                                    .arg(width)
                                    .arg(plain.mid(block.position() + line.textStart(), line.textLength()))));
        }
    }

    // A plain http:// host is flagged as it is typed, not only when Save is pressed.
    void settingsFlagsAnInsecureHostWhileTyping()
    {
        SettingsDialog dialog(m_session->settings(), m_session->site(), QString(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* host = requireChild<QLineEdit>(&dialog, "apiHostLineEdit");
        auto* error = requireChild<QLabel>(&dialog, "apiHostErrorLabel");
        host->setFocus();
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("http://api-connect.codelocks.io"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("https://")));
        // Put right, the error goes at once.
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("https://api-connect.codelocks.io"));
        QTRY_VERIFY(!error->isVisible());
    }

    // The lock dialog's fields stay where they are while errors come and go (a click meant for a
    // field lands in it), and the dialog is its own size again once they are gone.
    void lockDialogFieldsStayPut_data() { languages_data(); }
    void lockDialogFieldsStayPut()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        Lock lock;
        LockDialog dialog(lock, {QStringLiteral("Room 101")}, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(&dialog);
        const QList<const char*> fields = {"nameLineEdit", "groupLineEdit", "modelComboBox", "timecodeLineEdit",
                                           "lockNumberLineEdit", "timeZoneComboBox", "clockFollowsDstCheckBox",
                                           "modeComboBox", "favouriteCheckBox"};
        const auto geometries = [&dialog, &fields] {
            QList<QRect> rects;
            for (const char* name : fields) {
                auto* w = requireChild<QWidget>(&dialog, name);
                rects << QRect(w->mapTo(&dialog, QPoint(0, 0)), w->size());
            }
            return rects;
        };
        const QList<QRect> before = geometries();
        const int height = dialog.height();

        const auto type = [&dialog](const char* name, const QString& text) {
            auto* edit = requireChild<QLineEdit>(&dialog, name);
            edit->setFocus();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, text);
        };
        type("nameLineEdit", QStringLiteral("room 101")); // already taken
        type("timecodeLineEdit", QStringLiteral("2026"));
        type("lockNumberLineEdit", QStringLiteral("0921"));
        settle(&dialog);
        QVERIFY(requireChild<QLabel>(&dialog, "nameErrorLabel")->isVisible());
        QVERIFY(requireChild<QLabel>(&dialog, "timecodeErrorLabel")->isVisible());
        QVERIFY(requireChild<QLabel>(&dialog, "lockNumberErrorLabel")->isVisible());
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/lock-dialog-errors-%1.png").arg(language));
        const QList<QRect> during = geometries();
        for (int i = 0; i < fields.size(); ++i)
            QVERIFY2(during.at(i) == before.at(i), qPrintable(QStringLiteral("%1 moved from %2 to %3")
                                                                  .arg(QLatin1String(fields.at(i)), rectText(before.at(i)),
                                                                       rectText(during.at(i)))));
        QStringList problems = overlaps(&dialog) + cutTexts(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        type("nameLineEdit", QStringLiteral("Room 9"));
        type("timecodeLineEdit", QStringLiteral("202604221226"));
        type("lockNumberLineEdit", QStringLiteral("921239"));
        settle(&dialog);
        QVERIFY(!requireChild<QLabel>(&dialog, "nameErrorLabel")->isVisible());
        QTRY_COMPARE(dialog.height(), height);
        QCOMPARE(geometries(), before);
    }
};

QTEST_MAIN(TestLayoutFit)
#include "tst_layout_fit.moc"
