#pragma once

#include "core/Result.h"
#include "core/analysis/AddressSpaceLayout.h"
#include "core/analysis/Aggregator.h"
#include "core/io/Source.h"
#include "core/model/Vma.h"
#include "widgets/process/VmaTableModel.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace vmscope {

class AddressMapView;
class BreakdownFilterChip;
class ProcessSnapshotFeed;
struct ProcessSnapshot;
class ProcessBreakdownView;
class ProcessFactsPanel;
class ColumnChooser;
class VmaDetailsPanel;
class VmaFilterProxy;
class VmaTableSwitch;
class VmaTableModel;

// One process's address space: the scaled map, the VMA table and the details of the selected
// VMA, kept on one selection. The view reads nothing itself: it shows what its
// ProcessSnapshotFeed publishes (smaps read and diffed on a worker) and hands each snapshot to
// the map, the table and the breakdown; a refresh merges into the table and the map keeps its
// zoom. When the process exits, the last snapshot stays with a banner.
class ProcessView : public QWidget {
    Q_OBJECT
public:
    // With its own feed of `source`.
    ProcessView(std::shared_ptr<const Source> source, QWidget* parent = nullptr);
    // Subscribed to `feed` (the breakdown still reads smaps_rollup from `source`).
    ProcessView(std::shared_ptr<const Source> source, ProcessSnapshotFeed* feed, QWidget* parent = nullptr);
    ~ProcessView() override;

    void showProcess(int pid, const QString& name);
    int pid() const { return m_pid; }
    bool hasSnapshot() const { return static_cast<bool>(m_snapshot); }
    const std::shared_ptr<const MemoryMap>& snapshot() const { return m_snapshot; }

    void refreshNow();
    // For a source that does not change (a capture): each process is read once, and the refresh
    // choice is off and disabled (the saved choice for live windows is kept).
    void showUnchangingSource();
    // Shows "Read as administrator…" under the banner of a process that is not readable (only a
    // window on this machine's live /proc can start the root helper).
    void setReadAsAdministratorOffered(bool offered) { m_readAsAdministratorOffered = offered; }
    QPushButton* readAsAdministratorButton() const { return m_readAsAdministrator; }
    // 0 turns live refresh off.
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const;
    ProcessSnapshotFeed* feed() const { return m_feed; }
    // An experiment's step: the table and the map light what changed since `baseline` (the
    // snapshot of the previous step, of this process) without fading, until the next call; null
    // returns to the usual fading highlights of each refresh.
    void setStepBaseline(std::shared_ptr<const MemoryMap> baseline);
    // What the feed publishes: a snapshot of the process shown (one of another pid is ignored).
    void showSnapshot(const std::shared_ptr<const ProcessSnapshot>& snapshot);

    // The map as PNG, SVG or PDF (by the file's suffix); the table as CSV (every column), or
    // the start,end,name CSV of procmap-style scripts. Errors come back as a sentence.
    std::optional<QString> exportMap(const QString& fileName) const;
    std::optional<QString> exportTableCsv(const QString& fileName, bool procmapStyle) const;

    void focusAddressLookup();
    void focusTableFilter();
    AddressMapView* mapView() const { return m_map; }
    QTreeView* table() const { return m_table; }
    // The table's rows to the model's and back (the table shows the model through a proxy
    // only while it sorts or filters; see VmaTableSwitch).
    QModelIndex tableIndexToModel(const QModelIndex& tableIndex) const;
    QModelIndex modelIndexToTable(const QModelIndex& modelIndex) const;
    VmaTableSwitch* tableSwitch() const { return m_switch; }
    VmaTableModel* tableModel() const { return m_model; }
    ProcessBreakdownView* breakdownView() const { return m_breakdown; }
    // The Facts side page; its layout addresses are marked on the map.
    ProcessFactsPanel* factsPanel() const { return m_factsPanel; }
    void showFacts();
    // "Showing only …" while a breakdown segment narrows the map and the table; empty otherwise.
    QString breakdownFilterText() const;
    void showBreakdown();
    void saveLayout() const;
    // The banner shown above the map ("process 4242 exited at …"); empty when hidden.
    QString bannerText() const;

signals:
    void snapshotChanged();
    void statusMessage(const QString& message);
    // The "Read as administrator…" button of the not-readable banner.
    void readAsAdministratorRequested(int pid, const QString& name);

private:
    QLayout* createHeader();
    void createMessages(QVBoxLayout* layout);
    QWidget* createTablePane(QWidget* parent);
    void createSidePages();
    void connectControls();
    void connectTable();
    void connectSelection();
    void connectBreakdownFilter();
    void connectFacts();
    void updateLayoutMarks();
    void showReadError(const Error& error);
    void showBanner(const QString& text, bool warning);
    void hideBanner();
    void selectVma(int index, bool fromMap);
    void lookupAddress();
    void updateTitle();
    void restoreLayout();

    std::shared_ptr<const Source> m_source;
    int m_pid = 0;
    QString m_name;
    ProcessSnapshotFeed* m_feed = nullptr;
    std::shared_ptr<const MemoryMap> m_snapshot;
    QDateTime m_snapshotTime;
    Totals m_totals;
    std::optional<PagingMode> m_hostPaging;
    bool m_firstSnapshotOfProcess = true;
    bool m_syncingSelection = false;
    std::uint64_t m_selectedStart = 0;
    bool m_hasSelection = false;

    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_readAsAdministrator = nullptr;
    bool m_readAsAdministratorOffered = false;
    QComboBox* m_scaleMode = nullptr;
    QComboBox* m_refresh = nullptr;
    QLineEdit* m_lookup = nullptr;
    QLabel* m_lookupResult = nullptr;
    QLineEdit* m_tableFilter = nullptr;
    QToolButton* m_grouped = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
    AddressMapView* m_map = nullptr;
    VmaTableModel* m_model = nullptr;
    VmaFilterProxy* m_proxy = nullptr;
    VmaTableSwitch* m_switch = nullptr;
    QList<int> m_savedColumnWidths; // across a switch of the table's source
    QTreeView* m_table = nullptr;
    ColumnChooser* m_columns = nullptr;
    VmaDetailsPanel* m_details = nullptr;
    QTabWidget* m_sidePages = nullptr;
    ProcessBreakdownView* m_breakdown = nullptr;
    ProcessFactsPanel* m_factsPanel = nullptr;
    BreakdownFilterChip* m_filterChip = nullptr;
};

} // namespace vmscope
