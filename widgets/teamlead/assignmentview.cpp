// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentview.h"

#include "document/assignmentcommands.h"
#include "sectionlabel.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {
constexpr int kProfileIdRole = Qt::UserRole + 1;
}

/// People × items: who has each item now, and what the plan adds and takes away.
class AssignmentGridModel : public QAbstractTableModel
{
public:
    enum class Cell { None, Has, Added, Withdrawn };

    using QAbstractTableModel::QAbstractTableModel;

    void reset(const QList<Item> &items, const QList<Profile> &people,
               const QHash<QString, QStringList> &assigned,
               const std::optional<AssignmentPlan> &plan)
    {
        beginResetModel();
        m_items = items;
        m_people = people;
        m_assigned = assigned;
        m_changes.clear();
        if (plan)
            for (const PlannedAssignment &step : plan->steps)
                m_changes[step.itemId].insert(step.person, step.assigned);
        endResetModel();
    }

    Cell cell(int row, int column) const
    {
        if (row < 0 || row >= m_items.size() || column < 0 || column >= m_people.size())
            return Cell::None;
        const QString &item = m_items.at(row).id;
        const QString &person = m_people.at(column).id;
        if (const auto change = m_changes.value(item); change.contains(person))
            return change.value(person) ? Cell::Added : Cell::Withdrawn;
        return m_assigned.value(item).contains(person) ? Cell::Has : Cell::None;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_people.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Cell c = cell(index.row(), index.column());
        switch (role) {
        case Qt::DisplayRole:
            switch (c) {
            case Cell::Has:
                return QStringLiteral("\u2713");
            case Cell::Added:
                return QStringLiteral("+");
            case Cell::Withdrawn:
                return QStringLiteral("\u2212");
            case Cell::None:
                return QString();
            }
            return {};
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: {
            const QString who = m_people.at(index.column()).name;
            const QString what = itemName(index.row());
            switch (c) {
            case Cell::Has:
                return AssignmentView::tr("%1 has %2").arg(who, what);
            case Cell::Added:
                return AssignmentView::tr("%1 gets %2 with this plan").arg(who, what);
            case Cell::Withdrawn:
                return AssignmentView::tr("%1 loses %2 with this plan").arg(who, what);
            case Cell::None:
                return AssignmentView::tr("%1 does not have %2").arg(who, what);
            }
            return {};
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::FontRole:
            if (c == Cell::Added || c == Cell::Withdrawn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (orientation == Qt::Horizontal)
            return section < m_people.size() ? QVariant(m_people.at(section).name) : QVariant();
        return section < m_items.size() ? QVariant(itemName(section)) : QVariant();
    }

    QString itemName(int row) const
    {
        return AssignmentView::tr("%1. %2").arg(row + 1).arg(
                QFileInfo(m_items.at(row).mediaPath).fileName());
    }

private:
    QList<Item> m_items;
    QList<Profile> m_people;
    QHash<QString, QStringList> m_assigned;
    QHash<QString, QHash<QString, bool>> m_changes; ///< item → person → added (or withdrawn)
};

AssignmentView::AssignmentView(Store &store, const Task &task, const Profile &lead,
                               QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_task(task)
    , m_lead(lead)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("assignmentView"));
    buildWidgets();
    readStore();
    fillPeople();
    fillAbsent();
    m_perItem->setValue(qBound(1, m_task.annotatorsPerItem, m_perItem->maximum()));
    m_to->setValue(m_to->maximum());
    retranslate();
    showPlan();
    if (m_people->count() > 0) {
        m_people->setCurrentRow(0);
        m_people->setFocus();
    } else {
        m_close->setFocus();
    }
}

AssignmentView::~AssignmentView() = default;

void AssignmentView::buildWidgets()
{
    // Everything but the outcome and the buttons scrolls when the window is short (large text
    // on a small screen): Apply and what it will do stay in view.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 20);
    outer->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("assignScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 0);
    layout->setSpacing(10);
    m_intro = messageLabel(this, "assignIntro");
    layout->addWidget(m_intro);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    auto *left = new QVBoxLayout;
    m_peopleLabel = sectionLabel(this, "assignPeopleLabel");
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("assignPeople"));
    m_peopleLabel->setBuddy(m_people);
    left->addWidget(m_peopleLabel);
    left->addWidget(m_people, 1);
    top->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_inTurnBox = new QGroupBox(this);
    m_inTurnBox->setObjectName(QStringLiteral("assignInTurnBox"));
    auto *turn = new QGridLayout(m_inTurnBox);
    m_perItemLabel = new QLabel(m_inTurnBox);
    m_perItem = new QSpinBox(m_inTurnBox);
    m_perItem->setObjectName(QStringLiteral("assignPerItem"));
    m_perItem->setRange(1, 1);
    m_perItemLabel->setBuddy(m_perItem);
    turn->addWidget(m_perItemLabel, 0, 0);
    turn->addWidget(m_perItem, 0, 1);
    m_allItems = new QRadioButton(m_inTurnBox);
    m_allItems->setObjectName(QStringLiteral("assignAllItems"));
    m_allItems->setChecked(true);
    m_someItems = new QRadioButton(m_inTurnBox);
    m_someItems->setObjectName(QStringLiteral("assignSomeItems"));
    turn->addWidget(m_allItems, 1, 0, 1, 2);
    turn->addWidget(m_someItems, 2, 0, 1, 2);
    auto *range = new QHBoxLayout;
    m_fromLabel = new QLabel(m_inTurnBox);
    m_from = new QSpinBox(m_inTurnBox);
    m_from->setObjectName(QStringLiteral("assignFrom"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(m_inTurnBox);
    m_to = new QSpinBox(m_inTurnBox);
    m_to->setObjectName(QStringLiteral("assignTo"));
    m_toLabel->setBuddy(m_to);
    range->addSpacing(24);
    range->addWidget(m_fromLabel);
    range->addWidget(m_from);
    range->addWidget(m_toLabel);
    range->addWidget(m_to);
    range->addStretch(1);
    turn->addLayout(range, 3, 0, 1, 2);
    m_planInTurn = new QPushButton(m_inTurnBox);
    m_planInTurn->setObjectName(QStringLiteral("assignPlanInTurn"));
    m_planInTurn->setAutoDefault(false);
    turn->addWidget(m_planInTurn, 4, 0, 1, 2, Qt::AlignLeft);
    right->addWidget(m_inTurnBox);

    m_awayBox = new QGroupBox(this);
    m_awayBox->setObjectName(QStringLiteral("assignAwayBox"));
    auto *away = new QGridLayout(m_awayBox);
    m_absentLabel = new QLabel(m_awayBox);
    m_absent = new QComboBox(m_awayBox);
    m_absent->setObjectName(QStringLiteral("assignAbsent"));
    narrowCombo(m_absent);
    m_absentLabel->setBuddy(m_absent);
    away->addWidget(m_absentLabel, 0, 0);
    away->addWidget(m_absent, 0, 1);
    m_awayHint = new QLabel(m_awayBox);
    m_awayHint->setWordWrap(true);
    m_awayHint->setProperty("role", QStringLiteral("muted"));
    away->addWidget(m_awayHint, 1, 0, 1, 2);
    m_planAway = new QPushButton(m_awayBox);
    m_planAway->setObjectName(QStringLiteral("assignPlanAway"));
    m_planAway->setAutoDefault(false);
    away->addWidget(m_planAway, 2, 0, 1, 2, Qt::AlignLeft);
    right->addWidget(m_awayBox);
    right->addStretch(1);
    top->addLayout(right, 1);
    layout->addLayout(top, 2);

    auto *tables = new QHBoxLayout;
    tables->setSpacing(16);
    auto *countsColumn = new QVBoxLayout;
    m_countsLabel = sectionLabel(this, "assignCountsLabel");
    m_counts = new QTreeWidget(this);
    m_counts->setObjectName(QStringLiteral("assignCounts"));
    m_counts->setRootIsDecorated(false);
    m_counts->setColumnCount(CountColumnCount);
    m_counts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_counts->header()->setStretchLastSection(false);
    m_counts->header()->setSectionResizeMode(PersonColumn, QHeaderView::Stretch);
    for (int c = NowColumn; c < CountColumnCount; ++c)
        m_counts->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_countsLabel->setBuddy(m_counts);
    countsColumn->addWidget(m_countsLabel);
    countsColumn->addWidget(m_counts, 1);
    tables->addLayout(countsColumn, 1);

    auto *gridColumn = new QVBoxLayout;
    m_gridLabel = sectionLabel(this, "assignGridLabel");
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("assignGrid"));
    m_gridModel = new AssignmentGridModel(m_grid);
    m_grid->setModel(m_gridModel);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows of one line each: sizing every row to its contents would read all of a large task's
    // items at every change.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_gridLabel->setBuddy(m_grid);
    gridColumn->addWidget(m_gridLabel);
    gridColumn->addWidget(m_grid, 1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("assignLegend"));
    m_legend->setWordWrap(true);
    m_legend->setProperty("role", QStringLiteral("muted"));
    gridColumn->addWidget(m_legend);
    tables->addLayout(gridColumn, 2);
    layout->addLayout(tables, 3);

    m_summary = messageLabel(this, "assignSummary");
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(24, 0, 24, 0);
    bottom->setSpacing(10);
    outer->addLayout(bottom);
    bottom->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("assignUndo"));
    m_redo = new QPushButton(this);
    m_redo->setObjectName(QStringLiteral("assignRedo"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("assignClose"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("assignApply"));
    for (QPushButton *b : {m_undo, m_redo, m_close})
        b->setAutoDefault(false);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_apply);
    bottom->addLayout(buttons);

    // Ctrl+Z / Ctrl+Shift+Z while this window is active: the main window's keys do not reach it.
    auto *undoKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), this);
    auto *redoKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this);
    const auto undo = [this] {
        if (m_undoStack && m_undoStack->canUndo())
            m_undoStack->undo();
    };
    const auto redo = [this] {
        if (m_undoStack && m_undoStack->canRedo())
            m_undoStack->redo();
    };
    connect(undoKey, &QShortcut::activated, this, undo);
    connect(redoKey, &QShortcut::activated, this, redo);
    connect(m_undo, &QPushButton::clicked, this, undo);
    connect(m_redo, &QPushButton::clicked, this, redo);
    // A step tells its outcome before the stack has moved: the buttons follow the stack itself.
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &AssignmentView::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &AssignmentView::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_planInTurn, &QPushButton::clicked, this, [this] { makePlan(Mode::InTurn); });
    connect(m_planAway, &QPushButton::clicked, this, [this] { makePlan(Mode::Away); });
    // While a plan is shown, a change of the choices makes it again.
    const auto again = [this] {
        if (m_mode != Mode::None)
            makePlan(m_mode);
        else
            updateButtons();
    };
    connect(m_people, &QListWidget::itemChanged, this, again);
    connect(m_perItem, &QSpinBox::valueChanged, this, again);
    connect(m_allItems, &QRadioButton::toggled, this, again);
    connect(m_from, &QSpinBox::valueChanged, this, again);
    connect(m_to, &QSpinBox::valueChanged, this, again);
    connect(m_absent, &QComboBox::currentIndexChanged, this, again);
    connect(m_someItems, &QRadioButton::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });
    m_from->setEnabled(false);
    m_to->setEnabled(false);
}

void AssignmentView::readStore()
{
    m_store.clearReadError();
    if (const auto task = m_store.task(m_task.id))
        m_task = *task;
    m_items = m_store.items(m_task.id);
    m_assigned = m_store.assignments(m_task.id);
    // Annotators, and anyone else who has items of the task (a reviewer who annotates too).
    QSet<QString> withItems;
    for (const QStringList &people : std::as_const(m_assigned))
        for (const QString &p : people)
            withItems.insert(p);
    m_candidates.clear();
    for (const Profile &p : m_store.profiles())
        if (p.role == Role::Annotator || withItems.contains(p.id))
            m_candidates << p;
    if (m_store.hasReadError())
        m_said = tr("The store could not be read: %1").arg(m_store.readError().message());
    const int count = std::max(1, int(m_items.size()));
    for (QSpinBox *box : {m_from, m_to}) {
        const QSignalBlocker block(box);
        box->setRange(1, count);
    }
    const QSignalBlocker block(m_perItem);
    m_perItem->setRange(1, std::max(1, int(m_candidates.size())));
}

void AssignmentView::fillPeople()
{
    const QStringList wasTicked = ticked();
    const QString current = m_people->currentItem()
                                    ? m_people->currentItem()->data(kProfileIdRole).toString()
                                    : QString();
    const QSignalBlocker block(m_people);
    m_people->clear();
    for (const Profile &p : std::as_const(m_candidates)) {
        auto *row = new QListWidgetItem(m_people);
        row->setData(kProfileIdRole, p.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(wasTicked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        if (p.id == current)
            m_people->setCurrentItem(row);
    }
}

void AssignmentView::fillAbsent()
{
    const QString was = m_absent->currentData().toString();
    const QSignalBlocker block(m_absent);
    m_absent->clear();
    QHash<QString, int> counts;
    for (const QStringList &people : std::as_const(m_assigned))
        for (const QString &p : people)
            ++counts[p];
    for (const Profile &p : std::as_const(m_candidates))
        if (counts.value(p.id) > 0)
            m_absent->addItem(p.name, p.id);
    const int index = m_absent->findData(was);
    m_absent->setCurrentIndex(index >= 0 ? index : 0);
}

QStringList AssignmentView::ticked() const
{
    QStringList ids;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            ids << m_people->item(i)->data(kProfileIdRole).toString();
    return ids;
}

void AssignmentView::setTicked(const QString &profileId, bool on)
{
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->data(kProfileIdRole).toString() == profileId)
            m_people->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

QString AssignmentView::nameOf(const QString &profileId) const
{
    for (const Profile &p : m_candidates)
        if (p.id == profileId)
            return p.name;
    if (const auto p = m_store.findProfile(profileId))
        return p->name;
    return profileId;
}

void AssignmentView::makePlan(Mode mode)
{
    m_mode = mode;
    m_plan.reset();
    m_problem.clear();
    m_said.clear();
    QStringList people = ticked();
    if (mode == Mode::InTurn) {
        if (people.isEmpty())
            m_problem = tr("Tick the people who get items (Space ticks the chosen row).");
        else if (m_perItem->value() > people.size())
            m_problem = tr("People per item: %n. Tick at least that many people.", "",
                           m_perItem->value());
        else if (m_items.isEmpty())
            m_problem = tr("This task has no items.");
        if (m_problem.isEmpty()) {
            std::optional<ItemRange> range;
            if (m_someItems->isChecked())
                range = ItemRange{m_from->value(), m_to->value()};
            auto plan = planRoundRobin(m_store, m_task.id, people, m_perItem->value(), m_lead.id,
                                       range);
            if (plan)
                m_plan = *plan;
            else if (range && range->last < range->first)
                m_problem = tr("The last item (%1) comes before the first (%2).")
                                    .arg(range->last)
                                    .arg(range->first);
            else
                m_problem = plan.error().message();
        }
    } else if (mode == Mode::Away) {
        const QString absent = m_absent->currentData().toString();
        people.removeAll(absent);
        if (absent.isEmpty())
            m_problem = tr("Nobody has items of this task yet.");
        else if (people.isEmpty())
            m_problem =
                    tr("Tick the people who take over %1's unfinished items.").arg(nameOf(absent));
        if (m_problem.isEmpty()) {
            auto plan = planReassign(m_store, m_task.id, absent, people, m_lead.id);
            if (plan)
                m_plan = *plan;
            else
                m_problem = plan.error().message();
        }
    }
    showPlan();
}

void AssignmentView::showPlan()
{
    m_gridModel->reset(m_items, m_candidates, m_assigned, m_plan);
    updateCounts();
    updateButtons();
}

void AssignmentView::updateCounts()
{
    QHash<QString, int> now;
    for (const QStringList &people : std::as_const(m_assigned))
        for (const QString &p : people)
            ++now[p];
    const int current = m_counts->currentIndex().row();
    m_counts->clear();
    for (const Profile &p : std::as_const(m_candidates)) {
        const int before = now.value(p.id);
        const int after = m_plan ? m_plan->after.value(p.id, before) : before;
        auto *row = new QTreeWidgetItem(m_counts);
        row->setData(PersonColumn, kProfileIdRole, p.id);
        row->setText(PersonColumn, p.name);
        row->setText(NowColumn, QString::number(before));
        row->setText(AfterColumn, m_plan ? QString::number(after) : QString());
        row->setText(ChangeColumn, !m_plan || after == before ? QString()
                                   : after > before
                                           ? QStringLiteral("+%1").arg(after - before)
                                           : QStringLiteral("\u2212%1").arg(before - after));
        for (int c = NowColumn; c < CountColumnCount; ++c)
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (m_plan && after != before) {
            QFont bold = row->font(PersonColumn);
            bold.setBold(true);
            for (int c = 0; c < CountColumnCount; ++c)
                row->setFont(c, bold);
        }
        const QString spoken =
                !m_plan ? tr("%1: %n item(s) now", "", before).arg(p.name)
                : after == before
                        ? tr("%1: %n item(s) now, the same after the plan", "", before).arg(p.name)
                        : tr("%1: %2 now, %3 after the plan").arg(p.name).arg(before).arg(after);
        for (int c = 0; c < CountColumnCount; ++c) {
            row->setData(c, Qt::AccessibleTextRole, spoken);
            row->setToolTip(c, spoken);
        }
    }
    if (m_counts->topLevelItemCount() > 0)
        m_counts->setCurrentItem(
                m_counts->topLevelItem(std::clamp(current, 0, m_counts->topLevelItemCount() - 1)));
}

void AssignmentView::updateButtons()
{
    const bool lead = m_lead.role == Role::TeamLead;
    const bool canApply = lead && m_plan && !m_plan->isEmpty();
    m_apply->setEnabled(canApply);
    m_apply->setDefault(canApply);
    m_undo->setEnabled(m_undoStack && m_undoStack->canUndo());
    m_redo->setEnabled(m_undoStack && m_undoStack->canRedo());
    m_planAway->setEnabled(m_absent->count() > 0);
    m_undo->setToolTip(m_undoStack && m_undoStack->canUndo()
                               ? tr("Undo: %1 (Ctrl+Z)").arg(m_undoStack->undoText())
                               : tr("Nothing to undo (Ctrl+Z)"));
    m_redo->setToolTip(m_undoStack && m_undoStack->canRedo()
                               ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undoStack->redoText())
                               : tr("Nothing to redo (Ctrl+Shift+Z)"));

    QString text;
    if (!m_problem.isEmpty()) {
        text = m_problem;
    } else if (m_plan && m_mode == Mode::Away) {
        const QString absent = nameOf(m_absent->currentData().toString());
        text = m_plan->isEmpty() ? tr("%1 has no unfinished items that can move.").arg(absent)
                                 : tr("The plan: %n unfinished item(s) of %1 go to others. Their "
                                      "finished work "
                                      "stays theirs. Nothing is written until Apply.",
                                      "", m_plan->withdrawn())
                                           .arg(absent);
        if (!m_plan->unplaced.isEmpty())
            text += QLatin1Char(' ') +
                    tr("%n item(s) stay with %1: everyone ticked has them already.", "",
                       int(m_plan->unplaced.size()))
                            .arg(absent);
    } else if (m_plan) {
        text = m_plan->isEmpty()
                       ? tr("Every item already has %n person(s) or more: the plan changes "
                            "nothing.",
                            "", m_perItem->value())
                       : tr("The plan: %n new assignment(s). Nothing is written until Apply.", "",
                            m_plan->added());
    } else {
        text = tr("Tick people, then make a plan. The table shows each person's items now and "
                  "after the "
                  "plan.");
    }
    if (!m_said.isEmpty())
        text = m_said + QLatin1Char(' ') + text;
    m_summary->setText(text);
}

void AssignmentView::say(const QString &text)
{
    m_said = text;
    updateButtons();
}

void AssignmentView::apply()
{
    if (!m_plan || m_plan->isEmpty() || m_lead.role != Role::TeamLead)
        return;
    const AssignmentPlan plan = *m_plan;
    const QString what = m_mode == Mode::Away
                                 ? tr("Move %1's unfinished items")
                                           .arg(nameOf(m_absent->currentData().toString()))
                                 : tr("Hand out items in turn");
    Result<int> written = 0;
    if (m_undoStack) {
        QPointer<AssignmentView> self(this);
        written = AssignmentCommands::apply(*m_undoStack, m_store, plan, what,
                                            [self](const AssignmentPlan &p, const Result<int> &r) {
                                                if (self)
                                                    self->stepDone(p, r);
                                            });
    } else {
        written = applyPlan(m_store, plan);
    }
    if (!written) {
        // Refused whole (the assignments changed meanwhile): show what is there now.
        readStore();
        m_mode = Mode::None;
        m_plan.reset();
        showPlan();
        say(tr("Nothing was written: %1").arg(written.error().message()));
        return;
    }
    m_mode = Mode::None;
    m_plan.reset();
    readStore();
    fillPeople();
    fillAbsent();
    showPlan();
    say(tr("Written: %n assignment(s) changed. Ctrl+Z takes it back. Publish the task so the "
           "annotators' PCs get it.",
           "", *written));
    Q_EMIT assignmentsChanged(m_task.id);
}

void AssignmentView::stepDone(const AssignmentPlan &written, const Result<int> &result)
{
    if (written.taskId != m_task.id)
        return;
    m_mode = Mode::None;
    m_plan.reset();
    readStore();
    fillPeople();
    fillAbsent();
    showPlan();
    if (!result) {
        say(tr("Nothing was written: %1").arg(result.error().message()));
        return;
    }
    say(tr("%n assignment(s) changed back or again.", "", *result));
    Q_EMIT assignmentsChanged(m_task.id);
}

void AssignmentView::refresh()
{
    readStore();
    fillPeople();
    fillAbsent();
    if (m_mode != Mode::None)
        makePlan(m_mode);
    else
        showPlan();
}

void AssignmentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    QDialog::changeEvent(event);
}

void AssignmentView::retranslate()
{
    setWindowTitle(tr("Assignments \u2013 %1").arg(m_task.name));
    m_intro->setText(
            tr("Who works on \u201c%1\u201d? Make a plan: the tables show what it changes. "
               "Nothing is written until Apply. Publish the task afterwards, so the "
               "assignments reach the annotators' PCs.")
                    .arg(m_task.name));
    m_peopleLabel->setText(tr("&People (Space ticks)"));
    m_people->setAccessibleName(tr("People"));
    m_people->setAccessibleDescription(tr("Tick the people who get items or take over items"));
    for (int i = 0; i < m_people->count(); ++i) {
        const QString name = nameOf(m_people->item(i)->data(kProfileIdRole).toString());
        m_people->item(i)->setText(name);
    }
    m_inTurnBox->setTitle(tr("Hand out in turn"));
    m_perItemLabel->setText(tr("People per &item"));
    m_perItem->setAccessibleName(tr("People per item"));
    m_perItem->setToolTip(
            tr("How many people do each item; people who have an item already count"));
    m_allItems->setText(tr("A&ll items"));
    m_someItems->setText(tr("&Only items"));
    m_fromLabel->setText(tr("&from"));
    m_from->setAccessibleName(tr("First item"));
    m_toLabel->setText(tr("&to"));
    m_to->setAccessibleName(tr("Last item"));
    m_planInTurn->setText(tr("Plan i&n turn"));
    m_planInTurn->setToolTip(tr("Show who would get which items; nothing is written yet"));
    m_awayBox->setTitle(tr("Someone is away"));
    m_absentLabel->setText(tr("&Who is away"));
    m_absent->setAccessibleName(tr("Who is away"));
    m_awayHint->setText(
            tr("Their unfinished items (not done, flagged or skipped) go in turn to the people "
               "ticked, never to someone who has the item already."));
    m_planAway->setText(tr("Plan &moving their items"));
    m_planAway->setToolTip(tr("Show where the unfinished items would go; nothing is written yet"));
    m_countsLabel->setText(tr("Items per pe&rson"));
    m_counts->setAccessibleName(tr("Items per person, now and after the plan"));
    m_counts->setHeaderLabels({tr("Person"), tr("Now"), tr("After"), tr("Change")});
    m_gridLabel->setText(tr("Items and p&eople"));
    m_grid->setAccessibleName(tr("Who has which item"));
    m_legend->setText(tr("\u2713 has the item \u00b7 + gets it with the plan \u00b7 \u2212 loses "
                         "it with the plan"));
    m_undo->setText(tr("&Undo"));
    m_undo->setAccessibleName(tr("Undo the last assignment step"));
    m_redo->setText(tr("Re&do"));
    m_redo->setAccessibleName(tr("Redo the assignment step"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close; a plan not applied is dropped (Esc)"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Write the plan, in one step (Enter)"));
    updateCounts();
    updateButtons();
}

} // namespace annostraat
