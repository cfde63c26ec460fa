// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetaskview.h"

#include "document/plancommand.h"
#include "document/schemachangecommands.h"
#include "model/displaynames.h"
#include "store/store.h"
#include "teamlead/schemaeditor.h"

#include "sectionlabel.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annostraat {

ChangeTaskView::ChangeTaskView(Store &store, const Task &task, const Profile &lead,
                               QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_task(task)
    , m_lead(lead)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("changeTaskView"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_editor = new SchemaEditor(this);
    layout->addWidget(m_editor, 3);
    m_removedLabel = new QLabel(this);
    m_removedLabel->setWordWrap(true);
    layout->addWidget(m_removedLabel);
    m_removed = new QTableWidget(0, 3, this);
    m_removed->setObjectName(QStringLiteral("changeTaskRemoved"));
    m_removed->verticalHeader()->hide();
    m_removed->horizontalHeader()->setStretchLastSection(true);
    m_removed->setTabKeyNavigation(false);
    m_removedLabel->setBuddy(m_removed);
    layout->addWidget(m_removed, 1);
    auto *itemsRow = new QHBoxLayout;
    m_chooseItems = formButton(this, "changeTaskChooseItems");
    m_itemsStatus = new QLabel(this);
    m_itemsStatus->setObjectName(QStringLiteral("changeTaskItemsStatus"));
    m_itemsStatus->setWordWrap(true);
    m_addItems = formButton(this, "changeTaskAddItems");
    itemsRow->addWidget(m_chooseItems, 0, Qt::AlignTop);
    itemsRow->addWidget(m_itemsStatus, 1);
    itemsRow->addWidget(m_addItems, 0, Qt::AlignTop);
    layout->addLayout(itemsRow);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeTaskSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_undo = formButton(this, "changeTaskUndo");
    m_redo = formButton(this, "changeTaskRedo");
    m_apply = formButton(this, "changeTaskApply");
    m_close = formButton(this, "changeTaskClose");
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    m_editor->setSchema(task.schema);
    connect(m_editor, &SchemaEditor::schemaChanged, this, &ChangeTaskView::replan);
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)apply(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_chooseItems, &QPushButton::clicked, this, &ChangeTaskView::chooseItemsFolder);
    connect(m_addItems, &QPushButton::clicked, this, [this] { (void)addItems(); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_undoStack)
            m_undoStack->undo();
    });
    connect(m_redo, &QPushButton::clicked, this, [this] {
        if (m_undoStack)
            m_undoStack->redo();
    });
    if (m_undoStack) {
        connect(m_undoStack, &QUndoStack::canUndoChanged, this, &ChangeTaskView::updateButtons);
        connect(m_undoStack, &QUndoStack::canRedoChanged, this, &ChangeTaskView::updateButtons);
    }
    retranslate();
    replan();
}

ChangeTaskView::~ChangeTaskView()
{
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        disconnect(object, nullptr, this, nullptr);
}

void ChangeTaskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangeTaskView::retranslate()
{
    setWindowTitle(tr("Change \u201c%1\u201d \u2013 Annostraat").arg(m_task.name));
    m_intro->setText(
            tr("Add, rename or recolour labels and answers, add questions. Nothing is saved "
               "until Apply; publish the task afterwards to send the new version to the "
               "annotators' PCs. Their work is kept."));
    m_removedLabel->setText(tr("&Labels taken out, and what happens to their annotations:"));
    m_removed->setHorizontalHeaderLabels({tr("Label"), tr("Annotations"), tr("What happens")});
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Take the last change of this task back (Ctrl+Z)"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo->setText(tr("&Redo"));
    m_redo->setToolTip(tr("Make the change taken back again (Ctrl+Shift+Z)"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Save the changed labels and questions, and move annotations as chosen, "
                           "all at once"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this window; what was not applied is not saved (Esc)"));
    m_chooseItems->setText(tr("Add &new items\u2026"));
    m_chooseItems->setToolTip(tr("Read a folder of new media for this task; nothing is added "
                                 "until you choose Add"));
    m_addItems->setToolTip(tr("Add the new items to the task, all at once (Ctrl+Z takes them out "
                              "again while nobody has worked on them)"));
    showItems();
    fillRemoved();
    updateButtons();
}

void ChangeTaskView::replan()
{
    m_plan.reset();
    m_problem.clear();
    const auto schema = m_editor->result();
    if (!schema) {
        m_problem = schema.error().message();
    } else {
        auto plan = planSchemaChange(m_store, m_task.id, *schema, m_editor->renames(), m_moveTo,
                                     m_lead.id);
        if (plan)
            m_plan = *plan;
        else
            m_problem = plan.error().message();
    }
    fillRemoved();
    updateButtons();
}

void ChangeTaskView::fillRemoved()
{
    // The labels taken out as the last plan found them; without a plan, none can be told.
    const QMap<QString, int> removed = m_plan ? m_plan->removed : QMap<QString, int>();
    m_removed->setRowCount(int(removed.size()));
    int row = 0;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it, ++row) {
        auto *name = new QTableWidgetItem(it.key());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_removed->setItem(row, 0, name);
        auto *count = new QTableWidgetItem(QString::number(it.value()));
        count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_removed->setItem(row, 1, count);
        auto *choice = new QComboBox(m_removed);
        choice->setObjectName(QStringLiteral("changeTaskMove-") + it.key());
        choice->addItem(tr("Keep them as they are, under the old name, for review"), QString());
        if (m_plan)
            for (const LabelSpec &label : m_plan->after.labels())
                choice->addItem(tr("Move them to \u201c%1\u201d").arg(label.name), label.name);
        choice->setCurrentIndex(std::max(0, choice->findData(m_moveTo.value(it.key()))));
        choice->setEnabled(it.value() > 0);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, label = it.key()] {
            m_moveTo.insert(label, choice->currentData().toString());
            // Planned again once this signal is done: the plan rebuilds this very combo box.
            QMetaObject::invokeMethod(this, &ChangeTaskView::replan, Qt::QueuedConnection);
        });
        m_removed->setCellWidget(row, 2, choice);
    }
    m_removed->setVisible(!removed.isEmpty());
    m_removedLabel->setVisible(!removed.isEmpty());

    QString text;
    if (!m_problem.isEmpty())
        text = tr("Not ready: %1").arg(m_problem);
    else if (m_plan)
        text = tr("Apply saves the new labels and questions; %n annotation(s) get another label",
                  nullptr, m_plan->annotationsChanged()) +
               tr("; %n stay under a label the schema no longer has.", nullptr,
                  m_plan->annotationsKept());
    if (m_problem.isEmpty() && m_plan && !m_plan->unfit.isEmpty()) {
        int unfit = 0;
        for (int n : std::as_const(m_plan->unfit))
            unfit += n;
        text += QLatin1Char(' ') +
                tr("%n annotation(s) no longer fit their label (a kind or an attribute taken "
                   "away); they are kept as they are: %1.",
                   nullptr, unfit)
                        .arg(QStringList(m_plan->unfit.keys()).join(QStringLiteral(", ")));
    }
    if (!m_said.isEmpty())
        text = m_said + QLatin1Char(' ') + text;
    m_summary->setText(text);
}

Result<int> ChangeTaskView::apply()
{
    if (!m_apply->isEnabled() || !m_plan || !m_undoStack)
        return Error::plain(m_problem.isEmpty() ? tr("There is nothing to apply.") : m_problem);
    const SchemaChangePlan plan = *m_plan;
    const Result<int> written = SchemaChangeCommands::apply(
            *m_undoStack, m_store, plan,
            tr("Change the labels and questions of \u201c%1\u201d").arg(m_task.name),
            [self = QPointer<ChangeTaskView>(this)](const SchemaChangePlan &written,
                                                    const Result<int> &r) {
                Q_UNUSED(written);
                if (self)
                    self->stepDone(r, true);
            });
    stepDone(written, false);
    return written;
}

void ChangeTaskView::stepDone(const Result<int> &result, bool undone)
{
    if (!result) {
        m_said = tr("Nothing was saved: %1").arg(result.error().message());
    } else {
        m_said = undone ? tr("Written: the labels and questions are as shown now.") : tr("Saved.");
        // What is in the store now is what the editor starts from again.
        if (const auto task = m_store.task(m_task.id)) {
            m_task = *task;
            m_moveTo.clear();
            m_editor->setSchema(task->schema);
        }
        Q_EMIT taskChanged(m_task.id);
    }
    replan();
}

void ChangeTaskView::updateButtons()
{
    // A plan that changes nothing is no step.
    const bool changes = m_plan && (m_plan->annotationsChanged() > 0 ||
                                    QJsonDocument(m_plan->before.toJson()) !=
                                            QJsonDocument(m_plan->after.toJson()));
    m_apply->setEnabled(changes);
    m_undo->setEnabled(m_undoStack && m_undoStack->canUndo());
    m_redo->setEnabled(m_undoStack && m_undoStack->canRedo());
}

void ChangeTaskView::chooseItemsFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with new items"), m_itemsFolder);
    if (!folder.isEmpty())
        scanItems(folder);
}

void ChangeTaskView::scanItems(const QString &folder)
{
    const int generation = ++m_itemsGeneration;
    m_itemsFolder = folder;
    m_itemsPlan.reset();
    m_itemsSaid.clear();
    m_scanningItems = true;
    showItems();
    const auto mode = m_task.mediaKind == MediaKind::ImagePair ? FolderScan::Mode::Pairs : FolderScan::Mode::Items;
    // In the background, as the new task page does; only the newest request's answer counts.
    scanMediaFolderInBackground(this, folder, mode, [this, generation](const Result<FolderScan> &result) {
        itemsScanDone(generation, result);
    });
}

void ChangeTaskView::itemsScanDone(int generation, const Result<FolderScan> &result)
{
    if (generation != m_itemsGeneration)
        return;
    m_scanningItems = false;
    if (!result) {
        m_itemsSaid = tr("Nothing can be added: %1").arg(result.error().message());
    } else if (auto plan = planAddItems(m_store, m_task.id, result->draft.items, m_lead.id); !plan) {
        m_itemsSaid = tr("Nothing can be added: %1").arg(plan.error().message());
    } else {
        m_itemsPlan = *plan;
    }
    showItems();
    Q_EMIT itemsScanned();
}

void ChangeTaskView::showItems()
{
    QString text;
    if (m_scanningItems) {
        text = tr("Reading %1\u2026").arg(QDir::toNativeSeparators(m_itemsFolder));
    } else if (m_itemsPlan) {
        QStringList parts{tr("%n new item(s) in %1", nullptr, m_itemsPlan->count())
                                  .arg(QDir::toNativeSeparators(m_itemsFolder))};
        if (!m_itemsPlan->alreadyIn.isEmpty())
            parts << tr("%n already in the task, left out", nullptr, int(m_itemsPlan->alreadyIn.size()));
        if (!m_itemsPlan->otherKind.isEmpty())
            parts << tr("%n of another kind than the task's (%1), left out", nullptr,
                        int(m_itemsPlan->otherKind.size()))
                             .arg(DisplayNames::mediaKind(m_task.mediaKind));
        text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    if (!m_itemsSaid.isEmpty())
        text = text.isEmpty() ? m_itemsSaid : m_itemsSaid + QLatin1Char(' ') + text;
    m_itemsStatus->setText(text);
    m_itemsStatus->setVisible(!text.isEmpty());
    const int count = m_itemsPlan ? m_itemsPlan->count() : 0;
    m_addItems->setText(count > 0 ? tr("Add %n item(s)", nullptr, count) : tr("Add"));
    m_addItems->setEnabled(count > 0 && !m_scanningItems);
    m_addItems->setVisible(m_itemsPlan.has_value());
}

Result<int> ChangeTaskView::addItems()
{
    if (!m_itemsPlan || m_itemsPlan->count() == 0 || !m_undoStack)
        return Error::plain(tr("There are no new items to add."));
    const AddItemsPlan plan = *m_itemsPlan;
    const Result<int> written = applyAsStep<AddItemsPlan>(
            *m_undoStack, m_store, plan,
            tr("Add %n item(s) to \u201c%1\u201d", nullptr, plan.count()).arg(m_task.name), &applyAddItems,
            [self = QPointer<ChangeTaskView>(this)](const AddItemsPlan &, const Result<int> &r) {
                if (self)
                    self->itemsStepDone(r, true);
            });
    itemsStepDone(written, false);
    return written;
}

void ChangeTaskView::itemsStepDone(const Result<int> &result, bool undone)
{
    if (!result) {
        m_itemsSaid = tr("Nothing was saved: %1").arg(result.error().message());
    } else {
        m_itemsPlan.reset();
        m_itemsSaid = undone ? tr("Written: the task has %n item(s) now.", nullptr,
                                  int(m_store.items(m_task.id).size()))
                             : tr("%n item(s) added.", nullptr, *result);
        // Items nobody is assigned: with assignments in the task, nobody would get them.
        if (!undone && !m_store.assignments(m_task.id).isEmpty())
            m_itemsSaid += QLatin1Char(' ') +
                           tr("Nobody has them yet: hand them out with Assignments (Ctrl+Shift+T).");
        Q_EMIT taskChanged(m_task.id);
    }
    showItems();
    updateButtons();
}

} // namespace annostraat
