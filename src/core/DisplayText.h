#pragma once

#include <QString>

// Text from a person or the store (guest and lock names, rooms, groups, notes, staff names), made
// safe to show on screen, print on a slip or hand to a guest. Bidi controls can reorder what
// follows them — "Room \u202E21" reads "Room 12" — and other invisible controls can hide or
// split text, so every one of them is replaced by a visible marker naming it: ‹U+202E›.
//
// Made visible: the C0 and C1 controls and DEL (Cc, including tab and line breaks: a name is one
// line), every format character (Cf: bidi embeddings, overrides, isolates and marks, the Arabic
// letter mark, zero-width space, word joiner, byte order mark, soft hyphen, tag characters…), the
// line and paragraph separators, and a lone surrogate.
// Kept as typed: letters, marks and digits of every script (Arabic and Hebrew read right to left
// by themselves and need no control), emoji, and the zero-width non-joiner and joiner (U+200C,
// U+200D), which Persian, the Indic scripts and emoji sequences need to be spelled right.
//
// For showing only: edit fields, searches, exports and the database keep the text exact.
// The terminal has its own escapes (TerminalText).
namespace DisplayText {
QString visible(const QString& text);
// The marker for one code point: "‹U+202E›".
QString marker(char32_t codePoint);
} // namespace DisplayText
