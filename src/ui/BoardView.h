#pragma once

#include "BoardLayout.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTimeZone>

class BoardRepository;
class Clock;

// One row of the board: a lock.
struct BoardLock {
    qint64 id = 0;
    QString name;
    QString group;
};

// The locks over time: a row per lock, a bar per code in the desk's wall time. Paints only the
// rows and days on screen and reads from the store only the codes of the rows on screen (and a
// screen's worth either side, kept in a small cache), so ten thousand locks and a million history
// rows scroll like ten. The lock names and the day header stay put while the bars scroll.
class BoardView final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardView)

public:
    static constexpr int kZoomLevels[] = {1, 3, 7, 15}; // days on screen

    BoardView(BoardRepository& store, const Clock& clock, QWidget* parent = nullptr);

    void setDeskZone(const QTimeZone& zone);
    void setLocks(const QList<BoardLock>& locks);
    // The days the board covers, from the desk's midnight of `firstDay`.
    void setRange(const QDate& firstDay, int days);
    QDate firstDay() const { return m_firstDay; }
    int days() const { return m_days; }
    // How many days fill the width (zoom), around the selected bar (else the now line, else the
    // middle): that time stays where it is on screen, or comes to the middle if it was off it.
    void setVisibleDays(int days);
    int visibleDays() const { return m_visibleDays; }
    void zoomIn();
    void zoomOut();
    // Codes were written (here or at another desk): read what is shown again.
    void invalidate();
    // Brings the current time to the left third of the view.
    void scrollToNow();

    int rowCount() const { return int(m_locks.size()); }
    const BoardLock& lockAt(int row) const { return m_locks.at(row); }
    int currentRow() const { return m_currentRow; }
    qint64 currentHistoryId() const;
    void setCurrent(int row, int bar);
    // The bars of a row (read from the store if they are not cached), in start order.
    const QList<BoardBar>& barsOf(int row);
    // Where a bar is drawn, in viewport coordinates (empty when it is off screen). For tests.
    QRect barRect(int row, int bar);
    // How many times the store was read: tests and the benchmark check reads stay few.
    int storeReads() const { return m_storeReads; }
    // The tooltip a bar shows.
    QString barToolTip(int row, int bar);

signals:
    void entryActivated(qint64 historyId);
    void visibleDaysChanged(int days);
    void currentChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct RowBars {
        QList<BoardBar> bars;
        int lanes = 1;
    };
    int nameWidth() const;
    int headerHeight() const;
    int rowHeight() const;
    double dayWidth() const;
    void updateScrollBars();
    // Zooms keeping the time `anchorDay` (days from the first day) at the same place on screen.
    void zoomAround(int days, double anchorDay);
    // What a zoom by key or the zoom box keeps in view: the selected bar, else now, else the middle.
    double zoomAnchor() const;
    double dayAt(int viewportX) const;
    void load(int firstRow, int lastRow);
    const RowBars& rowBars(int row);
    QRectF barGeometry(int row, const BoardBar& bar, int lanes) const;
    bool hit(const QPoint& pos, int* row, int* bar);
    void moveVertically(int rows);
    void ensureCurrentVisible();
    void paintRows(QPainter& p, int firstRow, int lastRow);
    void paintHeader(QPainter& p);
    void paintNames(QPainter& p, int firstRow, int lastRow);
    void paintBar(QPainter& p, const BoardBar& bar, const QRectF& rect, bool current);

    BoardRepository& m_store;
    const Clock& m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<BoardLock> m_locks;
    QDate m_firstDay;
    int m_days = 15;
    int m_visibleDays = 3;
    QHash<qint64, RowBars> m_cache; // by lock id
    int m_storeReads = 0;
    int m_currentRow = -1;
    int m_currentBar = -1;
};
