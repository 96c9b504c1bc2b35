#pragma once

#include "GuestSlip.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ResultCard;
}
class ActionRegistry;

// The issued code in very large grouped digits, its window and entry instructions, or what went
// wrong and what to do. Its buttons are the shared actions (copy, print, PDF, email).
class ResultCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultCard)

public:
    explicit ResultCard(ActionRegistry& actions, QWidget* parent = nullptr);
    ~ResultCard() override;

    void showCode(const SlipDetails& slip, const QString& note = {});
    // A code answered from history: says so, and offers a fresh (billed) request.
    void showReused(const SlipDetails& slip, const HistoryEntry& original);
    // The card's line for a code this guest shares with another (`holder`): whose, since when.
    static QString sharedNote(const HistoryEntry& holder, const QTimeZone& deskZone);
    // `canRetry`: offer Retry (the request may have been billed already).
    void showError(const QString& text, bool canRetry = false);
    // The same request is on its way from another process or desk: its answer will be shown.
    void showWaiting(const QString& desk);
    void showBusy();
    void clear();
    void focusCopy();
    QSize minimumSizeHint() const override;
    // The site's slip details changed: the code on the card is printed with the new ones.
    // The desk's clock changed in Settings: the card reads the window on the new one at once.
    void setDeskZone(const QTimeZone& zone);
    void setSiteDetails(const QString& propertyName, const QString& helpPhone, SlipLayout layout);
    // The slip as it should be handed over: in the language chosen for this guest.
    std::optional<SlipDetails> slip() const;
    // A line of the card's own (e.g. how emailing this code went), under the status and Retry.
    void addDetailWidget(QWidget* widget);

signals:
    void slipChanged(); // another code on the card, or none
    void retryRequested();
    void freshRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showWindow(); // the heading and validity lines of the code on the card
    void setCodeActionsEnabled(bool enabled);
    void applyCodeFont();
    // The buttons two by two where the card is wide enough, else one under the other.
    void arrangeButtons(int columns);
    QList<QWidget*> buttonOrder() const;
    int widthForColumns(int columns) const;

    std::unique_ptr<Ui::ResultCard> m_ui;
    ActionRegistry& m_actions;
    std::optional<SlipDetails> m_slip;
    class QComboBox* m_language;
    int m_buttonColumns = 0;
};
