#pragma once

#include "core/analysis/SnapshotDiff.h"

#include <QColor>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <unordered_map>
#include <vector>

namespace vmscope {

// The change highlights of the region table and their fade clock: VMAs that appeared, changed
// size or changed Rss stay lit for a few seconds, fading; VMAs that vanished are listed as long.
// VmaTableModel owns one and paints BackgroundRole from it. The fade is announced once a tick
// with highlightsFaded(), never per row: thousands of scattered rows fade at once, and a view
// needs to repaint only what it shows (ProcessView updates the table's viewport).
class ChangeHighlighter : public QObject {
    Q_OBJECT
public:
    struct Change {
        ChangeKind kind = ChangeKind::None;
        QDateTime time;
    };
    // When a highlight started, as the clock's milliseconds: what a group row keeps of its VMAs'.
    struct Entry {
        ChangeKind kind = ChangeKind::None;
        qint64 ms = 0;
    };
    // A VMA that was in the previous refresh and is not in this one: it has no row left to
    // highlight, so the view lists it instead.
    struct VanishedVma {
        std::uint64_t start = 0;
        std::uint64_t end = 0;
        QString path; // for display; "[anon]" for unnamed memory
        RegionKind kind = RegionKind::Unknown;
        QDateTime time;
    };

    explicit ChangeHighlighter(QObject* parent = nullptr);

    // Lights what `diff` says changed and lists what vanished, at the clock's now.
    void apply(const SnapshotDiff& diff);
    // Another process: nothing is lit any more (and nothing is pinned).
    void clear();
    // Lights exactly what `diff` says changed, at full strength and without fading, until the
    // next pin() or unpin(); apply() is ignored meanwhile. What a teaching step changed stays
    // visible "since the previous step until the next one", however many refreshes pass.
    void pin(const SnapshotDiff& diff);
    void unpin();
    bool isPinned() const { return m_pinned; }
    // The colour of a kind of change at full strength (the table's background, the map's marks).
    static QColor baseColor(ChangeKind kind);

    Change changeOfStart(std::uint64_t start) const;
    Entry entryOfStart(std::uint64_t start) const;
    // An entry as a Change, none once it has faded.
    Change changeOf(const Entry& entry) const;
    const std::vector<VanishedVma>& recentlyVanished() const { return m_vanished; }

    void setDuration(int milliseconds) { m_durationMs = milliseconds; }
    int duration() const { return m_durationMs; }
    // The clock for highlight times; tests inject one so fading is deterministic.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    qint64 nowMs() const { return m_clock().toMSecsSinceEpoch(); }
    // Whether a timer repaints fading highlights (on by default; tests switch it off).
    void setAnimate(bool animate);
    // Lit rows the highlighter does not hold (a group row's copy of its VMAs'): the owner drops
    // those that faded by `nowMs` and says whether any was lit, so the clock keeps running.
    void setDerivedHighlights(std::function<bool(qint64 nowMs)> expire) { m_expireDerived = std::move(expire); }
    // Drops highlights older than the duration and emits highlightsFaded() while any row is
    // lit. The timer calls it while highlights are alive; tests call it with their own time.
    void expire(const QDateTime& now);
    // The highlight colour at `now`, an invalid QColor when none (what BackgroundRole uses).
    QColor color(const Change& change, const QDateTime& now) const;

signals:
    void highlightsFaded();
    void recentlyVanishedChanged();

private:
    void noteVanished(const Vma& vma, qint64 ms);
    void startTimer();

    std::unordered_map<std::uint64_t, Entry> m_changes; // by VMA start
    std::vector<VanishedVma> m_vanished;
    int m_durationMs = 3000;
    std::function<QDateTime()> m_clock;
    std::function<bool(qint64)> m_expireDerived;
    QTimer m_fadeTimer;
    bool m_animate = true;
    bool m_pinned = false;
};

} // namespace vmscope
