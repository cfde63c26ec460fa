// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that asks whether an output goes to a terminal (isatty / _isatty), so the CLI
// only draws its progress line where a person watches. The Windows branch has never been
// compiled (docs/windows.md).

namespace annostraat::platform {

/// Whether the C file descriptor \a fd is a terminal (a console on Windows).
bool isTerminal(int fd);

} // namespace annostraat::platform
