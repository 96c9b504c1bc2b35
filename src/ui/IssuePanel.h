#pragma once

#include "DurationCatalogue.h"
#include "IssueService.h"
#include "Lock.h"
#include "StartTimeRules.h"
#include "StayPlanner.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class IssuePanel;
}
class Clock;
class DurationCatalogueService;
class QTimer;
class LateStartBar;
class StayEntry;

// The centre of the screen: mode (only what the lock can take), length or end date from the
// model's duration catalogue, start (snapped in the lock's clock and explained live), guest fields,
// the validity preview in both clocks, and the Issue button. Never lets an invalid start through.
class IssuePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuePanel)

public:
    IssuePanel(const Clock& clock, DurationCatalogueService& durations, QWidget* parent = nullptr);
    ~IssuePanel() override;

    void setDeskZone(const QTimeZone& zone);
    void setLock(const std::optional<Lock>& lock);
    void setBusy(bool busy);
    // Issuing is impossible for a reason outside the form (the shared store cannot be reached): the
    // Issue button says so (`buttonText`, `explanation` as its tooltip) and stays off until the
    // reason is cleared with empty strings.
    void setBlocked(const QString& buttonText, const QString& explanation);
    bool canIssue() const;
    // Before charging: when the start would serve the guest badly (most of the window over, first
    // use due soon or at night), asks whether to issue as shown; offers the better start. True to go on.
    bool confirmStart();
    IssueOrder currentOrder() const;
    void clearGuestFields();
    // Moves keyboard focus to the first field of the form.
    void focusForm();
    void setStartWall(const QDateTime& wall);
    // "Issue again": the same guest details, ready for a new window.
    void prefillGuest(const HistoryEntry& entry);
    void focusStart();

signals:
    void issueRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reloadCatalogue();
    void fillModes();
    void fillLengths();
    void refresh();
    void updateCatalogueNote();
    std::optional<IssueMode> currentMode() const;
    DurationOption currentDuration() const;
    StartPlan plan() const;
    StayPlan stayPlan() const; // the stay entry's plan; not Ok when it is off

    std::unique_ptr<Ui::IssuePanel> m_ui;
    const Clock& m_clock;
    DurationCatalogueService& m_durations;
    DurationCatalogue m_catalogue;
    QTimeZone m_deskZone = QTimeZone::systemTimeZone();
    bool m_deskZoneSet = false; // set by the window once it knows the desk's clock
    std::optional<Lock> m_lock;
    bool m_busy = false;
    QString m_blockedText;
    void updateIssueButton();
    QTimer* m_minuteTimer;
    StayEntry* m_stay;
    LateStartBar* m_lateBar;
    // What the desk chose itself (not what a lock's offer forced): kept across lock switches and
    // restored wherever a lock offers it. Lengths by their wording, per mode.
    std::optional<IssueMode> m_wantedMode;
    QHash<int, QString> m_wantedLength;
    std::optional<IssueMode> m_lengthsMode; // the mode whose lengths the length list holds
    int m_lastWantedMode = -1;              // the mode of the length the desk picked last
    QString wantedStandardLength() const;   // the desk's last standard length, if it picked one last
    QStringList choiceNotes() const; // where the lock does not offer the desk's choice
};
