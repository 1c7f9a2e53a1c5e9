#include "widgets/process/BreakdownFilterChip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace vmscope {

BreakdownFilterChip::BreakdownFilterChip(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);
    m_clear = new QToolButton(this);
    m_clear->setText(QStringLiteral("✕"));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Show every region again (Esc)"));
    m_clear->setAccessibleName(tr("Show every region again"));
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &BreakdownFilterChip::cleared);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    updateColors();
    hide();
}

void BreakdownFilterChip::setText(const QString& text)
{
    m_label->setText(text);
    m_label->setToolTip(text);
    setVisible(!text.isEmpty());
}

QString BreakdownFilterChip::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void BreakdownFilterChip::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingColors)
        updateColors();
}

void BreakdownFilterChip::updateColors()
{
    // The selection colour marks it as a state the user chose, in light and dark palettes alike.
    QPalette chip = palette();
    const bool lightTheme = chip.color(QPalette::WindowText).lightness() < 128;
    const QColor highlight = chip.color(QPalette::Highlight);
    chip.setColor(QPalette::Window, lightTheme ? highlight.lighter(185) : highlight.darker(200));
    m_updatingColors = true; // setPalette sends a PaletteChange of its own
    setPalette(chip);
    m_updatingColors = false;
}

} // namespace vmscope
