// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of every annotation tool (Tiled's AbstractTool is the model).
//
// Design note. A tool has an explicit lifecycle: the ToolManager activates one tool at a
// time; activate() makes it the canvas' input and one of its layers (for its preview),
// deactivate() undoes that and must finish or drop any gesture in progress. Pointer events
// arrive in image coordinates through CanvasInput; a hook returns true when it used the
// event, otherwise the canvas pans and zooms with it. Tools never write the document
// themselves other than through core's Commands facade, so every change is one undo step
// and is in the store at once.

#include "canvas/imagecanvas.h"
#include "model/kinds.h"

#include <QCursor>
#include <QIcon>
#include <QKeySequence>
#include <QObject>

namespace annostraat {

class ToolContext;

class AbstractTool : public QObject, public CanvasInput, public CanvasLayer
{
    Q_OBJECT

public:
    AbstractTool(ToolContext *context, QObject *parent = nullptr);
    ~AbstractTool() override;

    /// Stable id ("select", "box", "polygon", "crack"); used in settings and tests.
    virtual QString id() const = 0;
    /// Translated name for menus and the toolbar.
    virtual QString name() const = 0;
    virtual QIcon icon() const { return {}; }
    /// The default key; the ToolManager drops it when a label hotkey uses the same key.
    virtual QKeySequence shortcut() const = 0;
    /// A one-line hint for the status bar while the tool is active.
    virtual QString statusText() const = 0;
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    /// Media kinds the tool works on.
    virtual QList<MediaKind> mediaKinds() const { return {MediaKind::Image}; }
    /// Annotation kinds the tool creates or edits.
    virtual QList<AnnotationKind> annotationKinds() const = 0;

    ToolContext *context() const { return m_context; }
    bool isActive() const { return m_active; }

    /// Becomes the canvas' input and paints its preview on it.
    void activate();
    /// Leaves the canvas; a gesture in progress is finished (stored work kept) or dropped.
    void deactivate();

    // CanvasInput: by default nothing is used.
    bool canvasMousePress(QMouseEvent *, QPointF) override { return false; }
    bool canvasMouseMove(QMouseEvent *, QPointF) override { return false; }
    bool canvasMouseRelease(QMouseEvent *, QPointF) override { return false; }
    bool canvasMouseDoubleClick(QMouseEvent *, QPointF) override { return false; }
    bool canvasKeyPress(QKeyEvent *) override { return false; }
    // CanvasLayer: the tool's preview; nothing by default.
    void paintLayer(QPainter &, const ImageCanvas &) override {}

Q_SIGNALS:
    /// The status text changed (e.g. "click the first point to close").
    void statusTextChanged(const QString &text);

protected:
    virtual void activated() {}
    /// Finish or drop the gesture in progress.
    virtual void deactivated() {}

private:
    void attach(ImageCanvas *canvas);
    void detach();

    ToolContext *m_context;
    QPointer<ImageCanvas> m_canvas;
    bool m_active = false;
};

} // namespace annostraat
