// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolsurface.h"

namespace annostraat {

QString toId(SurfaceKind kind)
{
    switch (kind) {
    case SurfaceKind::Image:
        return QStringLiteral("image");
    case SurfaceKind::Timeline:
        return QStringLiteral("timeline");
    case SurfaceKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

bool surfaceKindFromId(const QString &id, SurfaceKind *kind)
{
    for (SurfaceKind k : {SurfaceKind::Image, SurfaceKind::Timeline, SurfaceKind::Text}) {
        if (toId(k) == id) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace annostraat
