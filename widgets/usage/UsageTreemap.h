#pragma once

#include "core/read/ProcessReader.h"

#include <QRectF>
#include <QWidget>

#include <cstdint>
#include <vector>

class QPainter;

namespace vmscope {

// PSS of every process as a squarified treemap: users, then their processes, then each
// process's PSS split into anonymous, file-backed and shared memory (smaps_rollup's Pss_Anon,
// Pss_File, Pss_Shmem). Area is PSS, so the whole map is the memory processes really use and a
// big rectangle is a big consumer, whatever its rank in a table. Clicking a user's title zooms
// into that user (Backspace, Escape or the top line zooms out); clicking a process selects it,
// double-clicking opens it. Hover shows the exact figures.
class UsageTreemap : public QWidget {
    Q_OBJECT
public:
    enum class Level { User, Process, Part };
    enum class Part { Anonymous, File, Shmem, Unsplit };

    // One rectangle of the current layout, for painting, hit tests and tests.
    struct Cell {
        Level level = Level::User;
        QRectF rect; // for users: the whole block, title strip included
        QRectF titleRect; // users only: the strip with the name (empty when too small)
        QString user;
        int pid = 0;
        Part part = Part::Unsplit;
        std::uint64_t pss = 0;
    };

    explicit UsageTreemap(QWidget* parent = nullptr);

    void setProcesses(std::vector<ProcessSummary> processes);
    void setSelectedPid(int pid);
    int selectedPid() const { return m_selectedPid; }

    // Shows only this user's processes; an empty name shows everybody.
    void zoomToUser(const QString& user);
    void zoomOut() { zoomToUser({}); }
    const QString& zoomedUser() const { return m_zoomedUser; }

    const std::vector<Cell>& cells() const;
    // The rectangle the cells tile (below the title line, above the legend).
    QRectF mapArea() const;
    const Cell* cellAt(const QPointF& position, Level deepest = Level::Part) const;

    static QColor partColor(Part part);
    static QString partLabel(Part part);
    static QString partShortLabel(Part part);

    QSize sizeHint() const override { return { 600, 400 }; }
    QSize minimumSizeHint() const override { return { 200, 150 }; }

signals:
    void processClicked(int pid);
    void processActivated(int pid);
    void zoomChanged(const QString& user);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void paintTitle(QPainter& painter) const;
    void paintCells(QPainter& painter) const;
    void paintLegend(QPainter& painter) const;
    void relayout() const;
    void layoutProcesses(const std::vector<const ProcessSummary*>& processes, const QRectF& area) const;
    QRectF titleLineRect() const;
    QRectF legendRect() const;
    QString toolTipFor(const QPointF& position) const;
    const ProcessSummary* processOf(int pid) const;

    std::vector<ProcessSummary> m_processes;
    QString m_zoomedUser;
    int m_selectedPid = 0;
    mutable std::vector<Cell> m_cells;
    mutable bool m_layoutValid = false;
};

} // namespace vmscope
