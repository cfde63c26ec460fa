// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines for now: the queue and its documents still live here; issue 9, point 9 moves
// them into a widget-free class in core/document (not done yet).
#include "workpage.h"

#include "bundle/packageimport.h"
#include "model/questions.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "editor/editorregistry.h"
#include "model/displaynames.h"
#include "questionform.h"
#include "queueview.h"
#include "shortcutsheet.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {
constexpr int kTaskIdRole = Qt::UserRole + 1;
const QString kLastTask = QStringLiteral("work/lastTask");

QString lastItemKey(const QString &taskId)
{
    return QStringLiteral("work/lastItem/") + taskId;
}

/// Markdown headings at a calm size: one step up for the title, the rest bold at text size.
void calmHeadings(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat format;
        format.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 1 : 0);
        format.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(format);
    }
}

QLabel *sectionLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setProperty("role", QStringLiteral("subheading"));
    return label;
}
} // namespace

WorkPage::WorkPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("workPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(10);
    outer->addWidget(m_splitter);

    // --- left: tasks and queue ---------------------------------------------------------
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    leftLayout->setSpacing(6);
    m_tasksLabel = sectionLabel(left, "tasksLabel");
    m_tasks = new QListWidget(left);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setMaximumHeight(110);
    m_tasksLabel->setBuddy(m_tasks);
    m_queueLabel = sectionLabel(left, "queueLabel");
    m_queue = new QueueView(left);
    m_queueLabel->setBuddy(m_queue);
    leftLayout->addWidget(m_tasksLabel);
    leftLayout->addWidget(m_tasks);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(m_queueLabel);
    leftLayout->addWidget(m_queue, 1);

    // --- centre: the item, or the offer of the demo tasks ---------------------------------
    auto *centreColumn = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centreColumn);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(centreColumn);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setProperty("role", QStringLiteral("message"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_centre = new QStackedWidget(centreColumn);
    centreLayout->addWidget(m_notice);
    centreLayout->addWidget(m_centre, 1);
    auto *itemPage = new QWidget(m_centre);
    auto *itemLayout = new QVBoxLayout(itemPage);
    itemLayout->setContentsMargins(4, 4, 4, 4);
    itemLayout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_itemTitle = new QLabel(itemPage);
    m_itemTitle->setObjectName(QStringLiteral("itemTitle"));
    m_itemTitle->setProperty("role", QStringLiteral("subheading"));
    m_itemTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemStatus = new QLabel(itemPage);
    m_itemStatus->setObjectName(QStringLiteral("itemStatus"));
    m_itemStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_itemTitle, 1);
    header->addWidget(m_itemStatus);
    m_editorStack = new QStackedWidget(itemPage);
    m_editorStatus = new QLabel(itemPage);
    m_editorStatus->setObjectName(QStringLiteral("editorStatus"));
    m_editorStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long tool hint must not widen the page: it is cut off, and whole in the tooltip.
    m_editorStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    createEditors();

    itemLayout->addLayout(header);
    itemLayout->addWidget(m_editorStack, 1);
    itemLayout->addWidget(m_editorStatus);
    m_centre->addWidget(itemPage);

    auto *emptyPage = new QWidget(m_centre);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(32, 32, 32, 32);
    emptyLayout->setSpacing(16);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setProperty("role", QStringLiteral("heading"));
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setWordWrap(true);
    m_loadDemo = new QPushButton(emptyPage);
    m_loadDemo->setObjectName(QStringLiteral("loadDemo"));
    m_loadDemo->setAutoDefault(true);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_loadDemo);
    demoRow->addStretch(1);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(demoRow);
    emptyLayout->addStretch(2);
    m_centre->addWidget(emptyPage);

    // --- right: questions and instructions -----------------------------------------------
    m_rightSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setHandleWidth(10);
    auto *questions = new QWidget(m_rightSplitter);
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(4, 4, 4, 4);
    m_questionsLabel = sectionLabel(questions, "questionsLabel");
    m_form = new QuestionForm;
    auto *scroll = new QScrollArea(questions);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_questionsLabel->setBuddy(m_form);
    questionsLayout->addWidget(m_questionsLabel);
    questionsLayout->addWidget(scroll, 1);
    auto *instructions = new QWidget(m_rightSplitter);
    auto *instructionsLayout = new QVBoxLayout(instructions);
    instructionsLayout->setContentsMargins(4, 4, 4, 4);
    m_instructionsLabel = sectionLabel(instructions, "instructionsLabel");
    m_instructions = new QTextBrowser(instructions);
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_instructions->setOpenExternalLinks(false);
    m_instructions->setOpenLinks(false);
    m_instructions->document()->setDocumentMargin(10);
    m_instructionsLabel->setBuddy(m_instructions);
    instructionsLayout->addWidget(m_instructionsLabel);
    instructionsLayout->addWidget(m_instructions, 1);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setSizes({440, 260});

    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({220, 680, 380});

    connect(m_tasks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_taskList.size() && (!m_task || m_task->id != m_taskList.at(row).id))
            openTask(m_taskList.at(row).id);
    });
    connect(m_queue, &QueueView::itemChosen, this, &WorkPage::openItem);
    connect(m_loadDemo, &QPushButton::clicked, this, &WorkPage::demoRequested);
    connect(m_form, &QuestionForm::failed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });

    retranslate();
}

void WorkPage::createEditors()
{
    EditorEnvironment environment;
    environment.store = &m_store;
    environment.mediaPath = [this](const Item &item) { return localMediaPath(item); };
    environment.previousItem = [this]() -> std::optional<Item> {
        const int row = currentRow();
        return row > 0 ? std::optional<Item>(m_items.at(row - 1)) : std::nullopt;
    };
    auto take = [this](MediaEditor *editor) {
        m_editorStack->addWidget(editor->widget());
        connect(editor, &MediaEditor::message, this, &WorkPage::message);
        connect(editor, &MediaEditor::notice, this, &WorkPage::showNotice);
        connect(editor, &MediaEditor::actionsChanged, this, &WorkPage::editorActionsChanged);
        connect(editor, &MediaEditor::statusTextChanged, this, [this, editor] {
            if (editor == m_editor)
                updateEditorStatus();
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
    if (!m_document)
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
    for (auto &[kind, editor] : m_editors) {
        disconnect(editor, nullptr, this, nullptr);
        editor->open(nullptr);
        delete editor;
    }
    m_editors.clear();
    disconnect(m_fallback, nullptr, this, nullptr);
    delete m_fallback;
    m_fallback = nullptr;
    for (auto &[id, doc] : m_documents) {
        // A stack being destroyed still announces its index: nobody here is listening anymore.
        disconnect(doc->undoStack(), nullptr, this, nullptr);
        disconnect(doc.get(), nullptr, this, nullptr);
    }
    m_documents.clear();
}

void WorkPage::setProfile(const std::optional<Profile> &profile)
{
    commitPending();
    m_profile = profile;
    for (auto &[kind, editor] : m_editors)
        editor->setProfile(profile);
    m_fallback->setProfile(profile);
    m_task.reset();
    clearDocuments();
    reloadTasks(profile ? m_store.setting(profile->id, kLastTask) : QString());
}

void WorkPage::clearDocuments()
{
    m_form->setDocument(nullptr);
    showInEditor(nullptr);
    m_document = nullptr;
    m_finished.clear();
    Q_EMIT documentChanged(nullptr);
    for (auto &[id, doc] : m_documents) {
        disconnect(doc->undoStack(), nullptr, this, nullptr);
        disconnect(doc.get(), nullptr, this, nullptr);
    }
    m_documents.clear();
}

void WorkPage::reloadTasks(const QString &selectTaskId)
{
    m_taskList = m_store.tasks();
    QString wanted = selectTaskId;
    if (wanted.isEmpty() && m_task)
        wanted = m_task->id;
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
        m_task.reset();
        m_items.clear();
        clearDocuments();
        m_queue->setQueue({}, {});
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
    if (!m_task || m_task->id != wanted) {
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
    const auto task = m_store.task(taskId);
    if (!task || !m_profile)
        return false;
    commitPending();
    clearDocuments();
    m_task = task;
    m_items = itemsFor(taskId);
    {
        const QSignalBlocker block(m_tasks);
        for (int i = 0; i < m_tasks->count(); ++i)
            if (m_tasks->item(i)->data(kTaskIdRole).toString() == taskId)
                m_tasks->setCurrentRow(i);
    }
    const QHash<QString, SubmissionStatus> statuses = statusesFor(taskId);
    m_queue->setQueue(m_items, statuses);
    showInstructions(task->instructions);
    if (task->instructions.trimmed().isEmpty())
        m_instructions->setPlainText(tr("This task has no instructions."));
    keepPreference(m_store.setSetting(m_profile->id, kLastTask, taskId));

    // Back where the person was; otherwise the first item not finished yet.
    QString itemId = m_store.setting(m_profile->id, lastItemKey(taskId));
    if (m_queue->rowOf(itemId) < 0) {
        itemId.clear();
        for (const Item &item : std::as_const(m_items)) {
            const SubmissionStatus s = statuses.value(item.id, SubmissionStatus::Todo);
            if (s == SubmissionStatus::Todo || s == SubmissionStatus::InProgress) {
                itemId = item.id;
                break;
            }
        }
        if (itemId.isEmpty() && !m_items.isEmpty())
            itemId = m_items.first().id;
    }
    if (!itemId.isEmpty())
        openItem(itemId);
    else
        updateHeader();
    Q_EMIT navigationChanged();
    return true;
}

QList<Item> WorkPage::itemsFor(const QString &taskId) const
{
    if (!m_profile)
        return {};
    // An annotator sees what is assigned to them (or all, when nobody is assigned anything);
    // a team lead or reviewer looks at every item, also after handing them all out.
    if (m_profile->role == Role::Annotator)
        return m_store.queue(taskId, m_profile->id);
    return m_store.items(taskId);
}

QHash<QString, SubmissionStatus> WorkPage::statusesFor(const QString &taskId) const
{
    QHash<QString, SubmissionStatus> statuses;
    if (!m_profile)
        return statuses;
    const QList<Submission> submissions = m_store.submissions(taskId);
    for (const Submission &s : submissions)
        if (s.annotator == m_profile->id)
            statuses.insert(s.itemId, s.status);
    return statuses;
}

void WorkPage::refreshFromStore()
{
    if (!m_profile)
        return;
    if (auto profile = m_store.findProfile(m_profile->id))
        m_profile = profile;
    const std::optional<Task> task = m_task ? m_store.task(m_task->id) : std::nullopt;
    if (!task) {
        reloadTasks(); // the first task arrived, or there was none to keep
        return;
    }
    const QString current = currentItemId();
    const QList<Item> items = itemsFor(task->id);
    bool reopen = task->schema.toJson() != m_task->schema.toJson() ||
                  task->mediaKind != m_task->mediaKind;
    bool currentStays = current.isEmpty();
    for (const Item &item : items) {
        if (item.id == current) {
            currentStays = true;
            reopen = reopen || (m_document && !(item == m_document->item()));
        }
    }
    reloadTasks(task->id); // names and new tasks; the open task stays open
    if (reopen || !currentStays || !m_document) {
        m_task.reset(); // its documents describe an older task or item: open it afresh
        openTask(task->id);
        return;
    }
    const bool instructionsChanged = task->instructions != m_task->instructions;
    m_task = task;
    if (instructionsChanged) {
        showInstructions(task->instructions);
        if (task->instructions.trimmed().isEmpty())
            m_instructions->setPlainText(tr("This task has no instructions."));
    }
    m_items = items;
    m_queue->setQueue(m_items, statusesFor(task->id));
    // Finished items that left the queue cannot be returned to by Undo.
    m_finished.removeIf([this](const QPointer<ItemDocument> &doc) {
        return !doc || m_queue->rowOf(doc->item().id) < 0;
    });
    m_queue->setCurrentItemId(current);
    // The views read the store again; the document and its undo history stay as they are.
    m_document->notifyAnnotationChanged(QString());
    m_document->notifyStatusChanged();
    updateHeader();
    Q_EMIT navigationChanged();
}

ItemDocument *WorkPage::documentFor(const Item &item)
{
    auto it = m_documents.find(item.id);
    if (it != m_documents.end())
        return it->second.get();
    auto doc = std::make_unique<ItemDocument>(m_store, *m_task, item, *m_profile);
    ItemDocument *raw = doc.get();
    connect(raw, &ItemDocument::statusChanged, this, [this, raw] {
        m_queue->setStatus(raw->item().id, raw->status());
        if (raw == m_document)
            updateHeader();
    });
    connect(raw->undoStack(), &QUndoStack::indexChanged, this,
            [this] { Q_EMIT navigationChanged(); });
    connect(raw, &ItemDocument::writeFailed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });
    m_documents.emplace(item.id, std::move(doc));
    return raw;
}

void WorkPage::openItem(const QString &itemId)
{
    if (!m_task || !m_profile)
        return;
    const int row = m_queue->rowOf(itemId);
    if (row < 0)
        return;
    if (m_document && m_document->item().id == itemId) {
        m_queue->setCurrentItemId(itemId);
        return;
    }
    if (m_document) {
        commitPending();
        m_document->setActive(false); // time spent counts only for the item on screen
    }
    ItemDocument *doc = documentFor(m_items.at(row));
    doc->setActive(true);
    m_document = doc;
    m_notice->hide();
    m_notice->clear();
    m_queue->setCurrentItemId(itemId);
    // Where the keys go stays as it was (digits rate while the questions have the keyboard);
    // from the queue or nowhere, the editor takes the keyboard (an image: label keys, Enter).
    QWidget *focus = QApplication::focusWidget();
    const bool keepFocus = focus && isAncestorOf(focus) && !m_queue->isAncestorOf(focus) &&
            focus != m_queue && !m_tasks->isAncestorOf(focus) && focus != m_tasks &&
            !m_editorStack->isAncestorOf(focus);
    m_form->setDocument(doc);
    showInEditor(doc);
    if (!keepFocus && isVisible())
        m_editor->takeFocus();
    prefetchAfter(row);
    updateHeader();
    rememberPosition();
    Q_EMIT documentChanged(doc);
    Q_EMIT navigationChanged();
}

QString WorkPage::localMediaPath(const Item &item) const
{
    if (const auto local = resolveMedia(item, defaultMediaDir(m_store.path())))
        return *local;
    return item.mediaPath;
}

void WorkPage::prefetchAfter(int row)
{
    // The next items are prepared by their editors in the background, so moving on is instant.
    std::map<MediaEditor *, QList<Item>> upcoming;
    for (int next = row + 1; next < m_items.size() && next <= row + kPrefetchCount; ++next)
        upcoming[editorFor(m_items.at(next).kind)] << m_items.at(next);
    for (const auto &[editor, items] : upcoming)
        editor->prefetch(items);
}

void WorkPage::rememberPosition()
{
    if (m_profile && m_task && m_document)
        keepPreference(
                m_store.setSetting(m_profile->id, lastItemKey(m_task->id), m_document->item().id));
}

void WorkPage::showInstructions(const QString &markdown)
{
    m_instructions->setMarkdown(markdown);
    calmHeadings(m_instructions->document());
}

void WorkPage::keepPreference(const Result<void> &written)
{
    // Where the person was is a convenience: say so calmly if it could not be kept.
    if (!written)
        Q_EMIT message(
                tr("Your place in the queue could not be kept: %1").arg(written.error().message()));
}

QString WorkPage::currentItemId() const
{
    return m_document ? m_document->item().id : QString();
}

int WorkPage::currentRow() const
{
    return m_queue->rowOf(currentItemId());
}

bool WorkPage::canGoNext() const
{
    const int row = currentRow();
    return row >= 0 && row + 1 < m_items.size();
}

bool WorkPage::canGoPrevious() const
{
    return currentRow() > 0;
}

void WorkPage::goNext()
{
    if (canGoNext())
        openItem(m_items.at(currentRow() + 1).id);
}

void WorkPage::goPrevious()
{
    if (canGoPrevious())
        openItem(m_items.at(currentRow() - 1).id);
}

bool WorkPage::finish(SubmissionStatus status, const QString &reason)
{
    if (!m_document)
        return false;
    commitPending();
    if (status == SubmissionStatus::Done) {
        // Required questions keep "done" back (flag and skip stay possible); the rule is core's.
        const auto open = Questions::unfinishedQuestions(
                m_document->task().schema, m_document->item().kind, m_document->annotations());
        if (!open.isEmpty()) {
            showNotice(Questions::describe(open));
            return false;
        }
    }
    const int row = currentRow();
    if (auto r = Commands::setStatus(*m_document, status, reason); !r) {
        showNotice(tr("This could not be kept: %1").arg(r.error().message()));
        return false;
    }
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
    if (canGoNext()) {
        m_finished << m_document;
        goNext();
        Q_EMIT message(what + QLatin1Char(' ') +
                       tr("Now item %1 of %2.").arg(currentRow() + 1).arg(m_items.size()));
    } else {
        Q_EMIT message(what + QLatin1Char(' ') + tr("This was the last item in the queue."));
    }
    return true;
}

bool WorkPage::canUndo() const
{
    if (m_document && m_document->undoStack()->canUndo())
        return true;
    return !m_finished.isEmpty() && m_finished.last() && m_finished.last()->undoStack()->canUndo();
}

bool WorkPage::canRedo() const
{
    return m_document && m_document->undoStack()->canRedo();
}

void WorkPage::undo()
{
    if (m_document && m_document->undoStack()->canUndo()) {
        m_document->undoStack()->undo();
        return;
    }
    while (!m_finished.isEmpty()) {
        QPointer<ItemDocument> previous = m_finished.takeLast();
        if (!previous || !previous->undoStack()->canUndo())
            continue;
        openItem(previous->item().id);
        previous->undoStack()->undo();
        Q_EMIT message(tr("Back to item %1; its last step is undone.").arg(currentRow() + 1));
        return;
    }
}

void WorkPage::redo()
{
    if (canRedo())
        m_document->undoStack()->redo();
}

void WorkPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
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
    if (!m_document) {
        m_itemTitle->setText(!m_task             ? QString()
                             : m_items.isEmpty() ? tr("There are no items for you in this task.")
                                                 : tr("No item open"));
        m_itemStatus->clear();
        return;
    }
    m_itemTitle->setText(tr("Item %1 of %2: %3")
                                 .arg(currentRow() + 1)
                                 .arg(m_items.size())
                                 .arg(QFileInfo(m_document->item().mediaPath).fileName()));
    m_itemStatus->setText(statusLine(m_document->submission()));
}

QByteArray WorkPage::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_rightSplitter->saveState();
    QMap<QString, QByteArray> editors;
    for (const auto &[kind, editor] : m_editors)
        editors.insert(editor->id(), editor->saveState());
    out << editors;
    return state;
}

void WorkPage::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray outer, right;
    in >> outer >> right;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(outer);
    m_rightSplitter->restoreState(right);
    QMap<QString, QByteArray> editors;
    in >> editors; // absent in layouts kept by older versions
    if (in.status() != QDataStream::Ok)
        return;
    for (const auto &[kind, editor] : m_editors)
        if (editors.contains(editor->id()))
            editor->restoreState(editors.value(editor->id()));
}

void WorkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkPage::retranslate()
{
    m_tasksLabel->setText(tr("&Tasks"));
    m_queueLabel->setText(tr("&Queue"));
    for (auto &[kind, editor] : m_editors)
        editor->retranslate();
    m_fallback->retranslate();
    updateEditorStatus();
    m_questionsLabel->setText(tr("Q&uestions"));
    m_instructionsLabel->setText(tr("I&nstructions"));
    m_emptyTitle->setText(tr("There are no tasks yet"));
    m_emptyText->setText(
            tr("You can begin with the demo tasks: a practice task for each kind of work in the "
               "lab. A team lead can add real tasks later."));
    m_loadDemo->setText(tr("Load the demo tasks"));
    m_loadDemo->setToolTip(tr("Adds the practice tasks to this computer"));
    if (m_task && m_task->instructions.trimmed().isEmpty())
        m_instructions->setPlainText(tr("This task has no instructions."));
    updateHeader();
}

} // namespace annostraat
