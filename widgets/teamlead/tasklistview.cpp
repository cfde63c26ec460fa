// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasklistview.h"

#include "model/palette.h"
#include "sectionlabel.h"
#include "store/store.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace annostraat {

namespace {

constexpr int kTaskIdRole = Qt::UserRole + 1;
constexpr int kPartsRole = Qt::UserRole + 2; ///< QList<int>: done, flagged, in review, to do

/// The colours of the bar's parts, in the dashboard's colours (decision 0023); to do is empty.
std::array<QColor, 3> partColours()
{
    return {QColor(paletteColour(2)), QColor(paletteColour(1)), QColor(paletteColour(7))};
}

/// Draws the parts of a task's work as one bar, then the cell's text beside it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int barWidth(const QFontMetrics &fm) { return fm.averageCharWidth() * 14; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariantList parts = index.data(kPartsRole).toList();
        if (parts.size() != 4)
            return QStyledItemDelegate::paint(painter, option, index);
        const int width = barWidth(option.fontMetrics);
        const int margin = 4;
        QRect bar(option.rect.left() + margin, option.rect.top() + option.rect.height() / 4, width,
                  option.rect.height() / 2);
        // The selection and focus as for any cell, the bar over them.
        QStyledItemDelegate::paint(
                painter,
                [&] {
                    QStyleOptionViewItem o = option;
                    o.rect.setLeft(bar.right() + margin * 2);
                    return o;
                }(),
                index);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(bar, option.palette.base());
        int total = 0;
        for (const QVariant &p : parts)
            total += p.toInt();
        if (total > 0) {
            const auto colours = partColours();
            int x = bar.left();
            int sum = 0;
            for (int i = 0; i < 3; ++i) {
                sum += parts.at(i).toInt();
                const int end = bar.left() + int(qint64(bar.width()) * sum / total);
                if (end > x)
                    painter->fillRect(QRect(x, bar.top(), end - x, bar.height()), colours.at(i));
                x = end;
            }
        }
        painter->setPen(QPen(option.palette.text().color(), 1));
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += barWidth(option.fontMetrics) + 12;
        return size;
    }
};

} // namespace

TaskListView::TaskListView(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("taskListView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_intro = messageLabel(this, "taskListIntro");
    layout->addWidget(m_intro);
    m_tableLabel = sectionLabel(this, "taskListLabel");
    layout->addWidget(m_tableLabel);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("taskListTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(m_table));
    // Every column as wide as its text: a task's name is never cut; where the window is too
    // narrow (large text), the table scrolls sideways.
    m_table->header()->setStretchLastSection(false);
    for (int c = NameColumn; c < ColumnCount; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tableLabel->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("taskListLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);
    m_problem = messageLabel(this, "taskListProblem");
    m_problem->setProperty("role", QStringLiteral("message"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("taskListClose"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("taskListOpen"));
    // Enter on the table opens the chosen task (itemActivated); no button takes Enter from it.
    m_close->setAutoDefault(false);
    m_open->setAutoDefault(false);
    buttons->addWidget(m_close);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    connect(m_table, &QTreeWidget::itemActivated, this, [this] { chooseCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &TaskListView::chooseCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTreeWidget::currentItemChanged, this,
            [this] { m_open->setEnabled(m_table->currentItem() != nullptr); });
    retranslate();
    refresh();
    m_table->setFocus();
}

QString TaskListView::describe(const TaskOverview &o)
{
    return tr("%1 done, %2 flagged, %3 in review, %4 to do, of %5")
            .arg(o.done)
            .arg(o.flagged)
            .arg(o.inReview)
            .arg(o.toDo)
            .arg(o.pieces);
}

void TaskListView::refresh()
{
    m_store.clearReadError();
    const QList<TaskOverview> overviews = TaskOverviews::all(m_store);
    if (m_store.hasReadError()) {
        // Keep what is shown: an empty list here would not mean "no tasks".
        m_problem->setText(
                tr("The tasks could not be read again: %1").arg(m_store.readError().message()));
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_overviews = overviews;
    fill();
}

void TaskListView::fill()
{
    const QString current = currentTask();
    m_table->clear();
    const QLocale here = locale();
    for (const TaskOverview &o : std::as_const(m_overviews)) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setData(NameColumn, kTaskIdRole, o.task.id);
        row->setText(NameColumn, o.task.name);
        row->setText(ClientColumn, o.task.client);
        row->setData(ProgressColumn, kPartsRole,
                     QVariantList{o.done, o.flagged, o.inReview, o.toDo});
        row->setText(ProgressColumn, tr("%1 of %2 done").arg(o.done).arg(o.pieces));
        const QString parts = describe(o);
        row->setData(ProgressColumn, Qt::AccessibleTextRole, parts);
        row->setToolTip(
                ProgressColumn,
                parts + (o.openFlags > 0 || o.started > 0 || o.skipped > 0 || o.feedback > 0
                                 ? QStringLiteral("\n") +
                                           tr("To do includes %1 started, %2 skipped and %3 "
                                              "sent back with feedback.")
                                                   .arg(o.started)
                                                   .arg(o.skipped)
                                                   .arg(o.feedback)
                                 : QString()));
        row->setText(VersionColumn, QString::number(o.task.version));
        row->setTextAlignment(VersionColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(
                PublishedColumn,
                o.publishedAtMs > 0
                        ? tr("version %1, %2")
                                  .arg(o.publishedVersion)
                                  .arg(here.toString(QDateTime::fromMSecsSinceEpoch(o.publishedAtMs)
                                                             .toLocalTime(),
                                                     QLocale::ShortFormat))
                        : tr("not yet"));
        row->setText(FlagsColumn, QString::number(o.openFlags));
        row->setTextAlignment(FlagsColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(FlagsColumn, tr("%n flag(s) without a verdict yet", "", o.openFlags));
        row->setData(FlagsColumn, Qt::AccessibleTextRole,
                     tr("%n flag(s) to look at", "", o.openFlags));
        if (o.openFlags > 0) {
            QFont bold = row->font(FlagsColumn);
            bold.setBold(true);
            row->setFont(FlagsColumn, bold);
        }
        const QString name = o.task.client.isEmpty()
                ? o.task.name
                : tr("%1 (for %2)").arg(o.task.name, o.task.client);
        const QString summary = tr("%1: %2. Version %3. Flags to look at: %4.")
                                        .arg(name, parts)
                                        .arg(o.task.version)
                                        .arg(o.openFlags);
        row->setData(NameColumn, Qt::AccessibleTextRole, summary);
    }
    // Wide enough for the whole table, as far as the screen allows.
    int columns = 0;
    for (int c = NameColumn; c < ColumnCount; ++c)
        columns += qMax(m_table->header()->sectionSizeHint(c),
                        static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(c));
    const int wanted = columns + 2 * m_table->frameWidth() +
            m_table->verticalScrollBar()->sizeHint().width() + layout()->contentsMargins().left() +
            layout()->contentsMargins().right();
    const int screenWidth = screen() ? screen()->availableGeometry().width() : wanted;
    if (width() < wanted)
        resize(qMin(wanted, screenWidth), height());
    if (!current.isEmpty())
        setCurrentTask(current);
    if (!m_table->currentItem() && m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    m_open->setEnabled(m_table->currentItem() != nullptr);
}

void TaskListView::setCurrentTask(const QString &taskId)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (m_table->topLevelItem(i)->data(NameColumn, kTaskIdRole).toString() == taskId)
            m_table->setCurrentItem(m_table->topLevelItem(i));
}

QString TaskListView::currentTask() const
{
    const QTreeWidgetItem *row = m_table->currentItem();
    return row ? row->data(NameColumn, kTaskIdRole).toString() : QString();
}

void TaskListView::chooseCurrent()
{
    const QString id = currentTask();
    if (!id.isEmpty())
        Q_EMIT taskChosen(id);
}

void TaskListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refresh(); // back from the work: what was marked there shows
    QDialog::changeEvent(event);
}

void TaskListView::retranslate()
{
    setWindowTitle(tr("Tasks \u2013 Annostraat"));
    m_intro->setText(
            tr("Every task, with how far its work is. Choose one and press Enter to open it."));
    m_tableLabel->setText(tr("&Tasks"));
    m_table->setAccessibleName(tr("Tasks and their progress"));
    m_table->setHeaderLabels(
            {tr("Task"), tr("Client"), tr("Progress"), tr("Version"), tr("Last published"),
             tr("Flags")});
    m_table->headerItem()->setToolTip(ProgressColumn,
                                      tr("Each item for each person who does it: done, flagged, in "
                                         "review or still to do"));
    m_table->headerItem()->setToolTip(FlagsColumn,
                                      tr("Flagged items without a verdict yet: look at these"));
    m_table->headerItem()->setToolTip(PublishedColumn,
                                      tr("The newest version on the shared folder that this PC "
                                         "knows of"));
    const auto colours = partColours();
    const auto swatch = [](const QColor &c) {
        return QStringLiteral("<span style=\"color:%1\">\u25a0</span>").arg(c.name());
    };
    m_legend->setText(tr("%1 done \u00b7 %2 flagged \u00b7 %3 in review \u00b7 %4 to do (empty)")
                              .arg(swatch(colours.at(0)), swatch(colours.at(1)),
                                   swatch(colours.at(2)), QStringLiteral("\u25a1")));
    m_open->setText(tr("&Open task"));
    m_open->setToolTip(tr("Open the chosen task in the work area (Enter)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this list (Esc)"));
    fill();
}

} // namespace annostraat
