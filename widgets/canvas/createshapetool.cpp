// SPDX-License-Identifier: GPL-3.0-or-later
#include "createshapetool.h"

#include "toolcontext.h"

#include "assist/linetracer.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/kinds/annotationkinds.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPromise>
#include <QThreadPool>

#include <cmath>

namespace annostraat {

namespace {

// A press that moves less than this (screen pixels) is a click, not a drag.
constexpr double kClickSlopPx = 3.0;
// A traced path is simplified until no pixel of it is further than this (screen pixels) from
// the points placed, and never finer than kTraceMinTolerance image pixels.
constexpr double kTraceTolerancePx = 1.5;
constexpr double kTraceMinTolerance = 1.0;
// Around what is visible, the tracer also sees this share of the view on each side, so a path
// may leave the view a little.
constexpr double kTraceMargin = 0.25;

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
    connect(context, &ToolContext::documentChanged, this, [this] {
        dropJob();
        m_tracer.reset(); // another image
        reset();
    });
}

CreateShapeTool::~CreateShapeTool()
{
    dropJob();
}

bool CreateShapeTool::isAssisted() const
{
    const ItemDocument *doc = context()->document();
    return tracesLines() && doc && doc->task().schema.assistedTracing();
}

QString CreateShapeTool::assistedNote() const
{
    if (!isAssisted())
        return {};
    return tr("Assisted tracing is on: the line from the last point follows the dark line to "
              "the pointer, and a click places its points. Hold Shift for a straight side.");
}

QString CreateShapeTool::keyboardNote()
{
    return tr("By keyboard: the arrows move the cross, Space clicks.");
}

QString CreateShapeTool::toolTipNote() const
{
    return isAssisted() ? tr("Assisted tracing: follows the dark line; Shift for a straight side.")
                        : QString();
}

Polyline CreateShapeTool::previewPath() const
{
    if (m_state == State::Idle || m_points.isEmpty() || !m_hasHover)
        return {};
    return m_traced.isEmpty() ? Polyline{m_points.last(), m_hover} : m_traced;
}

bool CreateShapeTool::tracerReadyFor(QPointF from, QPointF target) const
{
    const ImageCanvas *view = canvas();
    return view && m_tracer && m_tracerView == view->visibleImageRect() &&
           m_tracerSharp == view->isSharp() && m_tracer->hasSource() &&
           m_tracer->source() == from && m_tracer->covers(target);
}

bool CreateShapeTool::prepareTracer(QPointF target, bool wait)
{
    ImageCanvas *view = canvas();
    if (!view || m_points.isEmpty())
        return false;
    const QPointF from = m_points.last();
    if (tracerReadyFor(from, target))
        return true;
    const bool jobFits = m_job && m_jobFrom == from && m_jobView == view->visibleImageRect() &&
                         m_jobSharp == view->isSharp() && m_jobRegion.contains(target);
    if (!jobFits)
        startTracing(from, target);
    if (!wait || !m_job)
        return false;
    m_job->waitForFinished();
    takeTracer();
    return tracerReadyFor(from, target);
}

void CreateShapeTool::startTracing(QPointF from, QPointF target)
{
    ImageCanvas *view = canvas();
    dropJob();
    const QRectF visible = view->visibleImageRect();
    const bool sharp = view->isSharp();
    std::shared_ptr<LineTracer> tracer;
    QImage pixels;
    QRectF region;
    if (m_tracer && m_tracerView == visible && m_tracerSharp == sharp && m_tracer->covers(from) &&
        m_tracer->covers(target)) {
        // Same view: the features stay, only the paths from the new point are computed.
        tracer = std::move(m_tracer);
        region = tracer->region();
    } else {
        m_tracer.reset();
        // What is visible plus a margin, and the two ends wherever they are (the last point
        // may be off screen after a pan); bounded in working pixels by LineTracer::scaleFor().
        region = visible.adjusted(-kTraceMargin * visible.width(), -kTraceMargin * visible.height(),
                                  kTraceMargin * visible.width(), kTraceMargin * visible.height());
        const double pad = 16 * hitTolerance();
        region |= QRectF(from, QSizeF(0, 0)).adjusted(-pad, -pad, pad, pad);
        region |= QRectF(target, QSizeF(0, 0)).adjusted(-pad, -pad, pad, pad);
        region = QRectF((region & view->imageRect()).toAlignedRect()) & view->imageRect();
        const double scale = LineTracer::scaleFor(region.size());
        const QSize size(std::max(3, int(std::lround(region.width() * scale))),
                         std::max(3, int(std::lround(region.height() * scale))));
        pixels = view->renderRegion(region, size); // the canvas' tiles: on this thread
        if (pixels.isNull())
            return;
    }
    auto promise = std::make_shared<QPromise<std::shared_ptr<LineTracer>>>();
    m_job = new TracerJob(this);
    m_job->setFuture(promise->future());
    m_jobFrom = from;
    m_jobView = visible;
    m_jobSharp = sharp;
    m_jobRegion = region;
    connect(m_job, &TracerJob::finished, this, [this, job = m_job] {
        if (job == m_job)
            takeTracer();
    });
    QThreadPool::globalInstance()->start([promise, tracer, pixels, region, from]() mutable {
        promise->start();
        if (!tracer) {
            tracer = std::make_shared<LineTracer>();
            tracer->setRegion(pixels, region);
        }
        tracer->setSource(from);
        promise->addResult(std::move(tracer));
        promise->finish();
    });
}

void CreateShapeTool::takeTracer()
{
    if (!m_job || !m_job->isFinished())
        return;
    const QList<std::shared_ptr<LineTracer>> results = m_job->future().results();
    m_tracer = results.isEmpty() ? nullptr : results.first();
    m_tracerView = m_jobView;
    m_tracerSharp = m_jobSharp;
    dropJob();
    if (m_state != State::Idle && m_hasHover && !m_dragging && !m_points.isEmpty() &&
        tracerReadyFor(m_points.last(), m_hover)) {
        m_traced = tracedTo(m_hover, m_straight, false);
        updateCanvas();
    }
}

void CreateShapeTool::dropJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->deleteLater(); // the worker has its own copy of everything and runs out
    m_job = nullptr;
}

Polyline CreateShapeTool::tracedTo(QPointF p, bool straight, bool wait)
{
    if (straight || !isAssisted() || m_points.isEmpty() || !prepareTracer(p, wait))
        return {};
    const double zoom = canvas() ? canvas()->zoom() : 1.0;
    const double tolerance =
            std::max(kTraceMinTolerance, kTraceTolerancePx / (zoom > 0 ? zoom : 1.0));
    return m_tracer->pathTo(p, tolerance);
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
    m_traced.clear();
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

bool CreateShapeTool::addPoints(const Polyline &more)
{
    ItemDocument *doc = context()->document();
    if (!doc || more.isEmpty())
        return false;
    // A second click on the same spot (the first half of a double-click) adds nothing.
    if (!m_points.isEmpty() && distance(more.last(), m_points.last()) < hitTolerance() / 3)
        return false;
    if (m_points.isEmpty()) {
        m_label = context()->labelFor(shapeKind());
        if (m_label.isEmpty())
            return false;
    }
    Polyline next = m_points;
    next.append(more);
    m_traced.clear(); // the preview starts again from the new last point
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
    m_traced.clear(); // it starts from the point that goes
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
    const bool straight = event->modifiers() & Qt::ShiftModifier;
    if (closesOnFirstPoint() && m_points.size() >= minimumPoints() &&
        distance(p, m_points.first()) <= hitTolerance()) {
        // Assisted, the closing side follows the line too: its points (all but the first
        // point itself) are placed before the shape closes.
        Polyline closing = tracedTo(m_points.first(), straight, true);
        if (closing.size() > 2 && !addPoints(closing.mid(1, closing.size() - 2)))
            return true; // the status bar says why
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
    if (!m_points.isEmpty()) {
        const Polyline path = tracedTo(p, straight, true);
        if (path.size() >= 2) {
            addPoints(path.mid(1));
            return true;
        }
    }
    addPoint(p);
    return true;
}

bool CreateShapeTool::canvasMouseMove(QMouseEvent *event, QPointF imagePos)
{
    const QSizeF bounds = imageSize();
    if (bounds.isEmpty())
        return false;
    m_hover = clampPoint(imagePos, bounds);
    m_hasHover = true;
    if (m_state == State::Idle)
        return false;
    m_straight = event->modifiers() & Qt::ShiftModifier;
    if (!m_dragging)
        m_traced = tracedTo(m_hover, m_straight, false);
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
    if (m_hasHover && m_traced.size() >= 2) {
        for (qsizetype i = 1; i < m_traced.size(); ++i)
            shape << canvas.mapFromImage(m_traced.at(i));
    } else if (m_hasHover) {
        shape << canvas.mapFromImage(m_hover);
    }
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
    // Where a click would place points along the traced path: small open rings.
    if (m_hasHover && m_traced.size() > 2) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, 1.5));
        for (qsizetype i = 1; i + 1 < m_traced.size(); ++i)
            painter.drawEllipse(canvas.mapFromImage(m_traced.at(i)), 3, 3);
    }
    painter.restore();
}

} // namespace annostraat
