// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpage.h"

#include "media/imagecache.h"

#include "util/appinfo.h"

#include "bundle/packageimport.h"

#include "abstracttool.h"
#include "annotationlayer.h"
#include "annotationlist.h"
#include "attributeeditor.h"
#include "builtintools.h"
#include "canvas/imagecanvas.h"
#include "shortcutsheet.h"
#include "labelpicker.h"
#include "quality/geometry.h"
#include "toolcontext.h"
#include "toolmanager.h"
#include "model/displaynames.h"
#include "model/questions.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "itemview.h"
#include "questionform.h"
#include "queueview.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QToolBar>
#include <QtMath>
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

    // --- centre: the item, or the offer of the demo task ----------------------------------
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
    m_imageCache = new ImageCache(this);
    m_itemView = new ItemView(m_imageCache, itemPage);
    m_annotationsLabel = sectionLabel(itemPage, "annotationsLabel");
    m_annotations = new AnnotationList(itemPage);
    m_annotationsLabel->setBuddy(m_annotations);
    createImageTools(itemPage);

    // Below the image: the labels to draw with, the person's annotations, the chosen one.
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    auto column = [bottom](QLabel *label, QWidget *widget, int stretch) {
        auto *box = new QVBoxLayout;
        box->setSpacing(4);
        box->addWidget(label);
        box->addWidget(widget, 1);
        bottom->addLayout(box, stretch);
    };
    auto *labelScroll = new QScrollArea(itemPage);
    labelScroll->setWidget(m_labelPicker);
    labelScroll->setWidgetResizable(true);
    labelScroll->setFrameShape(QFrame::NoFrame);
    labelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    labelScroll->setMinimumWidth(170);
    m_labelsPanel = labelScroll;
    column(m_labelsLabel, labelScroll, 3);
    column(m_annotationsLabel, m_annotations, 3);
    m_attributesLabel = sectionLabel(itemPage, "attributesLabel");
    column(m_attributesLabel, m_attributes, 2);
    auto *bottomWidget = new QWidget(itemPage);
    bottomWidget->setLayout(bottom);
    bottom->setContentsMargins(0, 0, 0, 0);
    bottomWidget->setFixedHeight(170);

    itemLayout->addLayout(header);
    itemLayout->addWidget(m_canvasBar);
    itemLayout->addWidget(m_itemView, 1);
    itemLayout->addWidget(m_canvasStatus);
    itemLayout->addWidget(bottomWidget);
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
    connect(m_annotations, &AnnotationList::failed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });

    retranslate();
}

WorkPage::~WorkPage()
{
    // The tools first: deactivating the active one still talks to the tool context and the
    // canvas, which Qt would otherwise delete before it (children go in creation order).
    // Nobody outside (the main window's Tools menu) hears the label picker rebuild below.
    disconnect(m_labelPicker, nullptr, nullptr, nullptr);
    disconnect(m_toolContext, nullptr, this, nullptr);
    delete m_toolManager;
    m_toolManager = nullptr;
    // Views hold pointers to the documents: detach them before the documents go.
    m_form->setDocument(nullptr);
    m_annotations->setDocument(nullptr);
    m_attributes->setDocument(nullptr);
    m_toolContext->setDocument(nullptr);
    m_itemView->canvas()->removeLayer(m_annotationLayer.get());
    for (auto &[id, doc] : m_documents) {
        // A stack being destroyed still announces its index: nobody here is listening anymore.
        disconnect(doc->undoStack(), nullptr, this, nullptr);
        disconnect(doc.get(), nullptr, this, nullptr);
    }
    m_documents.clear();
}

void WorkPage::setProfile(const std::optional<Profile> &profile)
{
    if (m_document) {
        m_form->commitPending();
        m_attributes->commitPending();
    }
    m_profile = profile;
    m_task.reset();
    clearDocuments();
    reloadTasks(profile ? m_store.setting(profile->id, kLastTask) : QString());
}

void WorkPage::clearDocuments()
{
    m_form->setDocument(nullptr);
    m_annotations->setDocument(nullptr);
    m_attributes->setDocument(nullptr);
    m_toolContext->setDocument(nullptr);
    m_itemView->clear();
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
    if (m_document) {
        m_form->commitPending();
        m_attributes->commitPending();
    }
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
        m_form->commitPending();
        m_attributes->commitPending();
        m_document->setActive(false); // time spent counts only for the item on screen
    }
    ItemDocument *doc = documentFor(m_items.at(row));
    doc->setActive(true);
    m_document = doc;
    m_notice->hide();
    m_notice->clear();
    m_queue->setCurrentItemId(itemId);
    // A task pulled from the share keeps the team lead's paths in its items; the files
    // themselves are in this PC's media folder.
    Item shown = doc->item();
    shown.mediaPath = localMediaPath(shown);
    // Where the keys go stays as it was (digits rate while the questions have the keyboard);
    // from the queue or nowhere, an image takes the keyboard so label keys and Enter draw.
    QWidget *focus = QApplication::focusWidget();
    const bool keepFocus = focus && isAncestorOf(focus) && !m_queue->isAncestorOf(focus) &&
            focus != m_queue && !m_tasks->isAncestorOf(focus) && focus != m_tasks;
    m_itemView->showItem(shown);
    if (!keepFocus && m_itemView->shown() == ItemView::Shown::Image && isVisible())
        m_itemView->canvas()->setFocus(Qt::OtherFocusReason);
    prefetchAfter(row);
    m_form->setDocument(doc);
    m_annotations->setDocument(doc);
    m_attributes->setDocument(doc);
    m_toolContext->setDocument(doc);
    updateImageTools();
    updateHeader();
    rememberPosition();
    Q_EMIT documentChanged(doc);
    Q_EMIT navigationChanged();
}

void WorkPage::createImageTools(QWidget *itemPage)
{
    ImageCanvas *canvas = m_itemView->canvas();
    m_toolContext = new ToolContext(this);
    m_toolContext->setCanvas(canvas);
    m_annotationLayer = std::make_unique<AnnotationLayer>(m_toolContext);
    canvas->addLayer(m_annotationLayer.get());
    registerBuiltinTools();
    m_toolManager = new ToolManager(m_toolContext, this);
    m_toolManager->loadStaticTools();
    // A lab can add its own tools: plugins in "tools" beside the program.
    m_toolManager->loadToolsFrom(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tools")));
    m_labelPicker = new LabelPicker(m_toolContext);
    m_labelsLabel = sectionLabel(itemPage, "labelsLabel");
    m_labelsLabel->setBuddy(m_labelPicker);
    m_attributes = new AttributeEditor(itemPage);

    auto make = [this](const char *name, std::initializer_list<QKeySequence> keys) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(QList<QKeySequence>(keys));
        return a;
    };
    m_zoomIn = make("actionZoomIn", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_zoomOut = make("actionZoomOut", {QKeySequence(Qt::Key_Minus)});
    m_fit = make("actionFitImage", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_actualSize = make("actionActualSize", {QKeySequence(Qt::CTRL | Qt::Key_1)});
    m_copyPrevious = make("actionCopyPrevious", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    m_editAttributes = make("actionEditAttributes", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_showOthers = make("actionShowOtherLayers", {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_focusImage = make("actionFocusImage", {QKeySequence(Qt::CTRL | Qt::Key_I)});
    connect(m_focusImage, &QAction::triggered, canvas, [canvas] { canvas->setFocus(Qt::ShortcutFocusReason); });
    m_showOthers->setCheckable(true);
    connect(m_zoomIn, &QAction::triggered, canvas, &ImageCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, canvas, &ImageCanvas::zoomOut);
    connect(m_fit, &QAction::triggered, canvas, &ImageCanvas::fitToView);
    connect(m_actualSize, &QAction::triggered, canvas, &ImageCanvas::zoomToActualSize);
    connect(m_copyPrevious, &QAction::triggered, this, &WorkPage::copyFromPrevious);
    connect(m_editAttributes, &QAction::triggered, m_attributes, &AttributeEditor::focusFirstField);
    connect(m_showOthers, &QAction::toggled, m_toolContext, &ToolContext::setOtherLayersShown);

    m_canvasBar = new QToolBar(itemPage);
    m_canvasBar->setObjectName(QStringLiteral("canvasBar"));
    m_canvasBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_canvasBar->addActions(m_toolManager->toolActions());
    m_canvasBar->addSeparator();
    m_canvasBar->addAction(m_fit);
    m_canvasBar->addAction(m_actualSize);
    m_canvasBar->addSeparator();
    m_canvasBar->addAction(m_showOthers);

    m_canvasStatus = new QLabel(itemPage);
    m_canvasStatus->setObjectName(QStringLiteral("canvasStatus"));
    m_canvasStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long tool hint must not widen the page: it is cut off, and whole in the tooltip.
    m_canvasStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // One selection and one set of hidden annotations, whether chosen on the image or in the list.
    connect(m_toolContext, &ToolContext::selectionChanged, this, [this](const QString &id) {
        // Nothing chosen on the image leaves the list's row where it is: after Delete in the
        // list, the next row is ready for another Delete.
        if (!id.isEmpty())
            m_annotations->setCurrentAnnotation(id);
        m_attributes->setAnnotation(id);
    });
    connect(m_annotations, &AnnotationList::annotationChosen, this, [this](const QString &id) {
        m_toolContext->setSelectedId(id);
        m_attributes->setAnnotation(id);
    });
    connect(m_annotations, &AnnotationList::hiddenChanged, m_toolContext, &ToolContext::setHiddenIds);
    connect(m_toolContext, &ToolContext::hiddenChanged, this,
            [this] { m_annotations->setHiddenAnnotations(m_toolContext->hiddenIds()); });
    connect(m_toolContext, &ToolContext::statusMessage, this, &WorkPage::message);
    connect(m_toolContext, &ToolContext::currentLabelChanged, this, &WorkPage::chooseToolForLabel);
    connect(m_toolManager, &ToolManager::statusTextChanged, this, [this](const QString &text) {
        m_toolStatus = text;
        updateCanvasStatus();
    });
    connect(canvas, &ImageCanvas::pointerMoved, this, [this](QPointF p) {
        m_pointer = p;
        updateCanvasStatus();
    });
    connect(canvas, &ImageCanvas::viewChanged, this, &WorkPage::updateCanvasStatus);
    connect(canvas, &ImageCanvas::imageShown, this, &WorkPage::updateCanvasStatus);
    connect(m_attributes, &AttributeEditor::failed, this,
            [this](const QString &m) { showNotice(tr("This could not be kept: %1").arg(m)); });
}

QList<QAction *> WorkPage::imageViewActions() const
{
    return {m_zoomIn, m_zoomOut, m_fit, m_actualSize, m_showOthers};
}

QList<QAction *> WorkPage::imageItemActions() const
{
    return {m_copyPrevious};
}

QList<QAction *> WorkPage::imageEditActions() const
{
    return {m_editAttributes, m_focusImage};
}

QList<QAction *> WorkPage::imageActions() const
{
    return imageViewActions() + imageItemActions() + imageEditActions();
}

void WorkPage::updateImageTools()
{
    const bool image = m_document && m_document->item().kind == MediaKind::Image &&
            m_itemView->shown() == ItemView::Shown::Image;
    m_canvasBar->setVisible(image);
    m_canvasStatus->setVisible(image);
    m_labelsPanel->setEnabled(image);
    for (QAction *a : imageActions())
        a->setEnabled(image);
    // Other people's layers are for reviewers and team leads; annotators work blind.
    const bool mayCompare = m_profile && m_profile->role != Role::Annotator;
    m_showOthers->setVisible(mayCompare);
    m_showOthers->setEnabled(image && mayCompare);
    if (!mayCompare && m_showOthers->isChecked())
        m_showOthers->setChecked(false);
    m_copyPrevious->setEnabled(image && currentRow() > 0);
    if (image && !m_toolManager->activeTool()) {
        // Start with the tool the current label draws, else with select/edit.
        chooseToolForLabel(m_toolContext->currentLabel());
        if (!m_toolManager->activeTool())
            m_toolManager->setActiveTool(QStringLiteral("select"));
    }
    for (QAction *a : m_toolManager->toolActions())
        a->setVisible(image);
    updateCanvasStatus();
}

void WorkPage::chooseToolForLabel(const QString &label)
{
    // Choosing a label means "I am going to draw this": pressing 1 for "Scheur" (cracks only)
    // while select/edit or the box tool is active switches to the crack tool. A tool that can
    // already draw the label stays.
    const LabelSpec *spec = m_toolContext->labelSpec(label);
    if (!spec || !m_document || m_document->item().kind != MediaKind::Image)
        return;
    if (AbstractTool *active = m_toolManager->activeTool()) {
        const QList<AnnotationKind> kinds = active->annotationKinds();
        for (AnnotationKind kind : kinds)
            if (active->id() != QLatin1String("select") && spec->kinds.contains(kind))
                return;
    }
    const QList<AbstractTool *> tools = m_toolManager->tools();
    for (AbstractTool *tool : tools) {
        if (tool->id() == QLatin1String("select"))
            continue;
        const QList<AnnotationKind> kinds = tool->annotationKinds();
        for (AnnotationKind kind : kinds)
            if (spec->kinds.contains(kind) && m_toolManager->setActiveTool(tool->id()))
                return;
    }
}

void WorkPage::updateCanvasStatus()
{
    if (!m_canvasStatus)
        return;
    const ImageCanvas *canvas = m_itemView->canvas();
    // Where and how large first (short, always visible), then the tool's hint.
    QStringList parts;
    const QSize size = canvas->imageSize();
    if (size.isValid()) {
        if (m_pointer.x() >= 0 && m_pointer.y() >= 0 && canvas->imageRect().contains(m_pointer))
            parts << tr("x %1, y %2 px").arg(qFloor(m_pointer.x())).arg(qFloor(m_pointer.y()));
        parts << tr("%1 \u00D7 %2 px").arg(size.width()).arg(size.height());
        parts << tr("zoom %1%").arg(qRound(canvas->zoom() * 100));
    }
    if (!m_toolStatus.isEmpty())
        parts << m_toolStatus;
    const QString text = parts.join(QStringLiteral("  \u00B7  "));
    m_canvasStatus->setText(text);
    m_canvasStatus->setToolTip(text);
}

bool WorkPage::copyFromPrevious()
{
    const int row = currentRow();
    if (!m_document || row <= 0 || m_document->item().kind != MediaKind::Image)
        return false;
    const Item previous = m_items.at(row - 1);
    const QSizeF bounds = m_itemView->canvas()->imageSize();
    if (bounds.isEmpty()) {
        showNotice(tr("The image is not shown yet; try again in a moment."));
        return false;
    }
    QList<Annotation> copies;
    int left = 0;
    int already = 0;
    const QList<Annotation> present = m_document->annotations();
    const QList<Annotation> own = m_store.annotations(previous.id, m_document->user().id);
    for (Annotation a : own) {
        if (a.kind == AnnotationKind::Box) {
            auto box = boxFromValue(a.value);
            const Box fitted = box ? clampBox(*box, bounds) : Box{};
            if (!box || fitted.w <= 0 || fitted.h <= 0) {
                ++left;
                continue;
            }
            a.value = boxToValue(fitted);
        } else if (a.kind == AnnotationKind::Polygon || a.kind == AnnotationKind::Crack) {
            Polyline points = pointsFromValue(a.value);
            for (QPointF &p : points)
                p = clampPoint(p, bounds);
            const auto fits = a.kind == AnnotationKind::Polygon ? checkPolygon(points) : checkCrack(points);
            if (!fits) {
                ++left;
                continue;
            }
            a.value = polylineToValue(points);
        } else {
            continue; // answers belong to their own item
        }
        // Pressing it twice must not stack a second copy on the first.
        const bool here = std::any_of(present.cbegin(), present.cend(), [&a](const Annotation &p) {
            return p.kind == a.kind && p.label == a.label && p.value == a.value;
        });
        if (here) {
            ++already;
            continue;
        }
        copies << a;
    }
    if (copies.isEmpty()) {
        showNotice(already > 0 ? tr("Everything of the previous item is on this item already.")
                   : left > 0  ? tr("Nothing of the previous item fits on this image.")
                               : tr("You drew nothing on the previous item to copy."));
        return false;
    }
    auto copied = Commands::copyAnnotations(*m_document, copies);
    if (!copied) {
        showNotice(tr("This could not be kept: %1").arg(copied.error().message()));
        return false;
    }
    QString text = tr("Copied %n annotation(s) from the previous item.", nullptr, int(copies.size()));
    if (left > 0)
        text += QLatin1Char(' ') + tr("%n did not fit on this image and were left.", nullptr, left);
    Q_EMIT message(text);
    return true;
}

QString WorkPage::localMediaPath(const Item &item) const
{
    if (const auto local = resolveMedia(item, defaultMediaDir(m_store.path())))
        return *local;
    return item.mediaPath;
}

void WorkPage::prefetchAfter(int row)
{
    // The next images in the queue are decoded in the background, so moving on is instant.
    QStringList paths;
    for (int next = row + 1; next < m_items.size() && paths.size() < kPrefetchCount; ++next) {
        if (m_items.at(next).kind == MediaKind::Image)
            paths << localMediaPath(m_items.at(next));
    }
    m_imageCache->prefetch(paths);
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
    m_form->commitPending();
    m_attributes->commitPending();
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
    m_annotationsLabel->setText(tr("My ann&otations"));
    m_labelsLabel->setText(tr("&Labels"));
    m_attributesLabel->setText(tr("Chosen annotation"));
    const struct
    {
        QAction *action;
        QString text;
        QString what;
    } texts[] = {
            {m_zoomIn, tr("Zoom &in"), tr("Show the image larger")},
            {m_zoomOut, tr("Zoom &out"), tr("Show the image smaller")},
            {m_fit, tr("&Fit image"), tr("Show the whole image")},
            {m_actualSize, tr("&Actual size (100%)"), tr("One image pixel per screen pixel")},
            {m_copyPrevious, tr("&Copy from previous item"),
             tr("Add your boxes, polygons and cracks of the previous item to this one")},
            {m_editAttributes, tr("&Edit chosen annotation"),
             tr("Put the keyboard on the label and attributes of the chosen annotation")},
            {m_showOthers, tr("Show other &people's layers"),
             tr("Show the annotations of other people on this item (read-only)")},
            {m_focusImage, tr("&Keyboard to the image"),
             tr("Label keys, Enter and Backspace go to the drawing tools again")},
    };
    for (const auto &t : texts)
        ShortcutSheet::describe(t.action, t.text, t.what);
    m_toolManager->retranslate();
    m_fit->setIconText(tr("Fit"));
    // The bar above the image is narrow: short words there, the full names in the menu.
    if (QAction *select = m_toolManager->action(QStringLiteral("select")))
        select->setIconText(tr("Select"));
    if (QAction *crack = m_toolManager->action(QStringLiteral("crack")))
        crack->setIconText(tr("Crack"));
    m_actualSize->setIconText(tr("100%"));
    updateCanvasStatus();
    m_questionsLabel->setText(tr("Q&uestions"));
    m_instructionsLabel->setText(tr("I&nstructions"));
    m_emptyTitle->setText(tr("There are no tasks yet"));
    m_emptyText->setText(
            tr("You can begin with the demo task: a practice task with an example of every kind of "
               "work. A team lead can add real tasks later."));
    m_loadDemo->setText(tr("Load the demo task"));
    m_loadDemo->setToolTip(tr("Adds the practice task to this computer"));
    if (m_task && m_task->instructions.trimmed().isEmpty())
        m_instructions->setPlainText(tr("This task has no instructions."));
    updateHeader();
}

} // namespace annostraat
