#include "widgets/kernel/RunComparisonModel.h"

#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"

#include <QBrush>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace vmscope {

RunComparisonModel::RunComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int RunComparisonModel::addRun(const QString& label, std::optional<std::uint64_t> cachedBeforeKiB)
{
    const int row = int(m_runs.size());
    beginInsertRows({}, row, row);
    Run run;
    run.id = m_nextId++;
    run.label = label;
    run.cachedBeforeKiB = cachedBeforeKiB;
    m_runs.push_back(std::move(run));
    endInsertRows();
    return m_runs.back().id;
}

void RunComparisonModel::updateRun(int id, double elapsedSeconds, std::optional<std::uint64_t> readBytes)
{
    Run* run = findRun(id);
    if (!run || !run->running)
        return;
    run->elapsedSeconds = elapsedSeconds;
    if (readBytes)
        run->readBytes = readBytes;
    rowChanged(rowOfRun(id), Elapsed, ReadFromDisk);
}

void RunComparisonModel::finishRun(int id, const WorkloadResult& result)
{
    Run* run = findRun(id);
    if (!run)
        return;
    run->running = false;
    run->result = result;
    run->elapsedSeconds = result.elapsedSeconds;
    // wait4's ru_inblock covers the whole process tree; /proc/PID/io of the shell is the fallback
    // when the kernel does not account block input.
    if (result.blockInputs > 0)
        run->readBytes = result.blockInputs;
    else if (result.io)
        run->readBytes = result.io->readBytes;
    else if (result.error.empty())
        run->readBytes = run->readBytes.value_or(0);
    rowChanged(rowOfRun(id), Elapsed, Status);
}

void RunComparisonModel::setCachedAfter(int id, std::uint64_t cachedKiB)
{
    Run* run = findRun(id);
    if (!run)
        return;
    run->cachedAfterKiB = cachedKiB;
    rowChanged(rowOfRun(id), CachedAfter, CachedGrowth);
}

void RunComparisonModel::clear()
{
    if (m_runs.empty())
        return;
    beginRemoveRows({}, 0, int(m_runs.size()) - 1);
    m_runs.clear();
    endRemoveRows();
}

const RunComparisonModel::Run* RunComparisonModel::run(int id) const
{
    const int row = rowOfRun(id);
    return row < 0 ? nullptr : &m_runs[std::size_t(row)];
}

RunComparisonModel::Run* RunComparisonModel::findRun(int id)
{
    const int row = rowOfRun(id);
    return row < 0 ? nullptr : &m_runs[std::size_t(row)];
}

int RunComparisonModel::rowOfRun(int id) const
{
    for (std::size_t row = 0; row < m_runs.size(); ++row)
        if (m_runs[row].id == id)
            return int(row);
    return -1;
}

void RunComparisonModel::rowChanged(int row, Column first, Column last)
{
    if (row >= 0)
        emit dataChanged(index(row, first), index(row, last));
}

int RunComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunComparisonModel::statusText(const Run& run)
{
    if (run.running)
        return tr("running…");
    if (!run.result)
        return {};
    const WorkloadResult& result = *run.result;
    if (!result.error.empty())
        return tr("failed: %1").arg(QString::fromStdString(result.error));
    if (result.cancelled)
        return tr("cancelled");
    if (result.oomKilled || (result.memoryCgroup && result.memoryCgroup->oomKills > 0))
        return QString::fromStdString(result.describe([](const char* context, const char* text) {
            return QCoreApplication::translate(context, text).toStdString();
        }));
    if (result.signal)
        return tr("killed by signal %1").arg(*result.signal);
    if (result.exitCode)
        return tr("exit %1").arg(*result.exitCode);
    return tr("ended");
}

QVariant RunComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run& run = m_runs[std::size_t(index.row())];
    // After minus before, signed on purpose (the cache may shrink during a run), as a sign and
    // a magnitude: two counts above 2^63 must neither wrap nor overflow a qint64.
    struct Growth {
        bool shrank = false;
        std::uint64_t kib = 0;
        double sortKey() const { return shrank ? -double(kib) : double(kib); }
    };
    const auto growth = [&run]() -> std::optional<Growth> {
        if (!run.cachedBeforeKiB || !run.cachedAfterKiB)
            return std::nullopt;
        const std::uint64_t before = *run.cachedBeforeKiB;
        const std::uint64_t after = *run.cachedAfterKiB;
        return after >= before ? Growth { false, after - before } : Growth { true, before - after };
    };
    const RunMemoryCgroup* memoryCgroup = run.result && run.result->memoryCgroup ? &*run.result->memoryCgroup : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Label:
            return run.label;
        case Elapsed:
            return tr("%1 s").arg(QLocale().toString(run.elapsedSeconds, 'f', 2));
        case CachedBefore:
            return run.cachedBeforeKiB ? sizeText(*run.cachedBeforeKiB) : tr("—");
        case CachedAfter:
            return run.cachedAfterKiB ? sizeText(*run.cachedAfterKiB) : (run.running ? QString() : tr("—"));
        case CachedGrowth: {
            const auto change = growth();
            if (!change)
                return QString();
            const QString size = sizeText(change->kib);
            return change->shrank ? QStringLiteral("−%1").arg(size) : QStringLiteral("+%1").arg(size);
        }
        case ReadFromDisk:
            return run.readBytes ? sizeText(*run.readBytes / 1024) : tr("—");
        case MemoryPeak:
            if (!memoryCgroup)
                return run.running ? QString() : tr("—");
            return memoryCgroup->peakBytes
                ? tr("%1 of %2")
                      .arg(sizeText(*memoryCgroup->peakBytes / 1024), sizeText(memoryCgroup->limitBytes / 1024))
                : tr("? of %1").arg(sizeText(memoryCgroup->limitBytes / 1024));
        case OomKills:
            return memoryCgroup ? QLocale().toString(qulonglong(memoryCgroup->oomKills))
                                : (run.running ? QString() : tr("—"));
        case Status:
            return statusText(run);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Label:
            return run.label;
        case Elapsed:
            return run.elapsedSeconds;
        case CachedBefore:
            return run.cachedBeforeKiB ? QVariant(qulonglong(*run.cachedBeforeKiB)) : QVariant();
        case CachedAfter:
            return run.cachedAfterKiB ? QVariant(qulonglong(*run.cachedAfterKiB)) : QVariant();
        case CachedGrowth:
            return growth() ? QVariant(growth()->sortKey()) : QVariant();
        case ReadFromDisk:
            return run.readBytes ? QVariant(qulonglong(*run.readBytes)) : QVariant();
        case MemoryPeak:
            return memoryCgroup && memoryCgroup->peakBytes ? QVariant(qulonglong(*memoryCgroup->peakBytes))
                                                           : QVariant();
        case OomKills:
            return memoryCgroup ? QVariant(qulonglong(memoryCgroup->oomKills)) : QVariant();
        case Status:
            return statusText(run);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() != Label && index.column() != Status)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Status && run.result && !run.result->error.empty())
            return QString::fromStdString(run.result->error);
        if (index.column() == ReadFromDisk && run.readBytes)
            return tr("%L1 bytes").arg(qulonglong(*run.readBytes));
        if (index.column() == Label)
            return run.label;
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Status && run.result && !run.result->succeeded())
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What's This (Shift+F1) on a column: its tooltip with the glossary term its title names.
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole)
        return columnWhatsThis(this, section);
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Label:
            return tr("Run");
        case Elapsed:
            return tr("Elapsed");
        case CachedBefore:
            return tr("Cached before");
        case CachedAfter:
            return tr("Cached after");
        case CachedGrowth:
            return tr("Cache growth");
        case ReadFromDisk:
            return tr("Read from disk");
        case MemoryPeak:
            return tr("Memory peak");
        case OomKills:
            return tr("OOM kills");
        case Status:
            return tr("Exit status");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Label:
            return tr("The workload, as started");
        case Elapsed:
            return tr("Wall-clock time from start to exit");
        case CachedBefore:
            return tr("meminfo Cached (the page cache) at the sample taken when the run started");
        case CachedAfter:
            return tr("meminfo Cached at the first sample after the run ended");
        case CachedGrowth:
            return tr("How much the page cache grew during the run: roughly the file data read for the first "
                      "time");
        case ReadFromDisk:
            return tr("Bytes the run's processes read from the block device (not from the page cache): large on "
                      "a cold cache, near zero on a warm one");
        case MemoryPeak:
            return tr("The most the run's memory cgroup held at once, of its limit (runs with a memory limit only)");
        case OomKills:
            return tr("Processes of the run the OOM killer killed because its memory cgroup reached the limit");
        case Status:
            return tr("How the command ended");
        }
    }
    return {};
}

} // namespace vmscope
