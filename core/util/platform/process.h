// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that asks the operating system whether a process still runs (kill(pid, 0) on
// POSIX, OpenProcess on Windows). Package import uses it to tell a crashed import's leftover
// files from those of an import that is still running. The Windows branch has never been
// compiled (docs/windows.md).

#include <QtGlobal>

#include <optional>

namespace annostraat::platform {

/// Whether process \a pid of this PC is running; nothing when the system cannot tell.
std::optional<bool> isProcessRunning(qint64 pid);

} // namespace annostraat::platform
