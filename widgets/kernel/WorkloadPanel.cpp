#include "widgets/kernel/WorkloadPanel.h"

#include "core/analysis/RunMemoryLimit.h"
#include "core/io/ProcRootSource.h"
#include "core/read/SystemReader.h"
#include "widgets/common/GuiFormat.h"
#include "widgets/kernel/RunComparisonModel.h"
#include "workload/WorkloadPresets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vmscope {

namespace {
    // Output beyond this waits in memory no longer: a command printing in a tight loop must not
    // grow vmscope without bound between two flushes.
    constexpr std::size_t kMaxPendingBytes = 512 * 1024;
    constexpr int kFlushIntervalMs = 100;
    constexpr int kTickIntervalMs = 200;

    std::optional<std::uint64_t> sampleCachedKiB(const SamplePtr& sample)
    {
        return sample ? sample->memInfoValue("Cached") : std::nullopt;
    }

    QString settingsKey(WorkloadPanel::Preset preset)
    {
        return QStringLiteral("workload/target%1").arg(static_cast<int>(preset));
    }
} // namespace

WorkloadPanel::WorkloadPanel(QWidget* parent)
    : QWidget(parent)
    , m_runner(std::make_unique<WorkloadRunner>())
    , m_liveProc(std::make_shared<ProcRootSource>("/proc"))
    , m_runs(new RunComparisonModel(this))
{
    m_confirmUncapped = [this](const QString& question) {
        return QMessageBox::warning(this, tr("Run without a memory limit?"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createWorkloadChooser());
    layout->addLayout(createButtons());
    layout->addWidget(createOutputAndRuns(), 1);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickIntervalMs);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(kFlushIntervalMs);

    connect(m_runAction, &QAction::triggered, this, &WorkloadPanel::runFromUser);
    connect(m_runButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_againButton, &QPushButton::clicked, this, &WorkloadPanel::runAgain);
    connect(m_cancelButton, &QPushButton::clicked, this, &WorkloadPanel::cancel);
    connect(m_browse, &QPushButton::clicked, this, &WorkloadPanel::browse);
    connect(m_target, &QLineEdit::returnPressed, this, [this] { start(); });
    connect(m_presetBox, &QComboBox::currentIndexChanged, this, &WorkloadPanel::presetChanged);
    connect(m_ticker, &QTimer::timeout, this, &WorkloadPanel::tick);
    connect(m_flushTimer, &QTimer::timeout, this, &WorkloadPanel::flushOutput);

    connectRunner();

    presetChanged();
    updateControls();
}

QGridLayout* WorkloadPanel::createWorkloadChooser()
{
    auto* form = new QGridLayout;
    auto* presetLabel = new QLabel(tr("Work&load"), this);
    m_presetBox = new QComboBox(this);
    m_presetBox->addItem(tr("tar a folder"), static_cast<int>(Preset::Tar));
    m_presetBox->addItem(tr("read a file with dd"), static_cast<int>(Preset::DdRead));
    m_presetBox->addItem(tr("command line"), static_cast<int>(Preset::Command));
    m_presetBox->setItemData(0,
        tr("GNU tar archives the folder into a pipe (tar -cf - | wc -c): every file's data is read, so the "
           "page cache fills. (With /dev/null as the archive tar would skip reading the data.)"),
        Qt::ToolTipRole);
    m_presetBox->setItemData(1, tr("dd reads the file in 1 MiB blocks into /dev/null."), Qt::ToolTipRole);
    m_presetBox->setItemData(2, tr("Any command line, run with /bin/sh -c."), Qt::ToolTipRole);
    m_presetBox->addItem(tr("allocate and write memory"), static_cast<int>(Preset::AllocTouch));
    m_presetBox->addItem(tr("allocate memory, never touch it"), static_cast<int>(Preset::AllocUntouched));
    m_presetBox->addItem(tr("read never-written memory"), static_cast<int>(Preset::AllocReadTouch));
    m_presetBox->addItem(tr("write memory until killed"), static_cast<int>(Preset::AllocUntilKilled));
    m_presetBox->setItemData(3,
        tr("vmscope-alloc touch: allocates the size in steps of 16 MiB and writes every page, so RSS grows "
           "with VSZ; beyond the memory limit the OOM killer ends it."),
        Qt::ToolTipRole);
    m_presetBox->setItemData(4,
        tr("vmscope-alloc untouched: malloc without writing: VSZ grows, RSS does not. With "
           "vm.overcommit_memory=2 the malloc itself fails (Cannot allocate memory)."),
        Qt::ToolTipRole);
    m_presetBox->setItemData(5,
        tr("vmscope-alloc read-touch: reads every page of memory never written; each read maps the shared "
           "zero page, so RSS stays low."),
        Qt::ToolTipRole);
    m_presetBox->setItemData(6,
        tr("vmscope-alloc until-killed: writes memory step by step (the size is the step) until the OOM "
           "killer ends it."),
        Qt::ToolTipRole);
    if (stressNgVmPreset(1)) {
        m_presetBox->addItem(tr("stress-ng --vm"), static_cast<int>(Preset::StressNg));
        m_presetBox->setItemData(
            7, tr("stress-ng --vm 1 --vm-bytes SIZE: one worker that keeps writing the size."), Qt::ToolTipRole);
    }
    m_presetBox->setToolTip(tr("What to run while the timeline watches"));
    presetLabel->setBuddy(m_presetBox);
    m_target = new QLineEdit(this);
    m_target->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    form->addWidget(presetLabel, 0, 0);
    form->addWidget(m_presetBox, 0, 1);
    form->addWidget(m_target, 0, 2);
    form->addWidget(m_browse, 0, 3);
    m_limitBox = new QCheckBox(tr("Limit &memory to"), this);
    m_limitBox->setToolTip(tr("Run the workload in a memory cgroup of its own with this limit and no swap: "
                              "the OOM killer then ends the workload, not other programs. Needs root or a "
                              "systemd user session with the cgroup v2 memory controller."));
    m_limitMiB = new QSpinBox(this);
    m_limitMiB->setRange(16, 1 << 20);
    m_limitMiB->setSuffix(tr(" MiB"));
    m_limitMiB->setValue(m_defaultLimitMiB);
    m_limitMiB->setToolTip(tr("The limit; the default is a quarter of MemAvailable, at most 1 GiB"));
    connect(m_limitBox, &QCheckBox::toggled, m_limitMiB, &QWidget::setEnabled);
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limitBox);
    limitRow->addWidget(m_limitMiB);
    limitRow->addStretch(1);
    form->addLayout(limitRow, 1, 1, 1, 3);
    form->setColumnStretch(2, 1);
    return form;
}

QHBoxLayout* WorkloadPanel::createButtons()
{
    auto* buttons = new QHBoxLayout;
    m_runAction = new QAction(tr("&Run workload…"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Start the workload (Ctrl+R); asks for the folder or file if none is chosen yet"));
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setToolTip(m_runAction->toolTip());
    m_againButton = new QPushButton(tr("Run &again"), this);
    m_againButton->setToolTip(tr("Run the last workload once more: the second run of a tar usually finds its "
                                 "files in the page cache and finishes much faster"));
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setToolTip(tr("End the workload and every process it started (SIGTERM, then SIGKILL after "
                                  "two seconds)"));
    m_status = new QLabel(tr("Choose a workload and press Run (Ctrl+R)."), this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_status, 1);
    return buttons;
}

QSplitter* WorkloadPanel::createOutputAndRuns()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_log = new QPlainTextEdit(splitter);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The workload's output (stdout, and stderr in red) appears here."));
    m_log->setToolTip(tr("Output of the running workload; the last %L1 lines are kept").arg(kMaxLogLines));
    m_table = new QTableView(splitter);
    m_table->setModel(m_runs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Every run side by side: run the same tar twice to see the cold versus warm cache"));
    // Runs are named by their command: give the name room, up to a third of the table.
    connect(m_runs, &QAbstractItemModel::rowsInserted, m_table, [this] {
        m_table->resizeColumnToContents(RunComparisonModel::Label);
        const int widest = std::max(120, m_table->viewport()->width() / 3);
        if (m_table->columnWidth(RunComparisonModel::Label) > widest)
            m_table->setColumnWidth(RunComparisonModel::Label, widest);
    });
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void WorkloadPanel::connectRunner()
{
    // The runner calls back on its own threads: output is buffered under a lock and flushed on a
    // timer (a chatty command must not flood the event queue); the end is re-posted to this thread.
    m_runner->setOnOutput([this](OutputStream stream, std::string_view bytes) {
        std::lock_guard lock(m_outputMutex);
        if (m_pendingBytes + bytes.size() > kMaxPendingBytes) {
            m_skippedBytes += bytes.size();
            return;
        }
        m_pendingBytes += bytes.size();
        if (!m_pending.empty() && m_pending.back().stream == stream)
            m_pending.back().bytes.append(bytes);
        else
            m_pending.push_back({ stream, std::string(bytes) });
    });
    m_runner->setOnFinished([this](const WorkloadResult& result) {
        QMetaObject::invokeMethod(
            this, [this, result] { finished(result); }, Qt::QueuedConnection);
    });
}

WorkloadPanel::~WorkloadPanel()
{
    m_runner.reset(); // cancels a running command and waits for it, while the buffers still exist
}

void WorkloadPanel::setPreset(Preset preset)
{
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(preset)));
}

WorkloadPanel::Preset WorkloadPanel::preset() const
{
    return static_cast<Preset>(m_presetBox->currentData().toInt());
}

void WorkloadPanel::setTarget(const QString& target)
{
    m_target->setText(target);
}

QString WorkloadPanel::target() const
{
    return m_target->text();
}

bool WorkloadPanel::isMemoryPreset(Preset preset)
{
    return preset == Preset::AllocTouch || preset == Preset::AllocUntouched || preset == Preset::AllocReadTouch
        || preset == Preset::AllocUntilKilled || preset == Preset::StressNg;
}

void WorkloadPanel::setMemoryLimitMiB(std::optional<int> mib)
{
    m_limitBox->setChecked(mib.has_value());
    if (mib)
        m_limitMiB->setValue(*mib);
}

std::optional<int> WorkloadPanel::memoryLimitMiB() const
{
    return m_limitBox->isChecked() ? std::optional<int>(m_limitMiB->value()) : std::nullopt;
}

void WorkloadPanel::setConfirmUncapped(std::function<bool(const QString&)> confirm)
{
    m_confirmUncapped = std::move(confirm);
}

void WorkloadPanel::presetChanged()
{
    const Preset current = preset();
    m_browse->setVisible(current == Preset::Tar || current == Preset::DdRead);
    // A limit is what makes a memory workload safe; for tar and dd it would cap the page cache too.
    m_limitBox->setChecked(isMemoryPreset(current));
    m_limitMiB->setEnabled(m_limitBox->isChecked());
    switch (current) {
    case Preset::Tar:
        m_target->setPlaceholderText(tr("Folder to archive, e.g. /usr/share"));
        m_target->setToolTip(tr("The folder tar reads; Browse… picks one"));
        break;
    case Preset::DdRead:
        m_target->setPlaceholderText(tr("File to read, e.g. a large video or disk image"));
        m_target->setToolTip(tr("The file dd reads; Browse… picks one"));
        break;
    case Preset::Command:
        m_target->setPlaceholderText(tr("Command line, e.g. find / -xdev -type f | wc -l"));
        m_target->setToolTip(tr("Run with /bin/sh -c; Enter starts it"));
        break;
    case Preset::AllocTouch:
    case Preset::AllocUntouched:
    case Preset::AllocReadTouch:
    case Preset::StressNg:
        m_target->setPlaceholderText(tr("Size in MiB, e.g. 300"));
        m_target->setToolTip(tr("How much memory, in MiB"));
        break;
    case Preset::AllocUntilKilled:
        m_target->setPlaceholderText(tr("Step in MiB (16 when empty)"));
        m_target->setToolTip(tr("How much memory each step writes, in MiB"));
        break;
    }
    m_target->setText(QSettings().value(settingsKey(current)).toString());
    // The overcommit demonstration: twice the RAM, never touched, refused in strict mode (2) and
    // granted in mode 1. Offered as the size when none was typed before.
    if (current == Preset::AllocUntouched && m_latestSample)
        if (const auto memTotal = m_latestSample->memInfoValue("MemTotal")) {
            const QString twice = QString::number(twiceRamMiB(*memTotal));
            m_target->setPlaceholderText(tr("Size in MiB, e.g. %1 (2 × RAM: fails under overcommit 2)").arg(twice));
            if (m_target->text().isEmpty())
                m_target->setText(twice);
        }
}

void WorkloadPanel::browse()
{
    QString chosen;
    if (preset() == Preset::Tar)
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for tar to read"), m_target->text());
    else
        chosen = QFileDialog::getOpenFileName(this, tr("File for dd to read"), m_target->text());
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

std::optional<WorkloadSpec> WorkloadPanel::specFromControls()
{
    const QString text = m_target->text().trimmed();
    switch (preset()) {
    case Preset::Tar: {
        if (text.isEmpty() || !QFileInfo(text).isDir()) {
            showStatus(text.isEmpty() ? tr("Choose the folder tar should read (Browse…).")
                                      : tr("%1 is not a folder.").arg(text),
                true);
            return std::nullopt;
        }
        return tarPreset(text.toStdString());
    }
    case Preset::DdRead: {
        const QFileInfo info(text);
        if (text.isEmpty() || !info.isFile() || !info.isReadable()) {
            showStatus(text.isEmpty() ? tr("Choose the file dd should read (Browse…).")
                                      : tr("%1 is not a readable file.").arg(text),
                true);
            return std::nullopt;
        }
        return ddReadPreset(text.toStdString());
    }
    case Preset::Command:
        if (text.isEmpty()) {
            showStatus(tr("Type a command line first."), true);
            m_target->setFocus();
            return std::nullopt;
        }
        return commandPreset(text.toStdString());
    case Preset::AllocTouch:
    case Preset::AllocUntouched:
    case Preset::AllocReadTouch:
    case Preset::AllocUntilKilled:
    case Preset::StressNg: {
        bool ok = false;
        const qulonglong mib = text.isEmpty() && preset() == Preset::AllocUntilKilled ? 16 : text.toULongLong(&ok);
        if ((!ok && !(text.isEmpty() && preset() == Preset::AllocUntilKilled)) || mib == 0 || mib > (1ULL << 20)) {
            showStatus(tr("Type a size in MiB, 1 to 1048576."), true);
            m_target->setFocus();
            return std::nullopt;
        }
        switch (preset()) {
        case Preset::AllocTouch:
            return allocTouchPreset(mib);
        case Preset::AllocUntouched:
            return allocUntouchedPreset(mib);
        case Preset::AllocReadTouch:
            return allocReadTouchPreset(mib);
        case Preset::AllocUntilKilled:
            return allocUntilKilledPreset(mib);
        default:
            if (auto spec = stressNgVmPreset(mib))
                return spec;
            showStatus(tr("stress-ng is not installed."), true);
            return std::nullopt;
        }
    }
    }
    return std::nullopt;
}

bool WorkloadPanel::start()
{
    if (m_running) {
        showStatus(tr("A workload is still running: cancel it or wait for it to end."), true);
        return false;
    }
    auto spec = specFromControls();
    if (!spec)
        return false;
    if (const auto mib = memoryLimitMiB()) {
        spec->memoryLimitBytes = std::uint64_t(*mib) << 20;
    } else if (isMemoryPreset(preset()) && m_confirmUncapped
        && !m_confirmUncapped(tr("%1 runs without a memory limit. When the machine runs short of memory, the "
                                 "kernel's OOM killer may end other programs instead of it: your editor, your "
                                 "browser, the desktop. Run it anyway?")
                                  .arg(QString::fromStdString(spec->label)))) {
        showStatus(tr("Not started: set a memory limit to run it safely."), false);
        return false;
    }
    QSettings().setValue(settingsKey(preset()), m_target->text().trimmed());
    return startSpec(*spec);
}

void WorkloadPanel::runFromUser()
{
    if (m_running) {
        showStatus(tr("A workload is still running: cancel it or wait for it to end."), true);
        return;
    }
    if (m_target->text().trimmed().isEmpty()) {
        if (preset() == Preset::Command) {
            m_target->setFocus();
            showStatus(tr("Type a command line and press Enter."), false);
            return;
        }
        browse();
        if (m_target->text().trimmed().isEmpty())
            return;
    }
    start();
}

void WorkloadPanel::runAgain()
{
    if (!m_lastSpec || m_running)
        return;
    startSpec(*m_lastSpec);
}

bool WorkloadPanel::startSpec(const WorkloadSpec& spec)
{
    {
        std::lock_guard lock(m_outputMutex);
        m_pending.clear();
        m_pendingBytes = 0;
        m_skippedBytes = 0;
    }
    std::string error;
    if (!m_runner->start(spec, &error)) {
        showStatus(
            tr("Could not start %1: %2").arg(QString::fromStdString(spec.label), QString::fromStdString(error)), true);
        return false;
    }
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    m_lastSpec = spec;
    m_running = true;
    m_liveIo.reset();
    m_currentLabel = QString::fromStdString(spec.label);
    m_currentRunId = m_runs->addRun(m_currentLabel, sampleCachedKiB(m_latestSample));
    appendLogLine(tr("$ %1").arg(QString::fromStdString(spec.commandLine)), true);
    m_ticker->start();
    m_flushTimer->start();
    tick();
    updateControls();
    emit runStarted(m_currentLabel);
    emit runningChanged(true);
    return true;
}

void WorkloadPanel::cancel()
{
    if (!m_running)
        return;
    showStatus(tr("Cancelling %1…").arg(m_currentLabel), false);
    m_runner->cancel();
}

bool WorkloadPanel::running() const
{
    return m_running;
}

void WorkloadPanel::finished(const WorkloadResult& result)
{
    flushOutput();
    m_running = false;
    m_ticker->stop();
    m_flushTimer->stop();
    m_runs->finishRun(m_currentRunId, result);
    m_awaitingCachedAfterId = m_currentRunId;
    m_finishedAt = std::chrono::system_clock::now();
    const RunComparisonModel::Run* run = m_runs->run(m_currentRunId);
    const QString how = run ? RunComparisonModel::statusText(*run) : QString();
    appendLogLine(tr("[%1 after %2 s]").arg(how, QLocale().toString(result.elapsedSeconds, 'f', 2)), true);
    if (!result.leftovers.empty()) {
        const int count = static_cast<int>(result.leftovers.size());
        const QString processes = QString::fromStdString(listProcesses(result.leftovers));
        appendLogLine(result.cancelled
                ? tr("[%n process(es) the workload started could not be ended: %1]", nullptr, count).arg(processes)
                : tr("[the workload left %n process(es) running: %1]", nullptr, count).arg(processes),
            true);
    }
    showStatus(
        tr("%1: %2 after %3 s%4")
            .arg(m_currentLabel, how, QLocale().toString(result.elapsedSeconds, 'f', 2),
                run && run->readBytes ? tr(", %1 read from disk").arg(sizeText(*run->readBytes / 1024)) : QString()),
        !result.succeeded());
    updateControls();
    emit runFinished(m_currentLabel, result);
    emit runningChanged(false);
}

void WorkloadPanel::setLatestSample(const SamplePtr& sample)
{
    m_latestSample = sample;
    // The default limit follows MemAvailable as the sampler reads it (no /proc read here, on the
    // GUI thread); a limit the user typed is kept.
    if (sample) {
        const int previousDefault = m_defaultLimitMiB;
        m_defaultLimitMiB = int(std::min<std::uint64_t>(
            defaultRunMemoryLimitBytes(sample->memInfoValue("MemAvailable"), sample->memInfoValue("MemFree")) >> 20,
            1 << 20));
        if (m_limitMiB->value() == previousDefault)
            m_limitMiB->setValue(m_defaultLimitMiB);
    }
    if (m_awaitingCachedAfterId && sample && sample->wallTime >= m_finishedAt) {
        if (const auto cached = sampleCachedKiB(sample))
            m_runs->setCachedAfter(m_awaitingCachedAfterId, *cached);
        m_awaitingCachedAfterId = 0;
    }
}

void WorkloadPanel::tick()
{
    if (!m_running)
        return;
    const double elapsed = m_runner->elapsedSeconds();
    std::optional<std::uint64_t> readBytes;
    if (m_liveIo)
        readBytes = m_liveIo->readBytes;
    m_runs->updateRun(m_currentRunId, elapsed, readBytes);
    QString text = tr("%1 — running for %2 s").arg(m_currentLabel, QLocale().toString(elapsed, 'f', 1));
    if (m_liveIo)
        text += tr(" · read from disk %1 · read() total %2")
                    .arg(sizeText(m_liveIo->readBytes / 1024), sizeText(m_liveIo->rchar / 1024));
    showStatus(text, false);
    // /proc reads stay off the GUI thread; the next starts only when the last one finished.
    if (const auto pid = m_runner->pid(); pid && !m_ioJob.isRunning()) {
        m_ioRootPid = *pid;
        m_ioJob.startIfIdle();
    }
}

void WorkloadPanel::ioRead(const std::optional<ProcessIo>& io)
{
    if (!m_running)
        return;
    if (io)
        m_liveIo = io;
}

void WorkloadPanel::flushOutput()
{
    std::vector<PendingOutput> pending;
    std::size_t skipped = 0;
    {
        std::lock_guard lock(m_outputMutex);
        pending.swap(m_pending);
        m_pendingBytes = 0;
        std::swap(skipped, m_skippedBytes);
    }
    if (pending.empty() && skipped == 0)
        return;
    QScrollBar* bar = m_log->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat normal;
    QTextCharFormat error;
    error.setForeground(QColor(0xc6, 0x28, 0x28));
    for (const PendingOutput& chunk : pending) {
        QStringDecoder& decoder = chunk.stream == OutputStream::StdErr ? m_stderrDecoder : m_stdoutDecoder;
        QString text = decoder.decode(QByteArrayView(chunk.bytes.data(), qsizetype(chunk.bytes.size())));
        // Progress meters (dd status=progress) rewrite one line with \r: each becomes a line here.
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        cursor.insertText(text, chunk.stream == OutputStream::StdErr ? error : normal);
    }
    if (skipped > 0)
        cursor.insertText(
            tr("\n[… %L1 bytes of output skipped: it came faster than it can be shown …]\n").arg(skipped), error);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void WorkloadPanel::appendLogLine(const QString& line, bool note)
{
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setFontItalic(note);
    // Output that did not end with a newline keeps its line; the note starts a new one.
    const bool atLineStart = cursor.block().text().isEmpty();
    const QString text = line + QLatin1Char('\n');
    cursor.insertText(atLineStart ? text : QLatin1Char('\n') + text, format);
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void WorkloadPanel::updateControls()
{
    m_runButton->setEnabled(!m_running);
    m_runAction->setEnabled(!m_running);
    m_againButton->setEnabled(!m_running && m_lastSpec.has_value());
    m_cancelButton->setEnabled(m_running);
    m_presetBox->setEnabled(!m_running);
    m_limitBox->setEnabled(!m_running);
    m_limitMiB->setEnabled(!m_running && m_limitBox->isChecked());
    m_target->setEnabled(!m_running);
    m_browse->setEnabled(!m_running);
}

void WorkloadPanel::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

QString WorkloadPanel::logText() const
{
    return m_log->toPlainText();
}

QString WorkloadPanel::statusText() const
{
    return m_status->text();
}

} // namespace vmscope
