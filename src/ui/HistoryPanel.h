#pragma once

#include "HistoryEntry.h"

#include <QWidget>
#include <functional>

class Clock;
class HistoryRepository;
class HistoryTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// Every code issued at this desk: search as you type, copy a code, reprint a slip.
class HistoryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(HistoryRepository& history, const Clock& clock, QWidget* parent = nullptr);

    void setDeskZone(const QTimeZone& zone);
    void setLocks(const QList<QPair<qint64, QString>>& locks); // for the lock filter
    // The lock filter's names, asked for only when someone reaches for the filter after a change
    // (locksChanged): start-up and reloads never read every lock.
    void setLockNames(std::function<QList<QPair<qint64, QString>>()> names);
    void locksChanged();
    // Reads the first page. Nothing is read before the first call: the window sets the panel up
    // (sort, filters, mail column) and then asks once.
    void reload();
    // Reloads for rows written elsewhere, keeping the selected row and the scroll position.
    void refresh();
    void focusSearch();
    // Shows row `id` selected and in view: a row not among those shown clears the search, the
    // filters and the order that may hide it, then pages on (keyset) until it is found. False
    // when it is not in history (any more) or lies deeper than kRevealRows rows.
    bool revealEntry(qint64 id);
    static constexpr int kRevealRows = 20000;
    // The height that shows `rows` whole rows of the table with everything around it.
    int heightForRows(int rows) const;
    HistoryTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void reprintRequested(const HistoryEntry& entry);
    void issueAgainRequested(const HistoryEntry& entry); // same lock and guest, a new window
    void askAgainRequested(const HistoryEntry& entry);   // a request in doubt, sent once more
    void exportRequested();

private:
    const HistoryEntry* selectedEntry() const;
    void copySelectedCode();
    void updateButtons();
    void applyFilter();
    void fillLockFilter();
    void updateEmptyState(); // says why the table is empty: nothing matches, or nothing issued yet
    // Widens the columns of the desk's own words (times, codes, email and status words) to what
    // the rows on screen hold: never cut short ("No…"), whichever rows came in or were revealed.
    void fitColumns();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:

    const Clock& m_clock;
    HistoryTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_copy;
    QPushButton* m_reprint;
    QPushButton* m_issueAgain;
    QPushButton* m_askAgain;
    QPushButton* m_export;
    QComboBox* m_status;
    QComboBox* m_lock;
    QList<QPair<qint64, QString>> m_lockNames; // filled into m_lock only when it is first used
    bool m_lockFilterStale = false;
    std::function<QList<QPair<qint64, QString>>()> m_lockNamesSource;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimer* m_searchDelay;
    QTimer* m_fitDelay; // coalesces fitColumns after resets, new pages, changes and scrolling
};
