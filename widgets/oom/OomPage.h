#pragma once

#include "core/io/KernelWriter.h"
#include "core/io/Source.h"
#include "core/model/MemoryCgroup.h"
#include "core/read/OomRanking.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;

namespace vmscope {

template <typename T> class LatestOnlyJob;
class OomPointsChart;
class OomRankingFeed;
class OomTableModel;

// "Out of memory": who the OOM killer would choose and why. Left, the processes ranked by the
// kernel's oom_score (the first victim marked); right, the selected process's score explained
// from its parts with this kernel's formula, the top candidates' points as stacked bars, and the
// vm.* policy around the killer. The ranking is read every 2 s while the page is shown.
// With a writer (the live system), the selected process's oom_score_adj can be changed; the page
// says beforehand what the kernel will allow and afterwards why it refused.
class OomPage : public QWidget {
    Q_OBJECT
public:
    // `writer` nullptr: nothing can be changed (a copied proc root, a capture).
    explicit OomPage(std::shared_ptr<const Source> source, std::shared_ptr<const KernelWriter> writer = nullptr,
        QWidget* parent = nullptr);
    ~OomPage() override;

    OomRankingFeed* feed() const { return m_feed; }
    OomTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    OomPointsChart* chart() const { return m_chart; }
    // The selected process's explanation as plain text (empty when none is selected).
    QString explanationText() const { return m_explanationPlain; }
    QString policyText() const;
    // The pid of the selected row, -1 for none.
    int selectedPid() const;
    // Where the selected process's memory cgroup is read: /sys for the live /proc, the sys/ beside
    // a fixture's proc/ in tests; nullptr (the default) says the cgroup cannot be known.
    void setSysSource(std::shared_ptr<const Source> sys);
    // The selected process's memory cgroup as the page shows it, plain text.
    QString cgroupText() const;
    QSpinBox* adjSpinBox() const { return m_adjSpin; }
    QPushButton* adjApplyButton() const { return m_adjApply; }
    // What the page says about the oom_score_adj change: the forecast, then the outcome.
    QString adjMessage() const;

    void focusFilter();
    void refreshNow();
    // Shows a ranking (what the feed delivers; tests call it directly).
    void showRanking(std::shared_ptr<const OomRanking> ranking);

signals:
    // A row was double-clicked (or Enter pressed on it): show that process.
    void openProcess(int pid, const QString& name);
    // A write of oom_score_adj ended; `message` is what the page shows.
    void adjustmentFinished(bool succeeded, const QString& message);
    // The selected process's memory cgroup was read and shown.
    void cgroupShown(int pid);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createRankingPane();
    QWidget* createPolicyBox();
    void updateExplanation();
    void updatePolicy();
    QWidget* createAdjustRow(QWidget* parent);
    QWidget* createCgroupBox();
    struct CgroupOfProcess {
        int pid = -1;
        std::optional<MemoryCgroup> cgroup;
        QString problem; // why it is not known
    };
    void showCgroup(const CgroupOfProcess& reading);
    void syncAdjustRow();
    void forecastAdjustment();
    void applyAdjustment();
    void showAdjustmentOutcome(int pid, const QString& name, std::optional<std::uint32_t> owner, int before,
        int requested, const WriteOutcome& outcome);

    OomRankingFeed* m_feed = nullptr;
    std::shared_ptr<const OomRanking> m_ranking;
    OomTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_explanation = nullptr;
    QString m_explanationPlain;
    OomPointsChart* m_chart = nullptr;
    QLabel* m_policyLabels[4] = {};
    std::shared_ptr<const KernelWriter> m_writer;
    QSpinBox* m_adjSpin = nullptr;
    QPushButton* m_adjApply = nullptr;
    QLabel* m_adjMessage = nullptr;
    int m_adjPid = -1; // the process the spin box was filled from
    bool m_adjWriting = false;
    std::shared_ptr<const Source> m_source;
    std::shared_ptr<const Source> m_sys;
    std::unique_ptr<LatestOnlyJob<CgroupOfProcess>> m_cgroupJob;
    QLabel* m_cgroupLabel = nullptr;
};

} // namespace vmscope
