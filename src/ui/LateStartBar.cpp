#include "LateStartBar.h"
#include "StatusColours.h"

#include "TimeText.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LateStartBar::LateStartBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_startButton(new QPushButton(this))
    , m_stayButton(new QPushButton(tr("Enter the guest's stay"), this))
{
    setObjectName(QStringLiteral("lateStartBar"));
    m_label->setObjectName(QStringLiteral("lateStartLabel"));
    m_startButton->setObjectName(QStringLiteral("betterStartPushButton"));
    m_stayButton->setObjectName(QStringLiteral("useStayPushButton"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Warning about the start"));
    m_label->setStyleSheet(StatusColours::noticeStyle(palette(), true));
    // One button under the other, at their own width: side by side they would set the panel's
    // width in the longer languages.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_startButton, 0, Qt::AlignLeft);
    layout->addWidget(m_stayButton, 0, Qt::AlignLeft);
    connect(m_startButton, &QPushButton::clicked, this, [this] { emit betterStartChosen(m_betterWall); });
    connect(m_stayButton, &QPushButton::clicked, this, &LateStartBar::stayChosen);
    setVisible(false);
}

void LateStartBar::setNote(const QString& note, const QDateTime& betterStartUtc, const QTimeZone& deskZone)
{
    m_label->setText(note);
    m_betterWall = betterStartUtc.isValid() ? betterStartUtc.toTimeZone(deskZone) : QDateTime();
    m_startButton->setVisible(m_betterWall.isValid());
    if (m_betterWall.isValid())
        //: Button: move the code's start to a better time (a time of day, or a day and time)
        m_startButton->setText(tr("Start at %1").arg(TimeText::dateTime(m_betterWall)));
    setVisible(!note.isEmpty());
}

QString LateStartBar::note() const
{
    return isHidden() ? QString() : m_label->text();
}
