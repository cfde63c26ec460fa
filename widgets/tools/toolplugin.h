// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one interface a tool plugin implements. A plugin is a QObject with
//   Q_PLUGIN_METADATA(IID ANNOSTRAAT_TOOL_PLUGIN_IID FILE "plugin.json")
//   Q_INTERFACES(annostraat::ToolPlugin)
// and is found with qobject_cast<ToolPlugin *> on QPluginLoader's instance, whether it is
// linked statically (the built-in tools, see builtintools.h) or loaded from a plugin folder.
// Its plugin.json names the surface its tool works on ("surface": "image", "timeline" or
// "text", see toolsurface.h): an editor's ToolManager creates only the tools of its surface,
// without instantiating the others.
// Bump the IID's version when this interface or AbstractTool changes incompatibly
// (2.0: tools attach to a surface instead of the image canvas).

#include <QtPlugin>

class QObject;

namespace annostraat {

class AbstractTool;
class ToolContext;

class ToolPlugin
{
public:
    virtual ~ToolPlugin() = default;
    /// A new tool working in \a context, owned by \a parent.
    virtual AbstractTool *createTool(ToolContext *context, QObject *parent) = 0;
};

} // namespace annostraat

#define ANNOSTRAAT_TOOL_PLUGIN_IID "nl.annostraat.ToolPlugin/2.0"
Q_DECLARE_INTERFACE(annostraat::ToolPlugin, ANNOSTRAAT_TOOL_PLUGIN_IID)
