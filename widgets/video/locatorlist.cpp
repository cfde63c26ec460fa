// SPDX-License-Identifier: GPL-3.0-or-later
#include "locatorlist.h"

#include "model/kinds/locatorkind.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {
// The locator and the edge share a column ("Recap: start"), so a narrow panel shows them whole.
enum Column { LocatorColumn, TimecodeColumn, SetByColumn, ColumnCount };
} // namespace

LocatorList::LocatorList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("locatorList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    layout->addWidget(m_title);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("locatorTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // The locator's name takes what is left and wraps there, the row growing to hold it
    // (never cut, at any text size); the table never scrolls sideways, so the name stays in
    // view in a narrow panel.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LocatorColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    m_title->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_set = new QPushButton(this);
    m_set->setObjectName(QStringLiteral("locatorSet"));
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("locatorSkip"));
    buttons->addWidget(m_set);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("locatorWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    layout->addWidget(m_warnings);

    connect(m_set, &QPushButton::clicked, this, [this] {
        if (!currentLocator().isEmpty())
            Q_EMIT setRequested(currentLocator(), currentIsStart());
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (!currentLocator().isEmpty())
            Q_EMIT skipRequested(currentLocator());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { jumpToRow(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { jumpToRow(row); });
    retranslate();
}

void LocatorList::retranslate()
{
    m_title->setText(tr("&Locators"));
    m_table->setHorizontalHeaderLabels({tr("Locator"), tr("Timecode"), tr("Set by")});
    m_set->setText(tr("Set"));
    m_set->setToolTip(tr("Puts the current frame into the chosen row (key: S)"));
    m_skip->setText(tr("Skip"));
    m_skip->setToolTip(tr("This part is not in this video; Skip again takes it back (key: Shift+S)"));
    m_table->setAccessibleName(tr("Locators"));
    refresh();
}

void LocatorList::setLocators(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    m_table->setRowCount(int(names.size() * 2));
    refresh();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, LocatorColumn);
}

void LocatorList::setTimecode(FrameRate rate, bool dropFrame, qint64 startFrame)
{
    m_rate = rate;
    m_dropFrame = dropFrame;
    m_startFrame = startFrame;
    refresh();
}

void LocatorList::setEntries(const QHash<QString, Entry> &entries)
{
    m_entries = entries;
    refresh();
}

void LocatorList::setWarnings(const QStringList &warnings)
{
    m_shownWarnings = warnings;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void LocatorList::setEditable(bool editable)
{
    m_set->setEnabled(editable);
    m_skip->setEnabled(editable);
}

void LocatorList::refresh()
{
    const auto cell = [this](int row, int column, const QString &text) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        if (item->text() != text)
            item->setText(text);
    };
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const QString &name = m_names.at(i);
        const Entry entry = m_entries.value(name);
        const bool skipped = LocatorKind::isSkipped(entry.value);
        for (int edge = 0; edge < 2; ++edge) {
            const int row = int(i * 2 + edge);
            const auto frame = edge == 0 ? LocatorKind::start(entry.value) : LocatorKind::end(entry.value);
            cell(row, LocatorColumn, (edge == 0 ? tr("%1: start") : tr("%1: end")).arg(name));
            cell(row, TimecodeColumn,
                 skipped ? tr("skipped")
                 : frame ? Timecode::label(*frame, m_rate, m_dropFrame, m_startFrame)
                         : QString());
            cell(row, SetByColumn, (skipped || frame) ? entry.setBy : QString());
            m_table->item(row, LocatorColumn)->setData(Qt::UserRole, name);
            const QString setBy = m_table->item(row, SetByColumn)->text();
            m_table->item(row, LocatorColumn)
                    ->setToolTip(setBy.isEmpty() ? m_table->item(row, LocatorColumn)->text()
                                                 : tr("%1 (set by %2)")
                                                           .arg(m_table->item(row, LocatorColumn)->text(),
                                                                setBy));
        }
    }
    fitColumns();
}

void LocatorList::fitColumns()
{
    // In a narrow panel the names come first: the "set by" column goes (the name's tool tip
    // says it) before a name is cut short.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    int needed = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        int widest = m_table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (const QTableWidgetItem *item = m_table->item(row, column))
                widest = std::max(widest, metrics.horizontalAdvance(item->text()) + padding);
        needed += widest;
    }
    m_table->setColumnHidden(SetByColumn, needed > m_table->viewport()->width());
}

void LocatorList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

QString LocatorList::currentLocator() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row / 2 < m_names.size() ? m_names.at(row / 2) : QString();
}

bool LocatorList::currentIsStart() const
{
    return m_table->currentRow() % 2 == 0;
}

void LocatorList::choose(const QString &locator, bool start)
{
    const qsizetype i = m_names.indexOf(locator);
    if (i >= 0)
        m_table->setCurrentCell(int(i * 2 + (start ? 0 : 1)), LocatorColumn);
}

void LocatorList::chooseNext()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row + 1 < m_table->rowCount())
        m_table->setCurrentCell(row + 1, LocatorColumn);
}

void LocatorList::jumpToRow(int row)
{
    if (row < 0 || row / 2 >= m_names.size())
        return;
    const Entry entry = m_entries.value(m_names.at(row / 2));
    const auto frame = row % 2 == 0 ? LocatorKind::start(entry.value) : LocatorKind::end(entry.value);
    if (frame)
        Q_EMIT jumpRequested(*frame);
}

} // namespace annostraat
