// SPDX-License-Identifier: GPL-3.0-or-later
#include "createshapetool.h"

#include "toolcontext.h"

#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/kinds/annotationkinds.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace annostraat {

namespace {

// A press that moves less than this (screen pixels) is a click, not a drag.
constexpr double kClickSlopPx = 3.0;

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

CreateShapeTool::CreateShapeTool(ToolContext *context, QObject *parent)
    : ImageTool(context, parent)
{
    connect(context, &ToolContext::annotationsChanged, this, [this](const QString &id) {
        if (!m_writing && m_state == State::Creating && id == m_createdId)
            reset(); // an undo or another view changed it: let go, the store has it
    });
    connect(context, &ToolContext::documentChanged, this, [this] { reset(); });
}

void CreateShapeTool::setState(State state)
{
    m_state = state;
    updateCanvas();
}

bool CreateShapeTool::isStorable(const Polyline &points) const
{
    return AnnotationKinds::get(shapeKind()).validate(valueFor(points)).ok();
}

void CreateShapeTool::reset()
{
    m_points.clear();
    m_stored.clear();
    m_createdId.clear();
    m_dragging = false;
    setState(State::Idle);
}

bool CreateShapeTool::requestFinish()
{
    if (m_state == State::Creating) {
        if (const QString problem = problemOnClose(m_points); !problem.isEmpty()) {
            context()->showStatus(problem);
            return false;
        }
    }
    finish();
    return true;
}

void CreateShapeTool::finish()
{
    if (m_state == State::Preview && !m_points.isEmpty())
        context()->showStatus(tooFewPointsMessage());
    else if (m_state == State::Creating && m_points != m_stored)
        context()->showStatus(tr("The outline as drawn crosses itself and was not kept; the "
                                 "last outline that did not cross itself stays."));
    // The finished shape becomes the chosen one, so its attributes (a damage rating) can be
    // given at once (Ctrl+E) and the list shows which row it is.
    const QString finished = m_state == State::Creating ? m_createdId : QString();
    reset();
    if (!finished.isEmpty())
        context()->setSelectedId(finished);
}

bool CreateShapeTool::addPoint(QPointF p)
{
    ItemDocument *doc = context()->document();
    if (!doc)
        return false;
    // A second click on the same spot (the first half of a double-click) adds nothing.
    if (!m_points.isEmpty() && distance(p, m_points.last()) < hitTolerance() / 3)
        return false;
    if (m_points.isEmpty()) {
        m_label = context()->labelFor(shapeKind());
        if (m_label.isEmpty())
            return false;
    }
    Polyline next = m_points;
    next.append(p);
    // The sides drawn so far must not cross (the closing side is checked on closing).
    if (next.size() >= minimumPoints()) {
        if (const QString problem = problemWith(next); !problem.isEmpty()) {
            context()->showStatus(problem);
            if (completeWhenStored())
                reset();
            return false;
        }
    }
    // The store takes only valid values. An outline whose moving closing side crosses
    // another side (a normal moment while outlining a concave patch) is held here until
    // further points make it valid; the store keeps the last valid outline meanwhile.
    const bool storable =
            next.size() >= minimumPoints() && (completeWhenStored() || isStorable(next));
    if (m_state == State::Creating && !storable) {
        m_points = next;
        updateCanvas();
        return true;
    }
    m_writing = true;
    if (m_state == State::Creating) {
        auto r = Commands::setValue(*doc, m_createdId, valueFor(next));
        m_writing = false;
        if (!r) {
            context()->showStatus(r.error().message());
            return false;
        }
        m_points = next;
        m_stored = next;
    } else if (storable) {
        auto r = Commands::addAnnotation(*doc, shapeKind(), m_label, valueFor(next),
                                         context()->defaultAttributes(m_label));
        m_writing = false;
        if (!r) {
            context()->showStatus(r.error().message());
            if (completeWhenStored())
                reset();
            return false;
        }
        m_points = next;
        m_stored = next;
        m_createdId = *r;
        setState(State::Creating);
        if (completeWhenStored()) {
            reset();
            context()->setSelectedId(*r);
        }
    } else {
        m_writing = false;
        m_points = next;
        setState(State::Preview);
    }
    updateCanvas();
    return true;
}

void CreateShapeTool::removeLastPoint()
{
    ItemDocument *doc = context()->document();
    Polyline next = m_points;
    next.removeLast();
    if (m_state == State::Creating && doc) {
        if (next.size() >= minimumPoints()) {
            if (const QString problem = problemWith(next); !problem.isEmpty()) {
                context()->showStatus(problem);
                return;
            }
            // Still crossing without that point: the tool holds the points, the store its
            // last valid outline. Valid again: the store gets it (unless it has it already).
            if (!isStorable(next) || next == m_stored) {
                m_points = next;
                updateCanvas();
                return;
            }
        }
        m_writing = true;
        if (next.size() >= minimumPoints()) {
            auto r = Commands::setValue(*doc, m_createdId, valueFor(next));
            m_writing = false;
            if (!r) {
                context()->showStatus(r.error().message());
                return;
            }
            m_points = next;
            m_stored = next;
            updateCanvas();
            return;
        }
        auto r = Commands::removeAnnotation(*doc, m_createdId);
        m_writing = false;
        if (!r) {
            context()->showStatus(r.error().message());
            return;
        }
        m_createdId.clear();
    }
    m_points = next;
    setState(m_points.isEmpty() ? State::Idle : State::Preview);
}

bool CreateShapeTool::canvasMousePress(QMouseEvent *event, QPointF imagePos)
{
    const QSizeF bounds = imageSize();
    if (event->button() != Qt::LeftButton || bounds.isEmpty() || !context()->document())
        return false;
    const QPointF p = clampPoint(imagePos, bounds);
    m_hover = p;
    m_hasHover = true;
    if (closesOnFirstPoint() && m_points.size() >= minimumPoints() &&
        distance(p, m_points.first()) <= hitTolerance()) {
        requestFinish();
        return true;
    }
    if (dragsToCreate() && m_points.isEmpty()) {
        if (addPoint(p)) {
            m_dragging = true;
            m_pressWidgetPos = event->position();
        }
        return true;
    }
    addPoint(p);
    return true;
}

bool CreateShapeTool::canvasMouseMove(QMouseEvent *, QPointF imagePos)
{
    const QSizeF bounds = imageSize();
    if (bounds.isEmpty())
        return false;
    m_hover = clampPoint(imagePos, bounds);
    m_hasHover = true;
    if (m_state == State::Idle)
        return false;
    updateCanvas();
    return true;
}

bool CreateShapeTool::canvasMouseRelease(QMouseEvent *event, QPointF imagePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_dragging) {
        m_dragging = false;
        const QSizeF bounds = imageSize();
        if (distance(event->position(), m_pressWidgetPos) > kClickSlopPx && !bounds.isEmpty())
            addPoint(clampPoint(imagePos, bounds));
        // else: a click; the next click gives the other corner
        return true;
    }
    return m_state != State::Idle;
}

bool CreateShapeTool::canvasMouseDoubleClick(QMouseEvent *event, QPointF)
{
    if (event->button() != Qt::LeftButton || m_state == State::Idle)
        return false;
    if (!dragsToCreate())
        requestFinish();
    return true;
}

bool CreateShapeTool::canvasKeyPress(QKeyEvent *event)
{
    if (m_state == State::Idle)
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        requestFinish();
        return true;
    case Qt::Key_Escape:
        finish(); // Esc always lets go; stored work stays as it is
        return true;
    case Qt::Key_Backspace:
        removeLastPoint();
        return true;
    default:
        return false;
    }
}

void CreateShapeTool::canvasLeave()
{
    m_hasHover = false;
    updateCanvas();
}

void CreateShapeTool::paintLayer(QPainter &painter, const ImageCanvas &canvas)
{
    if (m_state == State::Idle || m_points.isEmpty())
        return;
    const LabelSpec *spec = context()->labelSpec(m_label);
    const QColor colour = spec && spec->colour.isValid() ? spec->colour : QColor(Qt::yellow);
    QPolygonF shape;
    for (const QPointF &p : m_points)
        shape << canvas.mapFromImage(p);
    if (m_hasHover)
        shape << canvas.mapFromImage(m_hover);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (dragsToCreate() && shape.size() >= 2)
        painter.drawRect(QRectF(shape.first(), shape.last()).normalized());
    else if (closedPreview() && shape.size() >= 3)
        painter.drawPolygon(shape);
    else
        painter.drawPolyline(shape);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(colour);
    for (const QPointF &p : m_points)
        painter.drawEllipse(canvas.mapFromImage(p), 4, 4);
    painter.restore();
}

} // namespace annostraat
