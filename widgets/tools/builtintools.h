// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in tools (select, box, polygon, crack) are static Qt plugins in the
// annostraat-tools library. A static plugin registers itself only if the linker keeps
// the object that imports it, so the app calls registerBuiltinTools() (which is in that
// object) before ToolManager::loadStaticTools().

#include <QStringList>

namespace annostraat {

/// Makes the built-in tool plugins known to QPluginLoader::staticInstances(); returns their ids.
QStringList registerBuiltinTools();

} // namespace annostraat
