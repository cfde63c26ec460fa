// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Importing a package into a store: validate everything first, then place the media, then
// merge all ops in one transaction. A package is applied fully or not at all, and applying it
// again changes nothing (ops merge idempotently; media already present are kept).
//
// Media live content-addressed in a media folder of this PC (<sha256>.<ext>); the items' ops
// keep the team lead's local paths untouched, and resolveMedia() finds a file either way.

#include "package.h"
#include "packagereader.h"
#include "store/store.h"

namespace annostraat {

struct ImportResult
{
    Manifest manifest;
    int received = 0;       ///< ops in the package
    int applied = 0;        ///< ops that were new to the store (0 when imported before)
    int mediaExtracted = 0; ///< media files written to the media folder
    int mediaPresent = 0;   ///< media files that were already there with the right SHA-256
};

/// A caller's own check of a package that passed validation, run before anything is written
/// (e.g. sync: ops in results/<task>/<profile>/ must all be by <profile>). An error refuses it.
/// It may also drop ops the caller must not receive (an annotator's PC takes only the reviews
/// of its own people); it must not add or change any.
using PackageCheck = std::function<Result<void>(Package &package)>;

/// Validates the package at \a path (everything readPackage() checks, then \a accept), extracts
/// its media into \a mediaDir as <sha256>.<ext> (via a temporary name, verifying each hash),
/// then merges its ops into \a store in one transaction. On any error the store is unchanged
/// and no file is left behind; nothing is ever written outside \a mediaDir. Media already in
/// \a mediaDir with the right SHA-256 are kept, and their entries are not read. \a progress
/// reports media bytes extracted.
Result<ImportResult> importPackage(Store &store, const QString &path, const QString &mediaDir,
                                   const PackageProgress &progress = {}, const Limits &limits = {},
                                   const PackageCheck &accept = {});

/// Removes the partial media files (".<sha256>.<ext>.<pid>-<random>.part") that an import
/// killed mid-extraction left in \a mediaDir. Files of a process that is still running (an
/// import under way in another program or thread) are left alone. Returns how many it removed.
/// importPackage() calls it; sync calls it too, so leftovers go even when nothing is imported.
int removePartialMedia(const QString &mediaDir);

/// Where \a item's media file is on this PC: \a mediaDir/<sha256>.<ext> when a package put it
/// there, else the item's own mediaPath (the team lead's PC). Either must have the item's size.
Result<QString> resolveMedia(const Item &item, const QString &mediaDir);
/// The same for one of an item's further media (the B of a pair, a reference document).
Result<QString> resolveMedia(const ItemMedium &medium, const QString &mediaDir);

} // namespace annostraat
