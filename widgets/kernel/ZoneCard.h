#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/ZoneWatermarks.h"

#include <QFrame>

class QLabel;

namespace vmscope {

class BuddyHistogram;
class WatermarkGauge;

// Everything about one populated node/zone: its state, sizes, watermark gauge with history,
// lowmem protection, and buddy histogram.
class ZoneCard : public QFrame {
    Q_OBJECT
public:
    ZoneCard(int node, const std::string& zone, QWidget* parent = nullptr);

    int node() const { return m_node; }
    const std::string& zone() const { return m_zoneName; }

    // The newest state: updates every label and appends to the gauge's history.
    void addSample(const ZoneSample& zone, const ZoneContext& context);
    // Older samples, oldest first, for the history only (labels follow the last addSample).
    void addHistory(const ZoneSample& zone, const ZoneContext& context);
    void clearHistory();
    void setContext(const ZoneContext& context);

    WatermarkGauge* gauge() const { return m_gauge; }
    BuddyHistogram* histogram() const { return m_histogram; }
    QString stateText() const;
    QString protectionText() const;

private:
    void refreshLabels();

    int m_node = 0;
    std::string m_zoneName;
    ZoneSample m_zone;
    ZoneContext m_context;
    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_sizes = nullptr;
    WatermarkGauge* m_gauge = nullptr;
    QLabel* m_protection = nullptr;
    QLabel* m_buddySummary = nullptr;
    BuddyHistogram* m_histogram = nullptr;
    QLabel* m_legend = nullptr;
};

} // namespace vmscope
