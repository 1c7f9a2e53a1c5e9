#pragma once

#include "core/io/Source.h"
#include "core/model/SystemMemory.h"
#include "core/read/ProcessReader.h"
#include "core/read/SystemUsage.h"
#include "widgets/common/LatestOnlyJob.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace vmscope {

class MappingUsageModel;
class ProcessListingFeed;
class ProcessUsageModel;
class SystemAreaModel;
class UsageBarChart;
class UsageTreemap;
class UserUsageModel;

// "Who is using my RAM?": the system-wide page. By process (with a treemap of PSS), by user and
// system (smem -w) come from the shared process listing (smaps_rollup) and meminfo, taken on
// demand or every 5 seconds; by mapping needs every process's full smaps, so it is a separate
// scan on a thread pool with progress and Cancel. Processes that cannot be read are named in a
// banner.
class SystemUsagePage : public QWidget {
    Q_OBJECT
public:
    enum View { ByProcess, ByUser, ByMapping, System };

    // Takes its listings from `feed` (shared with the process list).
    explicit SystemUsagePage(ProcessListingFeed* feed, QWidget* parent = nullptr);
    // Standalone: reads its own listings from `source`, only when it needs one.
    explicit SystemUsagePage(std::shared_ptr<const Source> source, QWidget* parent = nullptr);
    ~SystemUsagePage() override;

    void refreshNow();
    void setAutoRefresh(bool on);
    void setShowPercent(bool on);
    void showView(View view);
    void focusFilter();

    void startMappingScan();
    void cancelMappingScan();
    bool isScanningMappings() const;
    // What the mapping tab says about the last scan ("… cancelled …", "412 mappings in 213 processes").
    QString mappingScanStatus() const;
    QString bannerText() const;
    QString systemStatus() const;

    ProcessUsageModel* processModel() const { return m_processModel; }
    UserUsageModel* userModel() const { return m_userModel; }
    MappingUsageModel* mappingModel() const { return m_mappingModel; }
    SystemAreaModel* systemModel() const { return m_systemModel; }
    QTableView* processTable() const { return m_processTable; }
    UsageTreemap* treemap() const { return m_treemap; }

signals:
    // Double-click on a process (table or treemap): open it on the process page.
    void openProcess(int pid);
    // A reading finished (the tables were merged).
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // What one refresh reads on the worker, beside the shared listing.
    struct Reading {
        ProcessListing listing; // the shared one without kernel threads (no user memory)
        std::vector<UserUsage> users;
        std::optional<MemInfo> memInfo;
        std::optional<Error> memInfoError;
        SystemAreaSetup areaSetup; // the installed RAM and kernel image found on the machine
        QDateTime time;
    };

    SystemUsagePage(std::shared_ptr<const Source> source, ProcessListingFeed* feed, QWidget* parent);
    void createModels();
    QHBoxLayout* createToolbar();
    void createBanner();
    void createViews();
    void connectControls();
    QWidget* createProcessView();
    QWidget* createUserView();
    QWidget* createMappingView();
    QWidget* createSystemView();
    QTableView* createTable(QSortFilterProxyModel* proxy, QWidget* parent);

    void startRefresh();
    void listingRead(const std::shared_ptr<const ProcessListing>& listing);
    void readFrom(const std::shared_ptr<const ProcessListing>& listing);
    LatestOnlyJob<std::shared_ptr<const Reading>>::Work readWork();
    LatestOnlyJob<std::shared_ptr<const MappingScan>>::Work scanWork();
    void refreshFinished(const std::shared_ptr<const Reading>& reading);
    void scanFinished(const std::shared_ptr<const MappingScan>& scan);
    void updateScanProgress();
    void updateBanner(const ProcessListing& listing);
    void updateSystemAreas();
    void updatePercentages();
    void updateTreemap();
    void updateUserChart();
    void updateMappingChart();
    void selectProcessRow(int pid);
    std::vector<int> pidsToScan() const;
    void restoreSettings();

    std::shared_ptr<const Source> m_source;
    ProcessListingFeed* m_feed = nullptr;

    ProcessUsageModel* m_processModel = nullptr;
    UserUsageModel* m_userModel = nullptr;
    MappingUsageModel* m_mappingModel = nullptr;
    SystemAreaModel* m_systemModel = nullptr;
    QSortFilterProxyModel* m_processProxy = nullptr;
    QSortFilterProxyModel* m_userProxy = nullptr;
    QSortFilterProxyModel* m_mappingProxy = nullptr;
    QSortFilterProxyModel* m_systemProxy = nullptr;

    QTabWidget* m_views = nullptr;
    QLineEdit* m_filter = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QCheckBox* m_autoRefresh = nullptr;
    QCheckBox* m_percent = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_banner = nullptr;

    QTableView* m_processTable = nullptr;
    UsageTreemap* m_treemap = nullptr;
    QTableView* m_userTable = nullptr;
    UsageBarChart* m_userChart = nullptr;
    QStringList m_userChartKeys; // the user of each bar

    QTableView* m_mappingTable = nullptr;
    UsageBarChart* m_mappingChart = nullptr;
    QStringList m_mappingChartKeys; // the mapping (as the table names it) of each bar
    QPushButton* m_scanButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_scanProgress = nullptr;
    QLabel* m_scanStatus = nullptr;

    QTableView* m_systemTable = nullptr;
    UsageBarChart* m_systemChart = nullptr;
    QDoubleSpinBox* m_installedRam = nullptr;
    QLabel* m_systemStatus = nullptr;

    QTimer* m_refreshTimer = nullptr;
    std::shared_ptr<const Reading> m_reading; // the last one merged
    std::shared_ptr<const ProcessListing> m_listingToRead; // the listing the next reading starts from
    std::shared_ptr<const ProcessListing> m_listingUsed; // the listing of the last reading started
    bool m_waitingForListing = false; // the next listing the feed reads starts a reading
    bool m_staleWhileHidden = false;

    bool m_scanning = false; // until its result is shown, not only until the worker ends
    // Shared with the scan's workers, which may outlive the page (a read stuck on a hung file).
    struct ScanState {
        std::atomic<bool> cancel { false };
        std::atomic<std::size_t> done { 0 };
        std::atomic<std::size_t> total { 0 };
        std::atomic<bool> progressPosted { false };
    };
    std::shared_ptr<ScanState> m_scanState = std::make_shared<ScanState>();
    QDateTime m_scanStarted;
    std::vector<int> m_pidsToScan;

    // Last, so that they are destroyed (and wait for their workers) before what the workers use.
    LatestOnlyJob<std::shared_ptr<const Reading>> m_readJob;
    LatestOnlyJob<std::shared_ptr<const MappingScan>> m_scanJob;
};

} // namespace vmscope
