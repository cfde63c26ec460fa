// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the sync engine (core/sync) off the GUI thread, one job at a time.
//
// Each job runs in its own QThread with its own Store, opened on the same file as the GUI's
// (a Store is not thread-safe; SQLite serialises the two connections' writes). The engine's
// progress callback is marshalled to the GUI thread as queued calls, and the outcome arrives
// as finished() once the thread is done; the GUI then re-reads what changed from its own
// Store. The controller never shows anything itself: the main window turns its signals into
// status texts. The destructor waits for a running job: the engine has no way to stop in the
// middle, and every step of it is safe to finish (see docs/sync.md).

#include "bundle/package.h"
#include "model/entities.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace annostraat {

class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class Job { Sync, Publish };

    struct Outcome
    {
        Job job = Job::Sync;
        QString shareFolder;
        /// Empty when the job ran; otherwise a local problem (the store could not be opened or
        /// written) or, for Publish, why the task was not published.
        Message error;
        SyncReport report;                    ///< Sync: what came in and went out
        std::optional<PackageInfo> published; ///< Publish: the package written
        QString taskId;                       ///< Publish: the task
    };

    /// \a storePath: the GUI's store file; \a mediaDir: where pulled media go on this PC.
    SyncController(QString storePath, QString mediaDir, QObject *parent = nullptr);
    ~SyncController() override;

    void setShareFolder(const QString &folder);
    const QString &shareFolder() const { return m_share; }
    const QString &mediaDir() const { return m_mediaDir; }

    bool isBusy() const { return m_thread != nullptr; }
    /// Pull, then push, in the background. False (nothing started) when a job is running
    /// already or no shared folder is set.
    bool startSync();
    /// Publishes \a taskId as the next version, in the background. False as for startSync().
    bool startPublish(const QString &taskId, const Profile &teamLead);
    /// Blocks until the running job (if any) is done; finished() is still delivered later.
    void waitForIdle();

    /// Looks whether \a folder is reachable without blocking the GUI thread (a vanished
    /// network share can take long to answer) and calls \a done on \a receiver's thread,
    /// unless \a receiver is gone by then.
    static void checkReachable(const QString &folder, QObject *receiver,
                               std::function<void(bool reachable)> done);

Q_SIGNALS:
    void started(annostraat::SyncController::Job job);
    void progressed(const annostraat::SyncProgress &progress);
    void finished(const annostraat::SyncController::Outcome &outcome);

private:
    bool start(Job job, std::function<void(SyncEngine &, Outcome &)> work);

    QString m_storePath;
    QString m_mediaDir;
    QString m_share;
    QThread *m_thread = nullptr;
};

} // namespace annostraat
