#pragma once

#include "core/io/KernelWriter.h"
#include "core/io/ServeChannel.h"

#include <memory>

namespace vmscope {

// The writes of KernelWriter sent to the root helper as `write PATH VALUE` (core/io/ServeChannel.h):
// what the GUI and the CLI do with --privileged. The helper checks each write against its own
// allow-list (core/analysis/ServePolicy.h) and logs it to syslog.
class ServeWriter final : public KernelWriter {
public:
    explicit ServeWriter(std::shared_ptr<ServeChannel> channel);

    WriteOutcome writeVmSysctl(std::string_view name, std::int64_t value) const override;
    WriteOutcome writeOomScoreAdj(int pid, int value) const override;
    // Syncs (any user may), then has the helper write LEVEL (1, 2 or 3) to /proc/sys/vm/drop_caches.
    WriteOutcome dropCaches(int level) const;

private:
    WriteOutcome write(const std::string& path, std::int64_t value) const;

    std::shared_ptr<ServeChannel> m_channel;
};

} // namespace vmscope
