// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "create shape" template that the box, polygon and crack tools fill in (Tiled's
// CreateObjectTool is the model).
//
// Design note. The state machine:
//   Idle      nothing in progress;
//   Preview   points placed but not yet stored (fewer than minimumPoints());
//   Creating  the annotation is in the store and every further point is one setValue.
// Storing as early as the shape is valid is what makes a crash lose at most the last
// action. The store takes only valid values (model/kinds/): points after which a polygon's
// closing side would cross another side stay with the tool until more points make the
// outline valid again, and the store keeps the last valid outline meanwhile. Backspace
// takes the last point back (below the minimum the annotation is removed and the tool
// returns to Preview with the remaining points); Enter, a double-click or
// (polygon) clicking the first point finishes; Esc finishes too, keeping stored work and
// dropping an unstored preview. Every point is clamped to the image. If the stored shape
// is changed by someone else (an undo), the tool lets go of it and returns to Idle.
//
// Assisted tracing (docs/decisions/0019-assisted-tracing.md). When the task turns it on
// (schema "tools": {"assistedTracing": true}) and the tool traces lines (crack, polygon), the
// preview from the last point to the pointer follows the dark line (core's LineTracer, on what
// the canvas shows plus a margin), and a click places the points of that path, simplified, as
// ordinary points: one setValue (or the addAnnotation that stores the shape), so one undo step
// as a click is. Shift held gives a straight side. The costly part (features of the region,
// paths from the new last point: a third of a second at the largest working size) runs in a
// worker, started by the first pointer move after a click, a pan or zoom, or sharper tiles;
// the preview is straight until it is done, and a click meanwhile waits for it, so a click
// always places what the tracer finds.

#include "imagetool.h"
#include "quality/geometry.h"

#include <QFutureWatcher>
#include <QJsonObject>

#include <memory>

namespace annostraat {

class LineTracer;

class CreateShapeTool : public ImageTool
{
    Q_OBJECT

public:
    enum class State { Idle, Preview, Creating };

    CreateShapeTool(ToolContext *context, QObject *parent = nullptr);
    ~CreateShapeTool() override;

    State state() const { return m_state; }
    /// The placed points, in image pixels.
    const Polyline &points() const { return m_points; }
    /// The stored annotation being extended (Creating); empty otherwise.
    QString createdId() const { return m_createdId; }
    /// Ends the shape: stored work is kept, an unstored preview is dropped.
    void finish();
    /// finish() when the person asks for it (Enter, a double-click, the first vertex): a
    /// shape with a problemOnClose() stays open, with the problem in the status bar.
    bool requestFinish();

    /// Whether the tool follows dark lines now: it traces lines and the open task turns
    /// assisted tracing on.
    bool isAssisted() const;
    /// Whether the paths from the last point are being computed in a worker (the preview
    /// shows a straight side meanwhile; a click waits for them).
    bool isTracing() const { return m_job != nullptr; }
    /// What the preview shows from the last point to the pointer (image pixels): the traced
    /// path when assisted, else just the pointer; empty without a preview.
    Polyline previewPath() const;

    QList<AnnotationKind> annotationKinds() const override { return {shapeKind()}; }

    bool canvasMousePress(QMouseEvent *event, QPointF imagePos) override;
    bool canvasMouseMove(QMouseEvent *event, QPointF imagePos) override;
    bool canvasMouseRelease(QMouseEvent *event, QPointF imagePos) override;
    bool canvasMouseDoubleClick(QMouseEvent *event, QPointF imagePos) override;
    bool canvasKeyPress(QKeyEvent *event) override;
    void canvasLeave() override;
    bool placesPointsByClick() const override { return true; }
    void paintLayer(QPainter &painter, const ImageCanvas &canvas) override;

protected:
    virtual AnnotationKind shapeKind() const = 0;
    /// Points needed before the shape is stored (box 2, polygon 3, crack 2).
    virtual int minimumPoints() const = 0;
    /// The annotation value for \a points (at least minimumPoints() of them).
    virtual QJsonObject valueFor(const Polyline &points) const = 0;
    /// A box is complete the moment it is stored; polygons and cracks go on.
    virtual bool completeWhenStored() const { return false; }
    /// Pressing and dragging spans the shape (a box); otherwise each click adds a point.
    virtual bool dragsToCreate() const { return false; }
    /// A click on the first point closes the shape (a polygon).
    virtual bool closesOnFirstPoint() const { return false; }
    /// Whether the preview outline is closed.
    virtual bool closedPreview() const { return false; }
    /// Why \a points cannot be stored (e.g. a box without area); empty when they can.
    /// What is wrong with the finished shape (e.g. a polygon whose closing side crosses
    /// another); the shape then stays open so the person can fix it. Empty when fine.
    virtual QString problemOnClose(const Polyline &) const { return {}; }
    virtual QString problemWith(const Polyline &points) const
    {
        Q_UNUSED(points);
        return {};
    }
    /// Whether the tool offers assisted tracing (crack and polygon).
    virtual bool tracesLines() const { return false; }
    /// A sentence on assisted tracing for the status text, when it is on; empty otherwise.
    QString assistedNote() const;
    /// How to draw by keyboard, for the status text.
    static QString keyboardNote();
    QString toolTipNote() const override;
    /// Why a shape with too few points was dropped, for the status bar.
    virtual QString tooFewPointsMessage() const = 0;

    void deactivated() override { finish(); }

private:
    bool addPoint(QPointF p) { return addPoints({p}); }
    /// Adds \a more points (at least one) as one step.
    bool addPoints(const Polyline &more);
    /// The traced path from the last point to \a p (starting with the last point, ending at
    /// \a p); empty when not assisted, \a straight, or the tracer has no path. Without
    /// \a wait, also empty while the paths from the last point are being computed.
    Polyline tracedTo(QPointF p, bool straight, bool wait);
    /// Whether the ready tracer has the paths from \a from for this view and covers \a target.
    bool tracerReadyFor(QPointF from, QPointF target) const;
    /// Makes the tracer cover the last point and \a target for the current view: true when it
    /// is ready; otherwise the work is started in a worker, and \a wait waits for it.
    bool prepareTracer(QPointF target, bool wait);
    void startTracing(QPointF from, QPointF target);
    /// Installs the finished job's tracer and brings the preview up to date.
    void takeTracer();
    /// Lets a job run out without wanting its result.
    void dropJob();
    void removeLastPoint();
    void reset();
    void setState(State state);
    /// Whether the store would take \a points as this kind's value (validate() of the kind).
    bool isStorable(const Polyline &points) const;

    State m_state = State::Idle;
    Polyline m_points;
    QString m_createdId;
    /// The points the stored value holds (Creating): m_points differs while the outline
    /// drawn so far crosses itself and the store keeps the last valid one.
    Polyline m_stored;
    QString m_label;
    QPointF m_hover;
    bool m_hasHover = false;
    bool m_dragging = false; ///< a box spanned by press-drag-release
    QPointF m_pressWidgetPos;
    bool m_writing = false; ///< our own write: not "someone else changed it"
    // The tracer is owned by the GUI thread while ready, by one worker job while it computes
    // (LineTracer is not thread-safe; it moves, it is never shared).
    using TracerJob = QFutureWatcher<std::shared_ptr<LineTracer>>;
    std::shared_ptr<LineTracer> m_tracer;
    QRectF m_tracerView; ///< the visible rectangle the tracer was prepared for
    bool m_tracerSharp = false;
    TracerJob *m_job = nullptr; ///< computing; a child, deleted later when done or dropped
    QPointF m_jobFrom;
    QRectF m_jobView;
    bool m_jobSharp = false;
    QRectF m_jobRegion;
    bool m_straight = false; ///< Shift was held at the last pointer move
    Polyline m_traced;       ///< the preview's traced path (from the last point to m_hover)
};

} // namespace annostraat
