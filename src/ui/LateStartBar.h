#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;

// Above the preview when a code would serve the guest badly for its start (LateStart): says so in
// the notice colour and offers the start that serves better, or the stay entry.
class LateStartBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LateStartBar)

public:
    explicit LateStartBar(QWidget* parent = nullptr);

    // An empty note hides the bar. The stay entry is always offered; the better start where there is one.
    void setNote(const QString& note, const QDateTime& betterStartUtc, const QTimeZone& deskZone);
    QString note() const;

signals:
    void betterStartChosen(const QDateTime& wall); // the better start on the desk's wall clock
    void stayChosen();

private:
    QLabel* m_label;
    QPushButton* m_startButton;
    QPushButton* m_stayButton;
    QDateTime m_betterWall;
};
