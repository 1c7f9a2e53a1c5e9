#pragma once

#include "core/sampling/SystemSample.h"
#include "widgets/kernel/ZoneWatermarks.h"

#include <QColor>
#include <QWidget>

namespace vmscope {

// The colour of a migrate type (pagetypeinfo), the same in every zone's histogram.
QColor migrateTypeColor(const std::string& type);

// One zone's buddy allocator: for each order 0..10, the share of the zone's free memory that
// sits in free blocks of that order, stacked by migrate type when pagetypeinfo was readable, with
// the number of blocks on each bar. Memory share rather than block count, because that is what
// fragmentation is about: a healthy zone holds most of its free memory in high orders, a
// fragmented one in order 0..3 with nothing at the top.
class BuddyHistogram : public QWidget {
    Q_OBJECT
public:
    explicit BuddyHistogram(QWidget* parent = nullptr);

    void setZone(const ZoneSample& zone, const ZoneContext& context);

    // The one-line verdict shown above the bars ("Largest free block: 4 MiB (order 10) …").
    QString summary() const;
    QString toolTipAt(const QPoint& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotArea() const;
    int orderAt(const QPoint& position) const;
    std::uint64_t freeKiBTotal() const;

    ZoneSample m_zone;
    ZoneContext m_context;
};

} // namespace vmscope
