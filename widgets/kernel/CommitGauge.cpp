#include "widgets/kernel/CommitGauge.h"

#include "core/model/Saturating.h"
#include "widgets/common/Explanations.h"
#include "widgets/common/GuiFormat.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace vmscope {

// The bar itself: Committed_AS filled, CommitLimit as a line. Over the limit is red only when
// the limit is enforced (strict mode); otherwise it is information, not danger.
class CommitBar : public QWidget {
public:
    explicit CommitBar(QWidget* parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return { 400, 22 }; }
    QSize minimumSizeHint() const override { return { 120, 22 }; }

    double limitX() const
    {
        const QRectF area = QRectF(rect()).adjusted(1, 3, -1, -3);
        const double full = static_cast<double>(std::max(m_limit, m_committed)) * 1.05;
        return full <= 0 ? area.left() : area.left() + area.width() * static_cast<double>(m_limit) / full;
    }

    void setValues(std::uint64_t committed, std::uint64_t limit, bool enforced)
    {
        m_committed = committed;
        m_limit = limit;
        m_enforced = enforced;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QRectF area = QRectF(rect()).adjusted(1, 3, -1, -3);
        const QColor textColor = palette().color(QPalette::WindowText);
        QColor frame = textColor;
        frame.setAlpha(110);
        painter.fillRect(area, palette().color(QPalette::Base));
        const double full = static_cast<double>(std::max(m_limit, m_committed)) * 1.05;
        if (full <= 0)
            return;
        const double share
            = static_cast<double>(m_committed) / static_cast<double>(std::max<std::uint64_t>(1, m_limit));
        QColor fill(0x3f, 0x86, 0xc9); // not enforced: neutral
        if (m_enforced)
            fill = share < 0.8 ? QColor(0x4c, 0xaf, 0x50)
                : share < 1.0  ? QColor(0xf0, 0x86, 0x2a)
                               : QColor(0xd9, 0x3f, 0x35);
        painter.fillRect(
            QRectF(area.left(), area.top(), area.width() * static_cast<double>(m_committed) / full, area.height()),
            fill);
        painter.setPen(frame);
        painter.drawRect(area);
        const double limitX = area.left() + area.width() * static_cast<double>(m_limit) / full;
        painter.setPen(QPen(textColor, 2, m_enforced ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(limitX, 0), QPointF(limitX, height()));
    }

private:
    std::uint64_t m_committed = 0, m_limit = 0;
    bool m_enforced = false;
};

CommitGauge::CommitGauge(QWidget* parent)
    : QWidget(parent)
{
    setWhatsThis(explanationHtml(QStringLiteral("committed-as")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_bar = new CommitBar(this);
    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    m_mode->setTextFormat(Qt::PlainText);
    layout->addWidget(m_headline);
    layout->addWidget(m_bar);
    layout->addWidget(m_mode);
    const QString why = tr("Committed_AS is the memory promised to processes (private writable mappings and the "
                           "like), whether or not it was touched yet: malloc succeeding does not mean the pages "
                           "exist, they are given on first touch.\nCommitLimit (the line) = (MemTotal − huge pages) "
                           "× vm.overcommit_ratio / 100 + SwapTotal, or vm.overcommit_kbytes + SwapTotal when that "
                           "is set. Only vm.overcommit_memory = 2 enforces it.");
    for (QWidget* widget :
        { static_cast<QWidget*>(m_headline), static_cast<QWidget*>(m_bar), static_cast<QWidget*>(m_mode) })
        widget->setToolTip(why);
    refresh();
}

void CommitGauge::setSample(const SystemSample& sample)
{
    m_committedKiB = sample.memInfoValue("Committed_AS");
    m_limitKiB = sample.memInfoValue("CommitLimit");
    m_inputs = commitInputs(sample);
    m_expectedLimitKiB = m_tuning ? expectedCommitLimit(sample, *m_tuning) : std::nullopt;
    refresh();
}

void CommitGauge::previewTuning(const VmTuning& tuning)
{
    m_tuning = tuning;
    if (m_inputs)
        if (const auto limit = expectedCommitLimit(*m_inputs, tuning)) {
            m_limitKiB = limit;
            m_expectedLimitKiB = limit;
        }
    refresh();
}

bool CommitGauge::limitEnforced() const
{
    return m_tuning && m_tuning->overcommitMemory == 2;
}

double CommitGauge::limitLineX() const
{
    return m_bar->limitX();
}

void CommitGauge::setTuning(const std::optional<VmTuning>& tuning)
{
    m_tuning = tuning;
    refresh();
}

QString CommitGauge::headline() const
{
    if (!m_committedKiB || !m_limitKiB)
        return tr("Commit: this kernel's meminfo has no Committed_AS/CommitLimit.");
    if (shareOf(*m_committedKiB, *m_limitKiB).state == Share::State::Overflow)
        return tr("Committed %1 of %2 CommitLimit").arg(sizeText(*m_committedKiB), sizeText(*m_limitKiB));
    const double percent
        = static_cast<double>(*m_committedKiB) * 100.0 / static_cast<double>(std::max<std::uint64_t>(1, *m_limitKiB));
    return tr("Committed %1 of %2 CommitLimit (%3 %)")
        .arg(sizeText(*m_committedKiB), sizeText(*m_limitKiB))
        .arg(percent, 0, 'f', 0);
}

QString CommitGauge::modeExplanation() const
{
    if (!m_tuning || !m_tuning->overcommitMemory)
        return tr("Overcommit mode unknown (/proc/sys/vm/overcommit_memory not read yet).");
    switch (*m_tuning->overcommitMemory) {
    case 0:
        return tr("vm.overcommit_memory = 0 (heuristic, the default): only allocations that obviously cannot be "
                  "met (more than RAM + swap) are refused; CommitLimit is not enforced, so Committed_AS may "
                  "exceed it, and a real shortage is met by reclaim and, last, the OOM killer.");
    case 1:
        return tr("vm.overcommit_memory = 1 (always): every allocation succeeds whatever its size; CommitLimit is "
                  "for information only, and a real shortage is met by the OOM killer.");
    case 2: {
        QString text = tr("vm.overcommit_memory = 2 (strict): an allocation that would push Committed_AS above "
                          "CommitLimit fails (malloc returns NULL, mmap ENOMEM) instead of overcommitting.");
        if (m_tuning->overcommitKbytes.value_or(0) > 0)
            text += tr(" The limit comes from vm.overcommit_kbytes = %1 kB plus swap.")
                        .arg(static_cast<qlonglong>(*m_tuning->overcommitKbytes));
        else if (m_tuning->overcommitRatio)
            text += tr(" The limit is %1 % of RAM (vm.overcommit_ratio) plus swap.")
                        .arg(static_cast<qlonglong>(*m_tuning->overcommitRatio));
        return text;
    }
    default:
        return tr("vm.overcommit_memory = %1: a mode this version does not know.")
            .arg(static_cast<qlonglong>(*m_tuning->overcommitMemory));
    }
}

void CommitGauge::refresh()
{
    m_headline->setText(headline());
    QString mode = modeExplanation();
    if (m_expectedLimitKiB && m_limitKiB && *m_expectedLimitKiB != *m_limitKiB)
        mode += tr(" (The sysctls give a limit of %1; the kernel reports %2: a sysctl changed since, or memory "
                   "was hot-plugged.)")
                    .arg(sizeText(*m_expectedLimitKiB), sizeText(*m_limitKiB));
    m_mode->setText(mode);
    const bool enforced = m_tuning && m_tuning->overcommitMemory == 2;
    m_bar->setValues(m_committedKiB.value_or(0), m_limitKiB.value_or(0), enforced);
    m_bar->setVisible(m_committedKiB && m_limitKiB);
}

} // namespace vmscope
