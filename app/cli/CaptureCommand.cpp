// vmscope-cli capture: the proc root (live /proc, a directory or another capture) into a tar laid
// out like /proc, with vmscope.json saying where, when and what could not be read (issue 13).
#include "Cli.h"
#include "StopSignals.h"

#include "core/format/DisplayText.h"
#include "core/format/JsonWriter.h"
#include "core/format/Units.h"
#include "core/io/TarSource.h"
#include "core/parse/ParseUtil.h"
#include "core/read/ProcCapture.h"

#include <chrono>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

namespace vmscope::cli {
namespace {
    struct CaptureOptions {
        std::string output;
        std::optional<std::vector<int>> pids;
        unsigned count = 1;
        double interval = 1.0;
        bool force = false;
    };

    using TakenSample = CaptureMetadataSample;

    using Clock = std::chrono::system_clock;

    std::optional<int> parseOptions(Context& context, const std::vector<std::string>& args, CaptureOptions& options)
    {
        bool intervalGiven = false;
        for (std::size_t i = 0; i < args.size(); ++i) {
            std::string value;
            bool missing = false;
            if (args[i] == "--force") {
                options.force = true;
            } else if (optionValue(args, i, "-o", value, missing) || optionValue(args, i, "--output", value, missing)) {
                if (missing || value.empty())
                    return usageError(context, "capture -o needs a file name (FILE.tar, FILE.tar.gz or FILE.tar.zst)");
                options.output = value;
            } else if (optionValue(args, i, "--pids", value, missing)) {
                options.pids = missing ? std::nullopt : parsePidList(value);
                if (!options.pids)
                    return usageError(context, "--pids needs process ids separated by commas, e.g. 1234,5678");
            } else if (optionValue(args, i, "--count", value, missing)) {
                std::uint64_t count = 0;
                if (missing || parse::parseUnsigned(value, count) != parse::NumberError::None || count < 1
                    || count > 9999)
                    return usageError(context, "--count needs a number of samples from 1 to 9999");
                options.count = static_cast<unsigned>(count);
            } else if (optionValue(args, i, "--interval", value, missing)) {
                const auto seconds = missing ? std::nullopt : parseSeconds(value);
                if (!seconds || *seconds < 0.1 || *seconds > 3600)
                    return usageError(context, "--interval needs seconds from 0.1 to 3600");
                options.interval = *seconds;
                intervalGiven = true;
            } else {
                return usageError(context, "capture: unknown argument '" + args[i] + "'");
            }
        }
        if (options.output.empty())
            return usageError(context, "capture needs -o FILE (FILE.tar, FILE.tar.gz or FILE.tar.zst)");
        if (intervalGiven && options.count == 1)
            return usageError(context, "--interval needs --count N (N samples, S seconds apart)");
        return std::nullopt;
    }

    // Sleeps `seconds`, or less when Ctrl+C (SIGTERM, SIGHUP) arrives; true when one did.
    bool waitOrStop(StopSignals& stop, double seconds)
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        for (;;) {
            if (stop.received())
                return true;
            const auto left
                = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return false;
            pollfd fd { stop.fd(), POLLIN, 0 };
            ::poll(&fd, 1, static_cast<int>(left.count()) + 1);
        }
    }
} // namespace

int runCapture(Context& context, const std::vector<std::string>& args)
{
    CaptureOptions options;
    if (const auto usage = parseOptions(context, args, options))
        return *usage;
    // Before the .partial file exists: from then on Ctrl+C ends the capture in order, never
    // leaving it behind.
    StopSignals stop;
    const Clock::time_point start = Clock::now();
    auto writer = CaptureWriter::create(options.output, options.force,
        std::chrono::duration_cast<std::chrono::seconds>(start.time_since_epoch()).count());
    if (!writer)
        return fail(context, writer.error());

    ProgressLine progress("Capturing");
    std::vector<TakenSample> samples;
    const bool series = options.count > 1;
    for (unsigned k = 1; k <= options.count; ++k) {
        TakenSample sample { series ? captureSampleFolder(k) : std::string(), captureIsoTime(Clock::now()), {} };
        auto result = captureSample(context.source, **writer, sample.folder, options.pids,
            [&](std::size_t done, std::size_t total) { progress.update(done, total); });
        if (!result)
            return fail(context, result.error()); // the writer removes its .partial file
        sample.result = std::move(*result);
        samples.push_back(std::move(sample));
        if (k == options.count || stop.received() || waitOrStop(stop, options.interval))
            break;
    }
    if (auto error = (*writer)->addFile("vmscope.json",
            captureMetadataJson("vmscope-cli", VMSCOPE_VERSION, context.source.describe(), start, samples)))
        return fail(context, *error);
    if (auto error = (*writer)->finish())
        return fail(context, *error);

    std::size_t processes = 0;
    std::size_t gone = 0;
    std::size_t unreadable = 0;
    for (const TakenSample& sample : samples) {
        processes += sample.result.pids.size();
        gone += sample.result.gone.size();
        unreadable += sample.result.unreadable.size();
    }
    const std::uint64_t bytes = (*writer)->bytesWritten();
    const std::size_t files = (*writer)->files();
    if (context.format == Format::Json) {
        JsonWriter json(context.out);
        json.beginObject();
        json.field("file", options.output);
        json.field("compression", compressionName((*writer)->compression()));
        json.field("samples", static_cast<std::uint64_t>(samples.size()));
        json.field("processes", static_cast<std::uint64_t>(processes));
        json.field("gone", static_cast<std::uint64_t>(gone));
        json.field("files", static_cast<std::uint64_t>(files));
        json.field("unreadable", static_cast<std::uint64_t>(unreadable));
        json.field("bytes", bytes);
        json.endObject();
        context.out += '\n';
        return kExitOk;
    }
    std::string line = "wrote " + escapeForDisplay(options.output) + ": ";
    if (series)
        line += std::to_string(samples.size()) + " samples, ";
    line += std::to_string(processes) + " processes, " + std::to_string(files) + " files, " + std::to_string(unreadable)
        + " unreadable";
    if (gone > 0)
        line += ", " + std::to_string(gone) + " gone";
    context.out += line + " (" + formatBytes(bytes) + ")\n";
    return kExitOk;
}

} // namespace vmscope::cli
