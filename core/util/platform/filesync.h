// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that asks the operating system to put written data on disk: fsync/syncfs on
// POSIX, FlushFileBuffers on Windows. bundle/atomicfile.cpp builds its messages on top. The
// Windows branch has never been compiled (docs/windows.md).

#include <QString>

class QFile;

namespace annostraat::platform {

/// Flushes the data of \a file, open for writing, to its storage. On failure returns false
/// and puts the system's words in \a why.
bool flushFile(QFile &file, QString *why);

/// Whether flushFileSystemOf() exists on this platform (Linux: syncfs()).
bool canFlushFileSystem();

/// Flushes everything written to the file system that holds \a path, in one call. On failure
/// (or where canFlushFileSystem() is false) returns false and puts the reason in \a why.
bool flushFileSystemOf(const QString &path, QString *why);

/// Makes renames and new names in \a folder durable where the platform allows (fsync of the
/// folder on POSIX; NTFS and SMB commit the entry with the rename, so nothing on Windows).
/// Best effort: some network file systems cannot open or sync a folder.
void flushFolder(const QString &folder);

} // namespace annostraat::platform
