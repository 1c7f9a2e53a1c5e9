#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace vmscope {

// "Showing only … ✕": says which part of the memory the map and the table are narrowed to,
// and takes the narrowing back with one click (or Esc, handled by the owner).
class BreakdownFilterChip : public QFrame {
    Q_OBJECT
public:
    explicit BreakdownFilterChip(QWidget* parent = nullptr);

    // An empty text hides the chip.
    void setText(const QString& text);
    QString text() const;

signals:
    void cleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColors();

    QLabel* m_label = nullptr;
    QToolButton* m_clear = nullptr;
    bool m_updatingColors = false;
};

} // namespace vmscope
