#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// Shared by the fuzz targets: the parsers take bytes and a display name, so the fuzzer's buffer
// goes in exactly as a /proc read would hand it over.
namespace vmscope::fuzz {

inline std::string_view bytesOf(const std::uint8_t* data, std::size_t size)
{
    return { reinterpret_cast<const char*>(data), size };
}

// Keeps the optimiser from dropping a computation whose only purpose is to run under ASan/UBSan.
template <class T> inline void keep(const T& value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

} // namespace vmscope::fuzz
