// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the main window shows about sync: the status-bar labels for the shared folder, the
// changes still to send and the files not taken in, and the non-modal progress dialog that
// appears only when a sync takes longer than two seconds. It listens to the window's
// SyncController and turns its progress and outcome into calm texts (never a dialog for
// routine sync); the window keeps the controller, the interval timer and the decisions about
// when to start a job, and reads what the settings and actions are through its public API.

#include "synccontroller.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QProgressDialog;
class QSettings;
class QTimer;

namespace annostraat {

class MainWindow;
class Store;

class SyncStatus : public QObject
{
    Q_OBJECT

public:
    /// What the status bar says about the shared folder.
    enum class State { NotSetUp, NotYet, Syncing, Synced, Offline };

    /// Adds its labels to \a window's status bar (after those already there).
    SyncStatus(Store &store, QSettings &settings, MainWindow &window);

    State state() const { return m_state; }
    /// The progress dialog while it is shown (only for syncs longer than two seconds).
    QProgressDialog *progressDialog() const;

    /// A job started: "Syncing…", and the progress dialog if it takes long.
    void syncStarted();
    /// Whether the next sync is one the person asked for (F5): only such a sync shows a
    /// progress dialog when it takes long; a timed one says how it goes in the status bar
    /// alone (no window opens without the person's action).
    void setNextRequested(bool requested) { m_nextRequested = requested; }
    void syncProgressed(const SyncProgress &progress);
    /// Takes in how a job ended: the state, the problems, the passing message. Returns
    /// whether the job brought something into the store (the window then re-reads it).
    bool syncFinished(const SyncController::Outcome &outcome);
    /// The shared folder was changed: what the last sync found says nothing about it.
    void folderChanged(bool busy);
    void closeProgressDialog();
    /// Counts the changes still to send again, now, and updates the labels.
    void recountPending();
    /// Counts them again a moment after the last action (one query, not one per key).
    void schedulePendingUpdate();
    /// Sets the labels' texts from the state (also after a language change).
    void update();

private:
    void showProgressDialog();
    QString describeProgress(const SyncProgress &progress) const;
    void showMessage(const QString &text);

    Store &m_store;
    QSettings &m_settings;
    MainWindow &m_window;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;

    State m_state = State::NotSetUp;
    State m_stateBeforeJob = State::NotSetUp;
    QDateTime m_lastSync;
    QList<Message> m_problems; ///< refused files of the last sync, one each; worded when shown
    Message m_error;        ///< a local problem that stopped the last sync
    qint64 m_pendingOps = 0;
    SyncProgress m_lastProgress;
    bool m_nextRequested = false;
    bool m_requested = false;
    bool m_progressDismissed = false;
    QTimer *m_progressDelay = nullptr;
    QTimer *m_pendingDelay = nullptr;
    QPointer<QProgressDialog> m_progressDialog;
};

} // namespace annostraat
