// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "store/store.h"

#include <QFileInfo>
#include <QThread>

namespace annostraat {

SyncController::SyncController(QString storePath, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_mediaDir(std::move(mediaDir))
{}

SyncController::~SyncController()
{
    waitForIdle();
    delete m_thread;
}

void SyncController::setShareFolder(const QString &folder)
{
    m_share = folder;
}

void SyncController::waitForIdle()
{
    if (m_thread)
        m_thread->wait();
}

bool SyncController::startSync()
{
    return start(Job::Sync, [](SyncEngine &engine, Outcome &outcome) {
        auto report = engine.sync();
        if (report)
            outcome.report = *report;
        else
            outcome.error = report.error().what();
    });
}

bool SyncController::startPublish(const QString &taskId, const Profile &teamLead)
{
    return start(Job::Publish, [taskId, teamLead](SyncEngine &engine, Outcome &outcome) {
        outcome.taskId = taskId;
        outcome.report.reachable = engine.shareReachable();
        if (!outcome.report.reachable)
            return; // a status, not an error: the main window says so calmly
        auto published = engine.publishTask(taskId, teamLead);
        if (published)
            outcome.published = *published;
        else
            outcome.error = published.error().what();
        outcome.report.reachable = engine.shareReachable();
    });
}

bool SyncController::start(Job job, std::function<void(SyncEngine &, Outcome &)> work)
{
    if (m_thread || m_share.isEmpty())
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->job = job;
    outcome->shareFolder = m_share;
    // Everything the thread needs is copied in: it touches nothing of the GUI's.
    m_thread = QThread::create([this, outcome, work = std::move(work), storePath = m_storePath,
                                share = m_share, mediaDir = m_mediaDir] {
        auto store = Store::open(storePath);
        if (!store) {
            outcome->error = store.error().what();
            return;
        }
        SyncEngine engine(**store, share, mediaDir);
        // `this` outlives the thread (the destructor waits), and a queued call to a deleted
        // object is dropped, so the GUI thread only ever sees a live controller.
        engine.setProgressCallback([this](const SyncProgress &p) {
            QMetaObject::invokeMethod(
                    this, [this, p] { Q_EMIT progressed(p); }, Qt::QueuedConnection);
        });
        work(engine, *outcome);
    });
    m_thread->setObjectName(QStringLiteral("annostraat-sync"));
    connect(
            m_thread, &QThread::finished, this,
            [this, outcome] {
                // Queued from the worker: by now its run is over, so the outcome is complete.
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                Q_EMIT finished(*outcome);
            },
            Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    Q_EMIT started(job);
    return true;
}

void SyncController::checkReachable(const QString &folder, QObject *receiver,
                                    std::function<void(bool)> done)
{
    auto reachable = std::make_shared<bool>(false);
    QThread *thread = QThread::create([folder, reachable] {
        const QFileInfo info(folder);
        *reachable = !folder.isEmpty() && info.isDir() && info.isReadable();
    });
    // The result is read only after the thread has finished (a queued call), and not at all
    // when the receiver is gone by then.
    connect(
            thread, &QThread::finished, receiver,
            [reachable, done = std::move(done)] { done(*reachable); }, Qt::QueuedConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace annostraat
