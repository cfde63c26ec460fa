// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The colours given to labels and parts that have none of their own (a task made from a
// dataset, the video editor's locators): the ten of matplotlib's "tab10", which people tell
// apart.

#include <QString>

#include <iterator>

namespace annostraat {

/// The \a i-th colour of the palette as "#rrggbb", from the start again after the tenth.
inline QString paletteColour(qsizetype i)
{
    static const char *const colours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    const qsizetype n = qsizetype(std::size(colours));
    return QLatin1String(colours[((i % n) + n) % n]);
}

} // namespace annostraat
