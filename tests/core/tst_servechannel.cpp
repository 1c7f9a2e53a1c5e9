// The serve client (core/io/ServeChannel.h, ServeSource.h, ServeProtocol.h): the answer reader on
// crafted streams cut in every place, a real `vmscope-cli serve` child of the test answering reads
// and lists with the kernel's own bytes, and fake helpers (`sh -c` scripts) that answer short,
// never answer, answer garbage or die with a message on stderr: each an error, never a hang.
#include "core/io/ServeChannel.h"
#include "core/io/ServeProtocol.h"
#include "core/io/ServeSource.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <atomic>
#include <cerrno>
#include <thread>
#include <unistd.h>

using namespace vmscope;
using namespace std::chrono_literals;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.readAll() : QByteArray();
}

std::shared_ptr<ServeChannel> startOrFail(std::vector<std::string> argv, ServeChannelOptions options = {})
{
    auto channel = ServeChannel::start(std::move(argv), options);
    if (!channel) {
        qWarning("%s", channel.error().message().c_str());
        return {};
    }
    return *channel;
}

std::shared_ptr<ServeChannel> realServe(ServeChannelOptions options = {})
{
    return startOrFail({ VMSCOPE_CLI, "serve" }, options);
}

// A fake helper: a POSIX shell script on the channel's pipes.
std::shared_ptr<ServeChannel> fakeServe(const char* script, std::chrono::milliseconds timeout = 15000ms)
{
    ServeChannelOptions options;
    options.answerTimeout = timeout;
    return startOrFail({ "sh", "-c", script }, options);
}

QByteArray text(const std::string& bytes)
{
    return QByteArray::fromStdString(bytes);
}

QByteArray ownPid()
{
    return QByteArray::number(::getpid());
}

} // namespace

class TestServeChannel : public QObject {
    Q_OBJECT

private slots:
    void readerAnswers_data();
    void readerAnswers();
    void readerRefuses_data();
    void readerRefuses();
    void errnoNames();

    void realServeReads();
    void realServeErrors();
    void invalidLineIsNotSent();
    void concurrentExchanges();
    void serveSourceReadsAndLists();
    void serveSourcePrefetchIsOneRoundTrip();
    void serveSourceDropsUnreadPrefetches();

    void truncatedAnswer();
    void neverAnswers();
    void diesWithMessage();
    void malformedAnswer();
    void diesBeforeReadingRequests();
    void missingProgram();
};

void TestServeChannel::readerAnswers_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected"); // "ok:BYTES" or "error:ERRNO:SENTENCE"

    QTest::newRow("one ok") << QByteArray("ok 5\nhello") << QStringList { "ok:hello" };
    QTest::newRow("empty ok (a write)") << QByteArray("ok 0\n") << QStringList { "ok:" };
    QTest::newRow("payload with newlines and NUL")
        << QByteArray("ok 4\na\n\0b", 9) << QStringList { QString::fromLatin1(QByteArray("ok:a\n\0b", 7)) };
    QTest::newRow("error") << QByteArray("error EACCES vmscope-cli serve does not read /proc/1/mem\n")
                           << QStringList { "error:13:vmscope-cli serve does not read /proc/1/mem" };
    QTest::newRow("error without sentence") << QByteArray("error ENOENT\n") << QStringList { "error:2:" };
    QTest::newRow("numbered errno") << QByteArray("error E200 what\n") << QStringList { "error:200:what" };
    QTest::newRow("mixed") << QByteArray("ok 3\nabcerror ESRCH gone\nok 1\nz")
                           << QStringList { "ok:abc", "error:3:gone", "ok:z" };
    QTest::newRow("incomplete tail is no answer yet") << QByteArray("ok 3\nabcok 10\nabc") << QStringList { "ok:abc" };
}

void TestServeChannel::readerAnswers()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    // Whole, and cut at every byte: the same answers.
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        ServeAnswerReader reader(1024);
        QVERIFY(reader.feed(std::string_view(stream.constData(), cut)));
        QVERIFY(reader.feed(std::string_view(stream.constData() + cut, stream.size() - cut)));
        QStringList got;
        while (reader.hasAnswer()) {
            const ServeAnswer answer = reader.take();
            got << (answer.ok ? QStringLiteral("ok:") + QString::fromLatin1(text(answer.bytes))
                              : QStringLiteral("error:%1:%2")
                                    .arg(answer.errorNumber)
                                    .arg(QString::fromLatin1(text(answer.sentence))));
        }
        QCOMPARE(got, expected);
    }
}

void TestServeChannel::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("neither ok nor error") << QByteArray("hello\n");
    QTest::newRow("ok without length") << QByteArray("ok \n");
    QTest::newRow("negative length") << QByteArray("ok -1\n");
    QTest::newRow("leading zero") << QByteArray("ok 05\nhello");
    QTest::newRow("length with sign") << QByteArray("ok +5\nhello");
    QTest::newRow("length over the bound") << QByteArray("ok 1025\n");
    QTest::newRow("huge length") << QByteArray("ok 99999999999999999999999\n");
    QTest::newRow("error without name") << QByteArray("error \n");
    QTest::newRow("unknown errno name") << QByteArray("error EWHATEVER x\n");
    QTest::newRow("lowercase errno name") << QByteArray("error eacces x\n");
    QTest::newRow("escape in sentence") << QByteArray("error EIO \x1b[31mred\n");
    QTest::newRow("escape before the newline") << QByteArray("error EIO \x1b[31m");
    QTest::newRow("endless header") << QByteArray(20000, 'o');
}

void TestServeChannel::readerRefuses()
{
    QFETCH(QByteArray, stream);
    ServeAnswerReader reader(1024);
    QVERIFY(!reader.feed(stream.toStdString()));
    QVERIFY(reader.failed());
    QVERIFY(!reader.failure().empty());
    QVERIFY(!reader.hasAnswer());
    QVERIFY(!reader.feed("ok 1\nx")); // failed stays failed
}

void TestServeChannel::errnoNames()
{
    for (int number : { EPERM, ENOENT, ESRCH, EACCES, EINVAL, ELOOP, ENOTDIR, EIO, EAGAIN, 200 })
        QCOMPARE(serveErrnoFromName(serveErrnoName(number)), number);
    QCOMPARE(serveErrnoFromName("E0"), 0);
    QCOMPARE(serveErrnoFromName("E"), 0);
    QCOMPARE(serveErrnoFromName("E100000"), 0);
    QCOMPARE(serveErrnoFromName("EACCES "), 0);
}

void TestServeChannel::realServeReads()
{
    const auto channel = realServe();
    QVERIFY(channel);
    const QByteArray pid = ownPid();
    const auto answers = channel->exchange({ "read /proc/" + pid.toStdString() + "/cmdline",
        "read /proc/sys/vm/overcommit_memory", "list /proc/sys/vm", "read /proc/meminfo" });
    QCOMPARE(answers.size(), std::size_t(4));
    for (const auto& answer : answers)
        QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message().c_str());
    QCOMPARE(text(*answers[0]), fileBytes(QStringLiteral("/proc/self/cmdline")));
    QCOMPARE(text(*answers[1]), fileBytes(QStringLiteral("/proc/sys/vm/overcommit_memory")));
    QStringList names
        = QDir(QStringLiteral("/proc/sys/vm")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    names.sort();
    QCOMPARE(QString::fromLatin1(text(*answers[2])).split(QLatin1Char('\n'), Qt::SkipEmptyParts), names);
    QVERIFY(text(*answers[3]).startsWith("MemTotal:"));
    QVERIFY(channel->alive());
}

void TestServeChannel::realServeErrors()
{
    const auto channel = realServe();
    QVERIFY(channel);
    // Above the largest pid_max (4194304): a process that cannot exist.
    const auto answers = channel->exchange(
        { "read /proc/4194305/status", "read /proc/1/mem", "read /proc/no-such-file", "read /proc/version" });
    QCOMPARE(answers.size(), std::size_t(4));
    QVERIFY(!answers[0].ok());
    QCOMPARE(answers[0].error().kind, ErrorKind::NoSuchProcess);
    QCOMPARE(answers[0].error().file, std::string("/proc/4194305/status"));
    QVERIFY(!answers[1].ok());
    QCOMPARE(answers[1].error().kind, ErrorKind::PermissionDenied); // the policy refuses mem
    QVERIFY(!answers[2].ok());
    QCOMPARE(answers[2].error().kind, ErrorKind::Io);
    QVERIFY(answers[2].error().isMissingFile());
    QVERIFY2(answers[2].error().message().find("vmscope-cli serve") != std::string::npos,
        answers[2].error().message().c_str());
    // An error answer is one answer: the channel goes on.
    QVERIFY(answers[3].ok());
    QCOMPARE(text(*answers[3]), fileBytes(QStringLiteral("/proc/version")));
    QVERIFY(channel->alive());
}

void TestServeChannel::invalidLineIsNotSent()
{
    const auto channel = realServe();
    QVERIFY(channel);
    const auto answers
        = channel->exchange({ "read /proc/version\nread /proc/meminfo", "", "read /proc/\x01", "read /proc/version" });
    QCOMPARE(answers.size(), std::size_t(4));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!answers[i].ok());
        QCOMPARE(answers[i].error().errnoValue, EINVAL);
    }
    QVERIFY(answers[3].ok());
    QCOMPARE(text(*answers[3]), fileBytes(QStringLiteral("/proc/version")));
}

void TestServeChannel::concurrentExchanges()
{
    // Several workers on one channel: exchanges take turns, each gets its own answers.
    const auto channel = realServe();
    QVERIFY(channel);
    const QByteArray version = fileBytes(QStringLiteral("/proc/version"));
    const QByteArray cmdline = fileBytes(QStringLiteral("/proc/self/cmdline"));
    const std::string ownCmdline = "read /proc/" + ownPid().toStdString() + "/cmdline";
    std::atomic<int> wrong { 0 };
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t)
        workers.emplace_back([&] {
            for (int round = 0; round < 25; ++round) {
                const auto answers = channel->exchange({ "read /proc/version", ownCmdline, "read /proc/version" });
                if (answers.size() != 3 || !answers[0].ok() || !answers[1].ok() || !answers[2].ok()
                    || text(*answers[0]) != version || text(*answers[1]) != cmdline || text(*answers[2]) != version)
                    ++wrong;
            }
        });
    for (auto& worker : workers)
        worker.join();
    QCOMPARE(wrong.load(), 0);
}

void TestServeChannel::serveSourceReadsAndLists()
{
    const auto channel = realServe();
    QVERIFY(channel);
    const ServeSource proc(channel, "/proc", "root helper /proc");
    const ServeSource sys(channel, "/sys", "root helper /sys");
    QCOMPARE(proc.describe(), std::string("root helper /proc"));
    QCOMPARE(proc.displayPath("meminfo"), std::string("/proc/meminfo"));

    const auto pids = proc.listPids();
    QVERIFY(pids.ok());
    QVERIFY(std::is_sorted(pids->begin(), pids->end()));
    QVERIFY(std::find(pids->begin(), pids->end(), static_cast<int>(::getpid())) != pids->end());
    QVERIFY(std::find(pids->begin(), pids->end(), 1) != pids->end());

    const auto cmdline = proc.read(ownPid().toStdString() + "/cmdline");
    QVERIFY(cmdline.ok());
    QCOMPARE(text(*cmdline), fileBytes(QStringLiteral("/proc/self/cmdline")));

    const auto gone = proc.read("4194305/smaps");
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NoSuchProcess);
    QCOMPARE(gone.error().file, std::string("/proc/4194305/smaps"));

    const auto refused = proc.read("bad path");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().errnoValue, EINVAL);

    const auto vm = proc.listDirectory("sys/vm");
    QVERIFY(vm.ok());
    QVERIFY(std::is_sorted(vm->begin(), vm->end()));
    QVERIFY(std::find(vm->begin(), vm->end(), "overcommit_memory") != vm->end());

    if (QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"))) {
        const auto thp = sys.read("kernel/mm/transparent_hugepage/enabled");
        QVERIFY(thp.ok());
        QCOMPARE(text(*thp), fileBytes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")));
    }
    const auto outside = sys.read("class/net/lo/address"); // /sys outside serve's trees
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().kind, ErrorKind::PermissionDenied);
}

void TestServeChannel::serveSourcePrefetchIsOneRoundTrip()
{
    // A helper that answers exactly one batch of two requests and exits: the prefetched answers
    // are read without another round trip, each once; the next read of either finds it gone.
    const auto channel = fakeServe("read a; read b; printf 'ok 3\\none'; printf 'error ESRCH gone\\n'");
    QVERIFY(channel);
    const ServeSource proc(channel, "/proc", "fake");
    proc.prefetch({ "1/status", "2/status", "1/status" }); // the duplicate is asked once
    const auto first = proc.read("1/status");
    QVERIFY(first.ok());
    QCOMPARE(text(*first), QByteArray("one"));
    const auto second = proc.read("2/status");
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::NoSuchProcess);
    const auto again = proc.read("1/status");
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Io);
    QVERIFY2(again.error().message().find("could not be read: sh -c read a;") != std::string::npos,
        again.error().message().c_str());
}

void TestServeChannel::serveSourceDropsUnreadPrefetches()
{
    // The second prefetch drops the unread answer of the first (a process that vanished, whose
    // pid may come back as another process): the later read asks again.
    const auto channel = fakeServe("read a; read b; printf 'ok 3\\nold'; printf 'ok 3\\nold'; "
                                   "read c; printf 'ok 3\\nnew'; read d; printf 'ok 5\\nfresh'; "
                                   "while read more; do :; done");
    QVERIFY(channel);
    const ServeSource proc(channel, "/proc", "fake");
    proc.prefetch({ "1/status", "2/status" });
    const auto first = proc.read("1/status");
    QVERIFY(first.ok());
    QCOMPARE(text(*first), QByteArray("old"));
    proc.prefetch({ "3/status" });
    const auto second = proc.read("2/status");
    QVERIFY(second.ok());
    QCOMPARE(text(*second), QByteArray("fresh"));
    const auto third = proc.read("3/status");
    QVERIFY(third.ok());
    QCOMPARE(text(*third), QByteArray("new"));
}

void TestServeChannel::truncatedAnswer()
{
    const auto channel = fakeServe("read request; printf 'ok 100\\nabcde'");
    QVERIFY(channel);
    const auto answers = channel->exchange({ "read /proc/meminfo", "read /proc/version" });
    QCOMPARE(answers.size(), std::size_t(2));
    for (const auto& answer : answers) {
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().kind, ErrorKind::Io);
        QVERIFY2(answer.error().message().find("ended in the middle of an answer") != std::string::npos,
            answer.error().message().c_str());
    }
    QCOMPARE(answers[0].error().file, std::string("/proc/meminfo"));
    QCOMPARE(answers[1].error().file, std::string("/proc/version"));
    // Every later answer of the channel fails the same way.
    const auto later = channel->exchange({ "read /proc/meminfo" });
    QVERIFY(!later.front().ok());
    QCOMPARE(later.front().error().kind, ErrorKind::Io);
    QVERIFY(!channel->alive());
}

void TestServeChannel::neverAnswers()
{
    const auto channel = fakeServe("while read request; do :; done", 200ms);
    QVERIFY(channel);
    const auto answers = channel->exchange({ "read /proc/meminfo" });
    QVERIFY(!answers.front().ok());
    QCOMPARE(answers.front().error().kind, ErrorKind::Io);
    QVERIFY2(answers.front().error().message().find("did not answer within 200 ms") != std::string::npos,
        answers.front().error().message().c_str());
    QVERIFY(!channel->alive());
}

void TestServeChannel::diesWithMessage()
{
    const auto channel = fakeServe("echo 'sudo: a password is required' >&2; exit 1");
    QVERIFY(channel);
    const auto answers = channel->exchange({ "read /proc/1/status" });
    QVERIFY(!answers.front().ok());
    const Error& error = answers.front().error();
    QCOMPARE(error.kind, ErrorKind::Io);
    const std::string message = error.message();
    QVERIFY2(message.find("sudo: a password is required") != std::string::npos, message.c_str());
    QVERIFY2(message.find("ended before it answered") != std::string::npos, message.c_str());
    QCOMPARE(channel->stderrText(), std::string("sudo: a password is required\n"));
}

void TestServeChannel::malformedAnswer()
{
    const auto channel = fakeServe("read request; echo 'Welcome to the machine'; while read more; do :; done");
    QVERIFY(channel);
    const auto answers = channel->exchange({ "read /proc/meminfo" });
    QVERIFY(!answers.front().ok());
    QVERIFY2(answers.front().error().message().find("malformed answer") != std::string::npos,
        answers.front().error().message().c_str());
}

void TestServeChannel::diesBeforeReadingRequests()
{
    // Far more requests than a pipe holds, to a helper that is gone: an error, not SIGPIPE.
    const auto channel = fakeServe("exit 3");
    QVERIFY(channel);
    std::vector<std::string> many(5000, "read /proc/" + std::string(100, 'x'));
    const auto answers = channel->exchange(many);
    QCOMPARE(answers.size(), many.size());
    QVERIFY(!answers.front().ok());
    QVERIFY(!answers.back().ok());
    QCOMPARE(answers.back().error().kind, ErrorKind::Io);
}

void TestServeChannel::missingProgram()
{
    const auto channel = ServeChannel::start({ "/nonexistent/vmscope-cli", "serve" });
    QVERIFY(!channel.ok());
    QCOMPARE(channel.error().errnoValue, ENOENT);
    QVERIFY(!ServeChannel::start({}).ok());
}

QTEST_GUILESS_MAIN(TestServeChannel)
#include "tst_servechannel.moc"
