#include "widgets/process/ChangeHighlighter.h"

#include "widgets/common/GuiFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace vmscope {
namespace {
    // Often enough for a smooth fade, rarely enough that a 60,000-row table does not notice.
    constexpr int kFadeTickMs = 150;
    constexpr std::size_t kMaxVanished = 256;
    // Strongest highlight alpha: visible on light and dark palettes without hiding the text.
    constexpr double kHighlightAlpha = 0.45;
} // namespace

ChangeHighlighter::ChangeHighlighter(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_fadeTimer.setInterval(kFadeTickMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, [this] { expire(m_clock()); });
}

void ChangeHighlighter::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ChangeHighlighter::setAnimate(bool animate)
{
    m_animate = animate;
    if (!animate)
        m_fadeTimer.stop();
    else
        startTimer();
}

void ChangeHighlighter::startTimer()
{
    if (m_animate && !m_fadeTimer.isActive() && (!m_changes.empty() || !m_vanished.empty()))
        m_fadeTimer.start();
}

void ChangeHighlighter::clear()
{
    m_pinned = false;
    m_changes.clear();
    m_fadeTimer.stop();
    if (m_vanished.empty())
        return;
    m_vanished.clear();
    emit recentlyVanishedChanged();
}

void ChangeHighlighter::apply(const SnapshotDiff& diff)
{
    if (m_pinned)
        return;
    const std::size_t vanishedBefore = m_vanished.size();
    const qint64 ms = nowMs();
    for (const std::uint32_t index : diff.vanished) {
        const Vma& gone = diff.previous->vmas[index];
        noteVanished(gone, ms);
        m_changes.erase(gone.start);
    }
    for (const auto& [start, kind] : diff.changes)
        m_changes[start] = Entry { kind, ms };
    startTimer();
    if (m_vanished.size() != vanishedBefore || vanishedBefore == kMaxVanished)
        emit recentlyVanishedChanged();
}

void ChangeHighlighter::pin(const SnapshotDiff& diff)
{
    m_pinned = false;
    m_changes.clear();
    m_vanished.clear();
    m_fadeTimer.stop();
    const qint64 ms = nowMs();
    if (diff.previous)
        for (const std::uint32_t index : diff.vanished)
            noteVanished(diff.previous->vmas[index], ms);
    for (const auto& [start, kind] : diff.changes)
        m_changes[start] = Entry { kind, ms };
    m_pinned = true;
    emit recentlyVanishedChanged();
    emit highlightsFaded(); // the lit rows changed: the view repaints what it shows
}

void ChangeHighlighter::unpin()
{
    if (!m_pinned)
        return;
    clear();
    emit recentlyVanishedChanged();
    emit highlightsFaded();
}

void ChangeHighlighter::noteVanished(const Vma& vma, qint64 ms)
{
    VanishedVma gone;
    gone.start = vma.start;
    gone.end = vma.end;
    gone.path = displayText(vma.path.empty() ? std::string_view("[anon]") : std::string_view(vma.path));
    if (vma.deleted)
        gone.path = QCoreApplication::translate("vmscope::VmaTableModel", "%1 (deleted)").arg(gone.path);
    gone.kind = vma.kind;
    gone.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    m_vanished.push_back(std::move(gone));
    // A process that unmaps thousands of VMAs at once must not grow this without bound.
    if (m_vanished.size() > kMaxVanished)
        m_vanished.erase(m_vanished.begin(), m_vanished.begin() + static_cast<long>(m_vanished.size() - kMaxVanished));
}

void ChangeHighlighter::expire(const QDateTime& now)
{
    if (m_pinned)
        return; // pinned highlights do not fade
    const qint64 nowMsValue = now.toMSecsSinceEpoch();
    // Every lit row's colour fades on each tick; thousands of them are lit after a busy
    // refresh, scattered over the table. Announcing them with dataChanged made the proxy
    // re-filter and the view compute a rectangle for every one of them, 6 to 22 ms a tick
    // on 60,000 VMAs; only the visible rows need repainting, which the view knows.
    bool anyLit = !m_changes.empty();
    for (auto it = m_changes.begin(); it != m_changes.end();) {
        if (nowMsValue - it->second.ms >= m_durationMs)
            it = m_changes.erase(it);
        else
            ++it;
    }
    const bool derivedLit = m_expireDerived && m_expireDerived(nowMsValue);
    if (anyLit || derivedLit)
        emit highlightsFaded();

    const auto firstKept = std::find_if(m_vanished.begin(), m_vanished.end(),
        [&](const VanishedVma& v) { return nowMsValue - v.time.toMSecsSinceEpoch() < m_durationMs; });
    if (firstKept != m_vanished.begin()) {
        m_vanished.erase(m_vanished.begin(), firstKept);
        emit recentlyVanishedChanged();
    }
    if (m_changes.empty() && m_vanished.empty() && !derivedLit)
        m_fadeTimer.stop();
}

ChangeHighlighter::Change ChangeHighlighter::changeOf(const Entry& entry) const
{
    if (m_pinned && entry.kind != ChangeKind::None)
        return Change { entry.kind, m_clock() }; // always fresh: full strength
    if (entry.kind == ChangeKind::None || nowMs() - entry.ms >= m_durationMs)
        return {};
    return Change { entry.kind, QDateTime::fromMSecsSinceEpoch(entry.ms, Qt::UTC) };
}

ChangeHighlighter::Entry ChangeHighlighter::entryOfStart(std::uint64_t start) const
{
    const auto it = m_changes.find(start);
    return it == m_changes.end() ? Entry {} : it->second;
}

ChangeHighlighter::Change ChangeHighlighter::changeOfStart(std::uint64_t start) const
{
    return changeOf(entryOfStart(start));
}

QColor ChangeHighlighter::color(const Change& change, const QDateTime& now) const
{
    if (change.kind == ChangeKind::None || m_durationMs <= 0)
        return {};
    const qint64 elapsed = m_pinned ? 0 : std::max<qint64>(0, change.time.msecsTo(now));
    if (elapsed >= m_durationMs)
        return {};
    QColor color = baseColor(change.kind);
    color.setAlphaF(static_cast<float>(kHighlightAlpha * (1.0 - static_cast<double>(elapsed) / m_durationMs)));
    return color;
}

QColor ChangeHighlighter::baseColor(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Appeared:
        return QColor(46, 204, 64);
    case ChangeKind::Resized:
        return QColor(255, 133, 27);
    case ChangeKind::RssChanged:
        return QColor(0, 116, 217);
    case ChangeKind::SharingChanged:
        return QColor(177, 13, 201);
    case ChangeKind::Grown:
        return QColor(214, 39, 40);
    case ChangeKind::Shrunk:
        return QColor(23, 162, 184);
    case ChangeKind::None:
        break;
    }
    return {};
}

} // namespace vmscope
