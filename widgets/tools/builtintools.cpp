// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtintools.h"

#include <QtPlugin>

Q_IMPORT_PLUGIN(SelectToolPlugin)
Q_IMPORT_PLUGIN(BoxToolPlugin)
Q_IMPORT_PLUGIN(PolygonToolPlugin)
Q_IMPORT_PLUGIN(CrackToolPlugin)

namespace annostraat {

QStringList registerBuiltinTools()
{
    // The Q_IMPORT_PLUGIN lines above did the registering when this object was loaded;
    // calling this function is what makes the linker keep it.
    return {QStringLiteral("select"), QStringLiteral("box"), QStringLiteral("polygon"),
            QStringLiteral("crack")};
}

} // namespace annostraat
