// SPDX-License-Identifier: GPL-3.0-or-later
// Assisted tracing benchmark (issue 15, point 8): prints numbers, asserts nothing about speed
// (STYLE.md).
//
// Input: the demo task's dike crack (resources/demo/dike-cracks/dike-crack-1.jpg, 1600 × 1200,
// drawn by packaging/make-demo-media.sh along known coordinates: the main crack, 17 vertices,
// 9 px wide, on a grass texture). The real crack tool on a real ImageCanvas (1280 × 800,
// offscreen, the whole image fitted: zoom 0.67), driven by mouse events, stored in a real
// store.
//
// (a) Without assisted tracing: one click per vertex the crack needs for its polyline to stay
//     within the tolerance of the drawn crack (Douglas-Peucker of the known path), then Enter.
// (b) With assisted tracing, a scripted annotator: from the last placed point, move the pointer
//     along the crack in steps of 20 px while the preview stays within the tolerance of the
//     crack, click at the last position where it did, until the end; then Enter.
// For both: clicks, pointer moves, the time the program took (events, tracing, store
// writes; not a person's time), and how far the stored polyline strays from the crack.
// (c) The tracer alone at its largest working size (LineTracer::kMaxSide), which bounds the
//     work per click whatever the image size: features, paths from a point, one path.

#include "assist/linetracer.h"
#include "benchutil.h"
#include "builtintools.h"
#include "canvas/annotationlayer.h"
#include "canvas/createshapetool.h"
#include "canvas/imagecanvas.h"
#include "canvas/imagesurface.h"
#include "document/itemdocument.h"
#include "quality/geometry.h"
#include "store/store.h"
#include "toolcontext.h"
#include "toolmanager.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace annostraat;

namespace {

using bench::die;
using bench::median;

const QString kImage =
        QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo/dike-cracks/dike-crack-1.jpg");
const QSize kView(1280, 800);
// How far the stored crack may stray from the drawn one: within its 9 px width.
constexpr double kTolerancePx = 3.0;
constexpr double kStepPx = 20.0;

// The main crack as packaging/make-demo-media.sh draws it.
const Polyline kCrack{{40, 310},   {160, 352},  {255, 338},  {372, 401},  {470, 455},  {548, 447},
                      {640, 512},  {745, 560},  {812, 618},  {905, 640},  {1010, 702}, {1098, 760},
                      {1184, 772}, {1275, 836}, {1360, 905}, {1447, 948}, {1560, 1010}};

double ms(qint64 ns)
{
    return ns / 1e6;
}

double distanceToCrack(QPointF p)
{
    double best = 1e300;
    for (qsizetype i = 0; i + 1 < kCrack.size(); ++i) {
        const QPointF a = kCrack[i], ab = kCrack[i + 1] - a;
        const double t =
                std::clamp(QPointF::dotProduct(p - a, ab) / QPointF::dotProduct(ab, ab), 0.0, 1.0);
        const QPointF q = a + t * ab;
        best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
    }
    return best;
}

double furthestOff(const Polyline &points)
{
    double worst = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const double len =
                std::hypot(points[i + 1].x() - points[i].x(), points[i + 1].y() - points[i].y());
        const int steps = std::max(1, int(std::ceil(len)));
        for (int k = 0; k <= steps; ++k)
            worst = std::max(worst, distanceToCrack(points[i] + (points[i + 1] - points[i]) *
                                                                        (double(k) / steps)));
    }
    return worst;
}

/// The crack sampled every kStepPx along its length (the positions a pointer passes).
Polyline alongCrack()
{
    Polyline out{kCrack.first()};
    for (qsizetype i = 0; i + 1 < kCrack.size(); ++i) {
        const QPointF a = kCrack[i], b = kCrack[i + 1];
        const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
        const int n = std::max(1, int(std::round(len / kStepPx)));
        for (int k = 1; k <= n; ++k)
            out.append(a + (b - a) * (double(k) / n));
    }
    return out;
}

struct Rig
{
    explicit Rig(bool assisted)
    {
        if (!dir.isValid())
            die(QStringLiteral("no temporary folder"));
        store = bench::check(Store::open(dir.filePath(QStringLiteral("bench.sqlite"))), "store");
        const Profile person = bench::check(
                store->addProfile(QStringLiteral("Bench"), Role::Annotator), "profile");
        Schema schema = bench::check(Schema::fromJson(R"({"format": 1, "labels": [{"name": "Scheur",
            "colour": "#d62728", "hotkey": "1", "kinds": ["crack"]}]})",
                                                      QStringLiteral("bench")),
                                     "schema");
        schema.setAssistedTracing(assisted);
        Task t;
        t.name = QStringLiteral("Bench");
        t.mediaKind = MediaKind::Image;
        t.schema = schema;
        Item i;
        i.kind = MediaKind::Image;
        i.mediaPath = kImage;
        const Task task = bench::check(store->createTask(t, {i}, person.id), "task");
        item = store->items(task.id).first();
        document = std::make_unique<ItemDocument>(*store, task, item, person);

        canvas = std::make_unique<ImageCanvas>();
        canvas->setFixedSize(kView);
        context = std::make_unique<ToolContext>();
        layer = std::make_unique<AnnotationLayer>(context.get());
        canvas->addLayer(layer.get());
        surface = std::make_unique<ImageSurface>(canvas.get(), context.get());
        manager = std::make_unique<ToolManager>(context.get(), surface.get());
        if (manager->loadStaticTools() < 1)
            die(QStringLiteral("no tools"));
        context->setDocument(document.get());
        canvas->show();
        if (!QTest::qWaitForWindowExposed(canvas.get()))
            die(QStringLiteral("the canvas was not shown"));
        canvas->setImage(kImage);
        if (!QTest::qWaitFor(
                    [this] {
                        return canvas->state() == ImageCanvas::State::Ready && canvas->isSharp();
                    },
                    60000))
            die(QStringLiteral("%1 was not shown sharp: %2").arg(kImage, canvas->errorMessage()));
        if (!manager->setActiveTool(QStringLiteral("crack")))
            die(QStringLiteral("no crack tool"));
        tool = qobject_cast<CreateShapeTool *>(manager->activeTool());
    }
    ~Rig()
    {
        manager.reset();
        context->setDocument(nullptr);
    }

    QPoint at(QPointF p) const { return canvas->mapFromImage(p).toPoint(); }
    qint64 hover(QPointF p)
    {
        QElapsedTimer t;
        t.start();
        const QPoint w = at(p);
        QMouseEvent event(QEvent::MouseMove, QPointF(w), canvas->mapToGlobal(QPointF(w)),
                          Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(canvas.get(), &event);
        ++moves;
        return t.nsecsElapsed();
    }
    qint64 click(QPointF p)
    {
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(canvas.get(), Qt::LeftButton, {}, at(p));
        ++clicks;
        return t.nsecsElapsed();
    }
    Polyline stored() const
    {
        const QList<Annotation> all = store->annotations(item.id);
        if (all.size() != 1)
            die(QStringLiteral("expected one crack, the store has %1").arg(all.size()));
        return pointsFromValue(all.first().value);
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Item item;
    std::unique_ptr<ItemDocument> document;
    std::unique_ptr<ImageCanvas> canvas;
    std::unique_ptr<ToolContext> context;
    std::unique_ptr<AnnotationLayer> layer;
    std::unique_ptr<ImageSurface> surface;
    std::unique_ptr<ToolManager> manager;
    CreateShapeTool *tool = nullptr;
    int clicks = 0;
    int moves = 0;
};

void report(const char *what, const Rig &rig, qint64 totalNs, const Polyline &crack)
{
    std::printf("  %-32s %3d clicks + Enter, %4d pointer moves, %8.1f ms program time, %3d points "
                "stored, furthest %.1f px off the crack\n",
                what, rig.clicks, rig.moves, ms(totalNs), int(crack.size()), furthestOff(crack));
}

void manual()
{
    Rig rig(false);
    const Polyline needed = LineTracer::simplify(kCrack, kTolerancePx);
    QElapsedTimer t;
    t.start();
    for (const QPointF &p : needed) {
        rig.hover(p);
        rig.click(p);
    }
    QTest::keyClick(rig.canvas.get(), Qt::Key_Return);
    const qint64 total = t.nsecsElapsed();
    report("(a) without assisted tracing", rig, total, rig.stored());
}

void assisted()
{
    Rig rig(true);
    const Polyline along = alongCrack();
    std::vector<double> firstMoves, otherMoves, clickTimes, ready;
    QElapsedTimer t;
    t.start();
    rig.hover(along.first());
    clickTimes.push_back(ms(rig.click(along.first())));
    qsizetype at = 0;
    while (at + 1 < along.size()) {
        qsizetype good = -1;
        bool first = true;
        for (qsizetype j = at + 1; j < along.size(); ++j) {
            QElapsedTimer sinceMove;
            sinceMove.start();
            const double took = ms(rig.hover(along[j]));
            (first ? firstMoves : otherMoves).push_back(took);
            first = false;
            if (rig.tool->isTracing()) {
                // What the annotator waits for: the traced preview after the pointer moved.
                if (!QTest::qWaitFor([&rig] { return !rig.tool->isTracing(); }, 60000))
                    die(QStringLiteral("the tracer did not finish"));
                ready.push_back(ms(sinceMove.nsecsElapsed()));
            }
            if (furthestOff(rig.tool->previewPath()) > kTolerancePx)
                break;
            good = j;
        }
        if (good < 0)
            good = at + 1; // not even one step: a short side, as without assistance
        rig.hover(along[good]);
        clickTimes.push_back(ms(rig.click(along[good])));
        at = good;
    }
    QTest::keyClick(rig.canvas.get(), Qt::Key_Return);
    const qint64 total = t.nsecsElapsed();
    report("(b) with assisted tracing", rig, total, rig.stored());
    std::printf(
            "      GUI thread per pointer move: first after a click (starts the worker; the first "
            "one also draws the region) median %.1f ms, max %.1f ms; others (one path) median "
            "%.2f ms\n",
            median(firstMoves), *std::max_element(firstMoves.begin(), firstMoves.end()),
            otherMoves.empty() ? 0.0 : median(otherMoves));
    if (!ready.empty())
        std::printf("      traced preview ready after the first move (worker: features and paths): "
                    "median %.1f ms, max %.1f ms, %d times\n",
                    median(ready), *std::max_element(ready.begin(), ready.end()),
                    int(ready.size()));
    std::printf("      a click (path, store write): median %.1f ms\n", median(clickTimes));
}

void tracerAlone()
{
    QImage image(kImage);
    if (image.isNull())
        die(QStringLiteral("cannot read %1").arg(kImage));
    const double scale = LineTracer::scaleFor(QSizeF(image.size()) * 2);
    // A region twice the demo image's size, as a zoomed-out view of a large photo gives it.
    const QImage pixels =
            image.scaled(QSize(int(image.width() * 2 * scale), int(image.height() * 2 * scale)),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::vector<double> features, paths, one;
    for (int run = 0; run < 5; ++run) {
        LineTracer tracer;
        QElapsedTimer t;
        t.start();
        tracer.setRegion(pixels, QRectF(0, 0, image.width() * 2, image.height() * 2));
        features.push_back(ms(t.nsecsElapsed()));
        t.restart();
        tracer.setSource(kCrack.first() * 2);
        paths.push_back(ms(t.nsecsElapsed()));
        t.restart();
        const Polyline p = tracer.pathTo(kCrack.last() * 2, 2.0);
        one.push_back(ms(t.nsecsElapsed()));
        if (p.size() < 2)
            die(QStringLiteral("the tracer found no path"));
    }
    std::printf("  (c) tracer alone, %d x %d working pixels: features %.1f ms, paths from a point "
                "%.1f ms, one path %.2f ms (medians of 5)\n",
                pixels.width(), pixels.height(), median(features), median(paths), median(one));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    registerBuiltinTools();
    std::printf("bench_assist: the demo dike crack (%s, 1600 x 1200), main crack of %d vertices; "
                "canvas %d x %d, whole image fitted; tolerance %.0f px\n",
                qPrintable(QDir(QStringLiteral(ANNOSTRAAT_SOURCE_DIR)).relativeFilePath(kImage)),
                int(kCrack.size()), kView.width(), kView.height(), kTolerancePx);
    manual();
    assisted();
    tracerAlone();
    return 0;
}
