#pragma once

#include "WatchItem.h"

#include <QHash>
#include <QIcon>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class WatchList;

// The day's watch list beside History: codes ending today, first-use deadlines close ahead,
// requests in doubt, mail that failed, the month's quota. Each item is marked by its kind (an icon
// and the words, never colour alone); activating one (click, Enter) asks for its History row.
class WatchListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListPanel)

public:
    explicit WatchListPanel(WatchList& list, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QListWidget* view() const { return m_view; }
    // "2 in doubt · 3 ending today": the counts line as shown.
    QString countsText() const;

signals:
    void entryRequested(qint64 historyId);
    void quotaRequested(); // the quota item, which belongs to no row

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    // One icon per kind, made once: the style loads a standard icon from its image files (every
    // size) on each call, tens of kilobytes a time, and a busy day lists hundreds of items.
    QIcon icon(WatchItem::Kind kind);
    void activate(QListWidgetItem* item);

    WatchList& m_list;
    QLabel* m_title;
    QLabel* m_counts;
    QLabel* m_empty;
    QListWidget* m_view;
    QHash<int, QIcon> m_icons;
};
