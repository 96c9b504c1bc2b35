#pragma once

#include <QString>

// Text from a user, the database or a service, made safe to print on a terminal. A guest name or
// a lock name can carry escape sequences that clear the screen, retitle the window or write the
// clipboard (OSC 52), and bidi overrides that make "Room 12" read as something else. visible()
// keeps ordinary text as it is and replaces each control character with a printable escape:
//   U+0000–U+001F and DEL (U+007F)  -> \t, \n, \r for those three, otherwise \xHH (\x1b, \x07, \x7f)
//   C1 controls U+0080–U+009F       -> \uHHHH (\u009b)
//   bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
//   U+061C) and the line and paragraph separators (U+2028, U+2029) -> \uHHHH (\u202e)
// Backslashes are left alone: the point is that nothing reaches the terminal as a control, and a
// name with a backslash in it should still read naturally. Tabs and newlines are escaped too, so
// one field can never break a tab-separated table or start a fake line.
// Data formats (JSON, CSV files) keep their text exact and do not use this.
namespace TerminalText {
QString visible(const QString& text);
} // namespace TerminalText
