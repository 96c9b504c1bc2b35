#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

// Colours for problems and notices that stay readable on the system palette, light or dark:
// a fixed dark red on a dark window would vanish, so dark palettes get lighter shades.
namespace StatusColours {

bool isDark(const QPalette& palette);
QColor problem(const QPalette& palette);
QColor notice(const QPalette& palette);
// Style sheets for a label, e.g. "color: #b00020; font-weight: bold;".
QString problemStyle(const QPalette& palette, bool bold = false);
QString noticeStyle(const QPalette& palette, bool bold = false);
// Gives every label under root whose object name ends in "ErrorLabel" the problem colour.
void styleErrorLabels(QWidget* root);

} // namespace StatusColours
