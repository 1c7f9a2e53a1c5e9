#include "widgets/usage/UsageTreemap.h"

#include "core/model/Saturating.h"

#include "widgets/common/GuiFormat.h"
#include "widgets/common/KindColors.h"
#include "widgets/usage/TreemapLayout.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <map>

namespace vmscope {
namespace {
    constexpr std::array kParts { UsageTreemap::Part::Anonymous, UsageTreemap::Part::File, UsageTreemap::Part::Shmem,
        UsageTreemap::Part::Unsplit };

    // A process's PSS by part. Without Pss_Anon (kernels before 5.x, summed smaps) it stays one
    // piece; the kernel truncates each figure, so the parts may miss the total by a few kB.
    std::array<std::uint64_t, 4> partsOf(const ProcessSummary& p)
    {
        const SmapsFields& f = p.totals.fields;
        const std::uint64_t pss = p.totals.pss();
        if (!f.has(SmapsKey::Pss_Anon))
            return { 0, 0, 0, pss };
        const std::uint64_t anon = f.get(SmapsKey::Pss_Anon);
        const std::uint64_t file = f.get(SmapsKey::Pss_File);
        const std::uint64_t shmem = f.get(SmapsKey::Pss_Shmem);
        const std::uint64_t split = saturatingAdd(saturatingAdd(anon, file), shmem);
        return { anon, file, shmem, pss > split ? pss - split : 0 };
    }

    QColor textColorOn(const QColor& background)
    {
        return qGray(background.rgb()) > 140 ? QColor(Qt::black) : QColor(Qt::white);
    }

    QString processLabel(const ProcessSummary& p)
    {
        return displayText(p.name);
    }
} // namespace

UsageTreemap::UsageTreemap(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus); // Backspace, Escape and Enter act on the map
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor UsageTreemap::partColor(Part part)
{
    switch (part) {
    case Part::Anonymous:
        return kindColor(RegionKind::Anon);
    case Part::File:
        return kindColor(RegionKind::Text);
    case Part::Shmem:
        return kindColor(RegionKind::ShmSysv);
    case Part::Unsplit:
        break;
    }
    return kindColor(RegionKind::Guard);
}

QString UsageTreemap::partShortLabel(Part part)
{
    switch (part) {
    case Part::Anonymous:
        return tr("anonymous");
    case Part::File:
        return tr("file");
    case Part::Shmem:
        return tr("shmem");
    case Part::Unsplit:
        break;
    }
    return tr("not split");
}

QString UsageTreemap::partLabel(Part part)
{
    switch (part) {
    case Part::Anonymous:
        return tr("anonymous (Pss_Anon)");
    case Part::File:
        return tr("file-backed (Pss_File)");
    case Part::Shmem:
        return tr("shared memory (Pss_Shmem)");
    case Part::Unsplit:
        break;
    }
    return tr("not split by the kernel");
}

void UsageTreemap::setProcesses(std::vector<ProcessSummary> processes)
{
    m_processes = std::move(processes);
    std::sort(m_processes.begin(), m_processes.end(),
        [](const ProcessSummary& a, const ProcessSummary& b) { return a.pid < b.pid; });
    if (!m_zoomedUser.isEmpty() && std::none_of(m_processes.begin(), m_processes.end(), [&](const ProcessSummary& p) {
            return QString::fromStdString(p.user) == m_zoomedUser;
        }))
        zoomOut(); // the user's last process exited
    m_layoutValid = false;
    update();
}

void UsageTreemap::setSelectedPid(int pid)
{
    if (pid == m_selectedPid)
        return;
    m_selectedPid = pid;
    update();
}

void UsageTreemap::zoomToUser(const QString& user)
{
    if (user == m_zoomedUser)
        return;
    m_zoomedUser = user;
    m_layoutValid = false;
    update();
    emit zoomChanged(user);
}

const ProcessSummary* UsageTreemap::processOf(int pid) const
{
    auto it = std::lower_bound(
        m_processes.begin(), m_processes.end(), pid, [](const ProcessSummary& p, int value) { return p.pid < value; });
    return it == m_processes.end() || it->pid != pid ? nullptr : &*it;
}

QRectF UsageTreemap::titleLineRect() const
{
    return QRectF(0, 0, width(), fontMetrics().height() + 8);
}

QRectF UsageTreemap::legendRect() const
{
    const double h = fontMetrics().height() + 8;
    return QRectF(0, height() - h, width(), h);
}

QRectF UsageTreemap::mapArea() const
{
    return QRectF(QPointF(0, titleLineRect().bottom()), QPointF(width(), legendRect().top())).adjusted(2, 0, -2, -2);
}

const std::vector<UsageTreemap::Cell>& UsageTreemap::cells() const
{
    relayout();
    return m_cells;
}

void UsageTreemap::layoutProcesses(const std::vector<const ProcessSummary*>& processes, const QRectF& area) const
{
    std::vector<double> values;
    values.reserve(processes.size());
    for (const ProcessSummary* p : processes)
        values.push_back(double(p->totals.pss()));
    const std::vector<QRectF> rects = squarifiedLayout(values, area);
    for (std::size_t i = 0; i < processes.size(); ++i) {
        if (rects[i].isEmpty())
            continue;
        const ProcessSummary& p = *processes[i];
        m_cells.push_back(Cell {
            Level::Process, rects[i], {}, QString::fromStdString(p.user), p.pid, Part::Unsplit, p.totals.pss() });
        const auto parts = partsOf(p);
        std::vector<double> partValues(parts.begin(), parts.end());
        const std::vector<QRectF> partRects = squarifiedLayout(partValues, rects[i]);
        for (std::size_t k = 0; k < kParts.size(); ++k)
            if (!partRects[k].isEmpty())
                m_cells.push_back(
                    Cell { Level::Part, partRects[k], {}, QString::fromStdString(p.user), p.pid, kParts[k], parts[k] });
    }
}

void UsageTreemap::relayout() const
{
    if (m_layoutValid)
        return;
    m_layoutValid = true;
    m_cells.clear();
    const QRectF area = mapArea();
    if (area.width() < 4 || area.height() < 4)
        return;

    std::map<std::string, std::vector<const ProcessSummary*>> byUser;
    for (const ProcessSummary& p : m_processes)
        if (p.totals.pss() > 0)
            byUser[p.user].push_back(&p);

    if (!m_zoomedUser.isEmpty()) {
        auto it = byUser.find(m_zoomedUser.toStdString());
        if (it != byUser.end())
            layoutProcesses(it->second, area);
        return;
    }

    std::vector<std::string> users;
    std::vector<double> values;
    for (const auto& [user, processes] : byUser) {
        std::uint64_t pss = 0;
        for (const ProcessSummary* p : processes)
            addSaturating(pss, p->totals.pss());
        users.push_back(user);
        values.push_back(double(pss));
    }
    const std::vector<QRectF> rects = squarifiedLayout(values, area);
    const double titleHeight = fontMetrics().height() + 4;
    for (std::size_t i = 0; i < users.size(); ++i) {
        if (rects[i].isEmpty())
            continue;
        Cell user { Level::User, rects[i], {}, QString::fromStdString(users[i]), 0, Part::Unsplit,
            static_cast<std::uint64_t>(values[i]) };
        QRectF inner = rects[i].adjusted(2, 2, -2, -2);
        if (inner.height() > 2 * titleHeight && inner.width() > 4 * titleHeight) {
            user.titleRect = QRectF(inner.left(), inner.top(), inner.width(), titleHeight);
            inner.setTop(inner.top() + titleHeight);
        }
        m_cells.push_back(user);
        if (inner.width() > 1 && inner.height() > 1)
            layoutProcesses(byUser[users[i]], inner);
    }
}

void UsageTreemap::resizeEvent(QResizeEvent* event)
{
    m_layoutValid = false;
    QWidget::resizeEvent(event);
}

const UsageTreemap::Cell* UsageTreemap::cellAt(const QPointF& position, Level deepest) const
{
    relayout();
    const Cell* found = nullptr;
    // Deeper cells follow their parents, so the last hit is the deepest one.
    for (const Cell& cell : m_cells)
        if (static_cast<int>(cell.level) <= static_cast<int>(deepest) && cell.rect.contains(position))
            found = &cell;
    return found;
}

void UsageTreemap::paintEvent(QPaintEvent*)
{
    relayout();
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    paintTitle(painter);
    paintCells(painter);
    paintLegend(painter);
}

void UsageTreemap::paintTitle(QPainter& painter) const
{
    const QPalette& pal = palette();
    const QFontMetrics metrics = fontMetrics();
    // Where we are, and how to move.
    std::uint64_t shownPss = 0;
    std::size_t shownCount = 0;
    for (const ProcessSummary& p : m_processes)
        if (m_zoomedUser.isEmpty() || QString::fromStdString(p.user) == m_zoomedUser) {
            addSaturating(shownPss, p.totals.pss());
            ++shownCount;
        }
    const QString title = m_zoomedUser.isEmpty()
        ? tr("All users: PSS %1 in %n process(es). Click a user's title to zoom in.", nullptr, int(shownCount))
              .arg(sizeText(shownPss))
        : tr("‹ All users  ›  %1: PSS %2 in %n process(es). Click here or press Backspace to zoom out.", nullptr,
            int(shownCount))
              .arg(m_zoomedUser, sizeText(shownPss));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(titleLineRect().adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(title, Qt::ElideRight, width() - 8));

    if (m_cells.empty()) {
        painter.drawText(mapArea(), Qt::AlignCenter,
            m_processes.empty() ? tr("Reading processes…") : tr("No process uses any memory."));
    }
}

// Users as titled areas, each process's parts as coloured cells, then the process borders and
// labels over their parts, and the selection over everything.
void UsageTreemap::paintCells(QPainter& painter) const
{
    const QPalette& pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QColor border = pal.color(QPalette::Window);
    const QRectF* selected = nullptr;
    for (const Cell& cell : m_cells) {
        switch (cell.level) {
        case Level::User:
            painter.fillRect(cell.rect, pal.color(QPalette::Mid));
            if (!cell.titleRect.isEmpty()) {
                painter.setPen(textColorOn(pal.color(QPalette::Mid)));
                QFont bold = font();
                bold.setBold(true);
                painter.setFont(bold);
                const QString label = tr("%1 — %2").arg(cell.user, sizeText(cell.pss));
                painter.drawText(cell.titleRect.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(bold).elidedText(label, Qt::ElideRight, int(cell.titleRect.width()) - 6));
                painter.setFont(font());
            }
            break;
        case Level::Part:
            painter.fillRect(cell.rect, partColor(cell.part));
            break;
        case Level::Process:
            break;
        }
    }
    // Process borders and labels go over their parts.
    for (const Cell& cell : m_cells) {
        if (cell.level != Level::Process)
            continue;
        painter.setPen(QPen(border, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.rect);
        if (cell.pid == m_selectedPid)
            selected = &cell.rect;
        const ProcessSummary* p = processOf(cell.pid);
        if (!p || cell.rect.width() < 30 || cell.rect.height() < metrics.height() + 2)
            continue;
        const auto parts = partsOf(*p);
        const auto largest = static_cast<std::size_t>(std::max_element(parts.begin(), parts.end()) - parts.begin());
        painter.setPen(textColorOn(partColor(kParts[largest])));
        const QRectF textRect = cell.rect.adjusted(3, 1, -3, -1);
        QString label = processLabel(*p);
        if (textRect.height() >= 2 * metrics.height())
            label += QLatin1Char('\n') + sizeText(p->totals.pss());
        QStringList lines = label.split(QLatin1Char('\n'));
        for (QString& line : lines)
            line = metrics.elidedText(line, Qt::ElideRight, int(textRect.width()));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, lines.join(QLatin1Char('\n')));
    }
    if (selected) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(selected->adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

// What the colours mean.
void UsageTreemap::paintLegend(QPainter& painter) const
{
    const QPalette& pal = palette();
    const QFontMetrics metrics = fontMetrics();
    QRectF legend = legendRect().adjusted(6, 4, -6, -4);
    painter.setPen(pal.color(QPalette::WindowText));
    // The kernel's field names help who knows them; they go first when the room is short.
    double fullWidth = 0;
    for (Part part : kParts)
        fullWidth += legend.height() + 4 + metrics.horizontalAdvance(partLabel(part)) + 16;
    const bool shortLabels = fullWidth > legend.width();
    double x = legend.left();
    for (Part part : kParts) {
        const QString label = shortLabels ? partShortLabel(part) : partLabel(part);
        const double swatch = legend.height();
        painter.fillRect(QRectF(x, legend.top(), swatch, swatch), partColor(part));
        x += swatch + 4;
        painter.drawText(QRectF(x, legend.top(), metrics.horizontalAdvance(label) + 2, legend.height()),
            Qt::AlignVCenter | Qt::AlignLeft, label);
        x += metrics.horizontalAdvance(label) + 16;
    }
}

QString UsageTreemap::toolTipFor(const QPointF& position) const
{
    if (titleLineRect().contains(position))
        return m_zoomedUser.isEmpty() ? QString() : tr("Click to show all users again.");
    const Cell* cell = cellAt(position);
    if (!cell)
        return {};
    if (cell->level == Level::User) {
        return tr("%1: PSS %2\nClick the title to zoom into this user's processes.")
            .arg(cell->user, sizeText(cell->pss));
    }
    const ProcessSummary* p = processOf(cell->pid);
    if (!p)
        return {};
    const auto parts = partsOf(*p);
    QStringList lines;
    lines << tr("%1 (PID %2), user %3")
                 .arg(displayText(p->name), QString::number(p->pid), QString::fromStdString(p->user))
                 .toHtmlEscaped();
    lines << tr("PSS %1 · USS %2 · RSS %3 · swap %4")
                 .arg(sizeText(p->totals.pss()), sizeText(p->totals.uss()), sizeText(p->totals.rss()),
                     sizeText(p->totals.swap()))
                 .toHtmlEscaped();
    for (std::size_t k = 0; k < kParts.size(); ++k) {
        if (parts[k] == 0)
            continue;
        const QString line = tr("%1: %2").arg(partLabel(kParts[k]), sizeText(parts[k])).toHtmlEscaped();
        const bool hovered = cell->level == Level::Part && cell->part == kParts[k];
        lines << (hovered ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
    lines << tr("Click to select it in the table, double-click to open its address space.").toHtmlEscaped();
    return QStringLiteral("<qt>%1</qt>").arg(lines.join(QStringLiteral("<br>")));
}

bool UsageTreemap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipFor(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void UsageTreemap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton || event->button() == Qt::BackButton) {
        zoomOut();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF position = event->position();
    if (titleLineRect().contains(position)) {
        zoomOut();
        return;
    }
    const Cell* cell = cellAt(position);
    if (!cell)
        return;
    if (cell->level == Level::User) {
        if (cell->titleRect.contains(position))
            zoomToUser(cell->user);
        return;
    }
    setSelectedPid(cell->pid);
    emit processClicked(cell->pid);
}

void UsageTreemap::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Cell* cell = cellAt(event->position());
    if (cell && cell->level != Level::User)
        emit processActivated(cell->pid);
}

void UsageTreemap::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape) && !m_zoomedUser.isEmpty()) {
        zoomOut();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selectedPid > 0) {
        emit processActivated(m_selectedPid);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace vmscope
