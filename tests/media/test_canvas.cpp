// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatestutil.h"

#include "canvas/imagecanvas.h"
#include "media/imagecache.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include <cmath>

using namespace annostraat;
using namespace annostraat::test;

namespace {

constexpr int kTimeoutMs = 120'000;

bool nearPoint(QPointF a, QPointF b, double eps = 1e-6)
{
    return std::abs(a.x() - b.x()) < eps && std::abs(a.y() - b.y()) < eps;
}

/// A canvas on screen (offscreen platform) showing a 4000 × 3000 quadrant JPEG.
struct CanvasFixture
{
    CanvasFixture()
    {
        path = dir.filePath(QStringLiteral("q.jpg"));
        REQUIRE(writeJpeg(quadrants(4000, 3000), path));
        canvas.resize(800, 600);
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
        canvas.setImage(path);
        REQUIRE(QTest::qWaitFor([&] { return canvas.state() == ImageCanvas::State::Ready; },
                                kTimeoutMs));
    }

    QTemporaryDir dir;
    QString path;
    ImageCanvas canvas;
};

/// Takes shift-clicks and the Delete key, declines everything else; records what it saw.
class RecordingInput : public CanvasInput
{
public:
    bool canvasMousePress(QMouseEvent *event, QPointF imagePos) override
    {
        presses.append(imagePos);
        return event->modifiers() & Qt::ShiftModifier;
    }
    bool canvasMouseMove(QMouseEvent *, QPointF) override
    {
        ++moves;
        return false;
    }
    bool canvasMouseRelease(QMouseEvent *, QPointF) override
    {
        ++releases;
        return false;
    }
    bool canvasMouseDoubleClick(QMouseEvent *, QPointF) override { return false; }
    bool canvasKeyPress(QKeyEvent *event) override
    {
        keys.append(event->key());
        return event->key() == Qt::Key_Delete || event->key() == Qt::Key_Left;
    }

    QList<QPointF> presses;
    QList<int> keys;
    int moves = 0;
    int releases = 0;
};

class CountingLayer : public CanvasLayer
{
public:
    explicit CountingLayer(QList<int> *order = nullptr, int id = 0)
        : m_order(order)
        , m_id(id)
    {}
    void paintLayer(QPainter &, const ImageCanvas &) override
    {
        ++paints;
        if (m_order)
            m_order->append(m_id);
    }
    int paints = 0;

private:
    QList<int> *m_order;
    int m_id;
};

} // namespace

TEST_CASE("Canvas fits a new image and maps widget and image coordinates both ways")
{
    CanvasFixture f;
    ImageCanvas &c = f.canvas;
    CHECK(c.imageSize() == QSize(4000, 3000));
    CHECK(c.isFitted());
    CHECK(c.zoom() == Approx(0.2));
    CHECK(nearPoint(c.mapFromImage(QPointF(0, 0)), QPointF(0, 0)));
    CHECK(nearPoint(c.mapFromImage(QPointF(4000, 3000)), QPointF(800, 600)));

    c.setZoom(1.7, QPointF(123, 456));
    for (QPointF p : {QPointF(0, 0), QPointF(12.5, 700.25), QPointF(3999, 2999)})
        CHECK(nearPoint(c.mapToImage(c.mapFromImage(p)), p));
    CHECK(nearPoint(c.imageToWidget().map(QPointF(10, 20)), c.mapFromImage(QPointF(10, 20))));
}

TEST_CASE("Canvas zoom keeps the anchor point - fit and 100 % work")
{
    CanvasFixture f;
    ImageCanvas &c = f.canvas;
    c.setZoom(0.5, QPointF(400, 300));
    const QPointF anchor(250, 170);
    const QPointF under = c.mapToImage(anchor);
    c.setZoom(1.3, anchor);
    CHECK(c.zoom() == Approx(1.3));
    CHECK(nearPoint(c.mapToImage(anchor), under, 1e-6));
    CHECK_FALSE(c.isFitted());

    c.zoomToActualSize();
    CHECK(c.zoom() == 1.0);
    c.fitToView();
    CHECK(c.isFitted());
    CHECK(c.zoom() == Approx(0.2));
    // Fitted, the view follows the widget's size.
    c.resize(400, 600);
    CHECK(c.zoom() == Approx(0.1));

    c.setZoom(1000);
    CHECK(c.zoom() == ImageCanvas::kMaxZoom);
    c.setZoom(0);
    CHECK(c.zoom() == ImageCanvas::kMinZoom);
}

TEST_CASE("Canvas zooms with the wheel around the pointer and with + and - keys")
{
    CanvasFixture f;
    ImageCanvas &c = f.canvas;
    const QPointF pos(600, 200);
    const QPointF under = c.mapToImage(pos);
    const double before = c.zoom();
    QWheelEvent wheel(pos, c.mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&c, &wheel);
    CHECK(c.zoom() > before);
    CHECK(nearPoint(c.mapToImage(pos), under, 1e-6));

    const double z = c.zoom();
    QTest::keyClick(&c, Qt::Key_Plus);
    CHECK(c.zoom() > z);
    QTest::keyClick(&c, Qt::Key_Minus);
    CHECK(c.zoom() == Approx(z));
    QTest::keyClick(&c, Qt::Key_Equal);
    CHECK(c.zoom() > z);
}

TEST_CASE("Canvas pans with arrow keys, drags and never loses the image")
{
    CanvasFixture f;
    ImageCanvas &c = f.canvas;
    c.zoomToActualSize();
    const QPointF origin = c.mapFromImage(QPointF(0, 0));
    QTest::keyClick(&c, Qt::Key_Right);
    CHECK(c.mapFromImage(QPointF(0, 0)).x() < origin.x());

    // Middle drag moves the image with the pointer.
    const QPointF start = c.mapFromImage(QPointF(2000, 1500));
    QTest::mousePress(&c, Qt::MiddleButton, Qt::NoModifier, QPoint(400, 300));
    QTest::mouseMove(&c, QPoint(350, 280));
    QTest::mouseRelease(&c, Qt::MiddleButton, Qt::NoModifier, QPoint(350, 280));
    CHECK(nearPoint(c.mapFromImage(QPointF(2000, 1500)), start + QPointF(-50, -20)));

    // However far it is pushed, part of the image stays in view.
    c.panBy(QPointF(100000, 100000));
    CHECK(QRectF(c.rect()).intersects(c.imageToWidget().mapRect(c.imageRect())));
    CHECK(!c.visibleImageRect().isEmpty());
    c.panBy(QPointF(-1e6, -1e6));
    CHECK(!c.visibleImageRect().isEmpty());
}

TEST_CASE("Canvas gives events to the input first and pans with what it declines")
{
    CanvasFixture f;
    ImageCanvas &c = f.canvas;
    RecordingInput input;
    c.setInput(&input);
    CHECK(c.input() == &input);
    c.zoomToActualSize();

    // Declined left drag: pans.
    QPointF before = c.mapFromImage(QPointF(2000, 1500));
    QTest::mousePress(&c, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
    REQUIRE(input.presses.size() == 1);
    CHECK(nearPoint(input.presses.first(), c.mapToImage(QPointF(400, 300))));
    QTest::mouseMove(&c, QPoint(380, 290));
    QTest::mouseRelease(&c, Qt::LeftButton, Qt::NoModifier, QPoint(380, 290));
    CHECK(nearPoint(c.mapFromImage(QPointF(2000, 1500)), before + QPointF(-20, -10)));

    // Taken (shift) left drag: the view stays, the input sees the moves and release.
    before = c.mapFromImage(QPointF(2000, 1500));
    const int moves = input.moves;
    QTest::mousePress(&c, Qt::LeftButton, Qt::ShiftModifier, QPoint(400, 300));
    QTest::mouseMove(&c, QPoint(300, 200));
    QTest::mouseRelease(&c, Qt::LeftButton, Qt::ShiftModifier, QPoint(300, 200));
    CHECK(nearPoint(c.mapFromImage(QPointF(2000, 1500)), before));
    CHECK(input.moves > moves);
    CHECK(input.releases >= 1);

    // Keys: Left is taken by the input (no pan); Right is declined (pans).
    before = c.mapFromImage(QPointF(0, 0));
    QTest::keyClick(&c, Qt::Key_Left);
    CHECK(input.keys.contains(Qt::Key_Left));
    CHECK(nearPoint(c.mapFromImage(QPointF(0, 0)), before));
    QTest::keyClick(&c, Qt::Key_Right);
    CHECK(c.mapFromImage(QPointF(0, 0)).x() < before.x());

    // Space + drag pans even though a press would go to the tool.
    before = c.mapFromImage(QPointF(2000, 1500));
    const int presses = input.presses.size();
    QTest::keyPress(&c, Qt::Key_Space);
    QTest::mousePress(&c, Qt::LeftButton, Qt::ShiftModifier, QPoint(400, 300));
    QTest::mouseMove(&c, QPoint(410, 330));
    QTest::mouseRelease(&c, Qt::LeftButton, Qt::ShiftModifier, QPoint(410, 330));
    QTest::keyRelease(&c, Qt::Key_Space);
    CHECK(input.presses.size() == presses);
    CHECK(nearPoint(c.mapFromImage(QPointF(2000, 1500)), before + QPointF(10, 30)));
    c.setInput(nullptr);
}

TEST_CASE("Canvas paints layers, becomes sharp and shows a prefetched image at once")
{
    CanvasFixture f;
    ImageCanvas &c = f.canvas;
    CountingLayer layer;
    c.addLayer(&layer);
    c.repaint();
    CHECK(layer.paints > 0);
    c.removeLayer(&layer);
    const int paints = layer.paints;
    c.repaint();
    CHECK(layer.paints == paints);

    // Layers paint in the order added, over the image: a layer that fills the widget hides it.
    QList<int> order;
    CountingLayer first(&order, 1), second(&order, 2);
    c.addLayer(&first);
    c.addLayer(&second);
    c.repaint();
    CHECK(order == QList<int>{1, 2});
    c.removeLayer(&first);
    c.removeLayer(&second);

    c.zoomToActualSize();
    REQUIRE(QTest::qWaitFor([&] { return c.isSharp(); }, kTimeoutMs));
    const QImage shot = c.grab().toImage();
    if (qEnvironmentVariableIsSet("ANNOSTRAAT_SAVE_GRABS"))
        shot.save(QDir::temp().filePath(QStringLiteral("canvas-sharp.png")));
    // The centre of the image is where the four quadrants meet; left of it, above: red.
    const QPointF centre = c.mapFromImage(QPointF(1990, 1490));
    CHECK(near(shot.pixelColor(centre.toPoint()), Qt::red));

    const QString next = f.dir.filePath(QStringLiteral("next.jpg"));
    REQUIRE(writeJpeg(quadrants(1200, 800), next, 3));
    c.cache()->prefetch({next});
    c.cache()->waitForIdle();
    QSignalSpy shown(&c, &ImageCanvas::imageShown);
    c.setImage(next);
    CHECK(c.state() == ImageCanvas::State::Ready); // synchronously
    CHECK(shown.count() == 1);
    CHECK(c.imageSize() == QSize(1200, 800));
    CHECK(c.isFitted());
    // EXIF orientation 3: the stored red top-left is shown bottom-right.
    const QImage turned = c.grab().toImage();
    CHECK(near(turned.pixelColor(c.mapFromImage(QPointF(1100, 700)).toPoint()), Qt::red));
    CHECK(near(turned.pixelColor(c.mapFromImage(QPointF(100, 100)).toPoint()), Qt::white));
}

TEST_CASE("Canvas shows a calm error for a file it cannot decode")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken photo.jpg"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xFF\xD8\xFF\xE0 this is not really a JPEG");
    file.close();

    ImageCanvas c;
    c.resize(640, 480);
    c.show();
    QSignalSpy failed(&c, &ImageCanvas::failed);
    c.setImage(bad);
    REQUIRE(QTest::qWaitFor([&] { return c.state() == ImageCanvas::State::Failed; }, kTimeoutMs));
    CHECK(c.errorMessage().contains(QStringLiteral("broken photo.jpg")));
    CHECK(failed.count() == 1);
    CHECK(!c.imageSize().isValid());
    const QPixmap errorTile = c.grab();
    CHECK(!errorTile.isNull()); // the error tile paints
    if (qEnvironmentVariableIsSet("ANNOSTRAAT_SAVE_GRABS"))
        errorTile.save(QDir::temp().filePath(QStringLiteral("canvas-error.png")));
    // The view does not react to navigation without an image.
    QTest::keyClick(&c, Qt::Key_Plus);
    CHECK(c.state() == ImageCanvas::State::Failed);

    c.clear();
    CHECK(c.state() == ImageCanvas::State::Empty);
    CHECK(c.errorMessage().isEmpty());
}

TEST_CASE("Canvas opens a 30,000 x 30,000 JPEG in bounded memory", "[big]")
{
    const QString path = generatedJpeg(30000, 30000);
    REQUIRE(!path.isEmpty());

#ifdef ANNOSTRAAT_SANITIZED
    // AddressSanitizer keeps freed memory in quarantine (256 MB by default) and adds shadow.
    constexpr qint64 kBoundMb = 1200;
#else
    constexpr qint64 kBoundMb = 600; // a full decode would be 3,600 MB as RGB32
#endif
    // The peak must start from now: measured from an older, higher peak, the growth would
    // read as nothing and the bound would hold whatever the canvas did.
    REQUIRE(resetPeakRss());
    const qint64 baseKb = rssKb();
    REQUIRE(baseKb > 0);

    ImageCanvas c;
    c.resize(1000, 700);
    c.show();
    REQUIRE(QTest::qWaitForWindowExposed(&c));
    c.setImage(path);
    REQUIRE(QTest::qWaitFor([&] { return c.state() != ImageCanvas::State::Loading; }, kTimeoutMs));
    REQUIRE(c.state() == ImageCanvas::State::Ready);
    CHECK(c.imageSize() == QSize(30000, 30000));
    CHECK(c.isSharp()); // fitted: the overview is the level the zoom asks for

    c.zoomToActualSize();
    c.centreOn(QPointF(21000, 26000)); // low in the file: the most expensive region decode
    REQUIRE(QTest::qWaitFor([&] { return c.isSharp(); }, kTimeoutMs));
    const QImage shot = c.grab().toImage();
    // The generator draws a dark grid line every 512 pixels: x = 20992 is on one.
    const QPoint onGrid = c.mapFromImage(QPointF(20993, 26000.5)).toPoint();
    CHECK(qGray(shot.pixel(onGrid)) < 60);
    const QPoint offGrid = c.mapFromImage(QPointF(21100, 26100)).toPoint();
    CHECK(qGray(shot.pixel(offGrid)) > 90);

    // And somewhere in between, at level 2.
    c.setZoom(0.3);
    c.centreOn(QPointF(9000, 12000));
    REQUIRE(QTest::qWaitFor([&] { return c.isSharp(); }, kTimeoutMs));

    const qint64 grownMb = (peakRssKb() - baseKb) / 1024;
    WARN("30k JPEG: peak RSS grew by " << grownMb << " MB (bound " << kBoundMb << " MB)");
    CHECK(grownMb < kBoundMb);
}
