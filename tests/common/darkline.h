// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A generated image with a known dark line, for the tests of assisted tracing: a wavy crack
// 3 px wide, dark grey, on a light background with noise and blotches (not flat colour, which
// any tracer follows), and the line's own points, to measure how far a traced point lies off it.

#include <QImage>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QPointF>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace annostraat::test {

struct DarkLine
{
    QImage image;
    QList<QPointF> line; ///< the middle of the line, densely sampled (every 0.5 px)

    /// Distance from \a p to the middle of the line, in pixels.
    double distance(QPointF p) const
    {
        double best = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            const QPointF a = line[i], b = line[i + 1], ab = b - a;
            const double len2 = QPointF::dotProduct(ab, ab);
            const double t =
                    len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
            const QPointF q = a + t * ab;
            best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
        }
        return best;
    }
    /// The point of the line at x (the line is a graph over x).
    QPointF at(double x) const
    {
        for (const QPointF &p : line)
            if (p.x() >= x)
                return p;
        return line.last();
    }
};

/// A \a size image with a wavy dark line from about x = 5% to x = 95% of the width.
inline DarkLine makeDarkLine(QSize size, quint32 seed = 15)
{
    DarkLine d;
    d.image = QImage(size, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    // Light, uneven ground: blotches of a few grey values, then per-pixel noise.
    d.image.fill(QColor(190, 186, 178));
    {
        QPainter p(&d.image);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < size.width() * size.height() / 900; ++i) {
            const int g = 165 + int(rng.bounded(50));
            p.setBrush(QColor(g, g - 3, g - 8));
            const double r = 4 + rng.bounded(14.0);
            p.drawEllipse(
                    QPointF(rng.bounded(double(size.width())), rng.bounded(double(size.height()))),
                    r, r);
        }
    }
    const double w = size.width(), h = size.height();
    for (double x = 0.05 * w; x <= 0.95 * w; x += 0.5)
        d.line.append(QPointF(x, h / 2 + 0.28 * h * std::sin(x / w * 2 * M_PI * 1.3) +
                                         0.05 * h * std::sin(x / w * 2 * M_PI * 5.1)));
    {
        QPainter p(&d.image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(70, 62, 55), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(d.line.constData(), int(d.line.size()));
    }
    for (int y = 0; y < size.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(d.image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int n = int(rng.bounded(41)) - 20;
            row[x] = qRgb(std::clamp(qRed(row[x]) + n, 0, 255),
                          std::clamp(qGreen(row[x]) + n, 0, 255),
                          std::clamp(qBlue(row[x]) + n, 0, 255));
        }
    }
    return d;
}

} // namespace annostraat::test
