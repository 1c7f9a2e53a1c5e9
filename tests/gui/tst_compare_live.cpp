// Two snapshots of a live child around an 8 MiB mapping (issue 13): the compare dialog's
// Process tab lists the mapping as added with the size and RSS the kernel's own smaps text
// gives, and B's map marks it as added.
#include "core/io/ProcRootSource.h"
#include "core/read/ProcCapture.h"
#include "widgets/compare/CompareDialog.h"
#include "widgets/compare/CompareModels.h"
#include "widgets/compare/SnapshotStore.h"
#include "widgets/process/AddressMapView.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vmscope;

namespace {

constexpr std::size_t kMapBytes = 8u << 20;

// A forked child that maps and touches 8 MiB of shared anonymous memory (its own object: never
// merged with a neighbour) when told, answers with the address, and exits when its pipe closes.
class MappingChild {
public:
    MappingChild()
    {
        int toChild[2];
        int fromChild[2];
        if (::pipe2(toChild, O_CLOEXEC) != 0 || ::pipe2(fromChild, O_CLOEXEC) != 0)
            qFatal("pipe: %s", std::strerror(errno));
        m_pid = ::fork();
        if (m_pid == 0) {
            // Only async-signal-safe calls from here on: the parent has threads.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::close(toChild[1]);
            ::close(fromChild[0]);
            char command = 0;
            while (::read(toChild[0], &command, 1) == 1) {
                void* p = ::mmap(nullptr, kMapBytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
                if (p != MAP_FAILED)
                    std::memset(p, 1, kMapBytes);
                const std::uintptr_t address = p == MAP_FAILED ? 0 : reinterpret_cast<std::uintptr_t>(p);
                if (::write(fromChild[1], &address, sizeof address) != sizeof address)
                    ::_exit(1);
            }
            ::_exit(0);
        }
        ::close(toChild[0]);
        ::close(fromChild[1]);
        m_command = toChild[1];
        m_reply = fromChild[0];
    }
    ~MappingChild()
    {
        ::close(m_command);
        ::close(m_reply);
        if (m_pid > 0)
            ::waitpid(m_pid, nullptr, 0);
    }
    int pid() const { return m_pid; }
    std::uint64_t map()
    {
        std::uintptr_t address = 0;
        if (::write(m_command, "m", 1) != 1 || ::read(m_reply, &address, sizeof address) != sizeof address)
            return 0;
        return address;
    }

private:
    pid_t m_pid = -1;
    int m_command = -1;
    int m_reply = -1;
};

// A field of the region starting at `start`, in kB, from the kernel's smaps text.
std::int64_t smapsField(int pid, std::uint64_t start, const QByteArray& field)
{
    QFile file(QStringLiteral("/proc/%1/smaps").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QByteArray header = QByteArray::number(qulonglong(start), 16) + '-';
    bool inRegion = false;
    for (const QByteArray& line : lines) {
        if (line.startsWith(header)) {
            inRegion = true;
            continue;
        }
        if (inRegion && line.contains('-') && !line.contains(':'))
            break; // the next region's header
        if (inRegion && line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

} // namespace

class TestCompareLive : public QObject {
    Q_OBJECT
private slots:
    void mappingBetweenTwoSnapshotsIsAdded()
    {
        MappingChild child;
        QVERIFY(child.pid() > 0);
        const ProcRootSource proc("/proc");
        const std::vector<int> pids { child.pid() };
        auto a = captureToMemory(proc, pids, "A", "vmscope", "test");
        QVERIFY2(a, a ? "" : a.error().message().c_str());
        const std::uint64_t address = child.map();
        QVERIFY(address != 0);
        auto b = captureToMemory(proc, pids, "B", "vmscope", "test");
        QVERIFY2(b, b ? "" : b.error().message().c_str());

        auto store = std::make_shared<SnapshotStore>();
        const auto idA = store->add(QStringLiteral("A"), SnapshotStore::Origin::Manual, *a);
        const auto idB = store->add(QStringLiteral("B"), SnapshotStore::Origin::Manual, *b);
        CompareDialog dialog(store, nullptr, child.pid());
        QSignalSpy compared(&dialog, &CompareDialog::compared);
        dialog.choose(idA, idB);
        QVERIFY(compared.wait(30000));

        const RegionDiffModel::Row* added = nullptr;
        for (const auto& row : dialog.regionModel()->rows())
            if (row.start == address)
                added = &row;
        QVERIFY(added);
        QCOMPARE(added->kind, ChangeKind::Appeared);
        QCOMPARE(added->size, std::int64_t(8192));
        // The kernel's own figures for the mapping, as smaps prints them now (nothing else
        // touches it, so they are those of snapshot B).
        QCOMPARE(added->size, smapsField(child.pid(), address, "Size"));
        QCOMPARE(added->rss, smapsField(child.pid(), address, "Rss"));
        QCOMPARE(dialog.map()->changeOfStart(address), ChangeKind::Appeared);
        // The System tab has the child changed by at least the mapping's RSS.
        bool found = false;
        for (const auto& row : dialog.processModel()->rows())
            if (row.pid == child.pid()) {
                found = true;
                QVERIFY(row.rss >= 8192);
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestCompareLive)
#include "tst_compare_live.moc"
