// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Contrast as WCAG 2 measures it (relative luminance, ratio 1–21), for the themes' checks and
// for text drawn on a label's colour (the tags on the image, issue 15, point 6): a label may
// have any colour, its name must still read at 7:1 (WCAG AAA).

#include <QColor>

#include <algorithm>
#include <cmath>
#include <utility>

namespace annostraat {

/// Relative luminance of \a c (0 black, 1 white), WCAG 2.x.
inline double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

/// Contrast ratio of two colours, 1 to 21.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The least contrast of text, and of marks that must be seen (borders, focus), here.
inline constexpr double kTextContrast = 7.0;
inline constexpr double kMarkContrast = 3.0;

/// A chip of \a colour with a name on it: the background (the colour, darkened or lightened
/// only as far as needed) and the text colour (black or white), at least kTextContrast apart.
inline std::pair<QColor, QColor> readableChip(const QColor &colour)
{
    const QColor black(Qt::black), white(Qt::white);
    const bool whiteText = contrastRatio(colour, white) >= contrastRatio(colour, black);
    const QColor text = whiteText ? white : black;
    QColor background = colour.toRgb();
    // Towards black under white text, towards white under black text, in small steps.
    for (int step = 0; step < 40 && contrastRatio(background, text) < kTextContrast; ++step)
        background = whiteText ? background.darker(106) : background.lighter(104);
    if (contrastRatio(background, text) < kTextContrast)
        background = whiteText ? black : white;
    return {background, text};
}

} // namespace annostraat
