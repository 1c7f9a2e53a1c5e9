// The address-space map widget: paints any map (empty to 60,000 VMAs), hit-tests clicks,
// keeps selection and view across refreshes, and explains a block in its tooltip.
#include "TestData.h"

#include "core/io/ProcRootSource.h"
#include "core/read/ProcessReader.h"
#include "widgets/process/AddressMapView.h"
#include "widgets/common/KindColors.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace vmscope;

namespace {

std::shared_ptr<const MemoryMap> fixtureMap(const QString& folder, int pid)
{
    ProcRootSource source(test::procRoot(folder));
    auto map = readMemoryMap(source, pid, MapDetail::Smaps);
    if (!map)
        map = readMemoryMap(source, pid, MapDetail::Maps);
    if (!map)
        qFatal("cannot read pid %d of %s", pid, qPrintable(folder));
    return std::make_shared<const MemoryMap>(std::move(*map));
}

std::shared_ptr<const MemoryMap> zoo()
{
    return fixtureMap(QStringLiteral("live-6.18-x86_64"), 9946);
}

// Like tests/bench/many_vmas: pages alternating r-- and rw-, the written ones resident.
std::shared_ptr<const MemoryMap> syntheticMap(std::size_t count)
{
    auto map = std::make_shared<MemoryMap>();
    map->pid = 4242;
    map->fromSmaps = true;
    map->vmas.resize(count);
    std::uint64_t address = 0x7f0000000000ull;
    for (std::size_t i = 0; i < count; ++i) {
        Vma& v = map->vmas[i];
        v.start = address;
        v.end = address + 4096;
        v.perms.read = true;
        v.perms.write = i % 2 == 1;
        v.kind = v.perms.write ? RegionKind::Anon : RegionKind::Guard;
        v.fields.set(SmapsKey::Size, 4);
        v.fields.set(SmapsKey::Rss, v.perms.write ? 4 : 0);
        v.fields.set(SmapsKey::Private_Dirty, v.perms.write ? 4 : 0);
        address += 4096;
    }
    return map;
}

int indexOfPath(const MemoryMap& map, std::string_view path, std::string_view perms)
{
    for (std::size_t i = 0; i < map.vmas.size(); ++i)
        if (map.vmas[i].path == path && map.vmas[i].perms.toString() == perms)
            return int(i);
    return -1;
}

bool hasInk(const QImage& image, QColor background)
{
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixelColor(x, y) != background)
                return true;
    return false;
}

} // namespace

class TestAddressMapView : public QObject {
    Q_OBJECT
private slots:
    void paintsEmptyAndTinyMaps();
    void paintsSixtyThousandVmas();
    void paintsEveryFixture_data();
    void paintsEveryFixture();
    void clickSelectsTheBlockUnderTheMouse();
    void doubleClickActivatesAndZooms();
    void selectedVmaIsScrolledIntoView();
    void tooltipExplainsTheBlock();
    void refreshKeepsViewAndSelection();
    void scaleModeSwitchKeepsTheAddresses();
    void zoomByKeyboardAndWheel();
    void kindColorsAreDistinct();
};

void TestAddressMapView::paintsEmptyAndTinyMaps()
{
    AddressMapView view;
    view.resize(800, 600);
    QImage image = view.renderToImage({ 800, 600 });
    QCOMPARE(image.size(), QSize(800, 600));

    auto empty = std::make_shared<MemoryMap>();
    empty->pid = 2; // a kernel thread: no mappings
    view.setMemoryMap(empty);
    image = view.renderToImage({ 800, 600 });
    QVERIFY(hasInk(image, view.palette().color(QPalette::Base)));

    auto one = std::make_shared<MemoryMap>();
    one->pid = 3;
    Vma v;
    v.start = 0x400000;
    v.end = 0x401000;
    v.perms.read = true;
    v.perms.exec = true;
    v.kind = RegionKind::Text;
    v.path = "/bin/true";
    one->vmas.push_back(v);
    view.setMemoryMap(one);
    for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear }) {
        view.setScaleMode(mode);
        image = view.renderToImage({ 640, 480 });
        QVERIFY(!image.isNull());
        view.zoomToVma(0);
        QVERIFY(view.zoom() > 1);
        image = view.renderToImage({ 640, 480 });
        view.zoomToFit();
    }
    // Degenerate sizes must not divide by zero or loop.
    QVERIFY(!view.renderToImage({ 10, 10 }).isNull());
    QVERIFY(!view.renderToImage({ 2000, 30 }).isNull());
}

void TestAddressMapView::paintsSixtyThousandVmas()
{
    AddressMapView view;
    view.resize(1920, 1080);
    view.setMemoryMap(syntheticMap(60000));
    QElapsedTimer timer;
    qint64 worst = 0;
    for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear }) {
        view.setScaleMode(mode);
        for (const double zoom : { 1.0, 10.0, 1000.0 }) {
            view.zoomToFit();
            view.setZoom(zoom);
            timer.start();
            const QImage image = view.renderToImage({ 1920, 1080 });
            worst = std::max(worst, timer.elapsed());
            QVERIFY(!image.isNull());
        }
        view.zoomToVma(30001);
        timer.start();
        view.renderToImage({ 1920, 1080 });
        worst = std::max(worst, timer.elapsed());
        QVERIFY(view.vmaRect(30001).height() > 100);
    }
    qInfo("60,000 VMAs at 1920x1080: slowest frame %lld ms (tests/bench/bench_mappaint measures properly)", worst);
    QVERIFY(worst < 500); // sanity only; debug and sanitizer builds are slow
}

void TestAddressMapView::paintsEveryFixture_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("pid");
    QTest::addColumn<PagingMode>("paging");
    QTest::newRow("zoo") << "live-6.18-x86_64" << 9946 << PagingMode::Level4;
    QTest::newRow("qt program") << "live-6.18-x86_64" << 10162 << PagingMode::Level4;
    QTest::newRow("ia32 memtest") << "historic/ia32-memtest" << 30387 << PagingMode::Bits32;
    QTest::newRow("x86_64 2.6 memtest") << "historic/x86_64-2.6-memtest" << 1839 << PagingMode::Level4;
}

void TestAddressMapView::paintsEveryFixture()
{
    QFETCH(QString, folder);
    QFETCH(int, pid);
    QFETCH(PagingMode, paging);
    AddressMapView view;
    view.resize(1000, 700);
    view.setMemoryMap(fixtureMap(folder, pid));
    QCOMPARE(view.pagingMode(), paging);
    for (const ScaleMode mode : { ScaleMode::Compressed, ScaleMode::Linear })
        for (const bool expanded : { false, true }) {
            view.setScaleMode(mode);
            view.setKernelExpanded(expanded);
            view.zoomToFit();
            QVERIFY(hasInk(view.renderToImage({ 1000, 700 }), view.palette().color(QPalette::Base)));
        }
    view.setPagingMode(PagingMode::Level5);
    QCOMPARE(view.pagingMode(), PagingMode::Level5);
    QVERIFY(!view.renderToImage({ 1000, 700 }).isNull());
    view.clearPagingMode();
    QCOMPARE(view.pagingMode(), paging);
}

void TestAddressMapView::clickSelectsTheBlockUnderTheMouse()
{
    AddressMapView view;
    view.resize(1000, 800);
    const auto map = zoo();
    view.setMemoryMap(map);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &AddressMapView::vmaClicked);
    const int heap = indexOfPath(*map, "[heap]", "rw-p");
    const int libcText = indexOfPath(*map, "/usr/lib/x86_64-linux-gnu/libc.so.6", "r-xp");
    QVERIFY(heap >= 0 && libcText >= 0);
    for (const int index : { heap, libcText }) {
        const QRectF r = view.vmaRect(index);
        QVERIFY2(r.height() >= 3, qPrintable(QString::number(r.height())));
        QVERIFY(view.rect().contains(r.center().toPoint()));
        QCOMPARE(view.vmaAt(r.center().toPoint()), index);
        QTest::mouseClick(&view, Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.takeFirst().at(0).toInt(), index);
        QCOMPARE(view.selectedVma(), index);
    }
    // Outside the strip: nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() - 5, view.height() / 2));
    QCOMPARE(clicked.size(), 0);
    // The hovered address follows the mouse.
    QSignalSpy hovered(&view, &AddressMapView::hoveredAddressChanged);
    const QRectF r = view.vmaRect(heap);
    QTest::mouseMove(&view, r.center().toPoint());
    QTRY_VERIFY(!hovered.isEmpty());
    const quint64 address = hovered.last().at(0).toULongLong();
    QVERIFY(address >= map->vmas[std::size_t(heap)].start && address < map->vmas[std::size_t(heap)].end);
}

void TestAddressMapView::doubleClickActivatesAndZooms()
{
    AddressMapView view;
    view.resize(1000, 800);
    const auto map = zoo();
    view.setMemoryMap(map);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &AddressMapView::vmaActivated);
    const int stack = indexOfPath(*map, "[stack]", "rw-p");
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.vmaRect(stack).center().toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toInt(), stack);
    QVERIFY(view.zoom() > 1);
    QVERIFY(view.vmaRect(stack).height() > 300);
}

void TestAddressMapView::selectedVmaIsScrolledIntoView()
{
    AddressMapView view;
    view.resize(1000, 800);
    const auto map = zoo();
    view.setMemoryMap(map);
    view.zoomToVma(0); // the bottom of the map: the executable
    const int stack = indexOfPath(*map, "[stack]", "rw-p");
    const QRect strip = view.layoutFor(view.rect()).strip;
    QVERIFY(!strip.intersects(view.vmaRect(stack).toAlignedRect()));
    view.setSelectedVma(stack);
    QCOMPARE(view.selectedVma(), stack);
    QVERIFY(strip.contains(view.vmaRect(stack).center().toPoint()));
    view.setSelectedVma(-1);
    QCOMPARE(view.selectedVma(), -1);
    view.setSelectedVma(100000); // out of range: no selection, no crash
    QCOMPARE(view.selectedVma(), -1);

    // A tiny VMA among 60,000 at fit: selected, it is inside the window and gets a marker.
    AddressMapView many;
    many.resize(1000, 800);
    many.setMemoryMap(syntheticMap(60000));
    many.setZoom(50);
    many.setSelectedVma(59999);
    const QRectF r = many.vmaRect(59999);
    const QRect manyStrip = many.layoutFor(many.rect()).strip;
    QVERIFY(r.top() >= manyStrip.top() - 1 && r.bottom() <= manyStrip.bottom() + 2);
    QVERIFY(!many.renderToImage({ 1000, 800 }).isNull());
}

void TestAddressMapView::tooltipExplainsTheBlock()
{
    AddressMapView view;
    view.resize(1000, 800);
    const auto map = zoo();
    view.setMemoryMap(map);
    const int libcText = indexOfPath(*map, "/usr/lib/x86_64-linux-gnu/libc.so.6", "r-xp");
    const QString tip = view.toolTipForVma(libcText);
    QVERIFY2(tip.contains(QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6")), qPrintable(tip));
    QVERIFY(tip.contains(kindLabel(RegionKind::Text)));
    QVERIFY(tip.contains(QStringLiteral("r-xp")));
    QVERIFY(tip.contains(QStringLiteral("0x7fdfc07b6000")));
    QVERIFY(tip.contains(QStringLiteral("Rss")));
    QVERIFY(tip.contains(QStringLiteral("executable"))); // VmFlags "ex" decoded
    QCOMPARE(view.toolTipAt(view.vmaRect(libcText).center().toPoint()), tip);

    // A path with spaces and markup characters is escaped, not interpreted.
    const int spaced = indexOfPath(*map, "/srv/data/file with spaces.bin", "rw-s");
    QVERIFY(spaced >= 0);
    QVERIFY(view.toolTipForVma(spaced).contains(QStringLiteral("file with spaces.bin")));
    QVERIFY(view.toolTipForVma(spaced).contains(kindLabel(RegionKind::FileShared)));

    // Gaps, the hole and kernel space explain themselves too.
    const MapScale& scale = view.scale();
    bool sawGap = false;
    for (std::size_t i = 0; i < scale.size(); ++i)
        if (scale.segment(i).kind == MapSegment::Kind::Gap && scale.segment(i).start == 0x55ac7543f000ull) {
            const QRect strip = view.layoutFor(view.rect()).strip;
            const double y = strip.bottom() + 1
                - (scale.segment(i).position + scale.segmentLength(i) / 2 - view.viewStart()) / view.viewLength()
                    * strip.height();
            const QString gapTip = view.toolTipAt(QPoint(strip.center().x(), int(y)));
            QVERIFY2(gapTip.contains(QStringLiteral("0x55ac7543f000")), qPrintable(gapTip));
            QVERIFY(gapTip.contains(QStringLiteral("0x55ac800c9000")));
            sawGap = true;
        }
    QVERIFY(sawGap);
}

void TestAddressMapView::refreshKeepsViewAndSelection()
{
    AddressMapView view;
    view.resize(1000, 800);
    const auto map = zoo();
    view.setMemoryMap(map);
    const int arena = 16; // the 40 MiB anonymous mapping
    QCOMPARE(map->vmas[arena].size(), 0x2814000ull);
    view.zoomToVma(arena);
    view.setSelectedVma(arena);
    const double zoom = view.zoom();
    const QRectF before = view.vmaRect(arena);

    // The same process, one VMA fewer below the arena: indices shift, addresses do not.
    auto refreshed = std::make_shared<MemoryMap>(*map);
    refreshed->vmas.erase(refreshed->vmas.begin() + 5);
    view.setMemoryMap(refreshed);
    QCOMPARE(view.zoom(), zoom);
    QCOMPARE(view.selectedVma(), arena - 1);
    const QRectF after = view.vmaRect(arena - 1);
    QVERIFY(std::abs(after.center().y() - before.center().y()) < 2);

    // Another process: fitted again, no selection.
    view.setMemoryMap(syntheticMap(10));
    QCOMPARE(view.zoom(), 1.0);
    QCOMPARE(view.selectedVma(), -1);
}

void TestAddressMapView::scaleModeSwitchKeepsTheAddresses()
{
    AddressMapView view;
    view.resize(1000, 800);
    const auto map = zoo();
    view.setMemoryMap(map);
    QSignalSpy changed(&view, &AddressMapView::scaleModeChanged);
    const int heap = indexOfPath(*map, "[heap]", "rw-p");
    view.zoomToVma(heap);
    const QRect strip = view.layoutFor(view.rect()).strip;
    view.setScaleMode(ScaleMode::Linear);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(view.scaleMode(), ScaleMode::Linear);
    QVERIFY(strip.contains(view.vmaRect(heap).center().toPoint()));
    view.setScaleMode(ScaleMode::Compressed);
    QVERIFY(strip.contains(view.vmaRect(heap).center().toPoint()));
    view.setKernelExpanded(true);
    QVERIFY(strip.contains(view.vmaRect(heap).center().toPoint()));
}

void TestAddressMapView::zoomByKeyboardAndWheel()
{
    AddressMapView view;
    view.resize(1000, 800);
    view.setMemoryMap(zoo());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.zoom() > 1);
    const double start = view.viewStart();
    QTest::keyClick(&view, Qt::Key_Up);
    QVERIFY(view.viewStart() > start);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.zoom(), 1.0);

    const QPoint centre = view.layoutFor(view.rect()).strip.center();
    QWheelEvent zoomWheel(
        centre, view.mapToGlobal(centre), {}, { 0, 240 }, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &zoomWheel);
    QVERIFY(view.zoom() > 1.5);
    const double zoomed = view.zoom();
    const double before = view.viewStart();
    QWheelEvent scrollWheel(
        centre, view.mapToGlobal(centre), {}, { 0, -120 }, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &scrollWheel);
    QCOMPARE(view.zoom(), zoomed);
    QVERIFY(view.viewStart() < before);

    // Drag pans: content follows the mouse.
    const double beforeDrag = view.viewStart();
    QTest::mousePress(&view, Qt::LeftButton, {}, centre);
    QMouseEvent move(QEvent::MouseMove, centre + QPoint(0, 60), view.mapToGlobal(centre + QPoint(0, 60)), Qt::NoButton,
        Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, centre + QPoint(0, 60));
    QVERIFY(view.viewStart() > beforeDrag);
}

void TestAddressMapView::kindColorsAreDistinct()
{
    for (std::size_t a = 0; a < kRegionKindCount; ++a) {
        QVERIFY(!kindLabel(RegionKind(a)).isEmpty());
        for (std::size_t b = a + 1; b < kRegionKindCount; ++b)
            QVERIFY(kindColor(RegionKind(a)) != kindColor(RegionKind(b)));
    }
}

QTEST_MAIN(TestAddressMapView)
#include "tst_addressmapview.moc"
