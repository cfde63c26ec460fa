// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpage.h"

#include "document/itemdocument.h"
#include "editor/editorregistry.h"
#include "model/displaynames.h"
#include "model/questions.h"
#include "questionform.h"
#include "queueview.h"
#include "review/feedbackbox.h"
#include "review/reviewpanel.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QFileInfo>
#include <QSplitter>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>

#include <algorithm>

namespace annostraat {

namespace {
constexpr int kTaskIdRole = Qt::UserRole + 1;
} // namespace

WorkPage::WorkPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_work(std::make_unique<WorkQueue>(store))
{
    buildWidgets();
    connect(m_tasks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_taskList.size() && (!task() || task()->id != m_taskList.at(row).id))
            openTask(m_taskList.at(row).id);
    });
    connect(m_work.get(), &WorkQueue::aboutToLeave, this, &WorkPage::commitPending);
    connect(m_work.get(), &WorkQueue::currentChanged, this, &WorkPage::showItem);
    connect(m_work.get(), &WorkQueue::statusChanged, this, [this](ItemDocument *doc) {
        m_queue->setStatus(doc->item().id, doc->status());
        if (doc == document())
            updateHeader();
    });
    connect(m_work.get(), &WorkQueue::historyChanged, this, &WorkPage::navigationChanged);
    connect(m_work.get(), &WorkQueue::writeFailed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });
    // Where the person was is a convenience: say so calmly if it could not be kept.
    connect(m_work.get(), &WorkQueue::positionNotKept, this, [this](const Error &error) {
        Q_EMIT message(tr("Your place in the queue could not be kept: %1").arg(error.message()));
    });
    connect(m_queue, &QueueView::itemChosen, this, &WorkPage::openItem);
    connect(m_loadDemo, &QPushButton::clicked, this, &WorkPage::demoRequested);
    connect(m_form, &QuestionForm::failed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });
    connect(m_review, &ReviewPanel::itemChosen, this, [this](const QString &itemId) {
        openItem(itemId);
        if (m_editor && document() && document()->item().id == itemId)
            m_editor->showOtherLayers(); // the work under review on the media too
    });
    connect(m_review, &ReviewPanel::message, this, &WorkPage::message);
    connect(m_review, &ReviewPanel::failed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });
    connect(m_feedback, &FeedbackBox::annotationChosen, this,
            [this](const QString &id, const QJsonObject &place) {
                if (m_editor && m_editor->selectAnnotation(id, place))
                    m_editor->takeFocus();
            });
    m_feedback->setPlaceWords([this](const Annotation &a, const QJsonObject &place) {
        return m_editor ? m_editor->describePlace(a, place) : QString();
    });
    // The reviewer's choice in the list of the work under review is shown on the media; the
    // keyboard stays in the list.
    connect(m_review, &ReviewPanel::annotationChosen, this, [this](const QString &id) {
        if (m_editor)
            m_editor->selectAnnotation(id, {}); // empty: the whole item, nothing pointed out
    });
    m_review->setPlaceFinder([this](const Annotation &a) {
        std::pair<QJsonObject, QString> place;
        if (m_editor) {
            place.first = m_editor->placeOn(a);
            if (!place.first.isEmpty())
                place.second = m_editor->describePlace(a, place.first);
        }
        return place;
    });

    retranslate();
}

void WorkPage::createEditors()
{
    EditorEnvironment environment;
    environment.store = &m_store;
    environment.mediaPath = [this](const Item &item) { return m_work->localMediaPath(item); };
    environment.previousItem = [this]() -> std::optional<Item> {
        const int row = currentRow();
        return row > 0 ? std::optional<Item>(m_work->items().at(row - 1)) : std::nullopt;
    };
    auto take = [this](MediaEditor *editor) {
        m_editorStack->addWidget(editor->widget());
        connect(editor, &MediaEditor::message, this, &WorkPage::message);
        connect(editor, &MediaEditor::notice, this, [this](const QString &text) { showNotice(text); });
        connect(editor, &MediaEditor::passingNotice, this,
                [this](const QString &text) { showNotice(text, Notice::Passing); });
        connect(editor, &MediaEditor::actionsChanged, this, &WorkPage::editorActionsChanged);
        connect(editor, &MediaEditor::statusTextChanged, this, [this, editor] {
            if (editor == m_editor) {
                updateEditorStatus();
                m_feedback->updatePlace(); // the media may be shown now: its places have words
            }
        });
    };
    for (MediaKind kind : EditorRegistry::kinds()) {
        MediaEditor *editor = EditorRegistry::create(kind, environment, this);
        m_editors.emplace(kind, editor);
        take(editor);
    }
    m_fallback = EditorRegistry::createFallback(environment, this);
    take(m_fallback);
    m_editor = m_fallback;
    m_editorStack->setCurrentWidget(m_fallback->widget());
}

MediaEditor *WorkPage::editorFor(MediaKind kind) const
{
    const auto it = m_editors.find(kind);
    return it == m_editors.end() ? m_fallback : it->second;
}

QList<QAction *> WorkPage::editorActions(MediaEditor::Menu menu) const
{
    QList<QAction *> actions;
    for (const auto &[kind, editor] : m_editors)
        actions << editor->actions(menu);
    actions << m_fallback->actions(menu);
    return actions;
}

void WorkPage::showInEditor(ItemDocument *document)
{
    MediaEditor *next = document ? editorFor(document->item().kind) : m_fallback;
    for (const auto &[kind, editor] : m_editors)
        if (editor != next)
            editor->open(nullptr);
    if (m_fallback != next)
        m_fallback->open(nullptr);
    m_editor = next;
    m_editorStack->setCurrentWidget(next->widget());
    next->open(document);
    updateEditorStatus();
}

void WorkPage::updateEditorStatus()
{
    const QString text = m_editor ? m_editor->statusText() : QString();
    m_editorStatus->setText(text);
    m_editorStatus->setToolTip(text);
    m_editorStatus->setVisible(!text.isEmpty());
}

void WorkPage::commitPending()
{
    if (!document())
        return;
    m_form->commitPending();
    if (m_editor)
        m_editor->commitPending();
}

WorkPage::~WorkPage()
{
    // Views hold pointers to the documents: detach them before the documents go. The editors
    // go first (their tools still talk to their widgets, which Qt would otherwise delete
    // before them); nobody outside hears their menus change any more.
    m_form->setDocument(nullptr);
    m_review->setDocument(nullptr);
    m_feedback->setDocument(nullptr);
    for (auto &[kind, editor] : m_editors) {
        disconnect(editor, nullptr, this, nullptr);
        editor->open(nullptr);
        delete editor;
    }
    m_editors.clear();
    disconnect(m_fallback, nullptr, this, nullptr);
    delete m_fallback;
    m_fallback = nullptr;
    disconnect(m_work.get(), nullptr, this, nullptr);
    m_work.reset();
}

void WorkPage::setProfile(const std::optional<Profile> &profile)
{
    commitPending();
    for (auto &[kind, editor] : m_editors)
        editor->setProfile(profile);
    m_fallback->setProfile(profile);
    m_work->setProfile(profile); // closes the documents: showItem(nullptr) lets go of them
    m_review->setTask(std::nullopt, profile);
    // Reviewers come to review; a team lead turns the panel on when they want it.
    setReviewMode(profile && profile->role == Role::Reviewer);
    reloadTasks(m_work->lastTaskId());
}

bool WorkPage::canReview() const
{
    const auto &profile = m_work->profile();
    return profile && profile->role != Role::Annotator;
}

void WorkPage::setReviewMode(bool on)
{
    on = on && canReview();
    const bool changed = on != m_reviewMode;
    m_reviewMode = on;
    m_review->setVisible(on);
    if (changed)
        Q_EMIT reviewModeChanged(on);
}

void WorkPage::reloadTasks(const QString &selectTaskId)
{
    m_store.clearReadError();
    const QList<Task> tasks = m_store.tasks();
    if (m_store.hasReadError()) {
        // An empty list here is not "no tasks yet": keep what is shown, and say so calmly.
        showReadProblem(m_store.readError());
        return;
    }
    m_taskList = tasks;
    QString wanted = selectTaskId;
    if (wanted.isEmpty() && task())
        wanted = task()->id;
    {
        const QSignalBlocker block(m_tasks);
        m_tasks->clear();
        for (const Task &t : std::as_const(m_taskList)) {
            auto *row = new QListWidgetItem(t.name, m_tasks);
            row->setData(kTaskIdRole, t.id);
            row->setToolTip(tr("%1 \u2014 %2").arg(t.name, DisplayNames::mediaKind(t.mediaKind)));
        }
    }
    if (m_taskList.isEmpty()) {
        m_work->closeTask();
        m_queue->setQueue({}, {});
        m_review->setTask(std::nullopt, m_work->profile());
        m_instructions->clear();
        m_centre->setCurrentIndex(1);
        updateHeader();
        Q_EMIT navigationChanged();
        return;
    }
    m_centre->setCurrentIndex(0);
    bool found = false;
    for (const Task &t : std::as_const(m_taskList))
        found = found || t.id == wanted;
    if (!found)
        wanted = m_taskList.first().id;
    if (!task() || task()->id != wanted) {
        openTask(wanted);
    } else {
        const QSignalBlocker block(m_tasks);
        for (int i = 0; i < m_tasks->count(); ++i)
            if (m_tasks->item(i)->data(kTaskIdRole).toString() == wanted)
                m_tasks->setCurrentRow(i);
    }
}

bool WorkPage::openTask(const QString &taskId)
{
    if (!m_work->openTask(taskId)) { // leaving the open item keeps what is typed (commitPending)
        if (m_work->readError())
            showReadProblem(*m_work->readError());
        return false;
    }
    if (m_work->readError())
        showReadProblem(*m_work->readError());
    {
        const QSignalBlocker block(m_tasks);
        for (int i = 0; i < m_tasks->count(); ++i)
            if (m_tasks->item(i)->data(kTaskIdRole).toString() == taskId)
                m_tasks->setCurrentRow(i);
    }
    m_queue->setQueue(m_work->items(), m_work->statuses());
    m_review->setTask(task(), m_work->profile());
    showInstructions(task()->instructions);
    if (task()->instructions.trimmed().isEmpty())
        m_instructions->setPlainText(tr("This task has no instructions."));

    // Back where the person was; otherwise the first item not finished yet.
    if (const QString itemId = m_work->startItemId(); !itemId.isEmpty())
        openItem(itemId);
    else
        updateHeader();
    Q_EMIT navigationChanged();
    return true;
}

void WorkPage::refreshFromStore()
{
    if (!m_work->profile())
        return;
    const QString instructions = task() ? task()->instructions : QString();
    const QString current = currentItemId();
    switch (m_work->refresh()) {
    case WorkQueue::Refresh::TaskGone:
        reloadTasks(); // the first task arrived, or there was none to keep
        return;
    case WorkQueue::Refresh::Reopen: {
        const QString taskId = task()->id;
        reloadTasks(taskId); // names and new tasks; the open task stays open
        openTask(taskId);    // its documents describe an older task or item: open it afresh
        return;
    }
    case WorkQueue::Refresh::Kept:
        break;
    }
    reloadTasks(task()->id); // names and new tasks; the open task stays open
    if (task()->instructions != instructions) {
        showInstructions(task()->instructions);
        if (task()->instructions.trimmed().isEmpty())
            m_instructions->setPlainText(tr("This task has no instructions."));
    }
    m_queue->setQueue(m_work->items(), m_work->statuses());
    m_queue->setCurrentItemId(current);
    m_review->refresh(); // verdicts and work that came in
    m_feedback->refresh();
    // A problem shown while the work waited for a verdict ("is being reviewed") is over once
    // the verdict came in: the work can change again.
    if (m_noticeInReview && document() && !document()->awaitsVerdict()) {
        m_notice->hide();
        m_notice->clear();
        m_noticeInReview = false;
    }
    // The views read the store again; the document and its undo history stay as they are.
    if (document()) {
        document()->notifyAnnotationChanged(QString());
        document()->notifyStatusChanged();
    }
    updateHeader();
    Q_EMIT navigationChanged();
    if (m_work->readError())
        showReadProblem(*m_work->readError());
}

void WorkPage::openItem(const QString &itemId)
{
    if (document() && document()->item().id == itemId)
        m_queue->setCurrentItemId(itemId); // already open: the queue only shows it again
    else
        m_work->openItem(itemId); // showItem() follows
}

void WorkPage::showItem(ItemDocument *doc)
{
    if (!doc) {
        m_form->setDocument(nullptr);
        fitQuestionsRoom();
        m_review->setDocument(nullptr);
        m_feedback->setDocument(nullptr);
        showInEditor(nullptr);
        Q_EMIT documentChanged(nullptr);
        return;
    }
    m_noticeTimer->stop();
    m_notice->hide();
    m_notice->clear();
    m_queue->setCurrentItemId(doc->item().id);
    // Where the keys go stays as it was (digits rate while the questions have the keyboard);
    // from the queue or nowhere, the editor takes the keyboard (an image: label keys, Enter).
    QWidget *focus = QApplication::focusWidget();
    const bool keepFocus = focus && isAncestorOf(focus) && !m_queue->isAncestorOf(focus) &&
            focus != m_queue && !m_tasks->isAncestorOf(focus) && focus != m_tasks &&
            !m_editorStack->isAncestorOf(focus);
    m_form->setDocument(doc);
    fitQuestionsRoom();
    m_feedback->setDocument(doc);
    m_review->setDocument(doc);
    showInEditor(doc);
    if (m_reviewMode && !m_review->chosenAnnotator().isEmpty())
        m_editor->showOtherLayers(); // the work under review on the media, beside the panel
    if (!keepFocus && isVisible())
        m_editor->takeFocus();
    prefetchAfter(m_work->currentRow());
    updateHeader();
    Q_EMIT documentChanged(doc);
    Q_EMIT navigationChanged();
}

void WorkPage::prefetchAfter(int row)
{
    // The next items are prepared by their editors in the background, so moving on is instant.
    std::map<MediaEditor *, QList<Item>> upcoming;
    for (const Item &item : m_work->upcoming(row))
        upcoming[editorFor(item.kind)] << item;
    for (const auto &[editor, items] : upcoming)
        editor->prefetch(items);
}

QString WorkPage::currentItemId() const
{
    return m_work->currentItemId();
}

int WorkPage::currentRow() const
{
    return m_work->currentRow();
}

bool WorkPage::canGoNext() const
{
    return m_work->canGoNext();
}

bool WorkPage::canGoPrevious() const
{
    return m_work->canGoPrevious();
}

void WorkPage::goNext()
{
    m_work->goNext();
}

void WorkPage::goPrevious()
{
    m_work->goPrevious();
}

bool WorkPage::finish(SubmissionStatus status, const QString &reason)
{
    if (!document())
        return false;
    commitPending();
    using Outcome = WorkQueue::Finished::Outcome;
    const WorkQueue::Finished finished = m_work->finish(status, reason);
    switch (finished.outcome) {
    case Outcome::NothingOpen:
        return false;
    case Outcome::QuestionsOpen:
        showNotice(Questions::describe(finished.unfinished));
        return false;
    case Outcome::SuggestionsOpen:
        showNotice(tr("%n suggestion(s) still wait for you: accept each one (Enter) or remove it "
                      "(Delete), then mark the item as done.",
                      nullptr, finished.suggestions));
        return false;
    case Outcome::NotWritten:
        showNotice(tr("This could not be kept: %1").arg(finished.error->message()));
        return false;
    case Outcome::MovedOn:
    case Outcome::WasLast:
        break;
    }
    const int row = finished.row;
    QString what;
    switch (status) {
    case SubmissionStatus::Done:
        what = tr("Item %1 is done.").arg(row + 1);
        break;
    case SubmissionStatus::Flagged:
        what = tr("Item %1 is flagged: %2.").arg(row + 1).arg(reason);
        break;
    case SubmissionStatus::Skipped:
        what = tr("Item %1 is skipped.").arg(row + 1);
        break;
    default:
        what = tr("Item %1: %2.").arg(row + 1).arg(DisplayNames::status(status));
        break;
    }
    if (finished.outcome == Outcome::MovedOn)
        Q_EMIT message(what + QLatin1Char(' ') +
                       tr("Now item %1 of %2.").arg(currentRow() + 1).arg(itemCount()));
    else
        Q_EMIT message(what + QLatin1Char(' ') + tr("This was the last item in the queue."));
    return true;
}

bool WorkPage::canUndo() const
{
    return m_work->canUndo();
}

bool WorkPage::canRedo() const
{
    return m_work->canRedo();
}

void WorkPage::undo()
{
    if (m_work->undo())
        Q_EMIT message(tr("Back to item %1; its last step is undone.").arg(currentRow() + 1));
}

void WorkPage::redo()
{
    m_work->redo();
}

void WorkPage::showReadProblem(const Error &error)
{
    showNotice(tr("Part of the work on this PC could not be read, so this list may be incomplete. "
                  "Nothing has been deleted. Close the program and start it again; if this "
                  "message comes back, tell your team lead.\n(%1)")
                       .arg(error.message()));
}

void WorkPage::showNotice(const QString &text, Notice kind)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_noticeInReview = kind == Notice::Problem && document() && document()->awaitsVerdict();
    if (kind == Notice::Passing && !text.isEmpty())
        m_noticeTimer->start(passingNoticeMs(text));
    else
        m_noticeTimer->stop();
}

int WorkPage::passingNoticeMs(const QString &text)
{
    // Time to read it slowly: 6 seconds, and 80 ms a character beyond the first 40.
    return 6000 + 80 * int(std::max<qsizetype>(0, text.size() - 40));
}

QString WorkPage::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

QString WorkPage::statusLine(const std::optional<Submission> &submission) const
{
    const SubmissionStatus s = submission ? submission->status : SubmissionStatus::Todo;
    QString line = tr("Status: %1 %2").arg(DisplayNames::statusSymbol(s), DisplayNames::status(s));
    if (s == SubmissionStatus::Flagged && submission && !submission->reason.isEmpty())
        line += QStringLiteral(" \u2014 ") + submission->reason;
    return line;
}

void WorkPage::updateHeader()
{
    if (!document()) {
        m_itemTitle->setText(!task()            ? QString()
                             : itemCount() == 0 ? tr("There are no items for you in this task.")
                                                : tr("No item open"));
        m_itemStatus->clear();
        return;
    }
    m_itemTitle->setText(tr("Item %1 of %2: %3")
                                 .arg(currentRow() + 1)
                                 .arg(itemCount())
                                 .arg(QFileInfo(document()->item().mediaPath).fileName()));
    std::optional<Submission> shown = document()->submission();
    // Work sent back with feedback is to do again, as the queue says, whatever it was marked.
    if (shown && document()->status() != shown->status) {
        shown->status = document()->status();
        shown->reason.clear();
    }
    m_itemStatus->setText(statusLine(shown));
}

void WorkPage::fitQuestionsRoom()
{
    // Without questions, the line that says so is all the form needs, and all of it: as many
    // lines as it takes (at large text sizes, in Dutch, it wraps), worked out for the width
    // the area has with a scroll bar, so that one never has to show.
    int height = -1;
    if (m_form->questionCount() == 0) {
        const int bar = m_questionsScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                                m_questionsScroll);
        const int width = std::max(m_questionsScroll->width() - bar, 1);
        height = m_form->hasHeightForWidth() ? m_form->heightForWidth(width) : m_form->sizeHint().height();
    }
    const int most = height < 0 ? QWIDGETSIZE_MAX : height;
    const int least = std::max(height, 0);
    if (m_questionsScroll->maximumHeight() == most && m_questionsScroll->minimumHeight() == least)
        return;
    m_questionsScroll->setMinimumHeight(least);
    m_questionsScroll->setMaximumHeight(most);
    if (auto *layout = qobject_cast<QBoxLayout *>(m_questionsScroll->parentWidget()->layout())) {
        layout->setStretchFactor(m_questionsScroll, height < 0 ? 1 : 0);
        layout->activate(); // at once: the questions are there to be clicked now
    }
}

bool WorkPage::eventFilter(QObject *watched, QEvent *event)
{
    // The column's width or the form's text changed (text size, language): the line about
    // having no questions may wrap differently.
    if ((watched == m_questionsScroll && event->type() == QEvent::Resize)
        || (watched == m_form && event->type() == QEvent::LayoutRequest))
        fitQuestionsRoom();
    if (watched == m_splitter && event->type() == QEvent::LayoutRequest &&
        !m_restoreColumns.hasExpired())
        QTimer::singleShot(0, this, &WorkPage::restoreColumns);
    return QWidget::eventFilter(watched, event);
}

bool WorkPage::focusNextPrevChild(bool next)
{
    // From the image, the video or the text, the questions are one Tab away; the editor's side
    // panel (its annotations, labels, attributes) comes after them.
    if (next && MediaEditor::isMainView(focusWidget()) && m_form->firstEditor()) {
        m_form->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

} // namespace annostraat
