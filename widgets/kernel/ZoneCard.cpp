#include "widgets/kernel/ZoneCard.h"

#include "core/model/Saturating.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/BuddyHistogram.h"
#include "widgets/kernel/WatermarkGauge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <map>

namespace vmscope {
namespace {
    QString zoneTitle(int node, const std::string& zone)
    {
        return ZoneCard::tr("Node %1 · %2").arg(node).arg(QString::fromStdString(zone));
    }

    QLabel* plainLabel(QWidget* parent)
    {
        auto* label = new QLabel(parent);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    }
} // namespace

ZoneCard::ZoneCard(int node, const std::string& zone, QWidget* parent)
    : QFrame(parent)
    , m_node(node)
    , m_zoneName(zone)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("zoneCard"));
    setWhatsThis(explanationHtml(QStringLiteral("zone")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(zoneTitle(node, zone));
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setAlignment(Qt::AlignCenter);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_state);
    layout->addLayout(header);

    m_sizes = plainLabel(this);
    m_sizes->setToolTip(tr("free: pages on the zone's free lists.\nmanaged: pages the page allocator manages (present "
                           "minus memory reserved at boot, e.g. for the kernel image and struct pages).\npresent: "
                           "physical pages in the zone.\nspanned: the zone's page-frame range, holes included."));
    layout->addWidget(m_sizes);

    m_gauge = new WatermarkGauge(this);
    layout->addWidget(m_gauge);

    m_protection = plainLabel(this);
    m_protection->setToolTip(
        tr("Lowmem protection (protection: in /proc/zoneinfo, the kernel's lowmem_reserve): an allocation that could "
           "have used a higher zone may take pages from this one only while its free pages stay above the watermark "
           "plus this reserve. It keeps the small low zones, which some devices need for DMA, from being filled by "
           "ordinary allocations. Set by vm.lowmem_reserve_ratio: reserve = managed pages of the higher zones / "
           "ratio."));
    layout->addWidget(m_protection);

    m_buddySummary = plainLabel(this);
    layout->addWidget(m_buddySummary);
    m_histogram = new BuddyHistogram(this);
    layout->addWidget(m_histogram);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
}

void ZoneCard::addSample(const ZoneSample& zone, const ZoneContext& context)
{
    m_zone = zone;
    m_context = context;
    m_gauge->addSample(zone, context);
    m_histogram->setZone(zone, context);
    refreshLabels();
}

void ZoneCard::addHistory(const ZoneSample& zone, const ZoneContext& context)
{
    m_gauge->addSample(zone, context);
}

void ZoneCard::clearHistory()
{
    m_gauge->clearHistory();
}

void ZoneCard::setContext(const ZoneContext& context)
{
    m_context = context;
    m_gauge->setContext(context);
    m_histogram->setZone(m_zone, context);
    refreshLabels();
}

QString ZoneCard::stateText() const
{
    const std::optional<WatermarkState> band = watermarkState(m_zone.free, m_zone.min, m_zone.low, m_zone.high);
    return band ? watermarkStateLabel(*band) : tr("no watermarks");
}

QString ZoneCard::protectionText() const
{
    // The same reserve usually applies to several higher zones: group them.
    std::map<std::uint64_t, QStringList> zonesByReserve;
    for (std::size_t i = 0; i < m_zone.protection.size(); ++i) {
        if (m_zone.protection[i] == 0)
            continue;
        const QString name = m_context.nodeZoneNames.size() == m_zone.protection.size()
            ? QString::fromStdString(m_context.nodeZoneNames[i])
            : tr("zone %1").arg(i);
        zonesByReserve[m_zone.protection[i]] << name;
    }
    if (zonesByReserve.empty())
        return tr("Lowmem protection: none (no higher zone falls back to this one).");
    QStringList parts;
    for (const auto& [pages, zones] : zonesByReserve)
        parts << tr("%1 from %2 allocations").arg(sizeText(pagesToKiB(pages, m_context.pageSize)), zones.join(u'/'));
    return tr("Lowmem protection: keeps back %1.").arg(parts.join(QStringLiteral("; ")));
}

void ZoneCard::refreshLabels()
{
    const std::optional<WatermarkState> band = watermarkState(m_zone.free, m_zone.min, m_zone.low, m_zone.high);
    m_state->setText(stateText());
    if (band) {
        const QColor color = watermarkStateColor(*band);
        const QColor text = color.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
        m_state->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 1px 6px; }")
                .arg(color.name(), text.name()));
        m_state->setToolTip(watermarkStateMeaning(*band));
    }
    QStringList sizes;
    sizes << tr("free %1").arg(sizeText(pagesToKiB(m_zone.free, m_context.pageSize)));
    if (m_zone.managed)
        sizes << tr("managed %1").arg(sizeText(pagesToKiB(*m_zone.managed, m_context.pageSize)));
    if (m_zone.present)
        sizes << tr("present %1").arg(sizeText(pagesToKiB(*m_zone.present, m_context.pageSize)));
    if (m_zone.boost.value_or(0) > 0)
        sizes << tr("watermarks boosted by %1").arg(sizeText(pagesToKiB(*m_zone.boost, m_context.pageSize)));
    m_sizes->setText(sizes.join(QStringLiteral(" · ")));
    m_protection->setText(protectionText());
    m_buddySummary->setText(m_histogram->summary());

    if (m_zone.freeBlocksByType.empty()) {
        m_legend->setText(tr("<small>Split by migrate type: needs /proc/pagetypeinfo (root only).</small>"));
    } else {
        QStringList entries;
        for (const MigrateTypeBlocks& type : m_zone.freeBlocksByType)
            entries << QStringLiteral("<span style=\"color:%1\">■</span> %2")
                           .arg(migrateTypeColor(type.type).name(), QString::fromStdString(type.type).toHtmlEscaped());
        m_legend->setText(
            QStringLiteral("<small>") + entries.join(QStringLiteral("&nbsp;&nbsp; ")) + QStringLiteral("</small>"));
    }
}

} // namespace vmscope
