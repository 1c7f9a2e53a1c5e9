// Paint time of the address-space map for a 60,000-VMA process at 1920x1080 into a QImage:
// fitted, 10x, 1000x and zoomed to one VMA, in both scale modes. Target: <= 16 ms a frame.
//
//   bench_mappaint [VMAS] [FRAMES]   (defaults 60000 and 50; runs on the offscreen platform)
//
// The map is synthetic, shaped like the one tests/bench/many_vmas makes: pages alternating
// r-- and rw- (so no two merge), the written ones resident and dirty, with smaps fields.
#include "core/analysis/Classifier.h"
#include "widgets/process/AddressMapView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace vmscope;

namespace {

std::shared_ptr<const MemoryMap> syntheticMap(std::size_t count)
{
    auto map = std::make_shared<MemoryMap>();
    map->pid = 4242;
    map->fromSmaps = true;
    std::vector<Vma>& vmas = map->vmas;
    // The executable, heap and libc below and the stack above, as a real process has them.
    auto add = [&](std::uint64_t start, std::uint64_t end, const char* perms, const char* path) {
        Vma v;
        v.start = start;
        v.end = end;
        v.perms.read = perms[0] == 'r';
        v.perms.write = perms[1] == 'w';
        v.perms.exec = perms[2] == 'x';
        v.perms.shared = perms[3] == 's';
        v.path = path;
        v.inode = path[0] == '/' ? 1234 : 0;
        const std::uint64_t kib = (end - start) / 1024;
        v.fields.set(SmapsKey::Size, kib);
        v.fields.set(SmapsKey::Rss, v.perms.write || v.perms.exec ? kib : 0);
        v.fields.set(SmapsKey::Pss, v.perms.write ? kib : kib / 4);
        v.fields.set(SmapsKey::Private_Dirty, v.perms.write ? kib : 0);
        v.fields.set(SmapsKey::Shared_Clean, v.perms.exec ? kib : 0);
        v.flags.add("rd");
        if (v.perms.write)
            v.flags.add("wr");
        vmas.push_back(std::move(v));
    };
    add(0x55ac7533a000, 0x55ac7533b000, "r--p", "/usr/bin/many_vmas");
    add(0x55ac7533b000, 0x55ac7533c000, "r-xp", "/usr/bin/many_vmas");
    add(0x55ac7533e000, 0x55ac7533f000, "rw-p", "/usr/bin/many_vmas");
    add(0x55ac800c9000, 0x55ac800ea000, "rw-p", "[heap]");
    std::uint64_t address = 0x7f0000000000ull;
    for (std::size_t i = 0; i < count; ++i) {
        add(address, address + 4096, i % 2 ? "rw-p" : "r--p", "");
        address += 4096;
    }
    add(0x7fdfc0790000, 0x7fdfc07b6000, "r--p", "/usr/lib/x86_64-linux-gnu/libc.so.6");
    add(0x7fdfc07b6000, 0x7fdfc090c000, "r-xp", "/usr/lib/x86_64-linux-gnu/libc.so.6");
    add(0x7ffe1de39000, 0x7ffe1de5a000, "rw-p", "[stack]");
    add(0xffffffffff600000, 0xffffffffff601000, "--xp", "[vsyscall]");
    classifyRegions(vmas);
    return map;
}

struct Stats {
    double min = 0;
    double median = 0;
    double max = 0;
};

Stats measure(const AddressMapView& view, QImage& image, int frames)
{
    std::vector<double> ms;
    ms.reserve(std::size_t(frames));
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        image.fill(Qt::white);
        QPainter painter(&image);
        view.renderMap(painter, image.rect());
        painter.end();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms.front(), ms[ms.size() / 2], ms.back() };
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::size_t count = argc > 1 ? std::size_t(std::strtoul(argv[1], nullptr, 10)) : 60000;
    const int frames = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;

    const auto map = syntheticMap(count);
    AddressMapView view;
    view.resize(1920, 1080);
    QElapsedTimer build;
    build.start();
    view.setMemoryMap(map);
    std::printf("%zu VMAs; setMemoryMap (scale build) %.2f ms; %d frames of 1920x1080 each\n", map->vmas.size(),
        double(build.nsecsElapsed()) / 1e6, frames);
    std::printf("%-12s %-16s %9s %9s %9s\n", "mode", "zoom", "min ms", "median", "max ms");

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    double worstMedian = 0;
    for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear }) {
        view.setScaleMode(mode);
        const char* modeName = mode == ScaleMode::Compressed ? "compressed" : "linear";
        struct Level {
            const char* name;
            double zoom;
        };
        for (const Level level : { Level { "fit", 1.0 }, Level { "10x", 10.0 }, Level { "1000x", 1000.0 } }) {
            view.zoomToFit();
            // Zoom around the middle of the synthetic block, where the VMAs are.
            view.centerOnAddress(0x7f0000000000ull + count * 2048);
            view.setZoom(level.zoom);
            view.centerOnAddress(0x7f0000000000ull + count * 2048);
            const Stats s = measure(view, image, frames);
            worstMedian = std::max(worstMedian, s.median);
            std::printf("%-12s %-16s %9.2f %9.2f %9.2f\n", modeName, level.name, s.min, s.median, s.max);
        }
        view.zoomToVma(int(map->vmas.size() / 2));
        char name[32];
        std::snprintf(name, sizeof name, "one VMA (%.3gx)", view.zoom());
        const Stats s = measure(view, image, frames);
        worstMedian = std::max(worstMedian, s.median);
        std::printf("%-12s %-16s %9.2f %9.2f %9.2f\n", modeName, name, s.min, s.median, s.max);
    }
    std::printf("worst median %.2f ms (target <= 16 ms)\n", worstMedian);
    return 0;
}
