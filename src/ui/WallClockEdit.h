#pragma once

#include <QDateTimeEdit>

// A date-and-time editor where Tab leaves the field, as in every other field of a form, instead of
// stepping through day, month, year, hour and minute (arrow keys still move between those).
class WallClockEdit final : public QDateTimeEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallClockEdit)

public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent* event) override;
};
