#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/SampleFigures.h"

#include <QWidget>

#include <array>
#include <optional>

class QCPGraph;
class QCustomPlot;
class QLabel;

namespace vmscope {

class RefreshThrottle;

// /proc/vmstat as rates: page faults per second (minor, major), pages scanned by kswapd versus
// by direct reclaim, swap in/out; each point is the delta between two consecutive samples.
class VmstatRatesPlot : public QWidget {
    Q_OBJECT
public:
    enum Rate { MinorFaults, MajorFaults, ScanKswapd, ScanDirect, SwapIn, SwapOut, RateCount };

    explicit VmstatRatesPlot(QWidget* parent = nullptr);
    ~VmstatRatesPlot() override;

    void addSample(const SamplePtr& sample);
    void setHistory(const std::vector<SamplePtr>& samples);
    // Follows the memory timeline so both plots show the same time.
    void setTimeRange(double lower, double upper);

    const std::optional<VmstatRates>& latestRates() const { return m_latest; }
    std::size_t pointCount() const;
    QString summaryText() const;
    QCustomPlot* plot() const { return m_plot; }

    static constexpr std::size_t kMaxPoints = 100000;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void addRates(const VmstatRates& rates);
    void rescaleValues();
    void applyPalette();

    RefreshThrottle* m_refresh = nullptr;
    QCustomPlot* m_plot = nullptr;
    QLabel* m_summary = nullptr;
    std::array<QCPGraph*, RateCount> m_graphs {};
    SamplePtr m_previous;
    std::optional<VmstatRates> m_latest;
};

} // namespace vmscope
