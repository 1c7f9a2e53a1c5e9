#pragma once

#include "core/read/OomRanking.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vmscope {

// Why a process has its oom_score, as sentences for a person: which formula the kernel found
// uses, the points from their parts and the score from the points, with this machine's numbers
// (all of them computed in core: OomBadness, expectedOomScore; this only writes them down).
struct OomExplanation {
    Q_DECLARE_TR_FUNCTIONS(OomExplanation)
public:
    QString title; // "qtplot (PID 10162, root)"
    QString formula; // which formula applies to this kernel, in words
    QString points; // "points = 7211 (RSS) + 0 (swap) + 37 (page tables) + 0 (adj: 0 × 6171) = 7248 pages"
    QString score; // "oom_score = (1000 + 7248 × 1000 / 6171021) × 2 / 3 = 667 — the kernel says 667"
    QString note; // exempt, first victim, a difference to the kernel's figure; may be empty

    QString plainText() const;
    QString html() const;

    static OomExplanation explain(const OomCandidate& candidate, const OomRanking& ranking);
    // The formula of the kernel found, in one sentence.
    static QString formulaText(const OomRanking& ranking);

private:
    static QString releaseText(const OomRanking& ranking);
};

} // namespace vmscope
