#pragma once

#include "BoardRepository.h"
#include "Lock.h"

#include <QWidget>

class BoardView;
class Clock;
class QComboBox;
class QLineEdit;
class QTimer;

// The board in a window of its own (it wants the whole screen, the desk keeps its own): today and
// the next 14 days, zoom, a group filter and a search over lock names and groups.
class BoardWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardWindow)

public:
    static constexpr int kDays = 15; // today and the next 14

    BoardWindow(const QSqlDatabase& db, const Clock& clock, QWidget* parent = nullptr);

    void setDeskZone(const QTimeZone& zone);
    void setLocks(const QList<Lock>& locks);
    // Codes were written here or at another desk; also moves the range on after midnight.
    void refresh();
    BoardView* view() const { return m_view; }

signals:
    void entryActivated(qint64 historyId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void fillGroups();
    void updateRange();

    const Clock& m_clock;
    BoardRepository m_store;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Lock> m_locks; // sorted by group, then name
    BoardView* m_view;
    QComboBox* m_zoom;
    QComboBox* m_group;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    bool m_shownOnce = false;
};
