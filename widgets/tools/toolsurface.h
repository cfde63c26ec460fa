// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a tool works on. Each editor offers its tools one surface: the image editor pixels
// (ImageSurface, widgets/canvas), a timeline frames, a text code-point offsets. A tool names
// the surface it needs (AbstractTool::surface(), and "surface" in its plugin.json), and a
// ToolManager only loads the tools of its editor's surface.
//
// The surface attaches the active tool to its view: it routes the view's pointer and key
// events to the tool and lets it paint its preview. Tools of a surface derive from that
// surface's tool class (ImageTool for pixels), which knows how to be attached.

#include <QObject>
#include <QString>

namespace annostraat {

class AbstractTool;

enum class SurfaceKind { Image, Timeline, Text };

/// "image", "timeline", "text": the ids plugin.json files use.
QString toId(SurfaceKind kind);
/// The surface with \a id, false when there is none.
bool surfaceKindFromId(const QString &id, SurfaceKind *kind);

class ToolSurface : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SurfaceKind kind() const = 0;
    /// Routes the view's events to \a tool and shows its preview; false if \a tool is not a
    /// tool of this surface.
    virtual bool attach(AbstractTool *tool) = 0;
    /// Undoes attach(); nothing happens when \a tool is not attached.
    virtual void detach(AbstractTool *tool) = 0;
    /// Repaints the view (a tool's preview changed).
    virtual void update() = 0;
};

} // namespace annostraat
