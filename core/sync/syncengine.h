// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sync through the lab's shared folder (DESIGN.md, "Task packages and sync"):
//
//   tasks/<task>/task-v<N>.zip                  written by the team lead (publishTask)
//   results/<task>/<profile>/<device>-<seq>.zip  written by one annotator's PC (push)
//   reviews/<task>/<profile>/<device>-<seq>.zip  written by one reviewer's PC (push)
//
// A PC only ever creates its own files (whole or not at all, see bundle/atomicfile.h) and
// never edits or deletes anything on the share. Pulling imports each new file in one store
// transaction and remembers it (path, size, mtime), so a sync with nothing new only lists
// folders. Every step can be interrupted, by a vanished share or a killed process: a file
// is remembered only after it was applied, and pushed ops only after their file is in
// place, so the next sync picks up where this one stopped. At worst a push is repeated in a
// second file, which changes nothing because ops are idempotent.
//
// Who receives what: an annotator's PC imports task packages, its own profiles' results
// (the same person on another PC) and reviews of its own profiles' work, never another
// annotator's layer (blind double annotation). A PC with a reviewer or team lead profile
// imports everything. A results or reviews file is accepted only if every op in it is by
// the profile its folder names and touches only that profile's own work.

#include "bundle/package.h"
#include "bundle/packageimport.h"
#include "util/result.h"

#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <functional>

namespace annostraat {

class Store;
struct Profile;

struct SyncProgress
{
    enum class Stage { Looking, Pulling, Pushing, Publishing };
    Stage stage = Stage::Looking;
    QString file;      ///< share-relative path being worked on, if any
    int filesDone = 0;
    int filesTotal = 0;
};

struct SyncReport
{
    bool reachable = true;     ///< false: the share was not there (a status, not an error)
    int filesImported = 0;
    int filesRefused = 0;      ///< files found at fault in this sync; not read again until they change
    int filesStillRefused = 0; ///< refused by an earlier sync and unchanged since
    int filesToRetry = 0;      ///< could not be read or applied this time; tried at every sync
    int opsApplied = 0;        ///< ops new to this store
    int filesWritten = 0;
    int opsPushed = 0;
    /// One line per file not taken in (or taken in without some of its ops), naming it and why;
    /// listed at every sync until the file is taken.
    QList<Message> problems;
    qint64 elapsedMs = 0;
};

class SyncEngine
{
public:
    /// \a mediaDir is where imported media go (a folder of this PC, never the share).
    SyncEngine(Store &store, QString shareRoot, QString mediaDir);

    void setProgressCallback(std::function<void(const SyncProgress &)> callback);

    /// Pull, then push. Errors are only local problems (the store cannot be written).
    Result<SyncReport> sync();
    Result<SyncReport> pull();
    Result<SyncReport> push();

    /// Writes the task as the next version tasks/<task>/task-v<N>.zip (team lead).
    Result<PackageInfo> publishTask(const QString &taskId, const Profile &teamLead);

    bool shareReachable() const;
    const QString &shareRoot() const { return m_root; }

    /// "results/<task>/<profile>/<device>-000042.zip" and the like.
    static QString taskPackagePath(const QString &taskId, int version);
    static QString workFolder(PackageKind kind, const QString &taskId, const QString &profileId);

private:
    Result<void> pullTasks(SyncReport &report);
    Result<void> pullWork(PackageKind kind, SyncReport &report);
    /// Whether \a rel was looked at before and has not changed since (nor the program that
    /// refused it); a file refused earlier is reported again.
    bool seenBefore(const QString &rel, const QFileInfo &info, SyncReport &report) const;
    /// Imports one share file and remembers it; a vanished share leaves it for next time, and
    /// so does a failure that is not the file's fault. \a notes (filled by \a vet) are reported
    /// when the file is applied.
    Result<void> importFile(const QString &rel, const QFileInfo &info, const PackageCheck &vet,
                            const QList<Message> &notes, SyncReport &report);
    Result<void> pushFor(const Profile &profile, SyncReport &report);
    void progress(SyncProgress::Stage stage, const QString &file, int done, int total);

    Store &m_store;
    QString m_root;
    QString m_mediaDir;
    std::function<void(const SyncProgress &)> m_progress;
};

} // namespace annostraat
