#include "WrappingCheckBox.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace {
constexpr int kTextFlags = Qt::TextWordWrap | Qt::TextShowMnemonic | Qt::AlignLeft | Qt::AlignTop;
}

WrappingCheckBox::WrappingCheckBox(QWidget* parent)
    : QCheckBox(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrappingCheckBox::indicatorSpace() const
{
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this)
           + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this);
}

QRect WrappingCheckBox::textRect(int width) const
{
    const int textWidth = qMax(1, width - indicatorSpace());
    return fontMetrics().boundingRect(QRect(0, 0, textWidth, 100000), kTextFlags, text());
}

QSize WrappingCheckBox::sizeHint() const
{
    // One line where there is room for it.
    const QSize line = fontMetrics().size(Qt::TextShowMnemonic, text());
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return {indicatorSpace() + line.width() + 2, qMax(indicator, line.height()) + 2};
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    // The longest word on a line of its own.
    int longest = 0;
    for (const QString& word : text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = qMax(longest, fontMetrics().horizontalAdvance(QString(word).remove(QLatin1Char('&'))));
    // One line high: layouts ask heightForWidth() for the lines at the width they give.
    return {indicatorSpace() + longest + 2, sizeHint().height()};
}

int WrappingCheckBox::heightForWidth(int width) const
{
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return qMax(indicator, textRect(width).height()) + 2;
}

void WrappingCheckBox::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    // The indicator alone, at the top left; then the text wrapped beside it.
    option.text.clear();
    option.rect = QRect(0, 0, indicatorSpace(), sizeHint().height());
    painter.drawControl(QStyle::CE_CheckBox, option);
    initStyleOption(&option);
    const QRect text(indicatorSpace(), 1, width() - indicatorSpace(), height() - 1);
    painter.drawItemText(text, kTextFlags, option.palette, isEnabled(), option.text, QPalette::WindowText);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = textRect(width()).translated(indicatorSpace(), 1).adjusted(-1, -1, 1, 1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

bool WrappingCheckBox::hitButton(const QPoint& pos) const
{
    return rect().contains(pos);
}
