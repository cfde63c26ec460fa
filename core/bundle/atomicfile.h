// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files on the lab's share are written once and appear whole or not at all: a writer fills a
// temporary file in the target folder, flushes it to the server and renames it to its final
// name, refusing to replace a file that is already there. Readers skip temporary names
// (isTemporaryFileName), so a writer that is killed or loses the share leaves at most a
// temporary file that nobody reads.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace annostraat {

/// A fresh temporary name in the folder of \a finalPath: ".<file name>.<random>.part".
QString temporaryPathFor(const QString &finalPath);

/// Whether readers must skip \a fileName: it starts with "." (our temporaries, and libzip's
/// own while it writes one) or ends with ".part".
bool isTemporaryFileName(const QString &fileName);

/// Flushes \a path's data to its storage (fsync / FlushFileBuffers).
Result<void> syncFile(const QString &path);

/// Flushes the data of all \a paths (files on one file system) to storage. On Linux that is one
/// syncfs() instead of one fsync() per file: extracting 10 000 media files would otherwise
/// spend most of its time waiting for the disk 10 000 times.
Result<void> syncFiles(const QStringList &paths);

/// Makes renames and new names in \a folder durable where the platform allows (fsync of the
/// folder on POSIX; nothing to do on Windows).
void syncFolder(const QString &folder);

/// Renames \a tempPath to \a finalPath in the same folder without ever replacing an existing
/// \a finalPath, retrying a few times on errors that SMB shares report while another program
/// (a virus scanner, the indexer) holds the file. Flushes the folder afterwards where the
/// platform allows. On failure \a tempPath is left for the caller to remove.
Result<void> renameNoReplace(const QString &tempPath, const QString &finalPath);

} // namespace annostraat
