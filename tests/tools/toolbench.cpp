// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolbench.h"

#include "builtintools.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QMouseEvent>
#include <QTest>

#include <catch2/catch.hpp>

namespace annostraat::test {

namespace {

// Labels for every image tool; "Bord" takes B, which the box tool would otherwise have.
const char kSchema[] = R"({
  "format": 1,
  "labels": [
    {"name": "Buffer", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box", "polygon"],
     "attributes": [{"name": "schade", "type": "int", "min": 0, "max": 5, "default": 2}]},
    {"name": "Scheur", "colour": "#d62728", "hotkey": "2", "kinds": ["crack"]},
    {"name": "Roest", "colour": "#ff7f0e", "hotkey": "3", "kinds": ["box", "polygon"]},
    {"name": "Bord", "colour": "#2ca02c", "hotkey": "b", "kinds": ["box"]}
  ]
})";

} // namespace

ToolBench::ToolBench(const ToolBenchSetup &setup)
{
    REQUIRE(dir.isValid());
    QImage image = setup.image;
    if (image.isNull()) {
        image = QImage(200, 100, QImage::Format_RGB32);
        image.fill(Qt::darkGray);
    }
    const QString imagePath = dir.filePath(QStringLiteral("shot.png"));
    REQUIRE(image.save(imagePath));

    store = openStore(dir.filePath(QStringLiteral("store.sqlite")));
    auto profile = store->addProfile(QStringLiteral("Anna"), Role::Annotator);
    REQUIRE(profile.ok());
    annotator = *profile;
    auto schema = Schema::fromJson(QByteArray(kSchema), QStringLiteral("tools-schema.json"));
    REQUIRE(schema.ok());
    schema->setAssistedTracing(setup.assistedTracing);
    Task t;
    t.name = QStringLiteral("Kademuren");
    t.schema = *schema;
    Item i;
    i.mediaPath = imagePath;
    i.sha256 = QString(64, QLatin1Char('b'));
    i.size = QFileInfo(imagePath).size();
    auto created = store->createTask(t, {i}, annotator.id);
    REQUIRE(created.ok());
    task = *created;
    item = store->items(task.id).first();
    doc = std::make_unique<ItemDocument>(*store, task, item, annotator);

    // Wired as the main window wires it.
    registerBuiltinTools();
    window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    canvas = new ImageCanvas(nullptr, window.get());
    canvas->setFixedSize(setup.canvasSize);
    layout->addWidget(canvas);
    context = std::make_unique<ToolContext>();
    layer = std::make_unique<AnnotationLayer>(context.get());
    canvas->addLayer(layer.get());
    surface = std::make_unique<ImageSurface>(canvas, context.get());
    manager = std::make_unique<ToolManager>(context.get(), surface.get());
    REQUIRE(manager->loadStaticTools() == 4);
    picker = new LabelPicker(context.get(), window.get());
    layout->addWidget(picker);
    window->addActions(manager->toolActions());
    context->setDocument(doc.get());

    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    canvas->setImage(imagePath);
    REQUIRE(QTest::qWaitFor([this] { return canvas->state() == ImageCanvas::State::Ready; },
                            10000));
    canvas->setFocus();
    REQUIRE(canvas->imageSize() == image.size());
}

ToolBench::~ToolBench()
{
    // The tools point at the canvas and the document: take them down first.
    manager.reset();
    context->setDocument(nullptr);
}

QPoint ToolBench::at(double x, double y) const
{
    return canvas->mapFromImage(QPointF(x, y)).toPoint();
}

QPointF ToolBench::landed(double x, double y) const
{
    return canvas->mapToImage(QPointF(at(x, y)));
}

void ToolBench::use(const QString &toolId)
{
    REQUIRE(manager->setActiveTool(toolId));
}

void ToolBench::click(QPoint p, Qt::KeyboardModifiers mods)
{
    hover(p);
    QTest::mouseClick(canvas, Qt::LeftButton, mods, p);
}

void ToolBench::doubleClick(QPoint p)
{
    hover(p);
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, p);
}

void ToolBench::press(QPoint p)
{
    hover(p);
    QTest::mousePress(canvas, Qt::LeftButton, {}, p);
}

void ToolBench::release(QPoint p)
{
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, p);
}

void ToolBench::dragMove(QPoint p)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(p), canvas->mapToGlobal(QPointF(p)), Qt::NoButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &event);
}

void ToolBench::hover(QPoint p)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(p), canvas->mapToGlobal(QPointF(p)), Qt::NoButton,
                      Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &event);
}

void ToolBench::drag(QPoint from, QPoint to)
{
    press(from);
    for (int step = 1; step <= 4; ++step)
        dragMove(from + (to - from) * step / 4);
    release(to);
}

void ToolBench::key(int key, Qt::KeyboardModifiers mods)
{
    QTest::keyClick(canvas, Qt::Key(key), mods);
}

QList<Annotation> ToolBench::stored() const
{
    return store->annotations(item.id);
}

Annotation ToolBench::only() const
{
    const QList<Annotation> all = stored();
    REQUIRE(all.size() == 1);
    return all.first();
}

void ToolBench::reopen()
{
    // What a restart after a crash sees: a fresh connection to the same file.
    auto again = openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const QList<Annotation> before = again->annotations(item.id);
    REQUIRE(before == stored());
}

Box boxOf(const Annotation &a)
{
    const auto box = boxFromValue(a.value);
    REQUIRE(box.ok());
    return *box;
}

Polyline pointsOf(const Annotation &a)
{
    return pointsFromValue(a.value);
}

} // namespace annostraat::test
