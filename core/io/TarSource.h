#pragma once

#include "core/io/ReadLimits.h"
#include "core/io/Source.h"
#include "core/parse/TarArchive.h"

#include <memory>

namespace vmscope {

// A capture in a tar file (smem's smemcap, or a proc root packed by tar) as a Source. The file is
// read once (regular files only, bounded by ReadLimits::maxCaptureBytes) and indexed
// (parse/TarArchive.h); reads are then served from memory by member. Nothing is ever extracted to
// disk. Paths are those of ProcRootSource ("meminfo", "9946/smaps"); a missing member is the same
// error a missing file in a proc root is. A gzip or zstd compressed tar (sniffed by its magic) is
// decompressed in memory first, bounded by maxCaptureBytes as well (io/CaptureCompression.h).
// A series written by `vmscope-cli capture --count N` (folders sample-0001 ... with no proc layout
// at the root) is served from its last sample.
class TarSource final : public Source {
public:
    // `sample` K > 0 serves folder sample-000K of a series instead of the last one (an error when
    // the capture is no series or has no such sample).
    static Result<std::shared_ptr<const TarSource>> open(
        const std::string& path, ReadLimits limits = {}, unsigned sample = 0);
    // Over bytes already in memory (tests, fuzzing); `name` is what messages call the file.
    static Result<std::shared_ptr<const TarSource>> fromBytes(
        std::string bytes, std::string name, ReadLimits limits = {}, unsigned sample = 0);

    Result<std::string> read(std::string_view relativePath) const override;
    Result<std::vector<int>> listPids() const override;
    Result<std::vector<std::string>> listDirectory(std::string_view relativePath) const override;
    std::optional<std::uint32_t> processOwner(int pid) const override;
    bool changesOverTime() const override { return false; }
    std::string describe() const override;
    std::string displayPath(std::string_view relativePath) const override;

    const parse::TarIndex& index() const { return m_index; }
    // smemcap's layout: members at the root, "version" and PID folders.
    bool isSmemcap() const;
    // The folder of the sample served ("sample-0003"), empty when the capture is one proc root.
    const std::string& sampleFolder() const { return m_sample; }
    // The archive held in memory (decompressed), in bytes: what keeping this source costs.
    std::size_t sizeBytes() const { return m_bytes.size(); }
    // A member by its path in the archive, whatever sample is served: "vmscope.json",
    // "sample-0001/meminfo".
    Result<std::string> readArchiveMember(std::string_view archivePath) const;

private:
    TarSource(std::string bytes, std::string name, parse::TarIndex index, ReadLimits limits, std::string sample);
    // The path in the index of a path below the served proc root; false when it is no tar path.
    bool indexPath(std::string_view relativePath, std::string& out) const;
    Result<std::string> readIndexed(const std::string& path, std::string_view shownPath) const;

    std::string m_bytes;
    std::string m_name;
    parse::TarIndex m_index;
    ReadLimits m_limits;
    std::string m_sample;
};

// The source for what `--proc-root` names: a regular file whose first block is a tar header, or
// that starts with gzip's or zstd's magic, is a TarSource, any other regular file an Io error
// saying so; anything else (a directory: the live
// /proc, fixtures, an unpacked capture; a missing path) a ProcRootSource, whose reads report
// what is missing.
// `sample` K > 0: the folder sample-000K of a series (capture --count), in a tar or a directory.
Result<std::shared_ptr<const Source>> openSource(const std::string& path, ReadLimits limits = {}, unsigned sample = 0);

// "sample-0003": the folder of sample K of a series.
std::string captureSampleFolder(unsigned sample);

} // namespace vmscope
