#pragma once

#include <QCheckBox>

// A check box whose text wraps onto more lines where the room is narrow, instead of setting the
// width of everything beside it. A click anywhere on its text toggles it, as on one line.
class WrappingCheckBox final : public QCheckBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingCheckBox)

public:
    explicit WrappingCheckBox(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool hitButton(const QPoint& pos) const override;

private:
    int indicatorSpace() const;
    QRect textRect(int width) const;
};
