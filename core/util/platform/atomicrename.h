// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that renames files with the operating system's own calls: renameat2/link/
// rename on POSIX, MoveFileExW on Windows. Callers (bundle/atomicfile.cpp, package import)
// keep the retries and the messages; this file only makes one attempt and says how it went.
// The Windows branch is written against the Win32 documentation but has never been compiled
// (docs/windows.md).

#include <QString>

namespace annostraat::platform {

enum class RenameStatus {
    Done,
    TargetExists, ///< the final name is taken and was left alone
    Retry,        ///< a passing condition (a virus scanner or an SMB server holds the file)
    Failed,
};

struct RenameAttempt
{
    RenameStatus status = RenameStatus::Failed;
    QString why; ///< the system's own words, for the caller's message; empty when Done
};

/// One attempt to rename \a from to \a to in the same folder without ever replacing an
/// existing \a to.
RenameAttempt renameNoReplaceOnce(const QString &from, const QString &to);

/// One attempt to rename \a from to \a to, atomically replacing an existing \a to.
RenameAttempt renameReplacingOnce(const QString &from, const QString &to);

} // namespace annostraat::platform
