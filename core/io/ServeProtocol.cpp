#include "core/io/ServeProtocol.h"

#include "core/io/PidName.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>

namespace vmscope {

namespace {

    bool isPrintableAscii(std::string_view text)
    {
        return std::all_of(text.begin(), text.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte >= 0x20 && byte < 0x7f;
        });
    }

    bool isErrnoName(std::string_view name)
    {
        return name.size() >= 2 && name.size() <= 32 && name.front() == 'E'
            && std::all_of(
                name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    }

    // A decimal length as serve prints it: digits, no sign, no leading zero.
    std::optional<std::size_t> lengthOf(std::string_view digits)
    {
        if (digits.empty() || digits.size() > 19 || (digits.size() > 1 && digits.front() == '0'))
            return std::nullopt;
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (error != std::errc() || end != digits.data() + digits.size())
            return std::nullopt;
        return value;
    }

} // namespace

std::string serveErrnoName(int errorNumber)
{
    if (const char* name = ::strerrorname_np(errorNumber))
        return name;
    return "E" + std::to_string(errorNumber);
}

int serveErrnoFromName(std::string_view name)
{
    if (!isErrnoName(name))
        return 0;
    if (const auto number = lengthOf(name.substr(1)))
        return *number > 0 && *number < 4096 ? static_cast<int>(*number) : 0;
    static const std::map<std::string, int, std::less<>> byName = [] {
        std::map<std::string, int, std::less<>> names;
        for (int number = 1; number < 4096; ++number)
            if (const char* known = ::strerrorname_np(number))
                names.emplace(known, number); // the first number of an alias (EWOULDBLOCK = EAGAIN)
        return names;
    }();
    const auto it = byName.find(name);
    return it == byName.end() ? 0 : it->second;
}

bool isServeRequestPath(std::string_view path)
{
    return !path.empty() && path.find(' ') == std::string_view::npos && isPrintableAscii(path);
}

Error serveAnswerError(const std::string& path, int errorNumber, std::string_view sentence)
{
    constexpr std::string_view proc = "/proc/";
    const bool pidScoped = path.starts_with(proc) && isPidScopedPath(std::string_view(path).substr(proc.size()));
    Error error = Error::fromErrno(path, errorNumber, pidScoped);
    if (error.kind == ErrorKind::Io && !sentence.empty())
        error.why = "cannot be read through vmscope-cli serve: " + std::string(sentence);
    return error;
}

ServeAnswerReader::ServeAnswerReader(std::size_t maxAnswerBytes)
    : m_maxAnswerBytes(maxAnswerBytes)
{
}

bool ServeAnswerReader::fail(std::string why)
{
    m_failure = std::move(why);
    m_buffer.clear();
    m_at = 0;
    m_bodyLength.reset();
    return false;
}

ServeAnswer ServeAnswerReader::take()
{
    ServeAnswer answer = std::move(m_answers.front());
    m_answers.pop_front();
    return answer;
}

bool ServeAnswerReader::feed(std::string_view bytes)
{
    if (failed())
        return false;
    m_buffer.append(bytes);
    const bool ok = parse();
    // Drop what was consumed once it is most of the buffer: amortised O(1) a byte.
    if (ok && m_at > 0 && m_at >= m_buffer.size() / 2) {
        m_buffer.erase(0, m_at);
        m_at = 0;
    }
    return ok;
}

bool ServeAnswerReader::parse()
{
    while (true) {
        const std::string_view rest = std::string_view(m_buffer).substr(m_at);
        if (m_bodyLength) {
            if (rest.size() < *m_bodyLength)
                return true;
            ServeAnswer answer;
            answer.ok = true;
            answer.bytes.assign(rest.substr(0, *m_bodyLength));
            m_at += *m_bodyLength;
            m_bodyLength.reset();
            m_answers.push_back(std::move(answer));
            continue;
        }
        const std::size_t newline = rest.substr(0, kMaxServeAnswerLineBytes + 1).find('\n');
        if (newline == std::string_view::npos) {
            if (rest.size() > kMaxServeAnswerLineBytes)
                return fail("an answer line is longer than " + std::to_string(kMaxServeAnswerLineBytes) + " bytes");
            if (!isPrintableAscii(rest))
                return fail("an answer line holds a byte that is not printable ASCII");
            return true;
        }
        const std::string_view line = rest.substr(0, newline);
        if (!isPrintableAscii(line))
            return fail("an answer line holds a byte that is not printable ASCII");
        m_at += newline + 1;
        if (line.starts_with("ok ")) {
            const auto length = lengthOf(line.substr(3));
            if (!length)
                return fail("an ok answer without a length");
            if (*length > m_maxAnswerBytes)
                return fail("an answer of " + std::to_string(*length) + " bytes, more than the "
                    + std::to_string(m_maxAnswerBytes) + " allowed");
            m_bodyLength = *length;
            continue;
        }
        if (line.starts_with("error ")) {
            const std::string_view words = line.substr(6);
            const std::size_t space = words.find(' ');
            const std::string_view name = words.substr(0, space);
            const int number = serveErrnoFromName(name);
            if (number == 0)
                return fail("an error answer without an errno name");
            ServeAnswer answer;
            answer.errorNumber = number;
            if (space != std::string_view::npos)
                answer.sentence.assign(words.substr(space + 1));
            m_answers.push_back(std::move(answer));
            continue;
        }
        return fail("an answer that is neither ok nor error");
    }
}

} // namespace vmscope
