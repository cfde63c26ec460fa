// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"

#include "mainwindow.h"
#include "shortcutsheet.h"
#include "statusmessage.h"
#include "store/store.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

#include <climits>

namespace annostraat {

namespace {
/// A sync that takes longer than this shows its progress in a dialog.
constexpr int kProgressDelayMs = 2000;
/// Pending changes are counted again this long after the last action (one query, not one per key).
constexpr int kPendingDelayMs = 400;

/// Calm grey (the theme's muted text) for states that need no attention.
void setMuted(QLabel *label, bool muted)
{
    const QString role = muted ? QStringLiteral("muted") : QString();
    if (label->property("role").toString() == role)
        return;
    label->setProperty("role", role);
    label->style()->unpolish(label);
    label->style()->polish(label);
}
} // namespace

SyncStatus::SyncStatus(Store &store, QSettings &settings, MainWindow &window)
    : QObject(&window)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
{
    m_syncLabel = new QLabel(&window);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_pendingLabel = new QLabel(&window);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_problemsLabel = new QLabel(&window);
    m_problemsLabel->setObjectName(QStringLiteral("syncProblemsLabel"));
    window.statusBar()->addPermanentWidget(m_syncLabel);
    window.statusBar()->addPermanentWidget(m_pendingLabel);
    window.statusBar()->addPermanentWidget(m_problemsLabel);

    m_lastSync = SyncSettings::lastSync(m_settings);
    m_state = window.syncSettings().isSetUp() ? State::NotYet : State::NotSetUp;
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(kProgressDelayMs);
    connect(m_progressDelay, &QTimer::timeout, this, &SyncStatus::showProgressDialog);
    m_pendingDelay = new QTimer(this);
    m_pendingDelay->setSingleShot(true);
    m_pendingDelay->setInterval(kPendingDelayMs);
    connect(m_pendingDelay, &QTimer::timeout, this, &SyncStatus::recountPending);
    m_pendingOps = m_store.pendingOpCount();
}

QProgressDialog *SyncStatus::progressDialog() const
{
    return m_progressDialog;
}

void SyncStatus::showMessage(const QString &text)
{
    m_window.statusBar()->showMessage(text, kStatusMessageMs);
}

void SyncStatus::syncStarted()
{
    if (m_state != State::Syncing)
        m_stateBeforeJob = m_state;
    m_state = State::Syncing;
    m_lastProgress = SyncProgress{};
    m_progressDismissed = false;
    m_requested = m_nextRequested;
    m_nextRequested = false;
    if (m_requested)
        m_progressDelay->start();
    update();
}

void SyncStatus::syncProgressed(const SyncProgress &progress)
{
    m_lastProgress = progress;
    if (!m_progressDialog)
        return;
    m_progressDialog->setLabelText(describeProgress(progress) + QLatin1Char('\n') +
                                   tr("You can keep working meanwhile."));
    if (progress.filesTotal > 0) {
        m_progressDialog->setRange(0, progress.filesTotal);
        m_progressDialog->setValue(qBound(0, progress.filesDone, progress.filesTotal));
    } else {
        m_progressDialog->setRange(0, 0); // how many there are is not known: a calm busy bar
    }
}

void SyncStatus::showProgressDialog()
{
    const SyncController *sync = m_window.syncController();
    if (!sync || !sync->isBusy() || m_progressDismissed || m_progressDialog)
        return;
    auto *dialog = new QProgressDialog(&m_window);
    dialog->setObjectName(QStringLiteral("syncProgressDialog"));
    dialog->setWindowModality(Qt::NonModal);
    // It appears by itself: it must not take the keyboard from someone who is typing.
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setWindowTitle(tr("Syncing"));
    // The engine cannot stop halfway through a file set; "Hide" only puts the dialog away and
    // the sync finishes in the background (the status bar says when).
    dialog->setCancelButtonText(tr("Hide"));
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
    connect(dialog, &QProgressDialog::canceled, this, [this, dialog] {
        m_progressDismissed = true;
        dialog->deleteLater();
        showMessage(tr("The sync goes on in the background; the status bar says when it is "
                       "done."));
    });
    m_progressDialog = dialog;
    syncProgressed(m_lastProgress);
    dialog->show();
}

void SyncStatus::closeProgressDialog()
{
    m_progressDelay->stop();
    if (m_progressDialog) {
        m_progressDialog->hide();
        m_progressDialog->deleteLater();
        m_progressDialog = nullptr;
    }
}

QString SyncStatus::describeProgress(const SyncProgress &progress) const
{
    auto taskName = [this](const QString &id) {
        const auto task = m_store.task(id);
        return task ? task->name : tr("a new task");
    };
    const QStringList parts = progress.file.split(QLatin1Char('/'));
    switch (progress.stage) {
    case SyncProgress::Stage::Looking:
        break;
    case SyncProgress::Stage::Pulling:
        if (parts.size() == 3 && parts.at(0) == QLatin1String("tasks"))
            return tr("Fetching the task \u201c%1\u201d…").arg(taskName(parts.at(1)));
        if (parts.size() == 4) {
            const auto who = m_store.findProfile(parts.at(2));
            return tr("Fetching the work of %1 on \u201c%2\u201d…")
                    .arg(who ? who->name : tr("someone new"), taskName(parts.at(1)));
        }
        return tr("Fetching new tasks and work…");
    case SyncProgress::Stage::Pushing:
        return tr("Sending the work done on this PC…");
    case SyncProgress::Stage::Publishing:
        return tr("Publishing the task…");
    }
    return tr("Looking at the shared folder…");
}

bool SyncStatus::syncFinished(const SyncController::Outcome &outcome)
{
    closeProgressDialog();
    const SyncSettings &syncSettings = m_window.syncSettings();
    const bool stale = outcome.shareFolder != syncSettings.shareFolder;
    const SyncReport &report = outcome.report;
    bool changed = false;
    if (outcome.job == SyncController::Job::Sync) {
        changed = report.opsApplied > 0 || report.filesImported > 0;
        if (!outcome.error.isEmpty()) {
            m_error = outcome.error;
            m_state = m_stateBeforeJob;
        } else if (!report.reachable) {
            m_state = State::Offline;
            m_error = {};
            m_problems = report.problems;
        } else {
            m_state = State::Synced;
            m_error = {};
            m_problems = report.problems;
            m_lastSync = QDateTime::currentDateTime();
            SyncSettings::setLastSync(m_settings, m_lastSync);
            // Short: it shares the status bar with the permanent labels.
            QStringList moved;
            if (report.filesImported > 0)
                moved << tr("%1 received", "files").arg(report.filesImported);
            if (report.filesWritten > 0)
                moved << tr("%1 sent", "files").arg(report.filesWritten);
            if (!moved.isEmpty())
                showMessage(tr("Synced: %1.").arg(moved.join(tr(", "))));
        }
    } else {
        const auto task = m_store.task(outcome.taskId);
        const QString name = task ? task->name : outcome.taskId;
        m_state = m_stateBeforeJob;
        if (outcome.published) {
            changed = true; // the task's version number was raised in the store
            showMessage(tr("\u201c%1\u201d is published as version %2.")
                                .arg(name)
                                .arg(outcome.published->manifest.taskVersion));
        } else if (!report.reachable) {
            m_state = State::Offline;
            showMessage(tr("The shared folder cannot be reached, so \u201c%1\u201d was not "
                           "published. Try again once it is back.")
                                .arg(name));
        } else {
            showMessage(tr("\u201c%1\u201d was not published: %2").arg(name, outcome.error.text()));
        }
    }
    if (stale) // the folder was changed meanwhile: what this job found says nothing about it
        m_state = syncSettings.isSetUp() ? State::NotYet : State::NotSetUp;
    return changed;
}

void SyncStatus::folderChanged(bool busy)
{
    m_problems.clear();
    m_error = {};
    if (!busy)
        m_state = m_window.syncSettings().isSetUp() ? State::NotYet : State::NotSetUp;
}

void SyncStatus::recountPending()
{
    m_pendingOps = m_store.pendingOpCount();
    update();
}

void SyncStatus::schedulePendingUpdate()
{
    m_pendingDelay->start();
}

void SyncStatus::update()
{
    const QLocale locale = m_window.locale();
    auto when = [&locale](const QDateTime &t) {
        return t.date() == QDate::currentDate() ? locale.toString(t.time(), QLocale::ShortFormat)
                                                : locale.toString(t, QLocale::ShortFormat);
    };
    const SyncSettings &syncSettings = m_window.syncSettings();
    const QString folder = QDir::toNativeSeparators(syncSettings.shareFolder);
    const QString syncKeys =
            ShortcutSheet::shortcutText(m_window.action(QStringLiteral("actionSyncNow")));
    QString text;
    QString tip;
    bool muted = true;
    switch (m_state) {
    case State::NotSetUp:
        text = tr("Sync: not set up");
        tip = tr("No shared folder is set up: everything is kept on this PC. You can choose one "
                 "in the settings (%1).")
                      .arg(ShortcutSheet::shortcutText(
                              m_window.action(QStringLiteral("actionSettings"))));
        break;
    case State::NotYet:
        text = m_lastSync.isValid() ? tr("Last synced %1").arg(when(m_lastSync))
                                    : tr("Not synced yet");
        tip = tr("Shared folder: %1").arg(folder);
        break;
    case State::Syncing:
        text = tr("Syncing…");
        tip = tr("Exchanging tasks and work with %1. You can keep working.").arg(folder);
        muted = false;
        break;
    case State::Synced:
        text = tr("Last synced %1").arg(when(m_lastSync));
        tip = tr("Shared folder: %1. Press %2 to sync now.").arg(folder, syncKeys);
        muted = false;
        break;
    case State::Offline:
        text = tr("Offline \u2014 your work stays safe on this PC");
        tip = syncSettings.intervalMinutes > 0
                      ? tr("The shared folder %1 cannot be reached right now. Annostraat tries "
                           "again "
                           "by itself (every %n min), and when you press %2.",
                           "", syncSettings.intervalMinutes)
                                .arg(folder, syncKeys)
                      : tr("The shared folder %1 cannot be reached right now. Annostraat tries "
                           "again "
                           "when you press %2.")
                                .arg(folder, syncKeys);
        if (m_lastSync.isValid())
            tip += QLatin1Char('\n') + tr("Last synced %1").arg(when(m_lastSync));
        break;
    }
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(tip);
    setMuted(m_syncLabel, muted);

    const bool showPending = syncSettings.isSetUp() && m_pendingOps > 0;
    m_pendingLabel->setVisible(showPending);
    if (showPending) {
        m_pendingLabel->setText(
                tr("Changes still to send: %n", "", int(qMin<qint64>(m_pendingOps, INT_MAX))));
        m_pendingLabel->setToolTip(tr("Kept safely on this PC; they go to the shared folder with "
                                      "the next sync."));
    }

    const bool showProblems = !m_problems.isEmpty() || !m_error.isEmpty();
    m_problemsLabel->setVisible(showProblems);
    if (!m_error.isEmpty()) {
        m_problemsLabel->setText(tr("Sync stopped"));
        m_problemsLabel->setToolTip(
                tr("The sync stopped because of a problem on this PC: %1").arg(m_error.text()));
    } else if (showProblems) {
        // Every file the last sync could not take in, also those it will try again: a file
        // that is locked for a moment must not vanish from sight (issue 8).
        m_problemsLabel->setText(tr("Files not taken in: %n", "", int(m_problems.size())));
        m_problemsLabel->setToolTip(tr("These files on the shared folder were not taken in:") +
                                    QLatin1Char('\n') + texts(m_problems).join(QLatin1Char('\n')));
    }
}

} // namespace annostraat
