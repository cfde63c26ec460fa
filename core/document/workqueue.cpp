// SPDX-License-Identifier: GPL-3.0-or-later
#include "workqueue.h"

#include "quality/reviewqueue.h"

#include "bundle/packageimport.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QUndoStack>

#include <algorithm>

namespace annostraat {

namespace {
const QString kLastTask = QStringLiteral("work/lastTask");

QString lastItemKey(const QString &taskId)
{
    return QStringLiteral("work/lastItem/") + taskId;
}
} // namespace

WorkQueue::WorkQueue(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

WorkQueue::~WorkQueue()
{
    dropDocuments();
}

void WorkQueue::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    m_task.reset();
    clearDocuments();
}

QString WorkQueue::lastTaskId() const
{
    return m_profile ? m_store.setting(m_profile->id, kLastTask) : QString();
}

bool WorkQueue::openTask(const QString &taskId)
{
    m_store.clearReadError();
    const auto task = m_store.task(taskId);
    noteReadError();
    if (!task || !m_profile)
        return false;
    if (m_document)
        Q_EMIT aboutToLeave();
    clearDocuments();
    m_task = task;
    m_items = itemsFor(taskId);
    noteReadError();
    keepPreference(m_store.setSetting(m_profile->id, kLastTask, taskId));
    return true;
}

void WorkQueue::noteReadError()
{
    m_readError = m_store.hasReadError() ? std::optional<Error>(m_store.readError()) : std::nullopt;
}

void WorkQueue::closeTask()
{
    m_task.reset();
    m_items.clear();
    clearDocuments();
}

QList<Item> WorkQueue::itemsFor(const QString &taskId) const
{
    if (!m_profile)
        return {};
    // An annotator sees what is assigned to them (or all, when nobody is assigned anything);
    // a team lead or reviewer looks at every item, also after handing them all out.
    if (m_profile->role == Role::Annotator)
        return m_store.queue(taskId, m_profile->id);
    return m_store.items(taskId);
}

QHash<QString, SubmissionStatus> WorkQueue::statuses() const
{
    QHash<QString, SubmissionStatus> statuses;
    if (!m_profile || !m_task)
        return statuses;
    const QList<Submission> submissions = m_store.submissions(m_task->id);
    for (const Submission &s : submissions)
        if (s.annotator == m_profile->id)
            statuses.insert(s.itemId, s.status);
    // Rejected work is back in its author's queue as to do (with the feedback beside it).
    for (const QString &itemId : feedbackItems())
        statuses.insert(itemId, SubmissionStatus::Todo);
    return statuses;
}

QSet<QString> WorkQueue::feedbackItems() const
{
    QSet<QString> items;
    if (!m_profile || !m_task)
        return items;
    for (const Review &r : m_store.reviews(m_task->id))
        if (r.annotator == m_profile->id && r.verdict == Verdict::Rejected
            && ReviewQueue::stateOf(m_store.submission(r.itemId, r.annotator), r) == ReviewState::Feedback)
            items.insert(r.itemId);
    return items;
}

int WorkQueue::rowOf(const QString &itemId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return int(i);
    return -1;
}

QString WorkQueue::startItemId() const
{
    if (!m_profile || !m_task)
        return {};
    // A rejection to answer comes first: the reviewer is waiting for it.
    const QSet<QString> feedback = feedbackItems();
    for (const Item &item : std::as_const(m_items))
        if (feedback.contains(item.id))
            return item.id;
    QString itemId = m_store.setting(m_profile->id, lastItemKey(m_task->id));
    if (rowOf(itemId) >= 0)
        return itemId;
    const QHash<QString, SubmissionStatus> known = statuses();
    for (const Item &item : std::as_const(m_items)) {
        const SubmissionStatus s = known.value(item.id, SubmissionStatus::Todo);
        if (s == SubmissionStatus::Todo || s == SubmissionStatus::InProgress)
            return item.id;
    }
    return m_items.isEmpty() ? QString() : m_items.first().id;
}

WorkQueue::Refresh WorkQueue::refresh()
{
    if (!m_profile)
        return Refresh::TaskGone;
    m_store.clearReadError();
    if (auto profile = m_store.findProfile(m_profile->id))
        m_profile = profile;
    const std::optional<Task> task = m_task ? m_store.task(m_task->id) : std::nullopt;
    noteReadError();
    if (m_readError) // keep what is shown rather than close it over a failed read
        return m_task ? Refresh::Kept : Refresh::TaskGone;
    if (!task)
        return Refresh::TaskGone; // the first task arrived, or there was none to keep
    const QString current = currentItemId();
    const QList<Item> items = itemsFor(task->id);
    noteReadError();
    if (m_readError)
        return Refresh::Kept;
    bool reopen = task->schema.toJson() != m_task->schema.toJson() ||
                  task->mediaKind != m_task->mediaKind;
    bool currentStays = current.isEmpty();
    for (const Item &item : items) {
        if (item.id == current) {
            currentStays = true;
            reopen = reopen || (m_document && !(item == m_document->item()));
        }
    }
    if (reopen || !currentStays || !m_document)
        return Refresh::Reopen; // its documents describe an older task or item
    m_task = task;
    m_items = items;
    // Finished items that left the queue cannot be returned to by Undo.
    m_finished.removeIf([this](const QPointer<ItemDocument> &doc) {
        return !doc || rowOf(doc->item().id) < 0;
    });
    return Refresh::Kept;
}

ItemDocument *WorkQueue::documentFor(const Item &item)
{
    auto it = m_documents.find(item.id);
    if (it != m_documents.end())
        return it->second.get();
    auto doc = std::make_unique<ItemDocument>(m_store, *m_task, item, *m_profile);
    ItemDocument *raw = doc.get();
    Commands::keepHistory(*raw);
    connect(raw, &ItemDocument::statusChanged, this, [this, raw] { Q_EMIT statusChanged(raw); });
    connect(raw->undoStack(), &QUndoStack::indexChanged, this, [this] { Q_EMIT historyChanged(); });
    connect(raw, &ItemDocument::writeFailed, this, &WorkQueue::writeFailed);
    m_documents.emplace(item.id, std::move(doc));
    return raw;
}

bool WorkQueue::openItem(const QString &itemId)
{
    if (!m_task || !m_profile)
        return false;
    const int row = rowOf(itemId);
    if (row < 0)
        return false;
    if (m_document && m_document->item().id == itemId)
        return true;
    if (m_document) {
        Q_EMIT aboutToLeave();
        m_document->setActive(false); // time spent counts only for the item on screen
    }
    ItemDocument *doc = documentFor(m_items.at(row));
    doc->setActive(true);
    m_document = doc;
    rememberPosition();
    Q_EMIT currentChanged(doc);
    return true;
}

QString WorkQueue::localMediaPath(const Item &item) const
{
    if (const auto local = resolveMedia(item, defaultMediaDir(m_store.path())))
        return *local;
    return item.mediaPath;
}

QList<Item> WorkQueue::upcoming(int row) const
{
    QList<Item> next;
    for (int i = row + 1; i < m_items.size() && i <= row + kPrefetchCount; ++i)
        next << m_items.at(i);
    return next;
}

void WorkQueue::rememberPosition()
{
    if (m_profile && m_task && m_document)
        keepPreference(
                m_store.setSetting(m_profile->id, lastItemKey(m_task->id), m_document->item().id));
}

void WorkQueue::keepPreference(const Result<void> &written)
{
    if (!written)
        Q_EMIT positionNotKept(written.error());
}

QString WorkQueue::currentItemId() const
{
    return m_document ? m_document->item().id : QString();
}

int WorkQueue::currentRow() const
{
    return rowOf(currentItemId());
}

bool WorkQueue::canGoNext() const
{
    const int row = currentRow();
    return row >= 0 && row + 1 < m_items.size();
}

bool WorkQueue::canGoPrevious() const
{
    return currentRow() > 0;
}

void WorkQueue::goNext()
{
    if (canGoNext())
        openItem(m_items.at(currentRow() + 1).id);
}

void WorkQueue::goPrevious()
{
    if (canGoPrevious())
        openItem(m_items.at(currentRow() - 1).id);
}

WorkQueue::Finished WorkQueue::finish(SubmissionStatus status, const QString &reason)
{
    Finished finished;
    if (!m_document)
        return finished;
    if (status == SubmissionStatus::Done) {
        finished.unfinished = Questions::unfinishedQuestions(
                m_document->task().schema, m_document->item().kind, m_document->annotations());
        if (!finished.unfinished.isEmpty()) {
            finished.outcome = Finished::Outcome::QuestionsOpen;
            return finished;
        }
        const QList<Annotation> layer = m_document->annotations();
        finished.suggestions = int(std::count_if(layer.cbegin(), layer.cend(), [](const Annotation &a) {
            return a.suggested && !a.deleted;
        }));
        if (finished.suggestions > 0) {
            finished.outcome = Finished::Outcome::SuggestionsOpen;
            return finished;
        }
    }
    finished.row = currentRow();
    if (auto r = Commands::setStatus(*m_document, status, reason); !r) {
        finished.outcome = Finished::Outcome::NotWritten;
        finished.error = r.error();
        return finished;
    }
    if (canGoNext()) {
        m_finished << m_document;
        goNext();
        finished.outcome = Finished::Outcome::MovedOn;
    } else {
        finished.outcome = Finished::Outcome::WasLast;
    }
    return finished;
}

bool WorkQueue::canUndo() const
{
    if (m_document && m_document->undoStack()->canUndo())
        return true;
    return !m_finished.isEmpty() && m_finished.last() && m_finished.last()->undoStack()->canUndo();
}

bool WorkQueue::canRedo() const
{
    return m_document && m_document->undoStack()->canRedo();
}

bool WorkQueue::undo()
{
    if (m_document && m_document->undoStack()->canUndo()) {
        m_document->undoStack()->undo();
        return false;
    }
    while (!m_finished.isEmpty()) {
        QPointer<ItemDocument> previous = m_finished.takeLast();
        if (!previous || !previous->undoStack()->canUndo())
            continue;
        openItem(previous->item().id);
        previous->undoStack()->undo();
        return true;
    }
    return false;
}

void WorkQueue::redo()
{
    if (canRedo())
        m_document->undoStack()->redo();
}

void WorkQueue::clearDocuments()
{
    m_document = nullptr;
    m_finished.clear();
    Q_EMIT currentChanged(nullptr);
    dropDocuments();
}

void WorkQueue::dropDocuments()
{
    for (auto &[id, doc] : m_documents) {
        // A stack being destroyed still announces its index: nobody here is listening anymore.
        disconnect(doc->undoStack(), nullptr, this, nullptr);
        disconnect(doc.get(), nullptr, this, nullptr);
    }
    m_documents.clear();
}

} // namespace annostraat
