// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The work area: the tasks and the queue on the left, the open item with the user's
// annotations in the middle, the questions and the task's instructions on the right.
//
// The page owns one ItemDocument per item opened since the task was chosen, so each item
// keeps its own undo history while the person moves back and forth in the queue. Everything
// the page shows comes from the store and the documents' change signals; the only writes are
// the Commands facade calls of finish() and of the widgets.

#include "document/itemdocument.h"
#include "model/entities.h"
#include "util/result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QToolBar;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace annostraat {

class AnnotationLayer;
class AnnotationList;
class AttributeEditor;
class ImageCache;
class LabelPicker;
class ToolContext;
class ToolManager;
class ItemView;
class QuestionForm;
class QueueView;
class Store;

class WorkPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPage(Store &store, QWidget *parent = nullptr);
    ~WorkPage() override;

    /// Whose work is shown; opens their last task (or the first) and their last item in it.
    void setProfile(const std::optional<Profile> &profile);
    /// Reads the task list again and opens \a selectTaskId (or keeps the current task).
    void reloadTasks(const QString &selectTaskId = {});
    bool openTask(const QString &taskId);
    void openItem(const QString &itemId);
    /// Shows what a sync brought in: the task list, the queue and its statuses, and the open
    /// item's views. The open item and its undo history stay, unless the task's schema or the
    /// item itself changed (the document holds a copy of both): then the task opens afresh.
    void refreshFromStore();

    ItemDocument *document() const { return m_document; }
    const std::optional<Task> &task() const { return m_task; }
    QString currentItemId() const;
    /// 0-based position of the open item in the queue, -1 when none.
    int currentRow() const;
    int itemCount() const { return int(m_items.size()); }
    bool canGoNext() const;
    bool canGoPrevious() const;
    void goNext();
    void goPrevious();
    /// Marks the open item done, flagged (with \a reason) or skipped through Commands::setStatus
    /// (undoable), then moves on to the next item. False (with a notice) if it could not be
    /// written.
    bool finish(SubmissionStatus status, const QString &reason = {});

    /// Undo works on the open item's history; when that is empty right after finishing an
    /// item (which moved on to the next), it goes back to that item and undoes the finish, so
    /// "done, oops, Ctrl+Z" does what a person expects.
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

    /// A calm message above the item that stays until the next item opens (errors, hints).
    void showNotice(const QString &text);
    QString notice() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    QListWidget *taskList() const { return m_tasks; }
    QueueView *queue() const { return m_queue; }
    ItemView *itemView() const { return m_itemView; }
    QuestionForm *form() const { return m_form; }
    AnnotationList *annotationList() const { return m_annotations; }
    QTextBrowser *instructions() const { return m_instructions; }
    ToolContext *toolContext() const { return m_toolContext; }
    ToolManager *toolManager() const { return m_toolManager; }
    LabelPicker *labelPicker() const { return m_labelPicker; }
    AttributeEditor *attributeEditor() const { return m_attributes; }

    /// Image actions the main window puts in its menus (and shortcut sheet): zoom in/out
    /// (+, -), fit (Ctrl+0), 100 % (Ctrl+1), copy from the previous item (Ctrl+Shift+V),
    /// edit the selected annotation's attributes (Ctrl+E), show others' layers (Ctrl+L).
    QList<QAction *> imageActions() const;
    /// The same, by the menu they belong in: View, Item and Edit.
    QList<QAction *> imageViewActions() const;
    QList<QAction *> imageItemActions() const;
    QList<QAction *> imageEditActions() const;
    QAction *showOtherLayersAction() const { return m_showOthers; }

    /// Adds the user's drawn annotations of the previous item in the queue to this item, as
    /// one undo step; shapes are fitted into this image, those that fall outside are left.
    bool copyFromPrevious();

Q_SIGNALS:
    /// The open item changed (nullptr: none); its undo stack is the one Undo/Redo work on.
    void documentChanged(annostraat::ItemDocument *document);
    void demoRequested();
    /// A short line for the status bar.
    void message(const QString &text);
    /// What can be done (next, previous, finish) may have changed.
    void navigationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    ItemDocument *documentFor(const Item &item);
    /// Where this PC has the item's media (pulled tasks keep the team lead's paths).
    QString localMediaPath(const Item &item) const;
    void prefetchAfter(int row);
    static constexpr int kPrefetchCount = 2;
    /// The items this person works on: their queue (annotators), every item (others).
    QList<Item> itemsFor(const QString &taskId) const;
    QHash<QString, SubmissionStatus> statusesFor(const QString &taskId) const;
    void clearDocuments();
    void updateHeader();
    void retranslate();
    void rememberPosition();
    void showInstructions(const QString &markdown);
    void keepPreference(const Result<void> &written);
    void createImageTools(QWidget *itemPage);
    void updateImageTools();
    void updateCanvasStatus();
    void chooseToolForLabel(const QString &label);
    QString statusLine(const std::optional<Submission> &submission) const;

    Store &m_store;
    std::optional<Profile> m_profile;
    std::optional<Task> m_task;
    QList<Task> m_taskList;
    QList<Item> m_items;
    std::map<QString, std::unique_ptr<ItemDocument>> m_documents;
    QPointer<ItemDocument> m_document;
    /// Items finished (and left) in this session, most recent last: where Undo goes next.
    QList<QPointer<ItemDocument>> m_finished;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_tasksLabel = nullptr;
    QListWidget *m_tasks = nullptr;
    QLabel *m_queueLabel = nullptr;
    QueueView *m_queue = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_itemStatus = nullptr;
    QLabel *m_notice = nullptr;
    ImageCache *m_imageCache = nullptr; ///< shared by the canvas and the prefetch
    ItemView *m_itemView = nullptr;
    QLabel *m_annotationsLabel = nullptr;
    AnnotationList *m_annotations = nullptr;
    AttributeEditor *m_attributes = nullptr;
    ToolContext *m_toolContext = nullptr;
    ToolManager *m_toolManager = nullptr;
    std::unique_ptr<AnnotationLayer> m_annotationLayer;
    LabelPicker *m_labelPicker = nullptr;
    QLabel *m_labelsLabel = nullptr;
    QLabel *m_attributesLabel = nullptr;
    QWidget *m_labelsPanel = nullptr;
    QToolBar *m_canvasBar = nullptr;
    QLabel *m_canvasStatus = nullptr;
    QString m_toolStatus;
    QPointF m_pointer{-1, -1};
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_copyPrevious = nullptr;
    QAction *m_editAttributes = nullptr;
    QAction *m_showOthers = nullptr;
    QAction *m_focusImage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_loadDemo = nullptr;
    QLabel *m_questionsLabel = nullptr;
    QuestionForm *m_form = nullptr;
    QLabel *m_instructionsLabel = nullptr;
    QTextBrowser *m_instructions = nullptr;
};

} // namespace annostraat
