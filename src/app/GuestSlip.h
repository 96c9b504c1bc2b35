#pragma once

#include "HistoryEntry.h"
#include "Lock.h"

#include <QString>
#include <QTimeZone>

class QTextDocument;

// What a guest is handed: the slip (HTML for QTextDocument) and the ready-to-send message used by
// "Copy message" and "Email". All values are HTML-escaped.
// Paper the slip is laid out for.
enum class SlipLayout { A4, Letter, Receipt80mm };

struct SlipDetails {
    HistoryEntry entry;
    QString propertyName;
    QString helpPhone;
    // How to enter the code: empty for the lock model's own wording, which the slip writes in its
    // language (GuestSlip::entryInstructions); set only to say something else.
    QString entryInstructions;
    QTimeZone deskZone;
    ClockFrame lockFrame;
    // Guests are at the lock: their times are the civil time of the lock's zone.
    QTimeZone guestZone() const { return lockFrame.zone.isValid() ? lockFrame.zone : deskZone; }
    bool demo = false;
    SlipLayout layout = SlipLayout::A4;
    QString language; // the guest's language for the slip and message ("" = the desk's)
};

class GuestSlip {
public:
    static QString html(const SlipDetails& details);
    // The slip's instructions in the language in force: details.entryInstructions, else the lock
    // model's wording.
    static QString entryInstructions(const SlipDetails& details);
    static QString message(const SlipDetails& details);
    static QString emailSubject(const SlipDetails& details);
    static QString layoutName(SlipLayout layout);               // "a4", "letter", "receipt-80mm"
    static SlipLayout layoutFromName(const QString& name);
    // Renders the slip into `document`, sized for a page of `pageWidthPoints`.
    static void fill(QTextDocument* document, const SlipDetails& details);
    // Characters in the slip's values (guest, room, lock, property, instructions) that the slip's
    // font cannot print: the slip leaves them out rather than print an empty box. Empty when all
    // print, or without a GUI application (no fonts to ask).
    static QString unprintableCharacters(const SlipDetails& details);
    // What the desk is told before printing when some cannot be printed (translated); "" otherwise.
    static QString unprintableWarning(const SlipDetails& details);
};
