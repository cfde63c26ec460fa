// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace annostraat {

/// How long a passing message ("Item 3 is done") stays in the main window's status bar.
inline constexpr int kStatusMessageMs = 8000;

} // namespace annostraat
