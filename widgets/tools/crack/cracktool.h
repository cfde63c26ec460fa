// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/createshapetool.h"
#include "toolplugin.h"

namespace annostraat {

/// Clicks points along a crack: one polyline annotation, stored from the second point on.
/// Enter or a double-click ends the crack; Backspace removes the last point. With assisted
/// tracing on for the task, each click places the points along the dark line from the last one.
class CrackTool : public CreateShapeTool
{
    Q_OBJECT

public:
    using CreateShapeTool::CreateShapeTool;
    QString id() const override { return QStringLiteral("crack"); }
    QString name() const override { return tr("Crack points"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_C); }
    QString statusText() const override
    {
        const QString text = tr("Click points along the crack; Enter or a double-click ends it. "
                                "Backspace removes the last point.");
        const QString note = assistedNote();
        return (note.isEmpty() ? text : text + QLatin1Char(' ') + note) + QLatin1Char(' ')
               + keyboardNote();
    }

protected:
    AnnotationKind shapeKind() const override { return AnnotationKind::Crack; }
    int minimumPoints() const override { return 2; }
    bool tracesLines() const override { return true; }
    QString problemWith(const Polyline &points) const override
    {
        const auto r = checkCrack(points);
        return r ? QString() : tr("Not a crack this way: %1").arg(r.error().message());
    }
    QJsonObject valueFor(const Polyline &points) const override { return polylineToValue(points); }
    QString tooFewPointsMessage() const override
    {
        return tr("A crack needs at least 2 points; it was not kept.");
    }
};

class CrackToolPlugin : public QObject, public ToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ANNOSTRAAT_TOOL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(annostraat::ToolPlugin)

public:
    AbstractTool *createTool(ToolContext *context, QObject *parent) override
    {
        return new CrackTool(context, parent);
    }
};

} // namespace annostraat
