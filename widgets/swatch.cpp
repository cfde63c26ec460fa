// SPDX-License-Identifier: GPL-3.0-or-later
#include "swatch.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace annostraat {

QIcon labelSwatch(const QColor &colour)
{
    static QHash<QRgb, QIcon> made;
    if (const auto it = made.constFind(colour.rgba()); it != made.cend())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(colour);
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    painter.end();
    return made[colour.rgba()] = QIcon(pixmap);
}

} // namespace annostraat
