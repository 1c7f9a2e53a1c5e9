// vmscope-cli serve's policy (core/analysis/ServePolicy.h): the request parser with its value forms, the
// lexical allow-lists, and path resolution over fake trees in a temporary directory, where links
// lead in and out of the allowed trees.
#include "core/analysis/ServePolicy.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace vmscope;

class TestServePolicy : public QObject {
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void resolves_data();
    void resolves();
    void errnoNames();

private:
    static std::string fakeTree(const QTemporaryDir& dir);
};

void TestServePolicy::accepts_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("verb");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("value");
    const int read = int(ServeVerb::Read), list = int(ServeVerb::List), write = int(ServeVerb::Write);
    QTest::newRow("meminfo") << QByteArray("read /proc/meminfo") << read << QByteArray("/proc/meminfo") << QByteArray();
    QTest::newRow("double slash") << QByteArray("read //proc//self/status/") << read << QByteArray("/proc/self/status")
                                  << QByteArray();
    QTest::newRow("smaps") << QByteArray("read /proc/42/smaps") << read << QByteArray("/proc/42/smaps") << QByteArray();
    QTest::newRow("thp") << QByteArray("read /sys/kernel/mm/transparent_hugepage/enabled") << read
                         << QByteArray("/sys/kernel/mm/transparent_hugepage/enabled") << QByteArray();
    QTest::newRow("node") << QByteArray("read /sys/devices/system/node/node0/meminfo") << read
                          << QByteArray("/sys/devices/system/node/node0/meminfo") << QByteArray();
    QTest::newRow("kmsg") << QByteArray("read /dev/kmsg") << read << QByteArray("/dev/kmsg") << QByteArray();
    QTest::newRow("list proc") << QByteArray("list /proc") << list << QByteArray("/proc") << QByteArray();
    QTest::newRow("list cgroup") << QByteArray("list /sys/fs/cgroup") << list << QByteArray("/sys/fs/cgroup")
                                 << QByteArray();
    QTest::newRow("task status") << QByteArray("read /proc/1/task/1/status") << read
                                 << QByteArray("/proc/1/task/1/status") << QByteArray();
    QTest::newRow("drop caches") << QByteArray("write /proc/sys/vm/drop_caches 3") << write
                                 << QByteArray("/proc/sys/vm/drop_caches") << QByteArray("3");
    QTest::newRow("swappiness") << QByteArray("write /proc/sys/vm/swappiness 60") << write
                                << QByteArray("/proc/sys/vm/swappiness") << QByteArray("60");
    QTest::newRow("oom adj low") << QByteArray("write /proc/123/oom_score_adj -1000") << write
                                 << QByteArray("/proc/123/oom_score_adj") << QByteArray("-1000");
    QTest::newRow("clear refs") << QByteArray("write /proc/123/clear_refs 5") << write
                                << QByteArray("/proc/123/clear_refs") << QByteArray("5");
    QTest::newRow("cgroup v2 max") << QByteArray("write /sys/fs/cgroup/vmscope-run-12-1-99/memory.max max") << write
                                   << QByteArray("/sys/fs/cgroup/vmscope-run-12-1-99/memory.max") << QByteArray("max");
    QTest::newRow("cgroup v1 limit") << QByteArray(
        "write /sys/fs/cgroup/memory/vmscope-run-12-1-99/memory.limit_in_bytes 100663296")
                                     << write
                                     << QByteArray("/sys/fs/cgroup/memory/vmscope-run-12-1-99/memory.limit_in_bytes")
                                     << QByteArray("100663296");
    QTest::newRow("demo cgroup") << QByteArray(
        "write /sys/fs/cgroup/memory/vmscope-run-demo-oom-3247/memory.limit_in_bytes -1")
                                 << write
                                 << QByteArray("/sys/fs/cgroup/memory/vmscope-run-demo-oom-3247/memory.limit_in_bytes")
                                 << QByteArray("-1");
    QTest::newRow("cgroup procs") << QByteArray("write /sys/fs/cgroup/memory/vmscope-run-1-2-3/cgroup.procs 4242")
                                  << write << QByteArray("/sys/fs/cgroup/memory/vmscope-run-1-2-3/cgroup.procs")
                                  << QByteArray("4242");
}

void TestServePolicy::accepts()
{
    QFETCH(QByteArray, line);
    QFETCH(int, verb);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, value);
    const ServeParse parsed = parseServeRequest(line.toStdString());
    if (const auto* refusal = std::get_if<ServeRefusal>(&parsed))
        QFAIL(refusal->sentence.c_str());
    const auto& request = std::get<ServeRequest>(parsed);
    QCOMPARE(int(request.verb), verb);
    QCOMPARE(QByteArray::fromStdString(request.path), path);
    QCOMPARE(QByteArray::fromStdString(request.value), value);
}

void TestServePolicy::refuses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("errorNumber");
    QTest::newRow("traversal") << QByteArray("read /proc/../etc/passwd") << EINVAL;
    QTest::newRow("dot") << QByteArray("read /proc/./meminfo") << EINVAL;
    QTest::newRow("relative") << QByteArray("read proc/meminfo") << EINVAL;
    QTest::newRow("outside") << QByteArray("read /etc/shadow") << EACCES;
    QTest::newRow("sys outside") << QByteArray("read /sys/kernel/debug/x") << EACCES;
    QTest::newRow("prefix trick") << QByteArray("read /proceed") << EACCES;
    QTest::newRow("self root") << QByteArray("read /proc/self/root/etc/passwd") << EACCES;
    QTest::newRow("self cwd") << QByteArray("read /proc/self/cwd/x") << EACCES;
    QTest::newRow("mem") << QByteArray("read /proc/1/mem") << EACCES;
    QTest::newRow("environ") << QByteArray("read /proc/1/environ") << EACCES;
    QTest::newRow("exe") << QByteArray("read /proc/1/exe") << EACCES;
    QTest::newRow("fd") << QByteArray("read /proc/self/fd/0") << EACCES;
    QTest::newRow("list fd") << QByteArray("list /proc/1/fd") << EACCES;
    QTest::newRow("map_files") << QByteArray("list /proc/1/map_files") << EACCES;
    QTest::newRow("task mem") << QByteArray("read /proc/1/task/1/mem") << EACCES;
    QTest::newRow("task root") << QByteArray("read /proc/thread-self/root/etc/passwd") << EACCES;
    QTest::newRow("kcore") << QByteArray("read /proc/kcore") << EACCES;
    QTest::newRow("kmem") << QByteArray("read /proc/kmem") << EACCES;
    QTest::newRow("dev mem") << QByteArray("read /dev/mem") << EACCES;
    QTest::newRow("unknown verb") << QByteArray("exec /bin/sh") << EINVAL;
    QTest::newRow("two spaces") << QByteArray("read  /proc/meminfo") << EINVAL;
    QTest::newRow("trailing space") << QByteArray("read /proc/meminfo ") << EINVAL;
    QTest::newRow("tab") << QByteArray("read\t/proc/meminfo") << EINVAL;
    QTest::newRow("nul") << QByteArray("read /proc/meminfo\0x", 20) << EINVAL;
    QTest::newRow("newline") << QByteArray("write /proc/1/oom_score_adj 5\nread /etc/shadow") << EINVAL;
    QTest::newRow("utf8") << QByteArray("read /proc/m\xc3\xa9minfo") << EINVAL;
    QTest::newRow("too long") << (QByteArray("read /proc/") + QByteArray(int(kMaxServeLineBytes), 'a')) << EINVAL;
    QTest::newRow("semicolon") << QByteArray("write /proc/1/oom_score_adj 5;reboot") << EINVAL;
    QTest::newRow("dollar") << QByteArray("write /proc/1/oom_score_adj $(reboot)") << EINVAL;
    QTest::newRow("backtick") << QByteArray("write /proc/1/oom_score_adj `reboot`") << EINVAL;
    QTest::newRow("pipe in path") << QByteArray("read /proc/meminfo|sh") << EINVAL;
    QTest::newRow("write extra") << QByteArray("write /proc/1/oom_score_adj 5 6") << EINVAL;
    QTest::newRow("write no value") << QByteArray("write /proc/1/oom_score_adj") << EINVAL;
    QTest::newRow("adj range") << QByteArray("write /proc/1/oom_score_adj 1001") << EINVAL;
    QTest::newRow("adj leading zero") << QByteArray("write /proc/1/oom_score_adj 05") << EINVAL;
    QTest::newRow("adj self") << QByteArray("write /proc/self/oom_score_adj 5") << EACCES;
    QTest::newRow("clear refs 6") << QByteArray("write /proc/1/clear_refs 6") << EINVAL;
    QTest::newRow("drop caches 4") << QByteArray("write /proc/sys/vm/drop_caches 4") << EINVAL;
    QTest::newRow("sysctl unknown") << QByteArray("write /proc/sys/vm/max_map_count 1") << EACCES;
    QTest::newRow("sysctl prefixed") << QByteArray("write /proc/sys/vm/vm.swappiness 1") << EACCES;
    QTest::newRow("sysctl range") << QByteArray("write /proc/sys/vm/overcommit_memory 3") << EINVAL;
    QTest::newRow("sysctl word") << QByteArray("write /proc/sys/vm/swappiness max") << EINVAL;
    QTest::newRow("kernel sysctl") << QByteArray("write /proc/sys/kernel/core_pattern 1") << EACCES;
    QTest::newRow("sysrq") << QByteArray("write /proc/sysrq-trigger 1") << EACCES;
    QTest::newRow("write meminfo") << QByteArray("write /proc/meminfo 1") << EACCES;
    QTest::newRow("foreign cgroup") << QByteArray("write /sys/fs/cgroup/memory/user.slice/memory.limit_in_bytes 1")
                                    << EACCES;
    QTest::newRow("demo lookalike") << QByteArray("write /sys/fs/cgroup/vmscope-run-demo-oom-x/memory.max 1") << EACCES;
    QTest::newRow("cgroup lookalike") << QByteArray("write /sys/fs/cgroup/vmscope-run-x/memory.max 1") << EACCES;
    QTest::newRow("cgroup other file") << QByteArray("write /sys/fs/cgroup/vmscope-run-1-2-3/cgroup.subtree_control 1")
                                       << EACCES;
    QTest::newRow("cgroup bad value") << QByteArray("write /sys/fs/cgroup/vmscope-run-1-2-3/memory.max -1") << EINVAL;
    QTest::newRow("cgroup procs 0") << QByteArray("write /sys/fs/cgroup/vmscope-run-1-2-3/cgroup.procs 0") << EINVAL;
}

void TestServePolicy::refuses()
{
    QFETCH(QByteArray, line);
    QFETCH(int, errorNumber);
    const ServeParse parsed = parseServeRequest(std::string_view(line.constData(), std::size_t(line.size())));
    const auto* refusal = std::get_if<ServeRefusal>(&parsed);
    QVERIFY2(refusal, "accepted");
    QCOMPARE(refusal->errorNumber, errorNumber);
    QVERIFY(!refusal->sentence.empty());
}

// fake/proc/{meminfo, 77/{status, root -> /, cwd -> /etc}, self -> 77, escape -> /etc/passwd,
// loop -> loop, inside -> /proc/meminfo}, fake/etc/passwd, fake/sys/fs/cgroup/vmscope-run-1-2-3/
// {memory.max, link -> memory.max}, fake/sys/devices/system/node/node0/cpu0 -> ../../cpu/cpu0.
std::string TestServePolicy::fakeTree(const QTemporaryDir& dir)
{
    const std::string root = dir.path().toStdString();
    auto file = [&](const std::string& path) {
        QFile f(QString::fromStdString(root + path));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot make %s", path.c_str());
        f.write("x\n");
    };
    auto link = [&](const std::string& target, const std::string& path) {
        if (::symlink(target.c_str(), (root + path).c_str()) != 0)
            qFatal("cannot link %s", path.c_str());
    };
    for (const char* directory : { "/proc", "/proc/77", "/etc", "/sys", "/sys/fs", "/sys/fs/cgroup",
             "/sys/fs/cgroup/vmscope-run-1-2-3", "/sys/devices", "/sys/devices/system", "/sys/devices/system/node",
             "/sys/devices/system/node/node0", "/sys/devices/system/cpu", "/sys/devices/system/cpu/cpu0" })
        ::mkdir((root + directory).c_str(), 0755);
    file("/proc/meminfo");
    file("/proc/77/status");
    file("/etc/passwd");
    file("/sys/fs/cgroup/vmscope-run-1-2-3/memory.max");
    file("/sys/devices/system/cpu/cpu0/online");
    link("/", "/proc/77/root");
    link("/etc", "/proc/77/cwd");
    link("77", "/proc/self");
    link("/etc/passwd", "/proc/escape");
    link("loop", "/proc/loop");
    link("/proc/meminfo", "/proc/inside");
    link("memory.max", "/sys/fs/cgroup/vmscope-run-1-2-3/link");
    link("../../cpu/cpu0", "/sys/devices/system/node/node0/cpu0");
    return root;
}

void TestServePolicy::resolves_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("resolved"); // empty: refused with errorNumber
    QTest::addColumn<int>("errorNumber");
    QTest::newRow("plain") << QByteArray("read /proc/meminfo") << QByteArray("/proc/meminfo") << 0;
    QTest::newRow("self") << QByteArray("read /proc/self/status") << QByteArray("/proc/77/status") << 0;
    QTest::newRow("link inside") << QByteArray("read /proc/inside") << QByteArray("/proc/meminfo") << 0;
    QTest::newRow("link out") << QByteArray("read /proc/escape") << QByteArray() << EACCES;
    QTest::newRow("loop") << QByteArray("read /proc/loop") << QByteArray() << ELOOP;
    QTest::newRow("missing") << QByteArray("read /proc/nothing") << QByteArray() << ENOENT;
    QTest::newRow("not a directory") << QByteArray("read /proc/meminfo/x") << QByteArray() << ENOTDIR;
    QTest::newRow("relative link out") << QByteArray("read /sys/devices/system/node/node0/cpu0/online") << QByteArray()
                                       << EACCES;
    QTest::newRow("list self") << QByteArray("list /proc/self") << QByteArray("/proc/77") << 0;
    QTest::newRow("write file") << QByteArray("write /sys/fs/cgroup/vmscope-run-1-2-3/memory.max 4096")
                                << QByteArray("/sys/fs/cgroup/vmscope-run-1-2-3/memory.max") << 0;
}

void TestServePolicy::resolves()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, resolved);
    QFETCH(int, errorNumber);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string root = fakeTree(dir);
    const ServeParse parsed = parseServeRequest(line.toStdString());
    QVERIFY(std::holds_alternative<ServeRequest>(parsed));
    const auto result = resolveServePath(root, std::get<ServeRequest>(parsed));
    if (resolved.isEmpty()) {
        const auto* refusal = std::get_if<ServeRefusal>(&result);
        QVERIFY2(refusal, "resolved");
        QCOMPARE(refusal->errorNumber, errorNumber);
    } else {
        if (const auto* refusal = std::get_if<ServeRefusal>(&result))
            QFAIL(refusal->sentence.c_str());
        QCOMPARE(QByteArray::fromStdString(std::get<std::string>(result)), resolved);
    }
}

// The link out is refused for a write too, even one whose name passes the lexical rules: writes
// follow no link at all.
void TestServePolicy::errnoNames()
{
    QCOMPARE(serveErrnoName(EACCES), std::string("EACCES"));
    QCOMPARE(serveErrnoName(ENOENT), std::string("ENOENT"));
    QCOMPARE(serveErrnoName(100000), std::string("E100000"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string root = fakeTree(dir);
    ServeRequest write { ServeVerb::Write, "/sys/fs/cgroup/vmscope-run-1-2-3/link", "1" };
    const auto result = resolveServePath(root, write);
    QVERIFY(std::holds_alternative<ServeRefusal>(result));
    QCOMPARE(std::get<ServeRefusal>(result).errorNumber, EACCES);
}

QTEST_GUILESS_MAIN(TestServePolicy)
#include "tst_servepolicy.moc"
