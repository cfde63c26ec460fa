// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/createshapetool.h"
#include "toolplugin.h"

namespace annostraat {

/// Draws a box by press-drag-release or by two clicks on opposite corners.
class BoxTool : public CreateShapeTool
{
    Q_OBJECT

public:
    using CreateShapeTool::CreateShapeTool;
    QString id() const override { return QStringLiteral("box"); }
    QString name() const override { return tr("Box"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_B); }
    QString statusText() const override
    {
        return tr("Drag a box, or click two opposite corners. Esc cancels.") + QLatin1Char(' ')
               + keyboardNote();
    }

protected:
    AnnotationKind shapeKind() const override { return AnnotationKind::Box; }
    int minimumPoints() const override { return 2; }
    QJsonObject valueFor(const Polyline &points) const override
    {
        return boxToValue(boxFromCorners(points.first(), points.last()));
    }
    bool completeWhenStored() const override { return true; }
    QString problemWith(const Polyline &points) const override
    {
        const Box box = boxFromCorners(points.first(), points.last());
        return box.w > 0 && box.h > 0 ? QString()
                                      : tr("A box needs a width and a height; it was not kept.");
    }
    bool dragsToCreate() const override { return true; }
    QString tooFewPointsMessage() const override { return tr("Box cancelled."); }
};

class BoxToolPlugin : public QObject, public ToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ANNOSTRAAT_TOOL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(annostraat::ToolPlugin)

public:
    AbstractTool *createTool(ToolContext *context, QObject *parent) override
    {
        return new BoxTool(context, parent);
    }
};

} // namespace annostraat
