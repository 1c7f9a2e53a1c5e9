#pragma once

#include "core/io/ServeChannel.h"
#include "core/io/Source.h"

#include <map>
#include <memory>
#include <mutex>

namespace vmscope {

// /proc or /sys read through a ServeChannel: the root helper (`pkexec|sudo -n vmscope-cli
// serve`) or another machine. Several sources may share one channel (Context's proc and sys).
class ServeSource final : public Source {
public:
    // root: "/proc" or "/sys" (the Source's relative paths are below it); description for describe().
    ServeSource(std::shared_ptr<ServeChannel> channel, std::string root, std::string description);

    // `read ROOT/REL`, or the answer a prefetch() brought (each served once).
    Result<std::string> read(std::string_view relativePath) const override;
    // `list ROOT`: the numeric names.
    Result<std::vector<int>> listPids() const override;
    // `list ROOT/REL`, sorted.
    Result<std::vector<std::string>> listDirectory(std::string_view relativePath) const override;
    // Unknown: the protocol does not tell (callers read status's Uid line anyway).
    std::optional<std::uint32_t> processOwner(int pid) const override;
    std::string describe() const override;
    std::string displayPath(std::string_view relativePath) const override;
    // One round trip for all of them; each answer is kept until read() takes it or the next
    // prefetch replaces the unread ones.
    void prefetch(const std::vector<std::string>& relativePaths) const override;

    const std::shared_ptr<ServeChannel>& channel() const { return m_channel; }

private:
    Result<std::string> request(std::string_view verb, std::string_view relativePath) const;
    std::optional<Error> refusal(std::string_view relativePath) const;

    std::shared_ptr<ServeChannel> m_channel;
    std::string m_root;
    std::string m_description;
    mutable std::mutex m_prefetchedMutex;
    mutable std::map<std::string, Result<std::string>, std::less<>> m_prefetched;
};

} // namespace vmscope
