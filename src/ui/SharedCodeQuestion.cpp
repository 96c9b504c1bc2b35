#include "SharedCodeQuestion.h"

#include "DialogSeams.h"
#include "DisplayText.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

QString SharedCodeQuestion::text(const HistoryEntry& holder, const QString& guestName, const QString& room,
                                 const QTimeZone& deskZone)
{
    const QString owner = HistoryEntry::holderText(holder.guestName, holder.room);
    const QString newcomer = HistoryEntry::holderText(guestName, room);
    const QString by = holder.issuedBy.trimmed().isEmpty()
                           ? QCoreApplication::translate("SharedCodeQuestion", "an unnamed desk user")
                           : DisplayText::visible(holder.issuedBy);
    QStringList paragraphs;
    paragraphs << QCoreApplication::translate("SharedCodeQuestion", "This code already belongs to %1.").arg(owner);
    paragraphs << QCoreApplication::translate("SharedCodeQuestion", "It was issued %1 by %2 for %3, valid %4: the "
                                                                    "same lock, start and length as this order.")
                      .arg(TimeText::dateTime(holder.issuedAtUtc.toTimeZone(deskZone)), by,
                           DisplayText::visible(holder.lockName),
                           TimeText::window(holder.windowStartUtc, holder.windowEndUtc, deskZone));
    paragraphs << (newcomer.isEmpty()
                       ? QCoreApplication::translate("SharedCodeQuestion", "Giving it to this order too means two "
                                                                           "people open the same door with the same "
                                                                           "code in the same window.")
                       : QCoreApplication::translate("SharedCodeQuestion", "Giving it to %1 too means both guests open "
                                                                           "the same door with the same code in the "
                                                                           "same window.")
                             .arg(newcomer));
    paragraphs << QCoreApplication::translate("SharedCodeQuestion", "For a code of their own, cancel and choose a "
                                                                    "different start: a different start gives a "
                                                                    "different code.");
    return paragraphs.join(QStringLiteral("\n\n"));
}

bool SharedCodeQuestion::ask(QWidget* parent, const HistoryEntry& holder, const QString& guestName,
                             const QString& room, const QTimeZone& deskZone)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("sharedCodeMessageBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("SharedCodeQuestion", "Code already given to another guest"));
    box.setText(text(holder, guestName, room, deskZone));
    QPushButton* share = box.addButton(QCoreApplication::translate("SharedCodeQuestion", "&Give the same code to this guest too"), QMessageBox::AcceptRole);
    share->setObjectName(QStringLiteral("shareCodePushButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSharePushButton"));
    // Never by a stray Enter: sharing a door code is a choice.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    return MessageBox::exec(box, share);
}
