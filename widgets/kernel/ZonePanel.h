#pragma once

#include "core/sampling/SystemSample.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace vmscope {

class CommitGauge;
class OvercommitControl;
struct RssVszRatio;
class Source;
class ZoneCard;

// The zones of the kernel's page allocator, live: one watermark gauge (with a short history of
// free pages) and one buddy histogram per populated node/zone, and the commit gauge. Fed with
// samples by the page that owns it; the vm sysctls (min_free_kbytes, watermark_scale_factor,
// overcommit_*) are read through the Source on a worker, at most every few seconds.
class ZonePanel : public QWidget {
    Q_OBJECT
public:
    explicit ZonePanel(std::shared_ptr<const Source> source, QWidget* parent = nullptr);
    ~ZonePanel() override;

    void addSample(SamplePtr sample); // newest sample, called on the GUI thread
    void setHistory(const std::vector<SamplePtr>& samples); // oldest first (e.g. after a pause)

    // For tests and the page: the cards of the populated zones, in zoneinfo order.
    std::size_t cardCount() const;
    ZoneCard* card(std::size_t index) const;
    CommitGauge* commitGauge() const;
    OvercommitControl* overcommitControl() const;
    // "RSS:VSZ 0.08": Σ VmRSS / Σ VmSize of all processes, read every kRssVszRefreshMs.
    QString rssVszText() const;
    QString rssVszToolTip() const;
    static constexpr int kRssVszRefreshMs = 5000;
    QString emptyZonesText() const; // "Empty zones (no memory): node 0 Movable, …"; empty when none

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncCards(const SystemSample& sample);
    void reflow(bool force);
    void maybeReadSysctls();
    void applyTuning();
    void refreshTuningLabel();
    void refreshProblems();
    void showRssVsz(const RssVszRatio& ratio);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vmscope
