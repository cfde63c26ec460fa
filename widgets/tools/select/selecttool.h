// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Select and edit annotations of the user's own layer (others' layers are read-only).
//
// Design note. A drag (move, resize by a box handle, move a vertex) is many setValue calls
// with continuing=true, wrapped in one undo macro opened at the first real change, so a
// drag is exactly one undo step and two drags in a row stay two steps (continuing edits of
// the same field would otherwise merge across gestures). Each call writes the store at
// once, so a crash mid-drag keeps the shape as it was at the last pointer move. The hit
// tolerance is in screen pixels (ImageSurface::kHitTolerancePx) whatever the zoom.

#include "canvas/imagetool.h"
#include "quality/geometry.h"
#include "toolplugin.h"

#include <QJsonObject>
#include <QPointer>
#include <QUndoStack>

namespace annostraat {

struct Annotation;

class SelectTool : public ImageTool
{
    Q_OBJECT

public:
    SelectTool(ToolContext *context, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("select"); }
    QString name() const override { return tr("Select and edit"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_V); }
    QString statusText() const override;
    QCursor cursor() const override { return Qt::ArrowCursor; }
    /// Every kind that has a shape on an image.
    QList<AnnotationKind> annotationKinds() const override;

    /// The topmost visible own annotation at \a imagePos, or an empty id.
    QString annotationAt(QPointF imagePos) const;

    bool canvasMousePress(QMouseEvent *event, QPointF imagePos) override;
    bool canvasMouseMove(QMouseEvent *event, QPointF imagePos) override;
    bool canvasMouseRelease(QMouseEvent *event, QPointF imagePos) override;
    bool canvasMouseDoubleClick(QMouseEvent *event, QPointF imagePos) override;
    bool canvasKeyPress(QKeyEvent *event) override;
    void canvasLeave() override;
    void paintLayer(QPainter &painter, const ImageCanvas &canvas) override;

protected:
    void deactivated() override;

private:
    enum class Drag { None, Body, Handle, Vertex };

    const Annotation *selected() const;
    // By value: a caller may pass the id of an entry of the context's cache, which a write refreshes.
    bool write(QString id, const QJsonObject &value, bool continuing);
    bool insertVertexNear(QPointF imagePos);
    void endDrag();
    void updateCursor(const Annotation *a, QPointF imagePos);

    Drag m_drag = Drag::None;
    QString m_dragId;
    QJsonObject m_dragOrigin; ///< the value when the drag began
    QPointF m_dragStart;
    int m_dragIndex = -1;              ///< box handle or vertex
    QPointer<QUndoStack> m_macroStack; ///< where the drag's macro is open, if it is
    int m_hoverVertex = -1;            ///< of the selected polygon or crack
    int m_selectedVertex = -1;
    QPointF m_hover;
    bool m_hasHover = false;
};

class SelectToolPlugin : public QObject, public ToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ANNOSTRAAT_TOOL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(annostraat::ToolPlugin)

public:
    AbstractTool *createTool(ToolContext *context, QObject *parent) override
    {
        return new SelectTool(context, parent);
    }
};

} // namespace annostraat
