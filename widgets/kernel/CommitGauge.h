#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/ZoneWatermarks.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace vmscope {

class CommitBar;

// Committed_AS (what has been promised to processes) against CommitLimit, with the
// overcommit mode and what it means: only mode 2 (strict) enforces the limit.
class CommitGauge : public QWidget {
    Q_OBJECT
public:
    explicit CommitGauge(QWidget* parent = nullptr);

    void setSample(const SystemSample& sample);
    void setTuning(const std::optional<VmTuning>& tuning);
    // Sysctls just written by vmscope: the limit they give (core's expectedCommitLimit from the
    // last sample's MemTotal, SwapTotal, Hugetlb) is drawn at once, until the next sample shows
    // the kernel's own CommitLimit.
    void previewTuning(const VmTuning& tuning);
    std::optional<std::uint64_t> limitKiB() const { return m_limitKiB; }
    bool limitEnforced() const;
    // The x of the limit line in the bar, for tests.
    double limitLineX() const;

    QString headline() const; // "Committed 6.2 GiB of 11.8 GiB limit (53 %)"
    QString modeExplanation() const; // the sentence for the current mode

private:
    void refresh();

    std::optional<std::uint64_t> m_committedKiB, m_limitKiB, m_expectedLimitKiB;
    std::optional<VmTuning> m_tuning;
    std::optional<CommitInputs> m_inputs;
    CommitBar* m_bar = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_mode = nullptr;
};

} // namespace vmscope
