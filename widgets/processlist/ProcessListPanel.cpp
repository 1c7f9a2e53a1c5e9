#include "widgets/processlist/ProcessListPanel.h"

#include "widgets/common/ColumnChooser.h"
#include "widgets/processlist/ProcessListingFeed.h"
#include "widgets/processlist/ProcessTableModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vmscope {

ProcessListPanel::ProcessListPanel(ProcessListingFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
{
    m_model = new ProcessTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProcessTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, pid, user and command all match

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    createFilter();
    layout->addWidget(m_filter);
    createTable();
    layout->addWidget(m_table);

    m_statusText = tr("Reading processes…");
    connect(m_feed, &ProcessListingFeed::listingRead, this, &ProcessListPanel::showListing);
    if (m_feed->latest())
        showListing(m_feed->latest());
}

ProcessListPanel::~ProcessListPanel() = default;

void ProcessListPanel::createFilter()
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, PID, user or command (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only the processes whose name, PID, user or command line contains this text."));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void ProcessListPanel::createTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProcessTableModel::Pss, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setToolTip(tr("Double-click or press Enter to open a process's memory map. "
                           "Right-click the header to choose columns."));
    m_columns = new ColumnChooser(m_table->horizontalHeader(), m_model, QStringLiteral("processList/columns"), this);
    connect(m_table, &QTableView::activated, this, &ProcessListPanel::openCurrentProcess);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ProcessListPanel::showContextMenu);
}

void ProcessListPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex proxyIndex = m_table->indexAt(position);
    if (!proxyIndex.isValid())
        return;
    m_table->setCurrentIndex(proxyIndex);
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const int pid = m_model->index(source.row(), 0).data(ProcessTableModel::PidRole).toInt();
    const QString name = m_model->index(source.row(), ProcessTableModel::Name).data().toString();
    const bool readable = m_model->index(source.row(), 0).data(ProcessTableModel::ReadableRole).toBool();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addAction(tr("&Open"), this, &ProcessListPanel::openCurrentProcess);
    if (m_readAsAdministratorOffered) {
        QAction* asRoot = menu->addAction(
            tr("Read as &administrator…"), this, [this, pid, name] { emit readAsAdministratorRequested(pid, name); });
        asRoot->setToolTip(readable ? tr("Open a window that reads every process through vmscope-cli serve as root")
                                    : tr("This process is not readable as you: open a window that reads it through "
                                         "vmscope-cli serve as root (pkexec asks for the administrator's password, "
                                         "or a sudoers rule allows it)"));
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void ProcessListPanel::setShowKernelThreads(bool show)
{
    m_feed->setIncludeKernelThreads(show);
    updateStatus();
}

bool ProcessListPanel::showKernelThreads() const
{
    return m_feed->includeKernelThreads();
}

void ProcessListPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ProcessListPanel::showListing(const std::shared_ptr<const ProcessListing>& listing)
{
    if (listing)
        m_model->merge(*listing);
    if (m_firstLoad) {
        m_firstLoad = false;
        m_table->resizeColumnsToContents();
    }
    applyPendingSelection();
    updateStatus();
}

void ProcessListPanel::updateStatus()
{
    if (m_firstLoad)
        return; // still "Reading processes…"
    QStringList parts;
    parts << tr("Processes: %1").arg(m_model->rowCount() - static_cast<int>(m_model->unreadableCount()));
    if (const auto unreadable = m_model->unreadableCount())
        parts << tr("not readable: %1 (greyed; hover for the reason)").arg(unreadable);
    if (!showKernelThreads() && m_model->kernelThreadCount() > 0)
        parts << tr("kernel threads hidden: %1 (Ctrl+K shows them)").arg(m_model->kernelThreadCount());
    const QString text = parts.join(QStringLiteral("  ·  "));
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusTextChanged(m_statusText);
}

void ProcessListPanel::selectPid(int pid)
{
    m_pendingPid = pid;
    applyPendingSelection();
}

void ProcessListPanel::selectName(const QString& name)
{
    m_pendingName = name;
    m_filter->setText(name);
    applyPendingSelection();
}

int ProcessListPanel::rowOfPendingSelection() const
{
    if (m_pendingPid > 0)
        return m_model->rowOfPid(m_pendingPid);
    if (!m_pendingName.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, ProcessTableModel::Name).data().toString() == m_pendingName)
                return row;
    }
    return -1;
}

void ProcessListPanel::applyPendingSelection()
{
    const int row = rowOfPendingSelection();
    if (row < 0) {
        if (m_pendingPid > 0 && !m_firstLoad)
            emit message(tr("No process with PID %1.").arg(m_pendingPid));
        return;
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid())
        return;
    m_table->selectRow(proxyIndex.row());
    m_table->scrollTo(proxyIndex);
    m_pendingPid = 0;
    m_pendingName.clear();
    openCurrentProcess();
}

void ProcessListPanel::openCurrentProcess()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    const int pid = m_model->index(source.row(), 0).data(ProcessTableModel::PidRole).toInt();
    const QString name = m_model->index(source.row(), ProcessTableModel::Name).data().toString();
    emit openProcess(pid, name);
}

} // namespace vmscope
