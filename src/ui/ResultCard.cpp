#include "ResultCard.h"
#include "StatusColours.h"

#include "ActionRegistry.h"
#include "CodeFormat.h"
#include "DisplayText.h"
#include "Languages.h"
#include "TimeText.h"
#include "ValidityText.h"
#include "ui_ResultCard.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QResizeEvent>
#include <QStyle>

ResultCard::ResultCard(ActionRegistry& actions, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultCard>())
    , m_actions(actions)
    , m_language(new QComboBox(this))
{
    m_ui->setupUi(this);
    // The guest's language for the slip, the copied message and the email.
    m_language->setObjectName(QStringLiteral("slipLanguageComboBox"));
    m_language->setAccessibleName(tr("Language of the slip and message"));
    // Where the box is narrower than a long language choice, the tooltip shows it whole.
    connect(m_language, &QComboBox::currentTextChanged, m_language, &QComboBox::setToolTip);
    m_language->addItem(tr("Slip in the desk's language"), QString());
    for (const auto& [code, name] : Languages::available())
        m_language->addItem(tr("Slip in %1").arg(name), code);
    // Its own row under the buttons, wide enough for the longest choice: never cut short.
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    arrangeButtons(2);
    m_language->setToolTip(m_language->currentText());
    applyCodeFont();
    const QList<QPair<QPushButton*, QAction*>> pairs = {{m_ui->copyPushButton, actions.copyCode},
                                                          {m_ui->copyMessagePushButton, actions.copyMessage},
                                                          {m_ui->printPushButton, actions.printSlip},
                                                          {m_ui->savePdfPushButton, actions.saveSlipPdf},
                                                          {m_ui->emailPushButton, actions.emailCode}};
    for (const auto& [button, action] : pairs) {
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        button->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &ResultCard::retryRequested);
    connect(m_ui->freshPushButton, &QPushButton::clicked, this, &ResultCard::freshRequested);
    clear();
}

ResultCard::~ResultCard() = default;

std::optional<SlipDetails> ResultCard::slip() const
{
    std::optional<SlipDetails> slip = m_slip;
    if (slip)
        slip->language = m_language->currentData().toString();
    return slip;
}

void ResultCard::setSiteDetails(const QString& propertyName, const QString& helpPhone, SlipLayout layout)
{
    if (!m_slip)
        return;
    m_slip->propertyName = propertyName;
    m_slip->helpPhone = helpPhone;
    m_slip->layout = layout;
}

void ResultCard::applyCodeFont()
{
    // Scales with the system font (and so with high-DPI and accessibility settings).
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF() * 4);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_ui->codeLabel->setFont(font);
}

QList<QWidget*> ResultCard::buttonOrder() const
{
    return {m_ui->copyPushButton, m_ui->copyMessagePushButton, m_ui->printPushButton,
            m_ui->savePdfPushButton, m_ui->emailPushButton};
}

int ResultCard::widthForColumns(int columns) const
{
    const QList<QWidget*> widgets = buttonOrder();
    int spacing = m_ui->buttonLayout->horizontalSpacing();
    if (spacing < 0)
        spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    QList<int> widest(columns, 0);
    for (int i = 0; i < widgets.size(); ++i)
        widest[i % columns] = qMax(widest.at(i % columns), widgets.at(i)->minimumSizeHint().width());
    int width = spacing * (columns - 1);
    for (int w : widest)
        width += w;
    return qMax(width, m_language->minimumSizeHint().width());
}

void ResultCard::arrangeButtons(int columns)
{
    if (columns == m_buttonColumns)
        return;
    m_buttonColumns = columns;
    const QList<QWidget*> widgets = buttonOrder();
    for (QWidget* w : widgets)
        m_ui->buttonLayout->removeWidget(w);
    m_ui->buttonLayout->removeWidget(m_language);
    for (int i = 0; i < widgets.size(); ++i)
        m_ui->buttonLayout->addWidget(widgets.at(i), i / columns, i % columns);
    m_ui->buttonLayout->addWidget(m_language, int((widgets.size() + columns - 1) / columns), 0, 1, columns);
    for (int column = 0; column < 2; ++column)
        m_ui->buttonLayout->setColumnStretch(column, column < columns ? 1 : 0);
    updateGeometry();
}

QSize ResultCard::minimumSizeHint() const
{
    // The card may be as narrow as one column of buttons: it puts them one under the other there.
    QSize size = QWidget::minimumSizeHint();
    const int oneColumn = qMax(widthForColumns(1), m_ui->detailsScrollArea->minimumSizeHint().width());
    size.setWidth(qMax(oneColumn, m_ui->codeLabel->minimumSizeHint().width()));
    return size;
}

void ResultCard::resizeEvent(QResizeEvent* event)
{
    arrangeButtons(event->size().width() >= widthForColumns(2) ? 2 : 1);
    QWidget::resizeEvent(event);
}

void ResultCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        applyCodeFont();
    QWidget::changeEvent(event);
}

void ResultCard::setCodeActionsEnabled(bool enabled)
{
    for (QAction* action : {m_actions.copyCode, m_actions.copyMessage, m_actions.printSlip, m_actions.saveSlipPdf,
                            m_actions.emailCode})
        action->setEnabled(enabled);
    for (QPushButton* button : {m_ui->copyPushButton, m_ui->copyMessagePushButton, m_ui->printPushButton,
                                m_ui->savePdfPushButton, m_ui->emailPushButton})
        button->setEnabled(enabled);
}

void ResultCard::showReused(const SlipDetails& slip, const HistoryEntry& original)
{
    showCode(slip);
    const QString when = TimeText::dateTime(original.issuedAtUtc.toTimeZone(slip.deskZone));
    const bool shared = slip.entry.sharesCodeWith > 0;
    QString note;
    if (shared)
        note = tr("Reissued from history — no new charge.") + QLatin1Char('\n')
               + sharedNote(original, slip.deskZone);
    else if (HistoryEntry::holderText(original.guestName, original.room).isEmpty())
        note = tr("Reissued from history — no new charge. This exact code was first issued %1, with no guest named.")
                   .arg(when);
    else
        note = tr("Reissued from history — no new charge. This exact code was first issued %1.").arg(when);
    m_ui->statusLabel->setText(slip.demo ? note + QLatin1Char('\n') + m_ui->statusLabel->text() : note);
    m_ui->statusLabel->setStyleSheet(shared ? StatusColours::problemStyle(palette())
                                            : StatusColours::noticeStyle(palette(), true));
    m_ui->statusLabel->setVisible(true);
    m_ui->freshPushButton->setVisible(true);
}

QString ResultCard::sharedNote(const HistoryEntry& holder, const QTimeZone& deskZone)
{
    return tr("Shared with %1, issued %2: both guests open the same door with this code in the same window.")
        .arg(HistoryEntry::holderText(holder.guestName, holder.room),
             TimeText::dateTime(holder.issuedAtUtc.toTimeZone(deskZone)));
}

void ResultCard::setDeskZone(const QTimeZone& zone)
{
    if (!m_slip)
        return;
    m_slip->deskZone = zone;
    showWindow();
}

void ResultCard::showWindow()
{
    const SlipDetails& slip = *m_slip;
    QStringList lines = ValidityText::lines(slip.entry.validity(), slip.deskZone, slip.lockFrame, slip.entry.issuedAtUtc);
    // Stored names with their invisible controls made visible: a name cannot reorder the card.
    QString heading = DisplayText::visible(slip.entry.lockName);
    if (!slip.entry.guestName.isEmpty())
        heading += QStringLiteral(" — ") + DisplayText::visible(slip.entry.guestName);
    lines.prepend(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    for (int i = 1; i < lines.size(); ++i)
        lines[i] = lines.at(i).toHtmlEscaped();
    m_ui->windowLabel->setText(lines.join(QStringLiteral("<br/>")));
}

void ResultCard::showCode(const SlipDetails& slip, const QString& note)
{
    m_ui->retryPushButton->setVisible(false);
    m_ui->freshPushButton->setVisible(false);
    m_slip = slip;
    emit slipChanged();
    const QString grouped = CodeFormat::grouped(slip.entry.code);
    m_ui->codeLabel->setText(grouped);
    m_ui->codeLabel->setAccessibleName(tr("Code %1").arg(grouped));
    showWindow();
    m_ui->instructionsLabel->setText(GuestSlip::entryInstructions(slip)); // in the desk's language
    QString status = note;
    // Before anyone prints: a name the slip's font cannot print (emoji) is left out on paper.
    const QString unprintable = GuestSlip::unprintableWarning(slip);
    if (!unprintable.isEmpty())
        status = (status.isEmpty() ? QString() : status + QLatin1Char('\n')) + unprintable;
    if (slip.demo)
        status = (status.isEmpty() ? QString() : status + QLatin1Char('\n'))
                 + tr("DEMO code from the built-in simulator — it will not open a real lock.");
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setStyleSheet(note.isEmpty() && unprintable.isEmpty() ? QString() : StatusColours::problemStyle(palette()));
    m_ui->statusLabel->setVisible(!status.isEmpty());
    setCodeActionsEnabled(true);
}

void ResultCard::showError(const QString& text, bool canRetry)
{
    m_ui->retryPushButton->setVisible(canRetry);
    m_ui->freshPushButton->setVisible(false);
    m_slip.reset();
    emit slipChanged();
    m_ui->codeLabel->clear();
    m_ui->windowLabel->clear();
    m_ui->instructionsLabel->clear();
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(StatusColours::problemStyle(palette(), true));
    m_ui->statusLabel->setVisible(true);
    m_ui->statusLabel->setAccessibleName(tr("Problem"));
    m_ui->statusLabel->setAccessibleDescription(text);
    setCodeActionsEnabled(false);
}

void ResultCard::showBusy()
{
    m_ui->retryPushButton->setVisible(false);
    m_ui->freshPushButton->setVisible(false);
    m_slip.reset();
    emit slipChanged();
    m_ui->codeLabel->clear();
    m_ui->windowLabel->clear();
    m_ui->instructionsLabel->clear();
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Asking the Codelocks service for the code…"));
    m_ui->statusLabel->setVisible(true);
    setCodeActionsEnabled(false);
}

void ResultCard::showWaiting(const QString& desk)
{
    showBusy();
    m_ui->statusLabel->setText(tr("Being issued at %1 right now — waiting for that answer instead of paying for the "
                                  "same code twice…")
                                   .arg(DisplayText::visible(desk)));
}

void ResultCard::clear()
{
    m_ui->retryPushButton->setVisible(false);
    m_ui->freshPushButton->setVisible(false);
    m_slip.reset();
    emit slipChanged();
    m_ui->codeLabel->clear();
    m_ui->windowLabel->clear();
    m_ui->instructionsLabel->setText(tr("The code appears here, large, once issued."));
    m_ui->statusLabel->clear();
    m_ui->statusLabel->setVisible(false);
    setCodeActionsEnabled(false);
}

void ResultCard::addDetailWidget(QWidget* widget)
{
    m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(m_ui->followUpLayout) + 1, widget);
}

void ResultCard::focusCopy()
{
    m_ui->copyPushButton->setFocus(Qt::OtherFocusReason);
}
