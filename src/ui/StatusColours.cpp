#include "StatusColours.h"

#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace StatusColours {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor problem(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor notice(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x4e, 0x79);
}

static QString style(const QColor& colour, bool bold)
{
    return QStringLiteral("color: %1;%2").arg(colour.name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QString problemStyle(const QPalette& palette, bool bold)
{
    return style(problem(palette), bold);
}

QString noticeStyle(const QPalette& palette, bool bold)
{
    return style(notice(palette), bold);
}

void styleErrorLabels(QWidget* root)
{
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->objectName().endsWith(QLatin1String("ErrorLabel")))
            label->setStyleSheet(problemStyle(root->palette()));
}

} // namespace StatusColours
