// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A window with a real ImageCanvas showing a real PNG (200 × 100 unless told), the tool framework wired
// as the main window wires it, and a store in a temporary folder.

#include "canvas/annotationlayer.h"
#include "canvas/imagecanvas.h"
#include "canvas/imagesurface.h"
#include "document/itemdocument.h"
#include "labelpicker.h"
#include "quality/geometry.h"
#include "store/store.h"
#include "toolcontext.h"
#include "toolmanager.h"

#include <QImage>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace annostraat::test {

/// What the bench shows: by default a flat 200 × 100 PNG on a 400 × 200 canvas, the task
/// without assisted tracing.
struct ToolBenchSetup
{
    QImage image;
    QSize canvasSize{400, 200};
    bool assistedTracing = false;
};

struct ToolBench
{
    ToolBench() : ToolBench(ToolBenchSetup()) {}
    explicit ToolBench(const ToolBenchSetup &setup);
    ~ToolBench();

    /// Widget position of image point (x, y).
    QPoint at(double x, double y) const;
    /// The image point a click at at(x, y) really lands on (after rounding to pixels).
    QPointF landed(double x, double y) const;

    void use(const QString &toolId);
    void click(QPoint p, Qt::KeyboardModifiers mods = {});
    void doubleClick(QPoint p);
    void press(QPoint p);
    void release(QPoint p);
    /// A move with the left button held (QTest::mouseMove carries no buttons in Qt 6).
    void dragMove(QPoint p);
    /// A move with no button held (hover).
    void hover(QPoint p);
    /// Press, a few moves with the button held, release.
    void drag(QPoint from, QPoint to);
    void key(int key, Qt::KeyboardModifiers mods = {});

    QList<Annotation> stored() const;
    Annotation only() const;
    void reopen();

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile annotator;
    Task task;
    Item item;
    std::unique_ptr<ItemDocument> doc;
    std::unique_ptr<QWidget> window;
    ImageCanvas *canvas = nullptr;
    LabelPicker *picker = nullptr;
    std::unique_ptr<ToolContext> context;
    std::unique_ptr<ImageSurface> surface;
    std::unique_ptr<AnnotationLayer> layer;
    std::unique_ptr<ToolManager> manager;
};

Box boxOf(const Annotation &a);
Polyline pointsOf(const Annotation &a);

} // namespace annostraat::test
