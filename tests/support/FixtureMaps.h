#pragma once

#include "TestData.h"
#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"

#include <QString>
#include <QtGlobal>

#include <memory>

// Fixture processes read through the core as the GUI reads them, for tests that need a snapshot.
namespace vmscope::test {

// The map of `pid` in a proc root; the test stops when the fixture cannot be read.
inline std::shared_ptr<MemoryMap> fixtureMap(const Source& source, int pid, MapDetail detail = MapDetail::Smaps)
{
    auto map = readMemoryMap(source, pid, detail);
    if (!map)
        qFatal("fixture map of pid %d unreadable: %s", pid, map.error().message().c_str());
    return std::make_shared<MemoryMap>(std::move(map).value());
}

inline std::shared_ptr<MemoryMap> fixtureMap(const QString& folder, int pid, MapDetail detail = MapDetail::Smaps)
{
    return fixtureMap(ProcRootSource(procRoot(folder)), pid, detail);
}

// The "zoo" process of the live 6.18 capture: a region of every kind (see tests/data/PROVENANCE.md).
inline std::shared_ptr<MemoryMap> zooMap()
{
    return fixtureMap(QStringLiteral("live-6.18-x86_64"), 9946);
}

} // namespace vmscope::test
