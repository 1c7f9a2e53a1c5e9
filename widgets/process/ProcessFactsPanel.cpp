#include "widgets/process/ProcessFactsPanel.h"

#include "core/analysis/ProcessFactsRules.h"
#include "core/read/ProcessFactsReader.h"
#include "widgets/common/GuiFormat.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace vmscope {
namespace {

    QString latin1(std::string_view text)
    {
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    }

    QString unknownText(const Error& error)
    {
        return QCoreApplication::translate("vmscope::ProcessFactsPanel", "unknown: %1")
            .arg(QString::fromStdString(error.message()));
    }

    QString limitText(const std::optional<std::uint64_t>& value, const std::string& units)
    {
        if (!value)
            return QCoreApplication::translate("vmscope::ProcessFactsPanel", "unlimited");
        if (units == "bytes")
            return sizeText(*value / 1024) + (*value % 1024 ? QStringLiteral(" (%1 B)").arg(*value) : QString());
        return QLocale().toString(static_cast<qulonglong>(*value));
    }

} // namespace

ProcessFactsPanel::ProcessFactsPanel(QWidget* parent)
    : QWidget(parent)
    , m_job(
          [this]() -> LatestOnlyJob<std::shared_ptr<const ProcessFacts>>::Work {
              if (!m_source || m_pid <= 0)
                  return {};
              return [source = m_source, pid = m_pid, map = m_map]() -> std::shared_ptr<const ProcessFacts> {
                  return std::make_shared<const ProcessFacts>(readProcessFacts(*source, pid, map.get()));
              };
          },
          [this](std::shared_ptr<const ProcessFacts> facts) { showFacts(std::move(facts)); })
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    auto section = [&](const QString& title) {
        auto* box = new QGroupBox(title, content);
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        layout->addWidget(box);
        return grid;
    };

    QGridLayout* memory = section(tr("Memory (/proc/PID/status)"));
    for (const StatusCounter& counter : factsStatusCounters()) {
        const QString key = latin1(counter.key);
        addRow(memory, key, key, QCoreApplication::translate("StatusCounter", counter.description));
    }

    auto* layoutBox = new QGroupBox(tr("Layout (/proc/PID/stat)"), content);
    auto* layoutOuter = new QVBoxLayout(layoutBox);
    m_hidden = new QLabel(layoutBox);
    m_hidden->setObjectName(QStringLiteral("fact:layout"));
    m_hidden->setWordWrap(true);
    m_hidden->hide();
    layoutOuter->addWidget(m_hidden);
    m_addresses = new QWidget(layoutBox);
    auto* addressGrid = new QGridLayout(m_addresses);
    addressGrid->setContentsMargins(0, 0, 0, 0);
    addressGrid->setColumnStretch(1, 1);
    layoutOuter->addWidget(m_addresses);
    layout->addWidget(layoutBox);
    // One row per address core names, in its order; the descriptions are core's (proc(5)).
    ProcessStat shownStat;
    shownStat.startCode = 2; // any shown layout lists every name
    ProcessFacts sample;
    sample.stat = std::move(shownStat);
    for (const LayoutAddress& a : layoutAddresses(sample)) {
        const QString key = latin1(a.name);
        QLabel* value = addRow(addressGrid, key, key, QCoreApplication::translate("LayoutAddress", a.description));
        value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto* show = new QToolButton(m_addresses);
        show->setText(tr("Show on map"));
        show->setToolTip(tr("Scroll the map to %1 and select the region that holds it").arg(key));
        show->setAutoRaise(true);
        addressGrid->addWidget(show, addressGrid->rowCount() - 1, 2);
        m_showButtons.insert(key, show);
        connect(show, &QToolButton::clicked, this, [this, key] {
            if (!m_facts)
                return;
            for (const LayoutAddress& shown : layoutAddresses(*m_facts))
                if (shown.address && QLatin1String(shown.name.data(), qsizetype(shown.name.size())) == key)
                    emit showAddressRequested(*shown.address);
        });
    }

    QGridLayout* faults = section(tr("Page faults"));
    addRow(faults, QStringLiteral("minor faults"), tr("Minor"),
        tr("The number of minor faults the process has made which have not required loading a memory page from "
           "disk."));
    addRow(faults, QStringLiteral("major faults"), tr("Major"),
        tr("The number of major faults the process has made which have required loading a memory page from disk."));

    QGridLayout* limits = section(tr("Limits (/proc/PID/limits, soft / hard)"));
    for (const MemoryLimit& limit : memoryLimits()) {
        const QString key = latin1(limit.resource);
        addRow(limits, key, key, QCoreApplication::translate("MemoryLimit", limit.description));
    }

    QGridLayout* system = section(tr("System"));
    addRow(system, QStringLiteral("ASLR"), tr("ASLR"),
        tr("kernel.randomize_va_space: which parts of the address space the kernel places at random addresses."));
    addRow(system, QStringLiteral("VMAs"), tr("VMAs"),
        tr("The process's memory mappings against vm.max_map_count, the most a process may have; mmap fails with "
           "ENOMEM at the limit."));
    layout->addStretch(1);
    clear();
}

ProcessFactsPanel::~ProcessFactsPanel() = default;

QLabel* ProcessFactsPanel::addRow(QGridLayout* grid, const QString& key, const QString& title, const QString& toolTip)
{
    const int row = grid->rowCount();
    auto* name = new QLabel(title, grid->parentWidget());
    name->setToolTip(toolTip);
    auto* value = new QLabel(grid->parentWidget());
    value->setObjectName(QStringLiteral("fact:") + key);
    value->setToolTip(toolTip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    grid->addWidget(name, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1);
    m_values.insert(key, value);
    return value;
}

void ProcessFactsPanel::setSource(std::shared_ptr<const Source> source)
{
    m_source = std::move(source);
}

void ProcessFactsPanel::refresh(int pid, std::shared_ptr<const MemoryMap> map)
{
    if (pid != m_pid) {
        m_job.invalidate();
        clear();
    }
    m_pid = pid;
    m_map = std::move(map);
    m_job.request();
}

void ProcessFactsPanel::clear()
{
    m_facts.reset();
    m_previous.reset();
    for (QLabel* value : std::as_const(m_values))
        value->setText(QStringLiteral("–"));
    m_hidden->hide();
    m_addresses->show();
}

void ProcessFactsPanel::setValue(const QString& key, const QString& text)
{
    if (QLabel* label = m_values.value(key))
        label->setText(text);
}

QString ProcessFactsPanel::valueText(const QString& key) const
{
    if (key == QLatin1String("layout"))
        return m_hidden->isVisible() || !m_hidden->isHidden() ? m_hidden->text() : QString();
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

void ProcessFactsPanel::showLayout(const ProcessFacts& facts)
{
    const LayoutVisibility visibility = layoutVisibility(facts);
    if (!facts.stat) {
        m_hidden->setText(unknownText(facts.stat.error()));
    } else if (visibility == LayoutVisibility::HiddenByKernel) {
        m_hidden->setText(tr("hidden by the kernel (needs ptrace access)"));
    } else if (visibility == LayoutVisibility::NoAddressSpace) {
        m_hidden->setText(tr("none: the process has no address space (a kernel thread, or it exited)"));
    }
    const bool shown = facts.stat && visibility == LayoutVisibility::Shown;
    m_hidden->setHidden(shown);
    m_addresses->setVisible(shown);
    for (const LayoutAddress& a : layoutAddresses(facts)) {
        const QString key = latin1(a.name);
        setValue(key, a.address ? addressText(*a.address) : tr("not printed by this kernel"));
        if (QToolButton* show = m_showButtons.value(key))
            show->setEnabled(a.address.has_value());
    }
}

void ProcessFactsPanel::showFacts(std::shared_ptr<const ProcessFacts> facts)
{
    if (!facts || (m_pid > 0 && facts->pid != m_pid))
        return;
    m_pid = facts->pid;
    m_previous = m_facts && m_facts->pid == facts->pid ? m_facts : nullptr;
    m_facts = std::move(facts);
    const ProcessFacts& f = *m_facts;

    for (const StatusCounter& counter : factsStatusCounters()) {
        const QString key = latin1(counter.key);
        if (!f.status)
            setValue(key, unknownText(f.status.error()));
        else if (const auto& value = (*f.status).*(counter.member))
            setValue(key, sizeText(*value));
        else
            setValue(key, tr("not printed (no address space)"));
    }
    showLayout(f);

    const std::optional<FaultRates> rates = m_previous ? faultRates(*m_previous, f) : std::nullopt;
    auto faultText = [&](const std::optional<std::uint64_t>& count, std::optional<double> perSecond) {
        if (!count)
            return tr("not printed by this kernel");
        QString text = QLocale().toString(static_cast<qulonglong>(*count));
        if (perSecond)
            text += tr(" · %1 /s").arg(QLocale().toString(*perSecond, 'f', 1));
        return text;
    };
    if (f.stat) {
        setValue(QStringLiteral("minor faults"),
            faultText(f.stat->minorFaults, rates ? std::optional(rates->minorPerSecond) : std::nullopt));
        setValue(QStringLiteral("major faults"),
            faultText(f.stat->majorFaults, rates ? std::optional(rates->majorPerSecond) : std::nullopt));
    } else {
        setValue(QStringLiteral("minor faults"), unknownText(f.stat.error()));
        setValue(QStringLiteral("major faults"), unknownText(f.stat.error()));
    }

    for (const MemoryLimit& memoryLimit : memoryLimits()) {
        const QString key = latin1(memoryLimit.resource);
        if (!f.limits) {
            setValue(key, unknownText(f.limits.error()));
        } else if (const ResourceLimit* limit = f.limits->find(memoryLimit.name)) {
            setValue(
                key, tr("%1 / %2").arg(limitText(limit->soft, limit->units), limitText(limit->hard, limit->units)));
        } else {
            setValue(key, tr("not listed"));
        }
    }

    if (f.randomizeVaSpace)
        setValue(QStringLiteral("ASLR"),
            tr("%1: %2")
                .arg(*f.randomizeVaSpace)
                .arg(QCoreApplication::translate("AslrMode", aslrModeMeaning(*f.randomizeVaSpace))));
    else
        setValue(QStringLiteral("ASLR"), unknownText(f.randomizeVaSpace.error()));

    const QLocale locale;
    QString vmas = f.vmaCount ? locale.toString(static_cast<qulonglong>(*f.vmaCount)) : tr("unknown");
    if (f.maxMapCount) {
        vmas = tr("%1 of %2").arg(vmas, locale.toString(static_cast<qlonglong>(*f.maxMapCount)));
        if (const auto percent = mapCountPercent(f))
            vmas += tr(" (%1 %)").arg(locale.toString(*percent, 'f', 1));
    } else {
        vmas += tr(" (vm.max_map_count %1)").arg(unknownText(f.maxMapCount.error()));
    }
    setValue(QStringLiteral("VMAs"), vmas);
    emit factsChanged();
}

} // namespace vmscope
