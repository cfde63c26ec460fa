// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/createshapetool.h"
#include "toolplugin.h"

namespace annostraat {

/// Draws a polygon vertex by vertex; stored from the third vertex on. Clicking the first
/// vertex, Enter or a double-click closes it.
class PolygonTool : public CreateShapeTool
{
    Q_OBJECT

public:
    using CreateShapeTool::CreateShapeTool;
    QString id() const override { return QStringLiteral("polygon"); }
    QString name() const override { return tr("Polygon"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_P); }
    QString statusText() const override
    {
        const QString text = tr("Click the vertices; click the first one or press Enter to close. "
                                "Backspace removes the last vertex.");
        const QString note = assistedNote();
        return (note.isEmpty() ? text : text + QLatin1Char(' ') + note) + QLatin1Char(' ')
               + keyboardNote();
    }

protected:
    AnnotationKind shapeKind() const override { return AnnotationKind::Polygon; }
    int minimumPoints() const override { return 3; }
    bool tracesLines() const override { return true; }
    QJsonObject valueFor(const Polyline &points) const override { return polylineToValue(points); }
    bool closesOnFirstPoint() const override { return true; }
    // While drawing, only the sides drawn so far must not cross: the closing side moves with
    // every vertex, and concave outlines cross it on the way. Closing checks the whole outline.
    QString problemWith(const Polyline &points) const override
    {
        const auto r = checkOpenChain(points);
        return r ? QString() : tr("Not a polygon this way: %1").arg(r.error().message());
    }
    QString problemOnClose(const Polyline &points) const override
    {
        const auto r = checkPolygon(points);
        return r ? QString()
                 : tr("Not closed yet: %1. Add a vertex or press Backspace.").arg(r.error().message());
    }
    bool closedPreview() const override { return true; }
    QString tooFewPointsMessage() const override
    {
        return tr("A polygon needs at least 3 vertices; it was not kept.");
    }
};

class PolygonToolPlugin : public QObject, public ToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ANNOSTRAAT_TOOL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(annostraat::ToolPlugin)

public:
    AbstractTool *createTool(ToolContext *context, QObject *parent) override
    {
        return new PolygonTool(context, parent);
    }
};

} // namespace annostraat
