// SPDX-License-Identifier: GPL-3.0-or-later
// Image canvas benchmark: prints numbers, asserts nothing about speed (STYLE.md).
//
//   bench_canvas            all of it, offscreen; test images are generated once into the
//                           build folder (tests/media) by annostraat-make-test-jpeg
//   bench_canvas --photo-only   without the old smooth-gradient images beside the photo-like
//
// The inputs are photo-like (texture of several scales and pixel grain, quality 90, as a drone
// camera writes: makejpeg.cpp), which decode several times slower than the smooth gradient
// the benchmark used before; (a) and (b) print the gradient's numbers beside them.
//
// (a) 50 MP JPEG (8192 × 6144): time to the first view (overview on screen) and to a sharp
//     100 % view of the visible area, against a plain full decode into a QImage (what
//     labelme / LabelImg do before showing anything);
// (b) peak memory opening a 30,000 × 30,000 JPEG in the canvas (overview, then 100 % at
//     the bottom right until sharp) against a plain full decode, each in a child process
//     (this program run with --child), reading VmHWM;
// (c) switching to the next item when the prefetcher has decoded its overview;
// (d) frame time while panning at 100 % with 500 labelled boxes on screen.

#include "../media/mediatestutil.h"
#include "benchutil.h"
#include "canvas/annotationlayer.h"
#include "canvas/imagecanvas.h"
#include "canvas/imagesurface.h"
#include "document/itemdocument.h"
#include "media/imagecache.h"
#include "quality/geometry.h"
#include "store/store.h"
#include "toolcontext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace annostraat;

namespace {

using bench::die;
using bench::median;

constexpr int kTimeoutMs = 300'000;
const QSize kView(1280, 800);

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

void waitFor(const std::function<bool()> &done, const char *what)
{
    if (!QTest::qWaitFor(done, kTimeoutMs))
        die(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
}

QImage plainDecode(const QString &path)
{
    QImageReader reader(path);
    reader.setAllocationLimit(0); // the default 256 MB would refuse the big image
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        die(QStringLiteral("plain decode of %1: %2").arg(path, reader.errorString()));
    // What a viewer shows is 32-bit (a QPixmap on screen), so that is what it pays for.
    return image.convertToFormat(QImage::Format_RGB32);
}

/// A real store with one item holding \a count boxes of the annotator's own layer, spread
/// over \a area, shown by the real AnnotationLayer (what the program draws).
struct AnnotatedItem
{
    AnnotatedItem(const QString &folder, const QString &mediaPath, QRectF area, int count)
    {
        auto opened = Store::open(QDir(folder).filePath(QStringLiteral("bench.sqlite")));
        if (!opened)
            die(opened.error().message());
        store = std::move(*opened);
        auto person = store->addProfile(QStringLiteral("Bench"), Role::Annotator);
        auto schema = Schema::fromJson(R"({"format": 1, "labels": [{"name": "Buffer",
            "colour": "#1f77b4", "hotkey": "1", "kinds": ["box"]}]})",
                                       QStringLiteral("bench"));
        if (!person || !schema)
            die(QStringLiteral("cannot make the bench task"));
        Task t;
        t.name = QStringLiteral("Bench");
        t.mediaKind = MediaKind::Image;
        t.schema = *schema;
        Item i;
        i.kind = MediaKind::Image;
        i.mediaPath = mediaPath;
        auto made = store->createTask(t, {i}, person->id);
        if (!made)
            die(made.error().message());
        profile = *person;
        task = *made;
        item = store->items(task.id).first();
        for (int n = 0; n < count; ++n) {
            const double x = area.left() + (n % 25) * area.width() / 25;
            const double y = area.top() + (n / 25) * area.height() / 20;
            Annotation a;
            a.itemId = item.id;
            a.author = profile.id;
            a.kind = AnnotationKind::Box;
            a.label = QStringLiteral("Buffer");
            a.value = boxToValue({x + 4, y + 4, area.width() / 25 - 8, area.height() / 20 - 8});
            if (auto r = store->addAnnotation(a); !r)
                die(r.error().message());
        }
        document = std::make_unique<ItemDocument>(*store, task, item, profile);
    }

    std::unique_ptr<Store> store;
    Profile profile;
    Task task;
    Item item;
    std::unique_ptr<ItemDocument> document;
};

struct Shown
{
    double firstView = 0;
    double sharp = 0;
};

Shown openInCanvas(const QString &path, QPointF centre)
{
    ImageCache cache;
    ImageCanvas canvas(&cache);
    canvas.resize(kView);
    canvas.show();
    if (!QTest::qWaitForWindowExposed(&canvas))
        die(QStringLiteral("the canvas was not exposed"));
    Shown s;
    QElapsedTimer t;
    t.start();
    canvas.setImage(path);
    waitFor([&] { return canvas.state() != ImageCanvas::State::Loading; }, "the overview");
    if (canvas.state() != ImageCanvas::State::Ready)
        die(canvas.errorMessage());
    canvas.repaint();
    s.firstView = ms(t);
    canvas.zoomToActualSize();
    canvas.centreOn(centre);
    waitFor([&] { return canvas.isSharp(); }, "sharp tiles");
    canvas.repaint();
    s.sharp = ms(t);
    return s;
}

int child(const QString &mode, const QString &path)
{
    if (mode == QLatin1String("plain")) {
        const QImage image = plainDecode(path);
        std::printf("%lld %dx%d\n", test::peakRssKb(), image.width(), image.height());
    } else {
        const Shown s = openInCanvas(path, QPointF(24000, 27000));
        std::printf("%lld %.0f %.0f\n", test::peakRssKb(), s.firstView, s.sharp);
    }
    return 0;
}

QStringList runChild(const QString &mode, const QString &path)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, path});
    if (!p.waitForFinished(kTimeoutMs) || p.exitCode() != 0)
        die(QStringLiteral("child %1 failed: %2")
                    .arg(mode, QString::fromLocal8Bit(p.readAllStandardError())));
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3));

    const bool withGradient = !args.contains(QStringLiteral("--photo-only"));
    std::printf("bench_canvas: images are generated once into %s\n", ANNOSTRAAT_MEDIA_CACHE_DIR);
    const QString mp50 = test::generatedJpeg(8192, 6144, true, false, true);
    const QString big = test::generatedJpeg(30000, 30000, false, false, true);
    const QString mp50Gradient = withGradient ? test::generatedJpeg(8192, 6144, true) : QString();
    const QString bigGradient = withGradient ? test::generatedJpeg(30000, 30000) : QString();
    if (mp50.isEmpty() || big.isEmpty() ||
        (withGradient && (mp50Gradient.isEmpty() || bigGradient.isEmpty())))
        die(QStringLiteral("cannot generate the test images"));
    const auto mb = [](const QString &path) { return QFileInfo(path).size() / 1048576.0; };

    // (a) first view and sharp 100 % view of a 50 MP JPEG.
    {
        struct Timed
        {
            double plain = 0, first = 0, sharp = 0;
        };
        const auto measure = [](const QString &path) {
            plainDecode(path); // warm the page cache for both sides
            std::vector<double> plain, first, sharp;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                const QImage image = plainDecode(path);
                plain.push_back(ms(t));
                const Shown s = openInCanvas(path, QPointF(5000, 4000));
                first.push_back(s.firstView);
                sharp.push_back(s.sharp);
            }
            return Timed{median(plain), median(first), median(sharp)};
        };
        const Timed photo = measure(mp50);
        const Timed gradient = withGradient ? measure(mp50Gradient) : Timed{};
        std::printf("\n(a) 50 MP JPEG (8192x6144 RGB), view %dx%d, median of 3\n", kView.width(),
                    kView.height());
        std::printf("    input:                         photo-like q90 %5.1f MB", mb(mp50));
        if (withGradient)
            std::printf(" | old gradient q85 %5.1f MB", mb(mp50Gradient));
        std::printf("\n");
        const auto row = [&](const char *what, double Timed::*field, bool ratio) {
            std::printf("    %-30s %7.0f ms", what, photo.*field);
            // The canvas's time as a share of the plain decode's: below 1 it is faster.
            if (ratio)
                std::printf(" (%.2f of plain)", (photo.*field) / photo.plain);
            else
                std::printf("                ");
            if (withGradient) {
                std::printf(" | %7.0f ms", gradient.*field);
                if (ratio)
                    std::printf(" (%.2f of plain)", (gradient.*field) / gradient.plain);
            }
            std::printf("\n");
        };
        row("plain full decode to QImage:", &Timed::plain, false);
        row("canvas, overview on screen:", &Timed::first, true);
        row("canvas, sharp 100% view:", &Timed::sharp, true);
    }

    // (b) peak memory for a 30,000 x 30,000 JPEG, each side in its own process.
    const auto peak = [&](const QString &path, const char *what) {
        const QStringList canvas = runChild(QStringLiteral("canvas"), path);
        const QStringList plain = runChild(QStringLiteral("plain"), path);
        const double canvasMb = canvas.value(0).toDouble() / 1024;
        const double plainMb = plain.value(0).toDouble() / 1024;
        std::printf("\n(b) 30000x30000 JPEG, %s (%.0f MB), peak RSS of the whole process (VmHWM)\n",
                    what, mb(path));
        std::printf("    canvas (overview, then sharp 100%% at the bottom right): %6.0f MB"
                    "  (overview %s ms, sharp %s ms)\n",
                    canvasMb, qPrintable(canvas.value(1)), qPrintable(canvas.value(2)));
        std::printf("    plain full decode to a 32-bit QImage:                    %6.0f MB  (%.1fx "
                    "more)\n",
                    plainMb, plainMb / canvasMb);
    };
    peak(big, "photo-like grey, q90");
    if (withGradient)
        peak(bigGradient, "old smooth gradient grey, q85");

    // (c) switching to the next, prefetched item; (d) panning with 500 boxes.
    {
        QTemporaryDir dir;
        QStringList items;
        for (int i = 0; i < 4; ++i) {
            const QString copy = dir.filePath(QStringLiteral("item%1.jpg").arg(i));
            if (!QFile::copy(mp50, copy))
                die(QStringLiteral("cannot copy %1").arg(mp50));
            items.append(copy);
        }
        ImageCache cache;
        ImageCanvas canvas(&cache);
        canvas.resize(kView);
        canvas.show();
        if (!QTest::qWaitForWindowExposed(&canvas))
            die(QStringLiteral("the canvas was not exposed"));
        canvas.setImage(items.first());
        waitFor([&] { return canvas.state() == ImageCanvas::State::Ready; }, "the first item");
        std::vector<double> switches;
        for (int i = 1; i < items.size(); ++i) {
            cache.prefetch({items.at(i)});
            cache.waitForIdle();
            QElapsedTimer t;
            t.start();
            canvas.setImage(items.at(i));
            if (canvas.state() != ImageCanvas::State::Ready)
                die(QStringLiteral("the prefetched item was not shown at once"));
            canvas.repaint();
            switches.push_back(ms(t));
        }
        std::printf("\n(c) switch to the next item (50 MP photo-like), overview prefetched: %.1f "
                    "ms to on "
                    "screen (median of %d)\n",
                    median(switches), int(switches.size()));

        canvas.zoomToActualSize();
        canvas.centreOn(QPointF(4000, 3000));
        waitFor([&] { return canvas.isSharp(); }, "sharp tiles");
        // All 500 inside the 1280 x 800 view at 100 %, centred on (4000, 3000).
        AnnotatedItem annotated(dir.path(), items.last(), QRectF(3400, 2620, 1200, 760), 500);
        ToolContext context;
        ImageSurface surface(&canvas, &context);
        context.setDocument(annotated.document.get());
        AnnotationLayer boxes(&context);
        canvas.addLayer(&boxes);
        if (context.ownAnnotations().size() != 500)
            die(QStringLiteral("the layer does not see the 500 boxes"));
        canvas.repaint();
        std::vector<double> panFrames, fullFrames;
        for (int i = 0; i < 300; ++i) {
            const QPointF step = (i / 30) % 2 ? QPointF(-7, -3) : QPointF(7, 3);
            QElapsedTimer t;
            t.start();
            canvas.panBy(step);
            QCoreApplication::sendPostedEvents(); // the paint of what the pan exposed
            QApplication::processEvents();
            panFrames.push_back(ms(t));
        }
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer t;
            t.start();
            canvas.repaint();
            fullFrames.push_back(ms(t));
        }
        auto p95 = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[size_t(v.size() * 0.95)];
        };
        std::printf(
                "\n(d) 500 labelled boxes (the real AnnotationLayer over a real store) on screen "
                "at 100%%, view %dx%d\n",
                kView.width(), kView.height());
        std::printf("    pan frame (scroll + exposed strip): median %.2f ms, p95 %.2f ms\n",
                    median(panFrames), p95(panFrames));
        std::printf("    full repaint:                       median %.2f ms, p95 %.2f ms\n",
                    median(fullFrames), p95(fullFrames));
        canvas.removeLayer(&boxes);
    }
    return 0;
}
