#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vmscope {

// A minimal streaming JSON writer that appends to a string. Hand-written because a
// 60,000-VMA process produces tens of MB of JSON and must cost little next to the kernel's
// own time to produce smaps; it tracks commas, not structure, so callers nest correctly.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out)
        : m_out(out)
    {
    }

    // Continues a list another writer started: the next value is preceded by a comma.
    void continueList() { m_needComma = true; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(std::string_view name)
    {
        separate();
        appendString(name);
        m_out += ':';
        m_afterKey = true;
    }

    // A key the caller already quoted and escaped, with its colon: "\"Size\":". For the
    // constant keys written once per VMA, where escaping them again is most of the cost.
    void rawKey(std::string_view quotedKeyWithColon)
    {
        separate();
        m_out += quotedKeyWithColon;
        m_afterKey = true;
    }

    void value(std::string_view s)
    {
        separate();
        appendString(s);
    }
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::uint64_t n)
    {
        separate();
        appendNumber(n);
    }
    void value(std::int64_t n)
    {
        separate();
        appendNumber(n);
    }
    void value(int n) { value(static_cast<std::int64_t>(n)); }
    void value(unsigned n) { value(static_cast<std::uint64_t>(n)); }
    void value(unsigned long long n) { value(static_cast<std::uint64_t>(n)); }
    void value(long long n) { value(static_cast<std::int64_t>(n)); }
    void value(double d);
    // A number with `decimals` digits after the point ("%.*f"): for times a reader wants exact to
    // the microsecond (3608.143255), which value(double)'s six significant digits would round.
    void fixedValue(double d, int decimals);
    void value(bool b)
    {
        separate();
        m_out += b ? "true" : "false";
    }
    void null()
    {
        separate();
        m_out += "null";
    }
    // "0x55ac7533a000": addresses are strings so no JSON reader rounds them to a double.
    void hexValue(std::uint64_t n);

    template <class T> void field(std::string_view name, const T& v)
    {
        key(name);
        value(v);
    }

    // Appends `s` quoted and escaped. Bytes that are not valid UTF-8 become U+FFFD; callers
    // that must keep such bytes exact also emit them hex-encoded (see hexBytes).
    void appendString(std::string_view s);
    static bool isValidUtf8(std::string_view s);
    static std::string hexBytes(std::string_view s);

private:
    // "%.6g" when decimals < 0, else "%.*f"; null for NaN and infinities.
    void appendFloating(double d, int decimals);
    void open(char c)
    {
        separate();
        m_out += c;
        m_needComma = false;
    }
    void close(char c)
    {
        m_out += c;
        m_needComma = true;
    }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_needComma)
            m_out += ',';
        m_needComma = true;
    }
    template <class N> void appendNumber(N n)
    {
        char buffer[24];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, n);
        m_out.append(buffer, end);
    }

    std::string& m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace vmscope
