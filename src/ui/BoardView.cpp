#include "BoardView.h"

#include "BoardRepository.h"
#include "Clock.h"
#include "DisplayText.h"
#include "StatusColours.h"
#include "TimeText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
// The cache holds a few screens of rows; beyond this it is emptied and refilled from what is shown.
constexpr qsizetype kCacheLimit = 2000;

QColor mixed(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)), float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}
} // namespace

BoardView::BoardView(BoardRepository& store, const Clock& clock, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_store(store)
    , m_clock(clock)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Board: codes per lock over time"));
    m_firstDay = m_clock.nowUtc().toTimeZone(m_zone).date();
}

void BoardView::setDeskZone(const QTimeZone& zone)
{
    m_zone = zone;
    invalidate();
}

void BoardView::setLocks(const QList<BoardLock>& locks)
{
    const qint64 currentLock = m_currentRow >= 0 && m_currentRow < m_locks.size() ? m_locks.at(m_currentRow).id : 0;
    m_locks = locks;
    m_currentRow = -1;
    m_currentBar = -1;
    for (int row = 0; currentLock > 0 && row < m_locks.size(); ++row) {
        if (m_locks.at(row).id == currentLock) {
            m_currentRow = row;
            break;
        }
    }
    if (m_currentRow < 0 && !m_locks.isEmpty())
        m_currentRow = 0;
    updateScrollBars();
    viewport()->update();
    emit currentChanged();
}

void BoardView::setRange(const QDate& firstDay, int days)
{
    if (firstDay == m_firstDay && days == m_days)
        return;
    m_firstDay = firstDay;
    m_days = std::max(1, days);
    m_currentBar = -1;
    invalidate();
    updateScrollBars();
}

void BoardView::setVisibleDays(int days)
{
    zoomAround(days, zoomAnchor());
}

double BoardView::dayAt(int viewportX) const
{
    return (horizontalScrollBar()->value() + viewportX - nameWidth()) / dayWidth();
}

double BoardView::zoomAnchor() const
{
    const double shownFrom = dayAt(nameWidth());
    const double shownTo = dayAt(viewport()->width());
    if (m_currentRow >= 0 && m_currentBar >= 0) {
        const auto it = m_cache.constFind(m_locks.at(m_currentRow).id);
        if (it != m_cache.constEnd() && m_currentBar < it->bars.size()) {
            const BoardBar& bar = it->bars.at(m_currentBar);
            const double from = std::max(0.0, bar.startX);
            const double to = std::min(double(m_days), bar.endX);
            // The part of the bar on screen stays on screen; a bar off screen comes to the middle.
            const double visibleFrom = std::max(from, shownFrom);
            const double visibleTo = std::min(to, shownTo);
            return visibleFrom < visibleTo ? (visibleFrom + visibleTo) / 2 : (from + to) / 2;
        }
    }
    const double now = BoardLayout::dayPosition(m_clock.nowUtc(), m_firstDay, m_zone);
    if (now >= shownFrom && now <= shownTo)
        return now;
    return (shownFrom + shownTo) / 2;
}

void BoardView::zoomAround(int days, double anchorDay)
{
    days = std::clamp(days, 1, m_days);
    if (days == m_visibleDays)
        return;
    const int timeWidth = viewport()->width() - nameWidth();
    double offset = anchorDay * dayWidth() - horizontalScrollBar()->value(); // from the left of the time area
    if (offset < 0 || offset > timeWidth)
        offset = timeWidth / 2.0;
    m_visibleDays = days;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(anchorDay * dayWidth() - offset)));
    viewport()->update();
    emit visibleDaysChanged(days);
}

void BoardView::zoomIn()
{
    for (auto it = std::rbegin(kZoomLevels); it != std::rend(kZoomLevels); ++it) {
        if (*it < m_visibleDays) {
            setVisibleDays(*it);
            return;
        }
    }
}

void BoardView::zoomOut()
{
    for (const int level : kZoomLevels) {
        if (level > m_visibleDays) {
            setVisibleDays(level);
            return;
        }
    }
}

void BoardView::invalidate()
{
    m_cache.clear();
    viewport()->update();
}

void BoardView::scrollToNow()
{
    const double now = BoardLayout::dayPosition(m_clock.nowUtc(), m_firstDay, m_zone);
    horizontalScrollBar()->setValue(int(std::lround(now * dayWidth() - (viewport()->width() - nameWidth()) / 3.0)));
}

int BoardView::nameWidth() const
{
    return std::min(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12, std::max(80, viewport()->width() / 4));
}

int BoardView::headerHeight() const
{
    return fontMetrics().lineSpacing() * 2 + 8;
}

int BoardView::rowHeight() const
{
    return fontMetrics().lineSpacing() * 2 + 10;
}

double BoardView::dayWidth() const
{
    return std::max(1.0, double(viewport()->width() - nameWidth()) / m_visibleDays);
}

void BoardView::updateScrollBars()
{
    const int body = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, int(m_locks.size()) * rowHeight() - body));
    verticalScrollBar()->setPageStep(body);
    verticalScrollBar()->setSingleStep(rowHeight());
    const int timeWidth = std::max(0, viewport()->width() - nameWidth());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::lround(m_days * dayWidth())) - timeWidth));
    horizontalScrollBar()->setPageStep(timeWidth);
    horizontalScrollBar()->setSingleStep(std::max(1, int(dayWidth() / 24)));
}

void BoardView::resizeEvent(QResizeEvent* event)
{
    const double oldWidth = dayWidth();
    const double left = oldWidth > 0 ? horizontalScrollBar()->value() / oldWidth : 0;
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(left * dayWidth())));
}

void BoardView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void BoardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateScrollBars();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void BoardView::load(int firstRow, int lastRow)
{
    firstRow = std::max(0, firstRow);
    lastRow = std::min(int(m_locks.size()) - 1, lastRow);
    const auto missingIds = [&] {
        QList<qint64> ids;
        for (int row = firstRow; row <= lastRow; ++row)
            if (!m_cache.contains(m_locks.at(row).id))
                ids << m_locks.at(row).id;
        return ids;
    };
    QList<qint64> missing = missingIds();
    if (missing.isEmpty())
        return;
    if (m_cache.size() + missing.size() > kCacheLimit) {
        m_cache.clear();
        missing = missingIds();
    }
    const QDateTime from = m_firstDay.startOfDay(m_zone);
    const QDateTime to = m_firstDay.addDays(m_days).startOfDay(m_zone);
    const QList<HistoryEntry> rows = m_store.windows(missing, from, to);
    ++m_storeReads;
    QHash<qint64, QList<HistoryEntry>> byLock;
    for (const HistoryEntry& row : rows)
        byLock[row.lockId] << row;
    const QDateTime now = m_clock.nowUtc();
    for (const qint64 id : missing) {
        RowBars bars;
        bars.bars = BoardLayout::bars(byLock.value(id), m_firstDay, m_zone, now);
        bars.lanes = BoardLayout::laneCount(bars.bars);
        m_cache.insert(id, bars);
    }
}

const BoardView::RowBars& BoardView::rowBars(int row)
{
    const qint64 id = m_locks.at(row).id;
    auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd()) {
        // Rows reached by the keyboard or a jump: read this screen's worth around them at once.
        const int screen = std::max(1, (viewport()->height() - headerHeight()) / rowHeight());
        load(row - screen, row + screen);
        it = m_cache.constFind(id);
    }
    return *it;
}

const QList<BoardBar>& BoardView::barsOf(int row)
{
    return rowBars(row).bars;
}

qint64 BoardView::currentHistoryId() const
{
    if (m_currentRow < 0 || m_currentRow >= m_locks.size() || m_currentBar < 0)
        return 0;
    const auto it = m_cache.constFind(m_locks.at(m_currentRow).id);
    if (it == m_cache.constEnd() || m_currentBar >= it->bars.size())
        return 0;
    return it->bars.at(m_currentBar).historyId;
}

void BoardView::setCurrent(int row, int bar)
{
    if (row < 0 || row >= m_locks.size())
        return;
    m_currentRow = row;
    const int count = int(barsOf(row).size());
    m_currentBar = count == 0 ? -1 : std::clamp(bar, -1, count - 1);
    ensureCurrentVisible();
    viewport()->update();
    if (m_currentBar >= 0)
        setAccessibleDescription(barToolTip(m_currentRow, m_currentBar));
    else
        setAccessibleDescription(DisplayText::visible(m_locks.at(row).name));
    emit currentChanged();
}

QRectF BoardView::barGeometry(int row, const BoardBar& bar, int lanes) const
{
    const double top = headerHeight() + row * rowHeight() - verticalScrollBar()->value() + 3;
    const double laneHeight = (rowHeight() - 6) / double(std::max(1, lanes));
    const double left = nameWidth() + bar.startX * dayWidth() - horizontalScrollBar()->value();
    const double width = std::max(4.0, (bar.endX - bar.startX) * dayWidth());
    return QRectF(left, top + bar.lane * laneHeight, width, laneHeight - 2);
}

QRect BoardView::barRect(int row, int bar)
{
    const RowBars& bars = rowBars(row);
    if (bar < 0 || bar >= bars.bars.size())
        return {};
    const QRect visible(nameWidth(), headerHeight(), viewport()->width() - nameWidth(), viewport()->height() - headerHeight());
    return barGeometry(row, bars.bars.at(bar), bars.lanes).toAlignedRect() & visible;
}

bool BoardView::hit(const QPoint& pos, int* row, int* bar)
{
    if (pos.x() < nameWidth() || pos.y() < headerHeight())
        return false;
    const int r = (pos.y() - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    if (r < 0 || r >= m_locks.size())
        return false;
    *row = r;
    *bar = -1;
    const RowBars& bars = rowBars(r);
    for (int i = 0; i < bars.bars.size(); ++i) {
        if (barGeometry(r, bars.bars.at(i), bars.lanes).adjusted(-1, -1, 1, 1).contains(pos)) {
            *bar = i;
            break;
        }
    }
    return true;
}

void BoardView::ensureCurrentVisible()
{
    if (m_currentRow < 0)
        return;
    const int body = viewport()->height() - headerHeight();
    const int top = m_currentRow * rowHeight();
    QScrollBar* v = verticalScrollBar();
    if (top < v->value())
        v->setValue(top);
    else if (top + rowHeight() > v->value() + body)
        v->setValue(top + rowHeight() - body);
    if (m_currentBar < 0)
        return;
    const BoardBar& bar = barsOf(m_currentRow).at(m_currentBar);
    const int timeWidth = viewport()->width() - nameWidth();
    const int start = int(std::lround(std::max(0.0, bar.startX) * dayWidth()));
    const int end = int(std::lround(std::min(double(m_days), bar.endX) * dayWidth()));
    QScrollBar* h = horizontalScrollBar();
    if (start < h->value() || end - start > timeWidth)
        h->setValue(start - 8);
    else if (end > h->value() + timeWidth)
        h->setValue(end - timeWidth + 8);
}

void BoardView::moveVertically(int rows)
{
    if (m_locks.isEmpty())
        return;
    // Keep to the same time: the bar on the new row nearest to the current bar (or the middle).
    double at = (horizontalScrollBar()->value() + (viewport()->width() - nameWidth()) / 2.0) / dayWidth();
    if (m_currentRow >= 0 && m_currentBar >= 0) {
        const BoardBar& bar = barsOf(m_currentRow).at(m_currentBar);
        at = (std::max(0.0, bar.startX) + std::min(double(m_days), bar.endX)) / 2;
    }
    const int row = std::clamp(m_currentRow + rows, 0, int(m_locks.size()) - 1);
    const QList<BoardBar>& bars = barsOf(row);
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < bars.size(); ++i) {
        const BoardBar& bar = bars.at(i);
        if (bar.endX <= 0 || bar.startX >= m_days)
            continue;
        const double distance = at < bar.startX ? bar.startX - at : (at > bar.endX ? at - bar.endX : 0);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    setCurrent(row, best);
}

void BoardView::keyPressEvent(QKeyEvent* event)
{
    const int page = std::max(1, (viewport()->height() - headerHeight()) / rowHeight() - 1);
    switch (event->key()) {
    case Qt::Key_Down:
        moveVertically(1);
        return;
    case Qt::Key_Up:
        moveVertically(m_currentRow < 0 ? 1 : -1);
        return;
    case Qt::Key_PageDown:
        moveVertically(page);
        return;
    case Qt::Key_PageUp:
        moveVertically(-page);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            moveVertically(-int(m_locks.size()));
            return;
        }
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            moveVertically(int(m_locks.size()));
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (m_currentRow < 0) {
            moveVertically(1);
            return;
        }
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        const int count = int(barsOf(m_currentRow).size());
        const int next = m_currentBar < 0 ? (step > 0 ? 0 : count - 1) : m_currentBar + step;
        if (next >= 0 && next < count)
            setCurrent(m_currentRow, next);
        else // no bar that way: move through time instead
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step * horizontalScrollBar()->pageStep() / 2);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const qint64 id = currentHistoryId(); id > 0) {
            emit entryActivated(id);
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void BoardView::mousePressEvent(QMouseEvent* event)
{
    int row = -1;
    int bar = -1;
    if (event->button() != Qt::LeftButton || !hit(event->position().toPoint(), &row, &bar)) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setCurrent(row, bar);
    // One click on a bar opens its history row: the board is for finding, History for acting.
    if (const qint64 id = currentHistoryId(); id > 0 && bar >= 0)
        emit entryActivated(id);
}

void BoardView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // The first click of the two has opened the bar's row already: once is enough.
    int row = -1;
    int bar = -1;
    if (event->button() == Qt::LeftButton && hit(event->position().toPoint(), &row, &bar)) {
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void BoardView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Around the time under the mouse, as maps zoom.
        const int x = int(event->position().x());
        const double anchor = x >= nameWidth() ? dayAt(x) : zoomAnchor();
        int next = m_visibleDays;
        if (event->angleDelta().y() > 0) {
            for (auto it = std::rbegin(kZoomLevels); it != std::rend(kZoomLevels); ++it) {
                if (*it < m_visibleDays) {
                    next = *it;
                    break;
                }
            }
        } else if (event->angleDelta().y() < 0) {
            for (const int level : kZoomLevels) {
                if (level > m_visibleDays) {
                    next = level;
                    break;
                }
            }
        }
        zoomAround(next, anchor);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

QString BoardView::barToolTip(int row, int bar)
{
    const QList<BoardBar>& bars = barsOf(row);
    if (bar < 0 || bar >= bars.size())
        return {};
    const BoardBar& b = bars.at(bar);
    HistoryEntry entry;
    if (!m_store.find(b.historyId, &entry))
        return b.label;
    QStringList lines = BoardLayout::details(entry, m_zone, m_clock.nowUtc());
    if (b.rowIds.size() > 1)
        lines << tr("One code, held by %n guest(s)", nullptr, int(b.rowIds.size()));
    if (b.overlaps)
        lines << tr("Another code works on this lock at the same time.");
    lines << tr("Click or press Enter to open it in History.");
    return lines.join(QLatin1Char('\n'));
}

bool BoardView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int row = -1;
        int bar = -1;
        if (hit(help->pos(), &row, &bar) && bar >= 0) {
            const RowBars& bars = rowBars(row);
            QToolTip::showText(help->globalPos(), barToolTip(row, bar), viewport(),
                               barGeometry(row, bars.bars.at(bar), bars.lanes).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void BoardView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette& pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const int first = verticalScrollBar()->value() / rowHeight();
    const int last = std::min(int(m_locks.size()) - 1,
                              (verticalScrollBar()->value() + viewport()->height() - headerHeight()) / rowHeight());
    if (first <= last) {
        // This screen and one either side in one read, so a scroll step rarely waits for the store.
        const bool missing = std::any_of(m_locks.cbegin() + first, m_locks.cbegin() + last + 1,
                                         [this](const BoardLock& lock) { return !m_cache.contains(lock.id); });
        if (missing)
            load(first - (last - first + 1), last + (last - first + 1));
    }
    paintRows(p, first, last);
    paintHeader(p);
    paintNames(p, first, last);
    if (m_locks.isEmpty()) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(viewport()->rect().adjusted(nameWidth(), headerHeight(), 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No locks match the group and search."));
    }
}

void BoardView::paintRows(QPainter& p, int firstRow, int lastRow)
{
    const QPalette& pal = palette();
    const int left = nameWidth();
    const QRect area(left, headerHeight(), viewport()->width() - left, viewport()->height() - headerHeight());
    p.save();
    p.setClipRect(area);
    const int scrollY = verticalScrollBar()->value();
    const int scrollX = horizontalScrollBar()->value();
    for (int row = firstRow; row <= lastRow; ++row) {
        const int top = headerHeight() + row * rowHeight() - scrollY;
        if (row % 2 == 1)
            p.fillRect(QRect(left, top, area.width(), rowHeight()), pal.color(QPalette::AlternateBase));
        if (row == m_currentRow && hasFocus())
            p.fillRect(QRect(left, top, area.width(), rowHeight()), mixed(pal.color(QPalette::Highlight), pal.color(QPalette::Base), 0.12));
    }
    // Day lines, and hour lines where there is room for them.
    const double dayW = dayWidth();
    const int firstDay = std::max(0, int(scrollX / dayW));
    const int lastDay = std::min(m_days, int((scrollX + area.width()) / dayW) + 1);
    const QColor dayLine = mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    const QColor hourLine = mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.12);
    const int hourStep = dayW >= 24 * 28 ? 1 : (dayW >= 8 * 28 ? 3 : (dayW >= 4 * 28 ? 6 : 0));
    for (int day = firstDay; day <= lastDay; ++day) {
        const int x = left + int(std::lround(day * dayW)) - scrollX;
        if (hourStep > 0 && day < m_days) {
            p.setPen(hourLine);
            for (int hour = hourStep; hour < 24; hour += hourStep) {
                const QDateTime at(m_firstDay.addDays(day), QTime(hour, 0), m_zone);
                const int hx = left + int(std::lround(BoardLayout::dayPosition(at.toUTC(), m_firstDay, m_zone) * dayW)) - scrollX;
                p.drawLine(hx, area.top(), hx, area.bottom());
            }
        }
        p.setPen(dayLine);
        p.drawLine(x, area.top(), x, area.bottom());
    }
    // Now: a line across every row, under the bars so it never hides a name (the header marks it too).
    const double now = BoardLayout::dayPosition(m_clock.nowUtc(), m_firstDay, m_zone);
    if (now >= 0 && now <= m_days) {
        const int x = left + int(std::lround(now * dayW)) - scrollX;
        p.setPen(QPen(StatusColours::notice(pal), 2));
        p.drawLine(x, area.top(), x, area.bottom());
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        const RowBars& bars = rowBars(row);
        for (int i = 0; i < bars.bars.size(); ++i) {
            const QRectF rect = barGeometry(row, bars.bars.at(i), bars.lanes);
            if (rect.right() < area.left() || rect.left() > area.right())
                continue;
            paintBar(p, bars.bars.at(i), rect, row == m_currentRow && i == m_currentBar);
        }
    }
    p.restore();
}

void BoardView::paintBar(QPainter& p, const BoardBar& bar, const QRectF& rect, bool current)
{
    const QPalette& pal = palette();
    const QColor problem = StatusColours::problem(pal);
    const bool past = bar.endUtc <= m_clock.nowUtc();
    QColor fill = pal.color(QPalette::Highlight);
    QColor text = pal.color(QPalette::HighlightedText);
    if (bar.inDoubt || bar.pending) {
        fill = pal.color(QPalette::Base);
        text = pal.color(QPalette::Text);
    } else if (past) {
        // Expired codes step back; what still works stands out.
        fill = mixed(pal.color(QPalette::Highlight), pal.color(QPalette::Base), 0.35);
        text = pal.color(QPalette::Text);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect, fill);
    if (bar.inDoubt) {
        // In doubt: hatched and outlined, a mark that does not depend on colour alone.
        p.fillRect(rect, QBrush(problem, Qt::BDiagPattern));
        p.setPen(QPen(problem, 2, Qt::DashLine));
        p.drawRect(rect.adjusted(1, 1, -1, -1));
    } else if (bar.pending) {
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (bar.overlaps) {
        // Two codes on one door: a thick outline and a cross-hatched band along the bottom.
        const double band = std::min(4.0, rect.height() / 5);
        p.fillRect(QRectF(rect.left(), rect.bottom() - band, rect.width(), band), QBrush(problem, Qt::DiagCrossPattern));
        p.setPen(QPen(problem, 2));
        p.drawRect(rect.adjusted(1, 1, -1, -1));
    }
    if (bar.endsToday && !bar.inDoubt) {
        p.fillRect(QRectF(rect.right() - 3, rect.top(), 3, rect.height()), StatusColours::notice(pal));
    }
    if (bar.firstUseX >= 0) {
        // First-use deadline: a tick with a small flag on top, in the notice colour.
        // A halo in the background colour keeps it visible on the bar's own colour.
        const double x = nameWidth() + bar.firstUseX * dayWidth() - horizontalScrollBar()->value();
        const QPointF flag[] = {{x, rect.top()}, {x + 8, rect.top() + 4}, {x, rect.top() + 8}};
        p.setPen(QPen(pal.color(QPalette::Base), 5));
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        p.setPen(QPen(pal.color(QPalette::Base), 2));
        p.setBrush(pal.color(QPalette::Base));
        p.drawPolygon(flag, 3);
        p.setPen(QPen(StatusColours::notice(pal), 2));
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        p.setBrush(StatusColours::notice(pal));
        p.drawPolygon(flag, 3);
        p.setBrush(Qt::NoBrush);
    }
    QString label = bar.label;
    if (bar.inDoubt)
        label = tr("In doubt: %1").arg(label);
    else if (bar.pending)
        label = tr("Being issued: %1").arg(label);
    if (bar.rowIds.size() > 1)
        label = tr("%n guests: %1", nullptr, int(bar.rowIds.size())).arg(label); // one code held by several
    // The label stays readable when the bar starts off screen to the left.
    QRectF textRect = rect.adjusted(4, 0, -4, 0);
    textRect.setLeft(std::max(textRect.left(), double(nameWidth() + 4)));
    if (textRect.width() > fontMetrics().averageCharWidth() * 2) {
        const QString shown = fontMetrics().elidedText(label, Qt::ElideRight, int(textRect.width()));
        if (bar.inDoubt) {
            // The hatch would cross the letters: they sit on a plain patch of the base colour.
            const double width = std::min(textRect.width(), double(fontMetrics().horizontalAdvance(shown)));
            const double height = std::min(rect.height() - 4, double(fontMetrics().height()));
            p.fillRect(QRectF(textRect.left() - 2, textRect.center().y() - height / 2, width + 4, height), pal.color(QPalette::Base));
        }
        p.setPen(text);
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shown);
    }
    if (current) {
        p.setPen(QPen(pal.color(QPalette::Text), 2, Qt::SolidLine));
        p.drawRect(rect.adjusted(-2, -2, 2, 2));
    }
}

void BoardView::paintHeader(QPainter& p)
{
    const QPalette& pal = palette();
    const int left = nameWidth();
    const int height = headerHeight();
    const QRect header(0, 0, viewport()->width(), height);
    p.fillRect(header, pal.color(QPalette::Button));
    p.save();
    p.setClipRect(QRect(left, 0, viewport()->width() - left, height));
    const double dayW = dayWidth();
    const int scrollX = horizontalScrollBar()->value();
    const int firstDay = std::max(0, int(scrollX / dayW));
    const int lastDay = std::min(m_days - 1, int((scrollX + viewport()->width() - left) / dayW));
    const QDate today = m_clock.nowUtc().toTimeZone(m_zone).date();
    const int line = fontMetrics().lineSpacing();
    const int hourStep = dayW >= 24 * 28 ? 1 : (dayW >= 8 * 28 ? 3 : (dayW >= 4 * 28 ? 6 : 0));
    for (int day = firstDay; day <= lastDay; ++day) {
        const QDate date = m_firstDay.addDays(day);
        const int x = left + int(std::lround(day * dayW)) - scrollX;
        const int w = int(std::lround(dayW));
        QFont font = p.font();
        font.setBold(date == today);
        p.setFont(font);
        p.setPen(pal.color(QPalette::ButtonText));
        QString text = TimeText::date(date, today);
        if (date == today)
            text = tr("Today, %1").arg(text);
        // The day's name stays in view while its column scrolls off to the left.
        const int textLeft = std::max(x, left) + 4;
        const int textRight = x + w - 4;
        if (textRight - textLeft > fontMetrics().averageCharWidth() * 3)
            p.drawText(QRect(textLeft, 3, textRight - textLeft, line), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(font).elidedText(text, Qt::ElideRight, textRight - textLeft));
        font.setBold(false);
        p.setFont(font);
        if (hourStep > 0) {
            for (int hour = 0; hour < 24; hour += hourStep) {
                const QDateTime at(date, QTime(hour, 0), m_zone);
                const int hx = left + int(std::lround(BoardLayout::dayPosition(at.toUTC(), m_firstDay, m_zone) * dayW)) - scrollX;
                const QString time = TimeText::time(at);
                // Only whole times: half of one scrolled under an edge reads as another (":00").
                if (hx + 3 < left || hx + 3 + fontMetrics().horizontalAdvance(time) > viewport()->width())
                    continue;
                p.drawText(QRect(hx + 3, 3 + line, int(dayW * hourStep / 24) - 3, line), Qt::AlignLeft | Qt::AlignVCenter, time);
            }
        }
        p.setPen(mixed(pal.color(QPalette::ButtonText), pal.color(QPalette::Button), 0.45));
        p.drawLine(x, 0, x, height);
    }
    const double now = BoardLayout::dayPosition(m_clock.nowUtc(), m_firstDay, m_zone);
    if (now >= 0 && now <= m_days) {
        const double x = left + now * dayW - scrollX;
        p.setPen(Qt::NoPen);
        p.setBrush(StatusColours::notice(pal));
        const QPointF marker[] = {{x - 5, double(height - 7)}, {x + 5, double(height - 7)}, {x, double(height)}};
        p.drawPolygon(marker, 3);
        p.setBrush(Qt::NoBrush);
    }
    p.restore();
    p.setPen(mixed(pal.color(QPalette::ButtonText), pal.color(QPalette::Button), 0.45));
    p.drawLine(0, height - 1, viewport()->width(), height - 1);
}

void BoardView::paintNames(QPainter& p, int firstRow, int lastRow)
{
    const QPalette& pal = palette();
    const int width = nameWidth();
    const int scrollY = verticalScrollBar()->value();
    p.save();
    p.setClipRect(QRect(0, headerHeight(), width, viewport()->height() - headerHeight()));
    p.fillRect(QRect(0, headerHeight(), width, viewport()->height()), pal.color(QPalette::Window));
    const int line = fontMetrics().lineSpacing();
    for (int row = firstRow; row <= lastRow; ++row) {
        const int top = headerHeight() + row * rowHeight() - scrollY;
        const BoardLock& lock = m_locks.at(row);
        const bool current = row == m_currentRow;
        if (current) {
            p.fillRect(QRect(0, top, width, rowHeight()), pal.color(hasFocus() ? QPalette::Highlight : QPalette::Mid));
        }
        p.setPen(pal.color(current && hasFocus() ? QPalette::HighlightedText : QPalette::WindowText));
        const QRect nameRect(6, top + 4, width - 10, line);
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(DisplayText::visible(lock.name), Qt::ElideRight, nameRect.width()));
        if (!lock.group.isEmpty()) {
            QFont small = p.font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            p.setFont(small);
            p.drawText(QRect(6, top + 4 + line, width - 10, line), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(small).elidedText(DisplayText::visible(lock.group), Qt::ElideRight, width - 10));
            p.setFont(font());
        }
        p.setPen(mixed(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.2));
        p.drawLine(0, top + rowHeight() - 1, width, top + rowHeight() - 1);
    }
    p.restore();
    p.fillRect(QRect(0, 0, width, headerHeight()), pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRect(6, 0, width - 10, headerHeight()), Qt::AlignLeft | Qt::AlignVCenter, tr("Lock"));
    p.setPen(mixed(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.45));
    p.drawLine(width - 1, 0, width - 1, viewport()->height());
}
