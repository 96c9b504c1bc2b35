#include "AuditLogDialog.h"

#include "AppSession.h"
#include "AuditLog.h"
#include "DisplayText.h"
#include "TimeText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(AppSession& session, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    const QList<AuditEntry> entries = session.auditLog().recent(1000);
    auto* table = new QTableWidget(int(entries.size()), 5, this);
    table->setObjectName(QStringLiteral("auditLogTableWidget"));
    table->setAccessibleName(tr("Audit log"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Desk"), tr("What"), tr("Detail")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry& e = entries.at(row);
        const QString name = DisplayText::visible(e.staffName);
        const QString who = e.dbLogin.isEmpty() || e.dbLogin == e.staffName
                                ? name
                                : tr("%1 (login %2)").arg(name, DisplayText::visible(e.dbLogin));
        // Items show text as it is: nothing typed by a person is read as markup, and invisible
        // controls in it are shown as markers (a name cannot reorder the row).
        const QStringList cells = {TimeText::dateTime(e.atUtc.toTimeZone(session.deskZone())), who,
                                   DisplayText::visible(e.desk), DisplayText::visible(e.action),
                                   DisplayText::visible(e.detail)};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    auto* summary = new QLabel(tr("The last %n change(s) made as a manager, newest first.", nullptr, int(entries.size())), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}
