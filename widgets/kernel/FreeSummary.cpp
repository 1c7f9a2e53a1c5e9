#include "widgets/kernel/FreeSummary.h"

#include "widgets/common/Explanations.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace vmscope {

namespace {
    // free -m truncates kB to MiB.
    QString mibText(std::uint64_t kib)
    {
        return QLocale().toString(qulonglong(kib / 1024));
    }
} // namespace

FreeSummary::FreeSummary(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    const std::array<QString, ColumnCount> headers { tr("total"), tr("used"), tr("free"), tr("shared"),
        tr("buff/cache"), tr("available") };
    const std::array<QString, ColumnCount> tips {
        tr("MemTotal: the RAM the kernel manages (installed RAM minus firmware and the kernel image)."),
        tr("used = MemTotal − MemFree − Buffers − Cached − SReclaimable: memory programs and the kernel hold "
           "and cannot simply drop."),
        tr("MemFree: not used for anything. A small number here is normal and good."),
        tr("Shmem: shared memory and tmpfs (part of buff/cache, but it cannot be dropped)."),
        tr("Buffers + Cached + SReclaimable: file data and kernel caches kept in RAM because it was free. "
           "The kernel gives it back as soon as programs need it."),
        tr("MemAvailable: the kernel's estimate of what new programs can get without swapping. The honest "
           "answer to \"how much RAM is left\"."),
    };
    // What's This (Shift+F1): the column's sentence and the glossary term behind it.
    const std::array<const char*, ColumnCount> terms { "", "reclaim", "memfree", "shmem", "page-cache",
        "memavailable" };
    setWhatsThis(
        explanationHtml(tr("The Mem: and Swap: rows of free(1), from /proc/meminfo."), QStringLiteral("memavailable")));
    auto* unit = new QLabel(tr("MiB"), this);
    unit->setToolTip(tr("As free -m shows it: MiB, rounded down."));
    grid->addWidget(unit, 0, 0);
    for (int column = 0; column < ColumnCount; ++column) {
        auto* header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[std::size_t(column)]), this);
        header->setAlignment(Qt::AlignRight);
        header->setToolTip(tips[std::size_t(column)]);
        header->setWhatsThis(
            explanationHtml(tips[std::size_t(column)], QString::fromLatin1(terms[std::size_t(column)])));
        grid->addWidget(header, 0, column + 1);
    }
    const std::array<QString, RowCount> rowNames { tr("Mem:"), tr("Swap:") };
    for (int row = 0; row < RowCount; ++row) {
        grid->addWidget(new QLabel(rowNames[std::size_t(row)], this), row + 1, 0);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QLabel(this);
            cell->setAlignment(Qt::AlignRight);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setToolTip(tips[std::size_t(column)]);
            cell->setWhatsThis(
                explanationHtml(tips[std::size_t(column)], QString::fromLatin1(terms[std::size_t(column)])));
            m_cells[std::size_t(row)][std::size_t(column)] = cell;
            grid->addWidget(cell, row + 1, column + 1);
        }
    }
    layout->addLayout(grid);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("<b>Linux did not eat your RAM.</b> <i>used</i> is what programs and the kernel really hold. "
           "<i>buff/cache</i> is file data kept in otherwise idle RAM to make the next read fast; the kernel "
           "hands it back the moment a program needs it. <i>available</i> is what you can still start programs "
           "in without swapping — watch that one, not <i>free</i>."));
    layout->addWidget(m_explanation, 1);
}

void FreeSummary::setSample(const SamplePtr& sample)
{
    m_figures = sample ? freeFigures(*sample) : std::nullopt;
    for (int row = 0; row < RowCount; ++row)
        for (int column = 0; column < ColumnCount; ++column)
            m_cells[std::size_t(row)][std::size_t(column)]->setText(cellText(Row(row), Column(column)));
    if (m_figures && m_figures->availableEstimated)
        m_cells[MemRow][Available]->setToolTip(
            tr("This kernel has no MemAvailable (before 3.14): free + buff/cache is shown, an optimistic guess."));
}

QString FreeSummary::cellText(Row row, Column column) const
{
    if (!m_figures)
        return row == MemRow && column == Total ? tr("—") : QString();
    const FreeFigures& f = *m_figures;
    if (row == SwapRow) {
        switch (column) {
        case Total:
            return mibText(f.swapTotal);
        case Used:
            return mibText(f.swapUsed);
        case Free:
            return mibText(f.swapFree);
        default:
            return {};
        }
    }
    switch (column) {
    case Total:
        return mibText(f.total);
    case Used:
        return mibText(f.used);
    case Free:
        return mibText(f.free);
    case Shared:
        return mibText(f.shared);
    case BuffCache:
        return mibText(f.buffCache);
    case Available:
        return mibText(f.available);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vmscope
