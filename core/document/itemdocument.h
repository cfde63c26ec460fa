// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One open item for one person. The document owns the item's undo stack and is the only
// way views learn about changes (typed signals); views never write. Changes go through the
// command facade in commands.h, whose commands write to the store at once: there is no
// "save" and nothing is ever unsaved. Undoing a command writes ops too, so an undo reaches
// the other PCs like any other change.

#include "model/entities.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace annostraat {

class Store;

class ItemDocument : public QObject
{
    Q_OBJECT

public:
    ItemDocument(Store &store, Task task, Item item, Profile user, QObject *parent = nullptr);
    /// The undo stack says "cleared" as it goes; nobody is told (its kept history stays).
    ~ItemDocument() override;

    Store &store() const { return m_store; }
    const Task &task() const { return m_task; }
    const Item &item() const { return m_item; }
    const Profile &user() const { return m_user; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// The user's own layer on this item.
    QList<Annotation> annotations() const;
    /// Everyone else's layers (reviewers and team leads see them).
    QList<Annotation> otherLayers() const;
    std::optional<Submission> submission() const;
    /// The stored status; to do when a rejection waits for the user's answer (feedback()).
    SubmissionStatus status() const;
    /// The rejection of the user's work on this item that they have to answer, if any.
    std::optional<Review> feedback() const;
    /// The user's work on this item waits for a reviewer's verdict: read-only until then.
    bool awaitsVerdict() const;
    /// Time worked on the item that no status change has counted yet. The clock only runs
    /// while the document is active (shown to its person).
    qint64 uncountedMs() const;
    /// The uncounted time went into a status change: start counting afresh.
    void markCounted();
    /// Shown (true) or put aside (false): only shown items collect working time.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Called by the commands after they wrote; views listen to the signals.
    void notifyAnnotationChanged(const QString &annotationId) { Q_EMIT annotationChanged(annotationId); }
    void notifyStatusChanged() { Q_EMIT statusChanged(); }
    void notifyWriteFailed(const QString &message) { Q_EMIT writeFailed(message); }

Q_SIGNALS:
    /// An annotation of this item was added, edited, removed or restored.
    void annotationChanged(const QString &annotationId);
    void statusChanged();
    /// An undo or redo could not be written; the message names the store and the problem.
    void writeFailed(const QString &message);

private:
    Store &m_store;
    Task m_task;
    Item m_item;
    Profile m_user;
    QUndoStack m_undoStack;
    QElapsedTimer m_running; ///< since the document last became active
    qint64 m_banked = 0;     ///< active time before that, not yet counted
    bool m_active = true;
};

} // namespace annostraat
