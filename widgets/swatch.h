// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A label's colour as a small square with a dark frame, for label buttons and list rows
// (beside the label's name: never the colour alone).

#include <QColor>
#include <QIcon>

namespace annostraat {

/// One icon per colour, made once: a list of thousands of rows shares a handful of them.
QIcon labelSwatch(const QColor &colour);

} // namespace annostraat
