#include "BatchIssueDialog.h"

#include "AppSession.h"
#include "BatchIssuer.h"
#include "CodeFormat.h"
#include "DisplayText.h"
#include "DialogSeams.h"
#include "TimeText.h"
#include "WallClockEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

BatchIssueDialog::BatchIssueDialog(AppSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_batch(new BatchIssuer(session.issuer(), session.history(), session.isDemo(), this))
    , m_filter(new QLineEdit(this))
    , m_locks(new QListWidget(this))
    , m_length(new QComboBox(this))
    , m_start(new WallClockEdit(this))
    , m_guest(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_issue(new QPushButton(tr("&Issue codes"), this))
    , m_results(new QTableWidget(0, 4, this))
    , m_print(new QPushButton(tr("&Print sheet…"), this))
    , m_csv(new QPushButton(tr("Save &CSV…"), this))
{
    setWindowTitle(tr("Issue codes for several locks"));
    setObjectName(QStringLiteral("batchIssueDialog"));
    m_filter->setObjectName(QStringLiteral("batchFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Narrow the list: a group, floor or name"));
    m_filter->setAccessibleName(tr("Narrow the list of locks"));
    m_locks->setObjectName(QStringLiteral("batchLocksListWidget"));
    m_locks->setAccessibleName(tr("Locks to issue codes for"));
    for (const Lock& lock : session.locks().all()) {
        if (lock.configuredMode != NetCodeMode::Standard)
            continue; // one standard length for all; rental locks are issued one by one
        auto* item = new QListWidgetItem(lock.group.isEmpty() ? DisplayText::visible(lock.name)
                                                             : QStringLiteral("%1 — %2").arg(DisplayText::visible(lock.name), DisplayText::visible(lock.group)),
                                         m_locks);
        item->setData(Qt::UserRole, lock.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_length->setObjectName(QStringLiteral("batchLengthComboBox"));
    //: How long the code stays valid (a duration in hours or days), not a length in metres.
    m_length->setAccessibleName(tr("Length"));
    for (const DurationOption& option : StandardDurations::all())
        m_length->addItem(option.label(), option.id);
    m_length->setCurrentIndex(2);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    m_start->setTimeZone(QTimeZone::UTC);
#else
    m_start->setTimeSpec(Qt::UTC);
#endif
    m_start->setObjectName(QStringLiteral("batchStartDateTimeEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_start->setCalendarPopup(true);
    const QDateTime wall = StartTimeRules::thisHour(session.clock().nowUtc(), session.deskZone());
    m_start->setDateTime(QDateTime(wall.date(), wall.time(), QTimeZone::utc()));
    m_guest->setObjectName(QStringLiteral("batchGuestLineEdit"));
    m_guest->setAccessibleName(tr("Guest or group name"));
    m_reference->setObjectName(QStringLiteral("batchReferenceLineEdit"));
    m_reference->setAccessibleName(tr("Booking reference"));
    m_summary->setObjectName(QStringLiteral("batchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_issue->setObjectName(QStringLiteral("batchIssuePushButton"));
    m_results->setObjectName(QStringLiteral("batchResultsTableWidget"));
    //: A door or locker keypad lock (noun), not the verb 'to lock'.
    const QString lockHeader = tr("Lock");
    //: The keypad code a guest types on the lock (a NetCode), not program code.
    const QString codeHeader = tr("Code");
    m_results->setHorizontalHeaderLabels({lockHeader, codeHeader, tr("Valid"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_print->setObjectName(QStringLiteral("batchPrintPushButton"));
    m_csv->setObjectName(QStringLiteral("batchCsvPushButton"));
    m_print->setEnabled(false);
    m_csv->setEnabled(false);

    auto* form = new QFormLayout;
    //: How long the code stays valid (a duration in hours or days), not a length in metres.
    form->addRow(tr("&Length:"), m_length);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Guest or group:"), m_guest);
    form->addRow(tr("Booking r&eference:"), m_reference);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_csv);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_locks, 1);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);
    layout->addWidget(close);
    resize(720, 640);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_locks->count(); ++i)
            m_locks->item(i)->setHidden(!m_locks->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_locks, &QListWidget::itemChanged, this, &BatchIssueDialog::updateSummary);
    connect(m_length, &QComboBox::currentIndexChanged, this, &BatchIssueDialog::updateSummary);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &BatchIssueDialog::updateSummary);
    connect(m_issue, &QPushButton::clicked, this, &BatchIssueDialog::issue);
    connect(m_batch, &BatchIssuer::progressed, this, [this](int done, int total) {
        m_summary->setText(tr("Issued %1 of %2…").arg(done).arg(total));
    });
    connect(m_batch, &BatchIssuer::finished, this, &BatchIssueDialog::showResults);
    connect(m_print, &QPushButton::clicked, this, &BatchIssueDialog::printSheet);
    connect(m_csv, &QPushButton::clicked, this, &BatchIssueDialog::saveCsv);
    updateSummary();
}

QList<IssueOrder> BatchIssueDialog::orders(QStringList* problems) const
{
    QList<IssueOrder> result;
    const QDateTime wall = m_start->dateTime();
    for (int i = 0; i < m_locks->count(); ++i) {
        const QListWidgetItem* item = m_locks->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        Lock lock;
        if (!m_session.locks().find(item->data(Qt::UserRole).toLongLong(), &lock))
            continue;
        StartRequest request;
        request.wallDate = wall.date();
        request.wallTime = wall.time();
        request.deskZone = m_session.deskZone();
        request.frame = lock.clockFrame();
        request.duration = *StandardDurations::byId(m_length->currentData().toInt());
        request.mode = request.duration.mode;
        request.nowUtc = m_session.clock().nowUtc();
        IssueOrder order;
        order.lock = lock;
        order.plan = StartTimeRules::plan(request);
        order.guestName = m_guest->text().trimmed();
        order.reference = m_reference->text().trimmed();
        if (!order.plan.isOk())
            problems->append(QStringLiteral("%1: %2").arg(lock.name, order.plan.refusal));
        result.append(order);
    }
    return result;
}

void BatchIssueDialog::updateSummary()
{
    QStringList problems;
    const QList<IssueOrder> all = orders(&problems);
    if (all.isEmpty()) {
        m_summary->setText(tr("Tick the locks to issue codes for."));
    } else if (!problems.isEmpty()) {
        m_summary->setText(problems.join(QLatin1Char('\n')));
    } else if (m_session.isDemo()) {
        m_summary->setText(tr("%n lock(s): demo codes from the built-in simulator, nothing is billed.", nullptr, int(all.size())));
    } else {
        const int billed = m_batch->billedRequests(all);
        const int free = int(all.size()) - billed;
        QString text = tr("%n lock(s).", nullptr, int(all.size())) + QLatin1Char(' ')
                       + tr("%n billed request(s) will be sent to the Codelocks service.", nullptr, billed);
        const int held = m_batch->heldByOtherGuests(all);
        if (free - held > 0)
            text += QLatin1Char(' ') + tr("%n code(s) come from history free of charge.", nullptr, free - held);
        if (held > 0)
            text += QLatin1Char(' ') + tr("%n code(s) already belong to another guest and will be skipped (issue "
                                          "those on their own to give the same code).", nullptr, held);
        m_summary->setText(text);
    }
    m_issue->setEnabled(!all.isEmpty() && problems.isEmpty() && !m_batch->isRunning());
}

void BatchIssueDialog::issue()
{
    QStringList problems;
    const QList<IssueOrder> all = orders(&problems);
    if (all.isEmpty() || !problems.isEmpty())
        return;
    m_issue->setEnabled(false);
    m_results->setRowCount(0);
    m_batch->run(all);
}

void BatchIssueDialog::showResults()
{
    const QList<IssueOutcome>& results = m_batch->results();
    m_results->setRowCount(int(results.size()));
    int issued = 0;
    for (int row = 0; row < results.size(); ++row) {
        const IssueOutcome& r = results.at(row);
        issued += r.ok ? 1 : 0;
        const QStringList cells = {
            DisplayText::visible(r.entry.lockName), r.ok ? CodeFormat::grouped(r.entry.code) : QString(),
            r.ok ? TimeText::window(r.entry.windowStartUtc, r.entry.windowEndUtc, m_session.deskZone()) : QString(),
            r.ok ? (r.reused ? tr("Reissued from history — no new charge") : tr("Issued")) : r.errorText};
        for (int column = 0; column < cells.size(); ++column)
            m_results->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_results->resizeColumnsToContents();
    m_summary->setText(tr("%1 of %n code(s) issued and saved in history.", nullptr, int(results.size())).arg(issued));
    m_print->setEnabled(true);
    m_csv->setEnabled(true);
    m_issue->setEnabled(true);
}

void BatchIssueDialog::printSheet()
{
    QTextDocument document;
    document.setHtml(BatchIssuer::sheetHtml(m_batch->results(), m_session.deskZone(), m_session.site().propertyName(),
                                            m_session.isDemo()));
    const QString path = FileDialog::getSaveFileName(this, tr("Save the sheet as PDF (cancel to print instead)"),
                                                     tr("codes.pdf"), tr("PDF files (*.pdf)"));
    QPrinter printer(QPrinter::HighResolution);
    if (!path.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        document.print(&printer);
        return;
    }
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&document](QPrinter* target) { document.print(target); });
    preview.exec();
}

void BatchIssueDialog::saveCsv()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Save codes as CSV"), tr("codes.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(BatchIssuer::sheetCsv(m_batch->results(), m_session.deskZone()).toUtf8()) < 0)
        MessageBox::warning(this, tr("Save codes as CSV"), tr("%1 could not be written: %2").arg(path, file.errorString()));
}
