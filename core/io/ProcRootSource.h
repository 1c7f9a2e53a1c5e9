#pragma once

#include "core/io/ReadLimits.h"
#include "core/io/Source.h"

namespace vmscope {

// The live /proc, or any directory laid out like it (every folder of fixtures/ is one).
class ProcRootSource final : public Source {
public:
    explicit ProcRootSource(std::string root = "/proc", ReadLimits limits = {});

    Result<std::string> read(std::string_view relativePath) const override;
    std::optional<Error> readStreaming(std::string_view relativePath, const ChunkSink& sink) const override;
    Result<std::vector<int>> listPids() const override;
    Result<std::vector<std::string>> listDirectory(std::string_view relativePath) const override;
    std::optional<std::uint32_t> processOwner(int pid) const override;
    std::string describe() const override;
    std::string displayPath(std::string_view relativePath) const override;

    const std::string& root() const { return m_root; }

private:
    std::string m_root;
    ReadLimits m_limits;
};

} // namespace vmscope
