#pragma once

#include "core/io/Source.h"
#include "core/model/ProcessFacts.h"
#include "core/model/Vma.h"
#include "widgets/common/LatestOnlyJob.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QToolButton;

namespace vmscope {

// The "Facts" side page of a process: status counters, the layout addresses of stat (each with
// "Show on map"), page faults with their rate, the memory rlimits, the ASLR mode and the VMA
// count against vm.max_map_count. It reads on vmscope's read pool (readProcessFacts, one
// LatestOnlyJob) whenever the view hands it a new snapshot, never on the GUI thread; figures and
// rules come from core, the panel only words them.
class ProcessFactsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProcessFactsPanel(QWidget* parent = nullptr);
    ~ProcessFactsPanel() override;

    void setSource(std::shared_ptr<const Source> source);
    // Reads the facts of the snapshot's process beside `map` (the maps of the same moment).
    void refresh(int pid, std::shared_ptr<const MemoryMap> map);
    // Shows a reading (what a finished read delivers; tests call it with fixture facts). A
    // reading of the same pid after another gives the fault rates.
    void showFacts(std::shared_ptr<const ProcessFacts> facts);
    void clear();
    const std::shared_ptr<const ProcessFacts>& facts() const { return m_facts; }

    // The text shown for a figure, by its key ("VmHWM", "start_code", "minor faults",
    // "RLIMIT_AS", "ASLR", "VMAs", "layout"): for tests and accessibility.
    QString valueText(const QString& key) const;

signals:
    // "Show on map" of an address.
    void showAddressRequested(quint64 address);
    // A new reading was shown (ProcessView then updates the map's marks).
    void factsChanged();

private:
    QLabel* addRow(QGridLayout* grid, const QString& key, const QString& title, const QString& toolTip);
    void setValue(const QString& key, const QString& text);
    void showLayout(const ProcessFacts& facts);

    std::shared_ptr<const Source> m_source;
    int m_pid = 0;
    std::shared_ptr<const MemoryMap> m_map;
    std::shared_ptr<const ProcessFacts> m_facts;
    std::shared_ptr<const ProcessFacts> m_previous;
    QHash<QString, QLabel*> m_values;
    QHash<QString, QToolButton*> m_showButtons;
    QLabel* m_hidden = nullptr;
    QWidget* m_addresses = nullptr;
    LatestOnlyJob<std::shared_ptr<const ProcessFacts>> m_job;
};

} // namespace vmscope
