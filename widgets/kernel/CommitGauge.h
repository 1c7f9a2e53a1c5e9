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

    QString headline() const; // "Committed 6.2 GiB of 11.8 GiB limit (53 %)"
    QString modeExplanation() const; // the sentence for the current mode

private:
    void refresh();

    std::optional<std::uint64_t> m_committedKiB, m_limitKiB, m_expectedLimitKiB;
    std::optional<VmTuning> m_tuning;
    CommitBar* m_bar = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_mode = nullptr;
};

} // namespace vmscope
