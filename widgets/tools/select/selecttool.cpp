// SPDX-License-Identifier: GPL-3.0-or-later
#include "selecttool.h"

#include "toolcontext.h"

#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/kinds/annotationkinds.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace annostraat {

namespace {

// The tool edits shapes by their form on the image; what the kind is stays with the kind.
ImageShape shapeOf(AnnotationKind kind)
{
    return AnnotationKinds::get(kind).imageShape();
}

int minimumVertices(AnnotationKind kind)
{
    return AnnotationKinds::get(kind).minimumPoints();
}

bool isPolyline(AnnotationKind kind)
{
    const ImageShape shape = shapeOf(kind);
    return shape == ImageShape::ClosedOutline || shape == ImageShape::OpenPolyline;
}

bool isRect(AnnotationKind kind)
{
    return shapeOf(kind) == ImageShape::Rect;
}

} // namespace

SelectTool::SelectTool(ToolContext *context, QObject *parent)
    : ImageTool(context, parent)
{
    connect(context, &ToolContext::selectionChanged, this, [this] {
        m_hoverVertex = -1;
        m_selectedVertex = -1;
    });
    connect(context, &ToolContext::documentChanged, this, [this] { endDrag(); });
}

QList<AnnotationKind> SelectTool::annotationKinds() const
{
    QList<AnnotationKind> kinds;
    for (const AnnotationKindInfo *kind : AnnotationKinds::all())
        if (kind->imageShape() != ImageShape::None)
            kinds << kind->kind();
    return kinds;
}

QString SelectTool::statusText() const
{
    return tr("Click to select; drag to move; drag a handle to reshape; double-click an edge "
              "or press Insert to add a vertex; Delete removes; arrows nudge.");
}

const Annotation *SelectTool::selected() const
{
    const QString id = context()->selectedId();
    return context()->isHidden(id) ? nullptr : context()->ownAnnotation(id);
}

QString SelectTool::annotationAt(QPointF p) const
{
    const QList<Annotation> &all = context()->ownAnnotations();
    // Two passes: a shape the pointer is inside beats one it is only near (small boxes side
    // by side), then the tolerance. Painted in list order, so the last one hit is on top.
    for (const double tol : {0.0, hitTolerance()}) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            const Annotation &a = *it;
            if (context()->isHidden(a.id))
                continue;
            bool hit = false;
            switch (shapeOf(a.kind)) {
            case ImageShape::Rect:
                if (const auto box = boxFromValue(a.value))
                    hit = QRectF(box->x, box->y, box->w, box->h)
                                  .adjusted(-tol, -tol, tol, tol)
                                  .contains(p);
                break;
            case ImageShape::ClosedOutline: {
                const Polyline points = pointsFromValue(a.value);
                hit = polygonContains(points, p) ||
                      (tol > 0 && segmentAt(points, p, tol, true) >= 0);
                break;
            }
            case ImageShape::OpenPolyline: {
                const Polyline points = pointsFromValue(a.value);
                hit = tol > 0 &&
                      (segmentAt(points, p, tol, false) >= 0 || vertexAt(points, p, tol) >= 0);
                break;
            }
            case ImageShape::None:
                break;
            }
            if (hit)
                return a.id;
        }
    }
    return {};
}

bool SelectTool::write(QString id, const QJsonObject &value, bool continuing)
{
    ItemDocument *doc = context()->document();
    const Annotation *a = context()->ownAnnotation(id);
    if (!doc || !a || a->value == value)
        return false;
    // The store would refuse a crossing outline too, but mid-drag the tool must know first:
    // it keeps the last valid shape instead of reporting an error at every move.
    const Result<void> valid = AnnotationKinds::get(a->kind).validate(value);
    if (!valid) {
        // Mid-drag the shape just stays at its last valid form; a key press says why.
        if (!continuing)
            context()->showStatus(tr("Not changed: %1").arg(valid.error().message()));
        return false;
    }
    if (continuing && !m_macroStack) {
        m_macroStack = doc->undoStack();
        m_macroStack->beginMacro(
                tr("Edit %1").arg(AnnotationKinds::get(a->kind).displayName().toLower()));
    }
    auto r = Commands::setValue(*doc, id, value, continuing);
    if (!r) {
        context()->showStatus(r.error().message());
        return false;
    }
    return true;
}

void SelectTool::endDrag()
{
    // The stack the macro was opened on: the document may have changed since.
    if (m_macroStack)
        m_macroStack->endMacro();
    m_macroStack = nullptr;
    m_drag = Drag::None;
    m_dragId.clear();
    m_dragIndex = -1;
}

void SelectTool::deactivated()
{
    endDrag();
}

bool SelectTool::canvasMousePress(QMouseEvent *event, QPointF imagePos)
{
    const QSizeF bounds = imageSize();
    if (event->button() != Qt::LeftButton || bounds.isEmpty() || !context()->document())
        return false;
    endDrag();
    const double tol = hitTolerance();
    const QPointF p = clampPoint(imagePos, bounds);
    if (const Annotation *a = selected()) {
        if (isRect(a->kind)) {
            if (const auto box = boxFromValue(a->value)) {
                if (const int h = boxHandleAt(*box, imagePos, tol); h >= 0) {
                    m_drag = Drag::Handle;
                    m_dragIndex = h;
                }
            }
        } else if (isPolyline(a->kind)) {
            if (const int v = vertexAt(pointsFromValue(a->value), imagePos, tol); v >= 0) {
                m_drag = Drag::Vertex;
                m_dragIndex = v;
                m_selectedVertex = v;
            }
        }
        if (m_drag != Drag::None) {
            m_dragId = a->id;
            m_dragOrigin = a->value;
            m_dragStart = p;
            updateCanvas();
            return true;
        }
    }
    const QString hit = annotationAt(imagePos);
    context()->setSelectedId(hit);
    if (hit.isEmpty())
        return false; // empty space: let the canvas pan
    m_drag = Drag::Body;
    m_dragId = hit;
    m_dragOrigin = context()->ownAnnotation(hit)->value;
    m_dragStart = p;
    return true;
}

void SelectTool::updateCursor(const Annotation *a, QPointF imagePos)
{
    ImageCanvas *view = canvas();
    if (!view)
        return;
    // The cursor tells what a press would do: resize, move a vertex, move the shape.
    Qt::CursorShape shape = Qt::ArrowCursor;
    const double tol = hitTolerance();
    if (a && isRect(a->kind)) {
        if (const auto box = boxFromValue(a->value)) {
            static constexpr Qt::CursorShape kHandleCursors[kBoxHandleCount] = {
                    Qt::SizeFDiagCursor, Qt::SizeVerCursor, Qt::SizeBDiagCursor, Qt::SizeHorCursor,
                    Qt::SizeFDiagCursor, Qt::SizeVerCursor, Qt::SizeBDiagCursor, Qt::SizeHorCursor};
            if (const int h = boxHandleAt(*box, imagePos, tol); h >= 0)
                shape = kHandleCursors[h];
        }
    } else if (a && isPolyline(a->kind) &&
               vertexAt(pointsFromValue(a->value), imagePos, tol) >= 0) {
        shape = Qt::CrossCursor;
    }
    if (shape == Qt::ArrowCursor && !annotationAt(imagePos).isEmpty())
        shape = Qt::SizeAllCursor;
    if (view->cursor().shape() != shape)
        view->setCursor(shape);
}

bool SelectTool::canvasMouseMove(QMouseEvent *event, QPointF imagePos)
{
    const QSizeF bounds = imageSize();
    if (bounds.isEmpty())
        return false;
    m_hover = imagePos;
    m_hasHover = true;
    // The release of a drag can get lost (a window popped up, Alt+Tab): a move without the
    // button ends the drag, so its undo step is closed and Undo works again.
    if (m_drag != Drag::None && !(event->buttons() & Qt::LeftButton))
        endDrag();
    if (m_drag == Drag::None || !(event->buttons() & Qt::LeftButton)) {
        const int before = m_hoverVertex;
        const Annotation *a = selected();
        updateCursor(a, imagePos);
        m_hoverVertex = a && isPolyline(a->kind) ? vertexAt(pointsFromValue(a->value), imagePos,
                                                            hitTolerance())
                                                 : -1;
        if (before != m_hoverVertex)
            updateCanvas();
        return false;
    }
    const Annotation *a = context()->ownAnnotation(m_dragId);
    if (!a)
        return true;
    const QPointF p = clampPoint(imagePos, bounds);
    QJsonObject value;
    if (isRect(a->kind)) {
        const auto origin = boxFromValue(m_dragOrigin);
        if (!origin)
            return true;
        const Box box = m_drag == Drag::Handle
                                ? resizeBox(*origin, BoxHandle(m_dragIndex), p, bounds)
                                : moveBox(*origin, p - m_dragStart, bounds);
        if (box.w <= 0 || box.h <= 0)
            return true; // a box without area is not a box: wait for the next move
        value = boxToValue(box);
    } else if (isPolyline(a->kind)) {
        Polyline points = pointsFromValue(m_dragOrigin);
        if (m_drag == Drag::Vertex && m_dragIndex < points.size())
            points[m_dragIndex] = p;
        else
            points = movePolyline(points, p - m_dragStart, bounds);
        value = polylineToValue(points);
    } else {
        return true;
    }
    write(m_dragId, value, true);
    return true;
}

bool SelectTool::canvasMouseRelease(QMouseEvent *event, QPointF)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return false;
    endDrag();
    return true;
}

bool SelectTool::insertVertexNear(QPointF imagePos)
{
    const Annotation *a = selected();
    if (!a || !isPolyline(a->kind))
        return false;
    const Polyline points = pointsFromValue(a->value);
    QPointF foot;
    const int segment = segmentAt(points, imagePos, hitTolerance(),
                                  shapeOf(a->kind) == ImageShape::ClosedOutline, &foot);
    if (segment < 0)
        return false;
    const Polyline next = insertVertex(points, segment, clampPoint(foot, imageSize()));
    if (!write(a->id, polylineToValue(next), false))
        return false;
    m_selectedVertex = segment + 1;
    return true;
}

bool SelectTool::canvasMouseDoubleClick(QMouseEvent *event, QPointF imagePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    endDrag();
    return insertVertexNear(imagePos);
}

bool SelectTool::canvasKeyPress(QKeyEvent *event)
{
    const Annotation *a = selected();
    if (!a)
        return false; // nothing selected: arrows pan, Esc goes elsewhere
    ItemDocument *doc = context()->document();
    const QSizeF bounds = imageSize();
    switch (event->key()) {
    case Qt::Key_Escape:
        endDrag();
        context()->setSelectedId({});
        return true;
    case Qt::Key_Delete: {
        endDrag();
        const int vertex = m_hoverVertex >= 0 ? m_hoverVertex : m_selectedVertex;
        if (isPolyline(a->kind) && vertex >= 0) {
            Polyline points = pointsFromValue(a->value);
            if (vertex < points.size() && points.size() > minimumVertices(a->kind)) {
                points.removeAt(vertex);
                m_hoverVertex = m_selectedVertex = -1;
                write(a->id, polylineToValue(points), false);
                return true;
            }
        }
        const QString id = a->id;
        if (auto r = Commands::removeAnnotation(*doc, id); !r)
            context()->showStatus(r.error().message());
        context()->setSelectedId({});
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (!a->suggested || event->modifiers() != Qt::NoModifier)
            return false;
        endDrag();
        const QString id = a->id;
        if (auto r = Commands::acceptSuggestion(*doc, id); !r)
            context()->showStatus(r.error().message());
        return true;
    }
    case Qt::Key_Insert:
        if (m_hasHover && !insertVertexNear(m_hover))
            context()->showStatus(tr("Point at an edge of the selected shape to add a vertex."));
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (bounds.isEmpty())
            return true;
        const double step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
        const QPointF delta(event->key() == Qt::Key_Left    ? -step
                            : event->key() == Qt::Key_Right ? step
                                                            : 0,
                            event->key() == Qt::Key_Up     ? -step
                            : event->key() == Qt::Key_Down ? step
                                                           : 0);
        if (isRect(a->kind)) {
            if (const auto box = boxFromValue(a->value))
                write(a->id, boxToValue(moveBox(*box, delta, bounds)), false);
        } else if (isPolyline(a->kind)) {
            write(a->id, polylineToValue(movePolyline(pointsFromValue(a->value), delta, bounds)),
                  false);
        }
        return true;
    }
    default:
        return false;
    }
}

void SelectTool::canvasLeave()
{
    m_hasHover = false;
    if (m_hoverVertex >= 0) {
        m_hoverVertex = -1;
        updateCanvas();
    }
}

void SelectTool::paintLayer(QPainter &painter, const ImageCanvas &canvas)
{
    // The AnnotationLayer draws the selection and its handles; the tool only marks the
    // vertex that Delete would remove.
    const Annotation *a = selected();
    const int vertex = m_hoverVertex >= 0 ? m_hoverVertex : m_selectedVertex;
    if (!a || !isPolyline(a->kind) || vertex < 0)
        return;
    const Polyline points = pointsFromValue(a->value);
    if (vertex >= points.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 2));
    painter.setBrush(Qt::white);
    painter.drawRect(
            QRectF(canvas.mapFromImage(points.at(vertex)) - QPointF(6, 6), QSizeF(12, 12)));
    painter.restore();
}

} // namespace annostraat
