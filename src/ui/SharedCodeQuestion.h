#pragma once

#include "HistoryEntry.h"

#include <QString>
#include <QTimeZone>

class QWidget;

// Asks the desk before a code another guest already holds is given to a second guest: whose code
// it is (guest, room, when and by whom it was issued), that both would open the same door with the
// same code in the same window, and that a different start gives a different code. Cancel is the
// default and what Escape does.
namespace SharedCodeQuestion {
// True when the desk chose to give the same code to `guestName`/`room` too.
bool ask(QWidget* parent, const HistoryEntry& holder, const QString& guestName, const QString& room,
         const QTimeZone& deskZone);
// The question's text (tests and the screenshot read it).
QString text(const HistoryEntry& holder, const QString& guestName, const QString& room, const QTimeZone& deskZone);
} // namespace SharedCodeQuestion
