#include "widgets/oom/OomExplanation.h"

#include "widgets/common/GuiFormat.h"


namespace vmscope {
namespace {
    QString number(std::int64_t value)
    {
        return QString::number(value);
    }
} // namespace

QString OomExplanation::releaseText(const OomRanking& ranking)
{
    if (!ranking.release)
        return tr("an unknown kernel");
    const KernelRelease& r = *ranking.release;
    return tr("kernel %1.%2.%3").arg(r.major).arg(r.minor).arg(r.patch);
}

QString OomExplanation::formulaText(const OomRanking& ranking)
{
    switch (ranking.scale) {
    case OomScoreScale::Doubled:
        return tr("On %1 (5.9 and later) oom_score = (1000 + points × 1000 / total pages) × 2 / 3, from 0 to 2000: "
                  "an ordinary small process reads 666, one with oom_score_adj +1000 about 1332.")
            .arg(releaseText(ranking));
    case OomScoreScale::PerMille:
        return tr("On %1 (2.6.36 to 5.8) oom_score = points × 1000 / total pages, at least 1: the process's share "
                  "of RAM + swap in thousandths (0 to 1000).")
            .arg(releaseText(ranking));
    case OomScoreScale::Heuristic:
        return tr("On %1 (before 2.6.36) oom_score is the old heuristic of size, CPU time, age and nice, scaled by "
                  "oom_adj; it cannot be recomputed from /proc.")
            .arg(releaseText(ranking));
    }
    return {};
}

OomExplanation OomExplanation::explain(const OomCandidate& c, const OomRanking& ranking)
{
    OomExplanation e;
    e.title = tr("%1 (PID %2, %3)")
                  .arg(displayText(c.name))
                  .arg(c.pid)
                  .arg(c.user.empty() ? tr("unknown user") : QString::fromStdString(c.user));
    e.formula = formulaText(ranking);
    const OomBadness& b = c.badness;
    e.points = tr("points = %1 (RSS) + %2 (swap) + %3 (page tables) + %4 (adj: %5 × %6) = %7 pages")
                   .arg(number(std::int64_t(b.rssPages)), number(std::int64_t(b.swapPages)),
                       number(std::int64_t(b.pageTablePages)), number(b.adjPoints), number(c.oomScoreAdj),
                       number(std::int64_t(oomAdjUnitPages(ranking.totalPages))), number(b.points));
    const QString kernelSays = c.oomScore ? tr("the kernel says %1").arg(number(*c.oomScore))
                                          : tr("the kernel's oom_score could not be read");
    const QString total = number(std::int64_t(ranking.totalPages));
    if (b.exempt) {
        e.score = tr("oom_score = 0: never chosen (oom_score_adj -1000 / init) — %1").arg(kernelSays);
    } else if (!c.expectedScore) {
        e.score = tr("oom_score cannot be recomputed on this kernel — %1").arg(kernelSays);
    } else if (ranking.scale == OomScoreScale::Doubled) {
        e.score = tr("oom_score = (1000 + %1 × 1000 / %2) × 2 / 3 = %3 — %4")
                      .arg(number(b.points), total, number(*c.expectedScore), kernelSays);
    } else {
        e.score = tr("oom_score = %1 × 1000 / %2 = %3 — %4").arg(number(b.points), total, number(*c.expectedScore), kernelSays);
    }
    QStringList notes;
    notes << tr("Total pages = RAM + swap = %1 pages of %2 KiB; RSS, swap and page tables are the process's "
                "VmRSS, VmSwap and VmPTE in pages.")
                 .arg(total)
                 .arg(ranking.pageSizeKiB);
    if (!b.exempt && c.expectedScore && c.oomScore && *c.expectedScore != *c.oomScore)
        notes << tr("The kernel's figure differs: oom_badness reads the RSS counters without adding up their "
                    "per-CPU parts (cheap, but a few dozen pages off on 6.2 and later), while status adds them up "
                    "(6.16 and later); or the process changed between the two reads. Near a boundary of the "
                    "integer division that moves the score by one.");
    const std::optional<std::size_t> victim = ranking.firstVictim();
    if (victim && ranking.candidates[*victim].pid == c.pid)
        notes << tr("This process has the most points: a global OOM kill now would choose it first.");
    e.note = notes.join(QLatin1Char('\n'));
    return e;
}

QString OomExplanation::plainText() const
{
    QStringList lines { title, formula, points, score };
    if (!note.isEmpty())
        lines << note;
    return lines.join(QLatin1Char('\n'));
}

QString OomExplanation::html() const
{
    QString out = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><tt>%3</tt><br><tt>%4</tt></p>")
                      .arg(title.toHtmlEscaped(), formula.toHtmlEscaped(), points.toHtmlEscaped(), score.toHtmlEscaped());
    if (!note.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return out;
}

} // namespace vmscope
