#pragma once

#include "core/analysis/VmSysctlWrites.h"
#include "core/analysis/VmTuning.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace vmscope {

// Switches vm.overcommit_memory (0 heuristic, 1 always, 2 strict) and the strict limit's
// overcommit_ratio / overcommit_kbytes, through the one write path (writeVmSysctl). The values
// found before the first change are remembered: "Restore" puts them back, and so do the
// destructor (the page closes) and the application's exit, so a demonstration of strict mode
// does not outlive vmscope. Without root the controls are disabled and say which command to run.
class OvercommitControl : public QWidget {
    Q_OBJECT
public:
    // Writes one sysctl; 0 or an errno. The default writes /proc/sys/vm; tests put a fake here.
    using Writer = std::function<int(const SysctlAssignment&)>;

    explicit OvercommitControl(QWidget* parent = nullptr);
    ~OvercommitControl() override; // restores

    void setWriter(Writer writer) { m_writer = std::move(writer); }
    // Root on the live /proc: writes are possible. Otherwise disabled, with the command to run.
    void setWritable(bool writable);
    bool writable() const { return m_writable; }
    // The values read from /proc/sys/vm; shown unless the user is editing.
    void setTuning(const std::optional<VmTuning>& tuning);

    // Writes the chosen mode, ratio or kbytes (only what differs from the current values).
    bool apply();
    // Puts the remembered values back; false when nothing was changed or a write failed.
    bool restore();
    bool hasSavedValues() const { return m_saved.has_value(); }
    std::optional<VmTuning> savedValues() const { return m_saved; }

    QComboBox* modeBox() const { return m_mode; }
    QSpinBox* ratioBox() const { return m_ratio; }
    QSpinBox* kbytesBox() const { return m_kbytes; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* restoreButton() const { return m_restore; }
    QString statusText() const;

    static QString modeToolTip(int mode);

signals:
    // After a write: the values now in effect (the gauge shows them before the next sysctl read).
    void tuningWritten(const vmscope::VmTuning& tuning);

private:
    bool write(const std::string& name, std::int64_t value);
    void refreshEnabled();
    void showValues(const VmTuning& tuning);

    Writer m_writer;
    bool m_writable = false;
    bool m_editing = false;
    std::optional<VmTuning> m_current;
    std::optional<VmTuning> m_saved;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_ratio = nullptr;
    QSpinBox* m_kbytes = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vmscope
