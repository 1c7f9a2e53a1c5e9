#include "widgets/kernel/OvercommitControl.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <climits>
#include <cstring>

namespace vmscope {

namespace {
    QString commandFor(const std::string& name, std::int64_t value)
    {
        return QString::fromStdString(vmSysctlSetCommand({ name, value }));
    }
} // namespace

QString OvercommitControl::modeToolTip(int mode)
{
    switch (mode) {
    case 0:
        return tr("0 heuristic (default): refuses only allocations that obviously cannot be met (more than RAM + "
                  "swap); everything else is promised and the OOM killer settles a real shortage.");
    case 1:
        return tr("1 always: every allocation succeeds whatever its size (sparse arrays, some scientific codes); "
                  "the OOM killer settles a real shortage.");
    case 2:
        return tr("2 strict: an allocation fails (malloc returns NULL, mmap ENOMEM) once Committed_AS would pass "
                  "CommitLimit = swap + RAM × overcommit_ratio % (or swap + overcommit_kbytes). Programs that "
                  "reserve much and touch little then fail early.");
    default:
        return {};
    }
}

OvercommitControl::OvercommitControl(QWidget* parent)
    : QWidget(parent)
    , m_writer([](const SysctlAssignment& assignment) { return writeVmSysctl("/proc", assignment); })
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* modeLabel = new QLabel(tr("&Overcommit"), this);
    m_mode = new QComboBox(this);
    const QString names[] = { tr("0 heuristic"), tr("1 always"), tr("2 strict") };
    for (int mode = 0; mode < 3; ++mode) {
        m_mode->addItem(names[mode], mode);
        m_mode->setItemData(mode, modeToolTip(mode), Qt::ToolTipRole);
    }
    modeLabel->setBuddy(m_mode);
    auto* ratioLabel = new QLabel(tr("&ratio"), this);
    m_ratio = new QSpinBox(this);
    m_ratio->setRange(0, 1000);
    m_ratio->setSuffix(tr(" %"));
    m_ratio->setToolTip(tr("vm.overcommit_ratio: the share of RAM (minus huge pages) in CommitLimit, plus swap. "
                           "Default 50. Writing it sets overcommit_kbytes to 0."));
    ratioLabel->setBuddy(m_ratio);
    auto* kbytesLabel = new QLabel(tr("or &kbytes"), this);
    m_kbytes = new QSpinBox(this);
    m_kbytes->setRange(0, INT_MAX);
    m_kbytes->setSuffix(tr(" kB"));
    m_kbytes->setSpecialValueText(tr("unset"));
    m_kbytes->setToolTip(tr("vm.overcommit_kbytes: a fixed amount instead of the ratio (0: use the ratio). "
                            "Writing it sets overcommit_ratio to 0."));
    kbytesLabel->setBuddy(m_kbytes);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_restore = new QPushButton(tr("Re&store"), this);
    m_restore->setToolTip(tr("Put back the values found before vmscope changed them (also done when vmscope "
                             "exits)"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    // Mode, then the strict limit's two values, then the buttons: narrow enough for the zone
    // column also at presentation mode's larger font.
    grid->addWidget(modeLabel, 0, 0);
    grid->addWidget(m_mode, 0, 1, 1, 3);
    grid->addWidget(ratioLabel, 1, 0);
    grid->addWidget(m_ratio, 1, 1);
    grid->addWidget(kbytesLabel, 1, 2);
    grid->addWidget(m_kbytes, 1, 3);
    grid->addWidget(m_apply, 2, 2);
    grid->addWidget(m_restore, 2, 3);
    grid->addWidget(m_status, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);

    auto edited = [this] {
        m_editing = true;
        refreshEnabled();
    };
    connect(m_mode, &QComboBox::activated, this, edited);
    connect(m_ratio, &QSpinBox::valueChanged, this, [this, edited] {
        if (m_ratio->hasFocus())
            edited();
    });
    connect(m_kbytes, &QSpinBox::valueChanged, this, [this, edited] {
        if (m_kbytes->hasFocus())
            edited();
    });
    connect(m_apply, &QPushButton::clicked, this, &OvercommitControl::apply);
    connect(m_restore, &QPushButton::clicked, this, &OvercommitControl::restore);
    // Also on a normal exit whose windows are not destroyed before the event loop ends.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &OvercommitControl::restore);
    setWritable(false);
}

OvercommitControl::~OvercommitControl()
{
    restore();
}

void OvercommitControl::setWritable(bool writable)
{
    m_writable = writable;
    const QString why = writable
        ? QString()
        : tr("Changing the overcommit mode needs root. Run, for example:\n%1\n%2\n%3\n%4")
              .arg(commandFor("overcommit_memory", 2), commandFor("overcommit_ratio", 50),
                  commandFor("overcommit_memory", 0), tr("(vmscope itself runs as an ordinary user.)"));
    for (QWidget* widget : { static_cast<QWidget*>(m_mode), static_cast<QWidget*>(m_ratio),
             static_cast<QWidget*>(m_kbytes), static_cast<QWidget*>(m_apply) })
        widget->setEnabled(writable);
    m_mode->setToolTip(writable ? tr("vm.overcommit_memory. Hover the choices for what each does.") : why);
    m_apply->setToolTip(writable ? tr("Write the chosen values to /proc/sys/vm (vmscope puts the old ones back "
                                      "when it exits)")
                                 : why);
    m_status->setText(writable ? tr("As root: changes go to /proc/sys/vm; Restore, or quitting vmscope, puts the "
                                    "values found before back.")
                               : tr("Read-only: needs root (hover for the command)."));
    refreshEnabled();
}

void OvercommitControl::setTuning(const std::optional<VmTuning>& tuning)
{
    m_current = tuning;
    if (tuning && !m_editing)
        showValues(*tuning);
    refreshEnabled();
}

void OvercommitControl::showValues(const VmTuning& tuning)
{
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockRatio(m_ratio);
    const QSignalBlocker blockKbytes(m_kbytes);
    if (tuning.overcommitMemory)
        m_mode->setCurrentIndex(m_mode->findData(int(*tuning.overcommitMemory)));
    if (tuning.overcommitRatio)
        m_ratio->setValue(int(std::min<std::int64_t>(*tuning.overcommitRatio, m_ratio->maximum())));
    if (tuning.overcommitKbytes)
        m_kbytes->setValue(int(std::min<std::int64_t>(*tuning.overcommitKbytes, m_kbytes->maximum())));
}

void OvercommitControl::refreshEnabled()
{
    m_restore->setEnabled(m_writable && m_saved.has_value());
    m_apply->setEnabled(m_writable && m_current.has_value());
}

QString OvercommitControl::statusText() const
{
    return m_status->text();
}

bool OvercommitControl::write(const std::string& name, std::int64_t value)
{
    const int error = m_writer({ name, value });
    if (error == 0)
        return true;
    QString text = tr("Could not write vm.%1 = %2: %3")
                       .arg(QString::fromStdString(name))
                       .arg(value)
                       .arg(QString::fromLocal8Bit(std::strerror(error)));
    if (error == EACCES || error == EPERM)
        text += tr(" (needs root: %1)").arg(commandFor(name, value));
    m_status->setText(text);
    return false;
}

bool OvercommitControl::apply()
{
    if (!m_writable || !m_current)
        return false;
    const VmTuning before = *m_current;
    VmTuning after = before;
    const std::int64_t mode = m_mode->currentData().toInt();
    const std::int64_t ratio = m_ratio->value();
    const std::int64_t kbytes = m_kbytes->value();
    bool ok = true;
    bool wrote = false;
    // The limit first, then the mode: switching to strict with the old limit would fail programs
    // that the new limit lets through. ratio and kbytes exclude each other (writing one zeroes the other).
    if (kbytes > 0 && kbytes != before.overcommitKbytes.value_or(0)) {
        ok = write("overcommit_kbytes", kbytes);
        wrote = wrote || ok;
        if (ok) {
            after.overcommitKbytes = kbytes;
            after.overcommitRatio = 0;
        }
    } else if (kbytes == 0 && (ratio != before.overcommitRatio.value_or(-1) || before.overcommitKbytes.value_or(0) > 0)) {
        ok = write("overcommit_ratio", ratio);
        wrote = wrote || ok;
        if (ok) {
            after.overcommitRatio = ratio;
            after.overcommitKbytes = 0;
        }
    }
    if (ok && mode != before.overcommitMemory.value_or(-1)) {
        ok = write("overcommit_memory", mode);
        wrote = wrote || ok;
        if (ok)
            after.overcommitMemory = mode;
    }
    if (wrote && !m_saved)
        m_saved = before;
    if (wrote) {
        m_current = after;
        emit tuningWritten(after);
    }
    if (ok) {
        m_editing = false;
        m_status->setText(wrote ? tr("Written. Restore (or quitting vmscope) puts back overcommit_memory %1, "
                                     "ratio %2 %, kbytes %3.")
                                      .arg(m_saved->overcommitMemory.value_or(0))
                                      .arg(m_saved->overcommitRatio.value_or(0))
                                      .arg(m_saved->overcommitKbytes.value_or(0))
                                : tr("Nothing to change."));
    }
    refreshEnabled();
    return ok;
}

bool OvercommitControl::restore()
{
    if (!m_saved)
        return false;
    const VmTuning saved = *m_saved;
    bool ok = true;
    // Mode first: back to the old (usually lenient) mode before the limit changes under it.
    if (saved.overcommitMemory)
        ok = write("overcommit_memory", *saved.overcommitMemory) && ok;
    if (saved.overcommitKbytes.value_or(0) > 0)
        ok = write("overcommit_kbytes", *saved.overcommitKbytes) && ok;
    else if (saved.overcommitRatio)
        ok = write("overcommit_ratio", *saved.overcommitRatio) && ok;
    if (!ok)
        return false;
    m_saved.reset();
    m_editing = false;
    m_current = saved;
    showValues(saved);
    m_status->setText(tr("Restored the values found before."));
    refreshEnabled();
    emit tuningWritten(saved);
    return true;
}

} // namespace vmscope
