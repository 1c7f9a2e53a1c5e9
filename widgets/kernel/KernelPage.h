#pragma once

#include "core/io/Source.h"
#include "core/sampling/SystemSample.h"
#include "workload/DropCaches.h"

#include "widgets/common/LatestOnlyJob.h"

#include <QWidget>

#include <QPointer>
#include <array>

#include <functional>
#include <map>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QHBoxLayout;
class QMenu;
class QSplitter;
class QToolButton;

namespace vmscope {

class FreeSummary;
class OomKillFeed;
class OomReportView;
class RefreshThrottle;
class MemoryTimeline;
class SamplerBridge;
class VmstatRatesPlot;
class WorkloadPanel;
class ZonePanel;

// "Kernel at work": the system's memory sampled live (meminfo timeline, free -m summary, vmstat
// rates, zone watermarks and buddy lists) next to a workload runner, so a tar can be watched
// filling the page cache, a second run compared with the first, and the caches dropped again.
class KernelPage : public QWidget {
    Q_OBJECT
public:
    explicit KernelPage(std::shared_ptr<const Source> source, QWidget* parent = nullptr);
    ~KernelPage() override;

    // Run workload… (Ctrl+R), Run again, Cancel, and the Drop caches submenu (sync, then 1/2/3).
    void populateWorkloadMenu(QMenu* menu);
    void dropCaches(DropCachesLevel level);
    // What dropCaches() runs on its worker; tests put a stand-in here (the real one needs root).
    using DropCachesFunction = std::function<DropCachesOutcome(DropCachesLevel)>;
    void setDropCachesFunction(DropCachesFunction function) { m_dropCachesFunction = std::move(function); }
    void setSamplingInterval(double seconds);
    // An experiment's step, marked on the timeline (and recorded with the samples) now.
    void markExperimentStep(const QString& label, const QString& toolTip);

    MemoryTimeline* timeline() const { return m_timeline; }
    FreeSummary* freeSummary() const { return m_freeSummary; }
    VmstatRatesPlot* ratesPlot() const { return m_rates; }
    WorkloadPanel* workloadPanel() const { return m_workload; }
    SamplerBridge* sampler() const { return m_sampler; }
    OomKillFeed* oomKills() const { return m_oomKills; }
    ZonePanel* zonePanel() const { return m_zones; }
    // Opens (or raises) the window with the kernel's report of this OOM-kill event; nullptr and
    // a banner when the report is not known. What clicking the event's marker does.
    QWidget* openOomReport(int eventId);
    QString bannerText() const;

private:
    QHBoxLayout* createToolbar();
    QToolButton* createDropCachesButton();
    QSplitter* createColumns();
    void createWorkloadActions();
    void connectSamplerAndWorkload();
    void sampleArrived(const SamplePtr& sample);
    void updateTexts();
    void dropCachesFinished(const DropCachesOutcome& outcome);
    void showBanner(const QString& html, bool problem);
    void connectOomKills();
    void bringToFront();
    void disableLiveOnlyControls();

    std::shared_ptr<const Source> m_source;
    SamplerBridge* m_sampler = nullptr;
    OomKillFeed* m_oomKills = nullptr;
    std::map<int, std::size_t> m_oomMarkers; // event id -> timeline marker
    std::map<int, QPointer<QWidget>> m_oomWindows; // event id -> its report window
    MemoryTimeline* m_timeline = nullptr;
    FreeSummary* m_freeSummary = nullptr;
    VmstatRatesPlot* m_rates = nullptr;
    WorkloadPanel* m_workload = nullptr;
    ZonePanel* m_zones = nullptr;
    QComboBox* m_intervalBox = nullptr;
    QToolButton* m_dropButton = nullptr;
    QCheckBox* m_showRates = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_banner = nullptr;
    QAction* m_runAgainAction = nullptr;
    QAction* m_cancelAction = nullptr;
    std::array<QAction*, 3> m_dropActions {};
    DropCachesFunction m_dropCachesFunction = [](DropCachesLevel level) { return vmscope::dropCaches(level); };
    DropCachesLevel m_droppingLevel = DropCachesLevel::Both;
    LatestOnlyJob<DropCachesOutcome> m_dropJob {
        [this] { return [function = m_dropCachesFunction, level = m_droppingLevel] { return function(level); }; },
        [this](const DropCachesOutcome& outcome) { dropCachesFinished(outcome); }
    };
    QString m_lastProblem;
    SamplePtr m_latestSample;
    RefreshThrottle* m_textRefresh = nullptr; // the summary and status texts, a few times a second
};

} // namespace vmscope
