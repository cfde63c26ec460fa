// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of every annotation tool (Tiled's AbstractTool is the model), whatever it works
// on: pixels of an image, frames of a timeline, code points of a text.
//
// Design note. A tool has an explicit lifecycle: the ToolManager activates one tool at a
// time on its editor's surface (toolsurface.h); activate() attaches the tool to the surface
// (its events, its preview), deactivate() detaches it and must finish or drop any gesture in
// progress. How events reach a tool is the surface's business: image tools derive from
// ImageTool (widgets/canvas) and get pointer events in image pixels. Tools never write the
// document other than through core's Commands facade, so every change is one undo step and
// is in the store at once.

#include "model/kinds.h"
#include "toolsurface.h"

#include <QCursor>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QKeyEvent;

namespace annostraat {

class ToolContext;

class AbstractTool : public QObject
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
    /// A sentence the tool's tooltip adds for the open document (e.g. that assisted tracing
    /// is on); empty for none.
    virtual QString toolTipNote() const { return {}; }
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    /// The surface the tool works on.
    virtual SurfaceKind surface() const = 0;
    /// Media kinds the tool works on.
    virtual QList<MediaKind> mediaKinds() const = 0;
    /// Annotation kinds the tool creates or edits.
    virtual QList<AnnotationKind> annotationKinds() const = 0;
    /// A key pressed on the surface's view; true when the tool used it.
    virtual bool keyPress(QKeyEvent *) { return false; }

    ToolContext *context() const { return m_context; }
    bool isActive() const { return m_active; }
    /// The surface the tool is attached to while active; nullptr otherwise.
    ToolSurface *attachedSurface() const { return m_surface; }

    /// Attaches to \a surface (its events, its preview); false if the surface is not the
    /// tool's kind.
    bool activate(ToolSurface *surface);
    /// Leaves the surface; a gesture in progress is finished (stored work kept) or dropped.
    void deactivate();

Q_SIGNALS:
    /// The status text changed (e.g. "click the first point to close").
    void statusTextChanged(const QString &text);

protected:
    virtual void activated() {}
    /// Finish or drop the gesture in progress.
    virtual void deactivated() {}

private:
    ToolContext *m_context;
    QPointer<ToolSurface> m_surface;
    bool m_active = false;
};

} // namespace annostraat
