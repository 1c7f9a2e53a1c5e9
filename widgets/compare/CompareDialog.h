#pragma once

#include "core/analysis/SnapshotDiff.h"
#include "core/analysis/SystemDiff.h"
#include "core/io/Source.h"
#include "widgets/common/LatestOnlyJob.h"

#include <QDialog>

#include <cstdint>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace vmscope {

class AddressMapView;
class MemInfoDiffModel;
class ProcessDiffModel;
class RegionDiffModel;
class SnapshotStore;

// Two moments compared, read and diffed on a worker (core's diffSystems and diffRegions, the
// figures of `vmscope-cli diff`).
struct CompareOutcome {
    QString systemError; // A's or B's meminfo could not be read
    SystemDiff system;
    int pid = 0; // 0: no process compared
    QString processError; // the process is in neither moment, or unreadable
    std::shared_ptr<const MemoryMap> mapA, mapB;
    RegionDiff regions;
    std::vector<std::pair<std::uint64_t, ChangeKind>> marks; // on B's map
};
CompareOutcome compareMoments(const Source& a, const Source& b, int pid);

// Compare snapshots (issue 13): choose A and B among the store's moments (and "live now" when
// the window is live), then the System tab lists processes appeared, exited and changed and the
// meminfo keys that moved; the Process tab the chosen process's regions added, removed, grown
// and shrunk, and B's map with those changes in colours. Never blocks: every read is on the read
// pool, a newer choice drops an older comparison's result.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    // `live`: the window's source when it changes over time (offered as "Live now"), else null.
    CompareDialog(
        std::shared_ptr<SnapshotStore> store, std::shared_ptr<const Source> live, int pid, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // Chooses the moments by store id; 0 is "live now". Starts a comparison.
    void choose(std::uint64_t a, std::uint64_t b);
    void setPid(int pid);
    void compareNow();
    void showProcessTab();

    ProcessDiffModel* processModel() const { return m_processModel; }
    MemInfoDiffModel* memInfoModel() const { return m_memInfoModel; }
    RegionDiffModel* regionModel() const { return m_regionModel; }
    AddressMapView* map() const { return m_map; }
    QTableView* regionTable() const { return m_regionTable; }
    QLabel* statusLabel() const { return m_status; }
    bool isComparing() const { return m_job.isRunning(); }

signals:
    // A comparison's result was shown (tests wait for it).
    void compared();

private:
    void fillChoices();
    std::shared_ptr<const Source> sourceOf(const QComboBox* choice) const;
    void showOutcome(const CompareOutcome& outcome);

    std::shared_ptr<SnapshotStore> m_store;
    std::shared_ptr<const Source> m_live;
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    QSpinBox* m_pid = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_processTable = nullptr;
    QTableView* m_memInfoTable = nullptr;
    QTableView* m_regionTable = nullptr;
    QLabel* m_processStatus = nullptr;
    AddressMapView* m_map = nullptr;
    ProcessDiffModel* m_processModel = nullptr;
    MemInfoDiffModel* m_memInfoModel = nullptr;
    RegionDiffModel* m_regionModel = nullptr;
    LatestOnlyJob<CompareOutcome> m_job;
};

} // namespace vmscope
