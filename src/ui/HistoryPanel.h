#pragma once

#include "HistoryEntry.h"

#include <QWidget>

class Clock;
class HistoryRepository;
class HistoryTableModel;
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
    void reload();
    void focusSearch();
    HistoryTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void reprintRequested(const HistoryEntry& entry);

private:
    const HistoryEntry* selectedEntry() const;
    void copySelectedCode();
    void updateButtons();

    HistoryTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_copy;
    QPushButton* m_reprint;
    QTimer* m_searchDelay;
};
