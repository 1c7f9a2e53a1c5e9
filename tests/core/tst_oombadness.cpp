// The OOM killer's arithmetic (mm/oom_kill.c oom_badness, fs/proc/base.c proc_oom_score) and the
// ranking read from a proc root. Expected scores are worked out by hand from the fixture's files
// and checked against the oom_score the kernel itself wrote into them.
#include "core/analysis/OomBadness.h"
#include "core/io/ProcRootSource.h"
#include "core/model/Saturating.h"
#include "core/read/OomRanking.h"

#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace vmscope;

namespace {

void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

} // namespace

class TestOomBadness : public QObject {
    Q_OBJECT
private slots:
    void kernelRelease_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::newRow("proc/version 6.18") << "Linux version 6.18.44-fc-v669 (builder@sandboxing) (gcc 15.3.0) #1 SMP\n"
                                           << true << 6 << 18 << 44;
        QTest::newRow("osrelease") << "5.8.0-63-generic\n" << true << 5 << 8 << 0;
        QTest::newRow("2.6 four parts") << "Linux version 2.6.35.14 (x@y)" << true << 2 << 6 << 35;
        QTest::newRow("rc without patch") << "6.19-rc1" << true << 6 << 19 << 0;
        QTest::newRow("no minor") << "6" << false << 0 << 0 << 0;
        QTest::newRow("text") << "Linux version unknown" << false << 0 << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0 << 0;
        QTest::newRow("huge number") << "99999999999999999999.1" << false << 0 << 0 << 0;
    }
    void kernelRelease()
    {
        QFETCH(QString, text);
        QFETCH(bool, parsed);
        const auto release = parseKernelRelease(text.toStdString());
        QCOMPARE(release.has_value(), parsed);
        if (!parsed)
            return;
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QCOMPARE(release->major, major);
        QCOMPARE(release->minor, minor);
        QCOMPARE(release->patch, patch);
    }

    void scaleByRelease_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<int>("scale");
        QTest::newRow("2.6.35: old heuristic") << 2 << 6 << 35 << int(OomScoreScale::Heuristic);
        QTest::newRow("2.6.36: per mille") << 2 << 6 << 36 << int(OomScoreScale::PerMille);
        QTest::newRow("5.8.18: per mille") << 5 << 8 << 18 << int(OomScoreScale::PerMille);
        QTest::newRow("5.9.0: doubled") << 5 << 9 << 0 << int(OomScoreScale::Doubled);
        QTest::newRow("6.18: doubled") << 6 << 18 << 44 << int(OomScoreScale::Doubled);
    }
    void scaleByRelease()
    {
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(int, scale);
        QCOMPARE(int(oomScoreScaleFor(KernelRelease { major, minor, patch })), scale);
    }

    // Worked by hand: totalpages 6171021 (24684084 kB of RAM, no swap, 4 KiB pages).
    void formula_data()
    {
        QTest::addColumn<quint64>("rssKiB");
        QTest::addColumn<quint64>("swapKiB");
        QTest::addColumn<quint64>("pteKiB");
        QTest::addColumn<int>("adj");
        QTest::addColumn<qlonglong>("points");
        QTest::addColumn<qlonglong>("doubled");
        QTest::addColumn<qlonglong>("perMille");
        // (11020 + 76) / 4 = 2774 pages; 2774 * 1000 / 6171021 = 0; (1000 + 0) * 2 / 3 = 666; per mille 0.
        QTest::newRow("small task") << quint64(11020) << quint64(0) << quint64(76) << 0 << 2774LL << 666LL << 0LL;
        // 28844 / 4 + 148 / 4 = 7211 + 37 = 7248 pages -> 1 -> 667 (the kernel wrote 667).
        QTest::newRow("28 MiB task") << quint64(28844) << quint64(0) << quint64(148) << 0 << 7248LL << 667LL << 1LL;
        // adj 1000 adds 1000 * (6171021 / 1000) = 6171000 points -> 2774 + 6171000 = 6173774;
        // 6173774000 / 6171021 = 1000 -> 2000 * 2 / 3 = 1333.
        QTest::newRow("adj +1000") << quint64(11020) << quint64(0) << quint64(76) << 1000 << 6173774LL << 1333LL
                                   << 1000LL;
        // adj -500: 2774 - 3085500 = -3082726; * 1000 / 6171021 = -499 (truncated toward 0);
        // (1000 - 499) * 2 / 3 = 334. Before 5.9 a negative total counted as 1 point: 0 per mille.
        QTest::newRow("adj -500") << quint64(11020) << quint64(0) << quint64(76) << -500 << -3082726LL << 334LL
                                  << 0LL;
        // Half of RAM in swap: 3085510 pages; 3085510000 / 6171021 = 499 -> (1000 + 499) * 2 / 3 = 999.
        QTest::newRow("half in swap") << quint64(0) << quint64(12342040) << quint64(0) << 0 << 3085510LL << 999LL
                                      << 499LL;
        // A hostile status: the sum saturates, the score stays in the kernel's range.
        QTest::newRow("hostile rss") << quint64(kSaturated) << quint64(kSaturated) << quint64(kSaturated) << 0
                                     << std::numeric_limits<qlonglong>::max() << 2000LL << 1000LL;
    }
    void formula()
    {
        QFETCH(quint64, rssKiB);
        QFETCH(quint64, swapKiB);
        QFETCH(quint64, pteKiB);
        QFETCH(int, adj);
        QFETCH(qlonglong, points);
        QFETCH(qlonglong, doubled);
        QFETCH(qlonglong, perMille);
        OomBadnessInput input;
        input.rssKiB = rssKiB;
        input.swapKiB = swapKiB;
        input.pageTablesKiB = pteKiB;
        input.oomScoreAdj = adj;
        input.pageSizeKiB = 4;
        input.totalPages = 24684084 / 4;
        const OomBadness badness = oomBadness(input);
        QCOMPARE(qlonglong(badness.points), points);
        QCOMPARE(badness.exempt, false);
        QCOMPARE(qlonglong(*expectedOomScore(badness, input.totalPages, OomScoreScale::Doubled)), doubled);
        QCOMPARE(qlonglong(*expectedOomScore(badness, input.totalPages, OomScoreScale::PerMille)), perMille);
        QVERIFY(!expectedOomScore(badness, input.totalPages, OomScoreScale::Heuristic));
    }

    void exemptTasksReadZero()
    {
        OomBadnessInput input;
        input.rssKiB = 1 << 20;
        input.totalPages = 1 << 20;
        input.oomScoreAdj = kOomScoreAdjMin;
        QVERIFY(oomBadness(input).exempt);
        QCOMPARE(*expectedOomScore(oomBadness(input), input.totalPages, OomScoreScale::Doubled), 0);
        input.oomScoreAdj = 0;
        input.unkillable = true;
        QVERIFY(oomBadness(input).exempt);
        // An adj outside -1000..1000 is what a hostile file says, not what the kernel allows.
        input.unkillable = false;
        input.oomScoreAdj = 5000;
        QCOMPARE(oomBadness(input).adjPoints, std::int64_t(1000) * ((1 << 20) / 1000));
        QVERIFY(!expectedOomScore(oomBadness(input), 0, OomScoreScale::Doubled));
    }

    // The ranking of the 6.18 fixture: every expected score equals the one the kernel wrote.
    void rankingOfTheFixture()
    {
        const ProcRootSource source(test::procRoot(QStringLiteral("live-6.18-x86_64")));
        const OomRanking ranking = readOomRanking(source);
        QVERIFY(ranking.release);
        QCOMPARE(ranking.release->minor, 18);
        QCOMPARE(int(ranking.scale), int(OomScoreScale::Doubled));
        QCOMPARE(ranking.pageSizeKiB, std::uint64_t(4));
        QCOMPARE(ranking.totalPages, std::uint64_t(24684084 / 4));
        QCOMPARE(ranking.candidates.size(), std::size_t(3));
        QCOMPARE(ranking.candidates.front().pid, 10162); // 667 ranks above the two 666s
        QCOMPARE(ranking.candidates[1].pid, 9946); // same score: more points first
        QCOMPARE(ranking.candidates[2].pid, 9950);
        for (const OomCandidate& candidate : ranking.candidates) {
            QVERIFY(candidate.oomScore);
            QCOMPARE(candidate.expectedScore, candidate.oomScore);
        }
        QCOMPARE(ranking.firstVictim(), std::optional<std::size_t>(0));
        QCOMPARE(ranking.policy.overcommitMemory, std::optional<std::int64_t>(0));
        QVERIFY(ranking.policy.oomDumpTasks.has_value());
    }

    // An exempt task never is the first victim, however large; a task without oom_score (an
    // older capture) is ranked by its recomputed score.
    void exemptAndMissingScores()
    {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        writeFile(root / "version", "Linux version 6.1.0 (x@y)\n");
        writeFile(root / "meminfo", "MemTotal: 4000000 kB\nSwapTotal: 0 kB\n");
        auto process = [&](int pid, const char* name, int rssKiB, int adj, const char* score) {
            const auto folder = root / std::to_string(pid);
            writeFile(folder / "status",
                std::string("Name:\t") + name + "\nState:\tS (sleeping)\nTgid:\t" + std::to_string(pid) + "\nPid:\t"
                    + std::to_string(pid) + "\nPPid:\t0\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nVmSize:\t  400000 kB\nVmRSS:\t"
                    + std::to_string(rssKiB) + " kB\nVmPTE:\t 0 kB\nVmSwap:\t 0 kB\nKthread:\t0\n");
            writeFile(folder / "statm", "100000 1 1 1 0 1 0\n");
            writeFile(folder / "oom_score_adj", std::to_string(adj) + "\n");
            if (score)
                writeFile(folder / "oom_score", std::string(score) + "\n");
        };
        process(1, "init", 3000000, 0, "0");
        process(100, "protected", 2000000, -1000, "0");
        process(200, "ordinary", 400000, 0, nullptr);
        const OomRanking ranking = readOomRanking(ProcRootSource(dir.path().toStdString()));
        QVERIFY(ranking.unreadable.empty());
        QCOMPARE(ranking.candidates.size(), std::size_t(3));
        QCOMPARE(ranking.candidates.front().pid, 200);
        QVERIFY(!ranking.candidates.front().oomScore);
        // 100000 pages of 1000000: 100 per mille -> (1000 + 100) * 2 / 3 = 733.
        QCOMPARE(ranking.candidates.front().expectedScore, std::optional<std::int64_t>(733));
        QCOMPARE(ranking.firstVictim(), std::optional<std::size_t>(0));
        for (std::size_t i = 1; i < 3; ++i)
            QVERIFY(ranking.candidates[i].badness.exempt);
    }
};

QTEST_GUILESS_MAIN(TestOomBadness)
#include "tst_oombadness.moc"
