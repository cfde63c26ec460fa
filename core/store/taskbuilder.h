// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "op.h"
#include "util/result.h"

#include <QStringList>

#include <functional>

namespace annostraat {

/// A task read from a schema file and a media folder, not yet in any store.
struct TaskDraft
{
    Task task;
    QList<Item> items;
    QStringList skipped; ///< files whose extension is no media kind we know
};

/// Media kind by file extension (images, videos, .txt texts); nullopt for others.
std::optional<MediaKind> mediaKindForFile(const QString &fileName);

/// Reads \a schemaFile and hashes every media file below \a mediaDir (sorted by path), so that
/// every problem (bad schema, unreadable file, empty folder) is found before anything is
/// written. \a progress gets (done, total) and may be empty. NAME.ref.csv, NAME.ref.json or
/// NAME.ref.txt beside NAME.txt is that text's reference document (an extra medium with role
/// "reference", read once here to refuse a broken one); a reference without its text, or a
/// second one for the same text, is an error naming the file.
Result<TaskDraft> draftTaskFromFolder(const QString &name, const QString &schemaFile,
                                      const QString &mediaDir,
                                      const std::function<void(int, int)> &progress = {});

/// An A/B task: every image NAME_A.<ext> in \a mediaDir with its NAME_B.<ext> becomes one
/// image-pair item (A its main medium, B its medium with role "B"), in name order. A file
/// without its partner is an error that names it; nothing is drafted then.
Result<TaskDraft> draftPairTaskFromFolder(const QString &name, const QString &schemaFile,
                                          const QString &mediaDir,
                                          const std::function<void(int, int)> &progress = {});

/// The items of \a mediaDir as draftTaskFromFolder() makes them (with their facts, skipped files
/// and the task's media kind), for a task whose name and schema come from elsewhere (the new
/// task page, core/store/folderscan.h). The task of the draft has no name and no schema.
Result<TaskDraft> draftItemsFromFolder(const QString &mediaDir,
                                       const std::function<void(int, int)> &progress = {});
/// The same for an A/B folder, as draftPairTaskFromFolder() makes its items.
Result<TaskDraft> draftPairItemsFromFolder(const QString &mediaDir,
                                           const std::function<void(int, int)> &progress = {});

/// The same from a CSV file of pairs: one "A,B" line per pair (paths relative to the CSV's
/// folder; an optional header line "a,b"). Errors name the file and the line.
Result<TaskDraft> draftPairTaskFromCsv(const QString &name, const QString &schemaFile,
                                       const QString &csvFile,
                                       const std::function<void(int, int)> &progress = {});

/// What can be read from a media file: an image's pixel size from its header; a video's size,
/// duration, rate, start timecode and frame count from its packet index (built when no
/// cached index is there: it reads the whole file once).
MediaFacts mediaFactsOf(const QString &path, MediaKind kind);

/// What Store::createTask() records for \a task and \a items, checked (a name, at least one
/// annotator per item, labels or questions), with the ids it assigns filled in: for a caller
/// that writes more in the same transaction (createAssignedTask() in assignmentplan.h).
Result<QList<Change>> newTaskChanges(Task &task, QList<Item> &items, const QString &author);

/// SHA-256 of a file as lower-case hex, read in blocks.
Result<QString> sha256OfFile(const QString &path);

} // namespace annostraat
