#include "widgets/kernel/BuddyHistogram.h"

#include "core/format/Units.h"
#include "core/model/Saturating.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/ZoneToolTip.h"

#include <QPainter>

#include <algorithm>

namespace vmscope {
namespace {
    constexpr int kMargin = 4;
    constexpr int kOrders = 11; // 0..MAX_ORDER (10) on most configurations

    // KiB held by `blocks` free blocks of `order`, saturating.
    std::uint64_t blocksKiB(std::uint64_t blocks, int order, std::uint64_t pageSize)
    {
        return saturatingMul(blocks, blockKiB(order, pageSize));
    }

    std::uint64_t at(const std::vector<std::uint64_t>& values, int order)
    {
        return order >= 0 && static_cast<std::size_t>(order) < values.size() ? values[static_cast<std::size_t>(order)]
                                                                             : 0;
    }

    QString orderSizeText(int order, std::uint64_t pageSize)
    {
        return QString::fromStdString(formatKiBCompact(blockKiB(order, pageSize)));
    }
} // namespace

QColor migrateTypeColor(const std::string& type)
{
    if (type == "Unmovable")
        return QColor(0xc6, 0x4f, 0x4f);
    if (type == "Movable")
        return QColor(0x3f, 0x86, 0xc9);
    if (type == "Reclaimable")
        return QColor(0xe0, 0x9a, 0x3a);
    if (type == "HighAtomic")
        return QColor(0x8e, 0x5c, 0xb8);
    if (type == "CMA")
        return QColor(0x2f, 0xa3, 0x8f);
    return QColor(0x90, 0x90, 0x90); // Isolate and anything newer
}

BuddyHistogram::BuddyHistogram(QWidget* parent)
    : QWidget(parent)
{
    setWhatsThis(explanationHtml(QStringLiteral("buddy-allocator")));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize BuddyHistogram::sizeHint() const
{
    return { 460, 150 };
}

QSize BuddyHistogram::minimumSizeHint() const
{
    return { 260, 150 };
}

void BuddyHistogram::setZone(const ZoneSample& zone, const ZoneContext& context)
{
    m_zone = zone;
    m_context = context;
    update();
}

std::uint64_t BuddyHistogram::freeKiBTotal() const
{
    std::uint64_t total = 0;
    for (int order = 0; order < static_cast<int>(m_zone.freeBlocks.size()); ++order)
        addSaturating(total, blocksKiB(at(m_zone.freeBlocks, order), order, m_context.pageSize));
    return total;
}

QString BuddyHistogram::summary() const
{
    if (m_zone.freeBlocks.empty())
        return tr("No buddyinfo line for this zone.");
    const int largest = largestFreeOrder(m_zone.freeBlocks);
    if (largest < 0)
        return tr("No free block at all.");
    QString text
        = tr("Largest free block: %1 (order %2)").arg(sizeText(blockKiB(largest, m_context.pageSize))).arg(largest);
    const std::uint64_t total = freeKiBTotal();
    std::uint64_t hugeCapable = 0;
    for (int order = m_context.hugePageOrder; order < static_cast<int>(m_zone.freeBlocks.size()); ++order)
        addSaturating(hugeCapable, blocksKiB(at(m_zone.freeBlocks, order), order, m_context.pageSize));
    // No share of a saturated total (core's shareOf): the sentence is left out.
    if (const Share share = shareOf(hugeCapable, total); share.state == Share::State::Ok) {
        text += tr(" · %1 % of free memory in blocks of %2 or more")
                    .arg(share.percent, 0, 'f', 0)
                    .arg(sizeText(blockKiB(m_context.hugePageOrder, m_context.pageSize)));
    }
    if (largest < m_context.hugePageOrder)
        text += tr(" · fragmented: no block for a huge page without compaction");
    return text;
}

QRect BuddyHistogram::plotArea() const
{
    const QFontMetrics metrics(font());
    const int left = kMargin + metrics.horizontalAdvance(QStringLiteral("100 %")) + 4;
    const int top = kMargin + metrics.height(); // room for the count labels
    const int bottom = height() - kMargin - metrics.height();
    return QRect(QPoint(left, top), QPoint(width() - kMargin, bottom));
}

int BuddyHistogram::orderAt(const QPoint& position) const
{
    const QRect area = plotArea();
    if (position.x() < area.left() || position.x() > area.right() || position.y() > height())
        return -1;
    const int orders = std::max<int>(kOrders, static_cast<int>(m_zone.freeBlocks.size()));
    return std::clamp((position.x() - area.left()) * orders / std::max(1, area.width()), 0, orders - 1);
}

void BuddyHistogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = plotArea();
    const QFontMetrics metrics(font());
    const QColor textColor = palette().color(QPalette::WindowText);
    QColor gridColor = textColor;
    gridColor.setAlpha(60);

    const int orders = std::max<int>(kOrders, static_cast<int>(m_zone.freeBlocks.size()));
    const double slot = static_cast<double>(area.width()) / orders;
    const std::uint64_t total = freeKiBTotal();

    // Grid at 0, 50 and 100 % of the zone's free memory.
    painter.setPen(gridColor);
    for (int percent : { 0, 50, 100 }) {
        const double y = area.bottom() + 1 - area.height() * percent / 100.0;
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(textColor);
        painter.drawText(QRectF(kMargin, y - metrics.height() / 2.0, area.left() - kMargin - 4, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tr("%1 %").arg(percent));
        painter.setPen(gridColor);
    }

    const bool byType = !m_zone.freeBlocksByType.empty();
    // Size labels under every bar when they fit, else under every other one.
    const int labelEvery = metrics.horizontalAdvance(QStringLiteral("1024K ")) > slot ? 2 : 1;
    for (int order = 0; order < orders; ++order) {
        const double x = area.left() + order * slot + slot * 0.15;
        const double barWidth = slot * 0.7;
        double y = area.bottom() + 1;
        auto stack = [&](std::uint64_t blocks, const QColor& color) {
            if (total == 0 || blocks == 0)
                return;
            const double h = area.height() * static_cast<double>(blocksKiB(blocks, order, m_context.pageSize))
                / static_cast<double>(total);
            // At least a hairline, so a single free block at a high order is not invisible.
            const double shown = std::max(h, 1.5);
            painter.fillRect(QRectF(x, y - shown, barWidth, shown), color);
            y -= shown;
        };
        if (byType) {
            for (const MigrateTypeBlocks& type : m_zone.freeBlocksByType)
                stack(at(type.freeBlocks, order), migrateTypeColor(type.type));
        } else {
            stack(at(m_zone.freeBlocks, order), palette().color(QPalette::Highlight));
        }
        // The number of blocks above the bar.
        const std::uint64_t blocks = at(m_zone.freeBlocks, order);
        painter.setPen(textColor);
        // Thousands shortened so neighbouring counts never touch; the tooltip has the exact figure.
        const QString count = blocks >= 10000 ? tr("%1k").arg(static_cast<double>(blocks) / 1000.0, 0, 'f', 0)
                                              : QString::number(static_cast<qulonglong>(blocks));
        if (metrics.horizontalAdvance(count) <= slot - 4)
            painter.drawText(QRectF(area.left() + order * slot - 1, y - metrics.height(), slot + 2, metrics.height()),
                Qt::AlignHCenter | Qt::AlignBottom, count);
        if (order % labelEvery == 0)
            painter.drawText(
                QRectF(area.left() + order * slot - slot / 2, area.bottom() + 2, slot * 2, metrics.height()),
                Qt::AlignHCenter | Qt::AlignTop, orderSizeText(order, m_context.pageSize));
    }
}

QString BuddyHistogram::toolTipAt(const QPoint& position) const
{
    const int order = orderAt(position);
    QString text = tr("<b>Buddy allocator free lists</b> (/proc/buddyinfo)<br>Each bar is the share of this zone's "
                      "free memory held in free blocks of 2<sup>order</sup> contiguous pages; the number on the bar "
                      "counts the blocks. Plenty at order 0 and nothing at the high orders means fragmentation: a "
                      "large contiguous allocation (a huge page, a DMA buffer) then needs compaction first.");
    if (order >= 0) {
        const std::uint64_t blocks = at(m_zone.freeBlocks, order);
        text += tr("<br><br><b>Order %1</b>: blocks of %2<br>%3 free blocks = %4")
                    .arg(order)
                    .arg(sizeText(blockKiB(order, m_context.pageSize)))
                    .arg(static_cast<qulonglong>(blocks))
                    .arg(sizeText(blocksKiB(blocks, order, m_context.pageSize)));
        for (const MigrateTypeBlocks& type : m_zone.freeBlocksByType) {
            text += tr("<br><span style=\"color:%1\">■</span> %2: %3%4")
                        .arg(migrateTypeColor(type.type).name(), QString::fromStdString(type.type))
                        .arg(static_cast<qulonglong>(at(type.freeBlocks, order)))
                        .arg(type.capped ? tr(" or more (the kernel stops counting at 100000)") : QString());
        }
    }
    if (m_zone.freeBlocksByType.empty())
        text += tr("<br><br>The split by migrate type comes from /proc/pagetypeinfo, which only root can read.");
    return text;
}

bool BuddyHistogram::event(QEvent* event)
{
    if (showToolTipAt(this, event, [this](const QPoint& position) { return toolTipAt(position); }))
        return true;
    return QWidget::event(event);
}

} // namespace vmscope
