#include "widgets/common/KindColors.h"

#include <QCoreApplication>

#include <array>

namespace vmscope {
namespace {
    // Tableau-20-like values: each pair of a family differs in lightness, so neighbouring
    // blocks of one library (text, rodata, data) stay apart without a rainbow.
    constexpr std::array<QRgb, kRegionKindCount> kColors { {
        0x4e79a7, // Text
        0x9ec3e6, // Rodata
        0x59a14f, // Data
        0x9fd58f, // Bss
        0xf28e2b, // Heap
        0xe15759, // Stack
        0xff9d9a, // ThreadStack
        0xe9c341, // Anon
        0xb6992d, // AnonNamed
        0x2f9e98, // FileShared
        0x86c7c2, // FilePrivate
        0xb07aa1, // ShmSysv
        0xd7a6cd, // Memfd
        0x9d7660, // SharedAnon
        0xa9a29e, // Guard
        0xd37295, // Vdso
        0xf0b9cf, // Vvar
        0x8e6bbf, // Vsyscall
        0x7f7f7f, // Unknown
    } };

    // The core's labels are English; translating here keeps core free of Qt's tr().
    constexpr std::array<const char*, kRegionKindCount> kLabels { {
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "code (text)"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "read-only data"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "initialised data"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "bss (zeroed data)"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "heap (brk)"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "main stack"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "thread stack"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "anonymous"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "named anonymous"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "file (shared)"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "file (private)"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "SysV shared memory"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "memfd"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "shared anonymous"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "guard / reserved"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "vDSO"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "vvar"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "vsyscall"),
        QT_TRANSLATE_NOOP("vmscope::RegionKind", "unknown"),
    } };
} // namespace

QColor kindColor(RegionKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return QColor::fromRgb(i < kColors.size() ? kColors[i] : kColors.back());
}

QString kindLabel(RegionKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    if (i >= kLabels.size())
        return QString::fromUtf8(regionKindLabel(kind).data(), qsizetype(regionKindLabel(kind).size()));
    return QCoreApplication::translate("vmscope::RegionKind", kLabels[i]);
}

} // namespace vmscope
