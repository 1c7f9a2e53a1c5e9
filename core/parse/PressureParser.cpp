#include "core/parse/PressureParser.h"

#include "core/parse/ParseMessages.h"
#include "core/parse/ParseUtil.h"

#include <charconv>
#include <string>

namespace vmscope::parse {

namespace {
    // "12.34": percentages are printed with two decimals (LOAD_INT.LOAD_FRAC), 0..100.
    bool parsePercent(std::string_view text, double& out)
    {
        if (text.empty() || text.front() == '-' || text.front() == '+')
            return false;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
        return ec == std::errc() && end == text.data() + text.size() && out >= 0 && out <= 100;
    }
} // namespace

Result<Pressure> parsePressure(std::string_view bytes, std::string_view fileName)
{
    Pressure pressure;
    std::size_t lineNumber = 0;
    while (!bytes.empty()) {
        const std::size_t newline = bytes.find('\n');
        std::string_view line = bytes.substr(0, newline);
        bytes.remove_prefix(newline == std::string_view::npos ? bytes.size() : newline + 1);
        ++lineNumber;
        line = trim(line);
        if (line.empty())
            continue;
        const std::string_view kind = nextToken(line);
        std::optional<PressureLine>* target = kind == "some" ? &pressure.some
            : kind == "full"                                 ? &pressure.full
                                                             : nullptr;
        if (!target)
            return Error::malformed(std::string(fileName), lineNumber,
                "expected a \"some\" or \"full\" line, found " + quotedExcerpt(kind));
        PressureLine values;
        bool has10 = false, has60 = false, has300 = false, hasTotal = false;
        for (std::string_view token = nextToken(line); !token.empty(); token = nextToken(line)) {
            const std::size_t equals = token.find('=');
            if (equals == std::string_view::npos)
                return Error::malformed(std::string(fileName), lineNumber,
                    "expected key=value, found " + quotedExcerpt(token));
            const std::string_view key = token.substr(0, equals);
            const std::string_view value = token.substr(equals + 1);
            bool ok = true;
            if (key == "avg10")
                ok = has10 = parsePercent(value, values.avg10);
            else if (key == "avg60")
                ok = has60 = parsePercent(value, values.avg60);
            else if (key == "avg300")
                ok = has300 = parsePercent(value, values.avg300);
            else if (key == "total")
                ok = hasTotal = parseUnsigned(value, values.totalUs) == NumberError::None;
            if (!ok)
                return Error::malformed(std::string(fileName), lineNumber,
                    std::string(key) + " is not a valid number: " + quotedExcerpt(value));
        }
        if (!has10 || !has60 || !has300 || !hasTotal)
            return Error::malformed(std::string(fileName), lineNumber,
                "a " + std::string(kind) + " line needs avg10, avg60, avg300 and total");
        *target = values;
    }
    if (!pressure.some)
        return Error::malformed(std::string(fileName), lineNumber, "no \"some\" line");
    return pressure;
}

} // namespace vmscope::parse
