// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a media folder will become as a task (issue 14, point 1: the new task page shows it
// before anything is written). The scan is the task builder's own drafting
// (draftItemsFromFolder / draftPairItemsFromFolder in taskbuilder.h: the same files, order,
// hashes, facts and refusals as `annostraat-cli task create`), plus a summary of it: the items
// per media kind, the files left out and why, the A/B pairs, each video's length and frame
// rate and each text's size. The draft's items are what the page hands to Store::createTask,
// so nothing is read twice.

#include "taskbuilder.h"

#include <QList>
#include <QMap>
#include <QString>

class QObject;

#include <functional>

namespace annostraat {

struct FolderScan
{
    /// Items: every image, video and .txt text (below subfolders too) is an item.
    /// Pairs: every NAME_A / NAME_B image pair is an item (A/B jobs).
    enum class Mode { Items, Pairs };

    /// A file that does not become an item.
    struct Skipped
    {
        enum class Reason {
            NotMedia,   ///< no image, video or .txt text (by its extension)
            NotAnImage, ///< a pair folder holds images only
        };
        QString path; ///< relative to the folder
        Reason reason = Reason::NotMedia;
        Message why;
    };

    QString folder;
    Mode mode = Mode::Items;
    /// The items, ready for Store::createTask (the task has no name and no schema yet).
    TaskDraft draft;
    /// Items per media kind (image pairs count as MediaKind::ImagePair).
    QMap<MediaKind, int> counts;
    QList<Skipped> skipped;
    /// Texts that came with a reference document (NAME.ref.csv/json/txt beside NAME.txt).
    int references = 0;

    int itemCount() const { return int(draft.items.size()); }
    /// The items that are videos, texts, pairs (pointers into draft.items).
    QList<const Item *> items(MediaKind kind) const;
    /// Whether a video's length and frame rate could be read (a file FFmpeg cannot open has
    /// neither).
    static bool hasVideoFacts(const Item &video);
    /// "25 fps", "29.97 fps"; empty when unknown.
    static QString frameRateText(const MediaFacts &facts);
    /// "1:02:03" or "2:03" (hours:minutes:seconds); empty when unknown.
    static QString durationText(qint64 ms);
};

/// Scans \a folder as a task's media would be read, without writing anything. Errors are the
/// task builder's (a folder that is not there, no media, an A without its B, an unreadable
/// file), each naming the file. \a progress gets (done, total) and may be empty; it is called
/// on the thread that scans.
Result<FolderScan> scanMediaFolder(const QString &folder, FolderScan::Mode mode,
                                   const std::function<void(int, int)> &progress = {});

/// scanMediaFolder() on the global thread pool (hashing and indexing a folder of videos takes a
/// while): \a done gets the result on the application's thread, and only while \a receiver
/// still exists (a window closed meanwhile gets nothing).
void scanMediaFolderInBackground(QObject *receiver, const QString &folder, FolderScan::Mode mode,
                                 std::function<void(const Result<FolderScan> &)> done);

/// Whether \a folder holds NAME_A / NAME_B images and nothing else that could be an item
/// (a quick look at the names, nothing is read): the page then offers pairs first.
bool looksLikePairFolder(const QString &folder);

} // namespace annostraat
