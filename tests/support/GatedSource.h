#pragma once

#include "core/io/ProcRootSource.h"

#include <optional>
#include <string>

// A fixture proc root whose file reads pass a gate first: tests use it to refuse files as
// another user's process would (EACCES), to count reads, or to hold them. Listing, owners and
// names go straight to the fixture.
namespace vmscope::test {

class GatedSource : public Source {
public:
    explicit GatedSource(std::string root)
        : m_inner(std::move(root))
    {
    }

    Result<std::string> read(std::string_view relativePath) const override
    {
        if (auto error = gate(relativePath))
            return *error;
        return m_inner.read(relativePath);
    }
    std::optional<Error> readStreaming(std::string_view relativePath, const ChunkSink& sink) const override
    {
        if (auto error = gate(relativePath))
            return error;
        return m_inner.readStreaming(relativePath, sink);
    }
    Result<std::vector<int>> listPids() const override { return m_inner.listPids(); }
    Result<std::vector<std::string>> listDirectory(std::string_view relativePath) const override
    {
        return m_inner.listDirectory(relativePath);
    }
    std::optional<std::uint32_t> processOwner(int pid) const override { return m_inner.processOwner(pid); }
    std::string describe() const override { return m_inner.describe(); }
    std::string displayPath(std::string_view relativePath) const override { return m_inner.displayPath(relativePath); }

protected:
    // Called before every file read, from any thread: an error refuses the read.
    virtual std::optional<Error> gate(std::string_view relativePath) const = 0;

private:
    ProcRootSource m_inner;
};

} // namespace vmscope::test
