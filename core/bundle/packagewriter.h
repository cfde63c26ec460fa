// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing packages. A package appears under its final name complete or not at all: it is
// built under a temporary name in the target folder (atomicfile.h), closed, flushed to disk
// and renamed; an existing file is never replaced, and on any error the temporary file is
// removed. Packages are written once and never edited.

#include "package.h"
#include "store/store.h"

namespace annostraat {

/// Whether a task package also carries everyone's annotations, submissions and reviews.
enum class IncludeWork { No, Yes };

/// Whether \a op is a relabel: an annotation op that changes only the label, on the layer of
/// someone other than its author (a team lead's schema change moving people's annotations).
bool isRelabel(const Op &op);

/// Writes the package of task \a taskId to \a outFile: the ops of the task, its items, its
/// assignments and its relabels (isRelabel(), decision 0028; with \a work, also all annotation,
/// submission and review ops of the task), the profile ops
/// of everyone those ops name, and each item's media file, read from its mediaPath and checked
/// against the item's SHA-256 while it is copied. With \a mediaDir, media that a package put
/// there are found too (resolveMedia()), so a PC that received the task can pass it on. A missing or changed media file is an error
/// that names the file.
Result<PackageInfo> writeTaskPackage(const Store &store, const QString &taskId, const QString &outFile,
                                     const Profile &producer, IncludeWork work = IncludeWork::No,
                                     const PackageProgress &progress = {}, const QString &mediaDir = {});

/// Writes \a ops, all of task \a taskId (annotations, submissions, reviews, and profiles),
/// as a results or reviews package without media. items.jsonl lists the items the ops touch.
Result<PackageInfo> writeResultPackage(const Store &store, const QString &taskId,
                                       const QList<Op> &ops, const QString &outFile,
                                       const Profile &producer,
                                       PackageKind kind = PackageKind::Results);

} // namespace annostraat
