// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencepane.h"

#include "media/referencedocument.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace annostraat {

ReferencePane::ReferencePane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("referencePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("referenceHeading"));
    m_heading->setProperty("role", QStringLiteral("question")); // bold at the text size
    layout->addWidget(m_heading);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("referenceSource"));
    // One line: a long file name is cut, and whole (with its folder) in the tooltip.
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_source->setProperty("role", QStringLiteral("muted"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("referenceTable"));
    m_model = new QStandardItemModel(m_table);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setVisible(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Columns as wide as their values at the person's text size (the table scrolls sideways).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    // Rows as high as the person's text needs; the tab key leaves the table (no trap).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);
    m_stack->addWidget(m_table);

    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("referenceText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setTabChangesFocus(true);
    m_stack->addWidget(m_text);

    // The message scrolls when the pane is low (in the person's text size it may be long).
    m_messageArea = new QScrollArea(m_stack);
    // No stop of its own: what is inside takes the keyboard, and the area scrolls to it.
    m_messageArea->setFocusPolicy(Qt::NoFocus);
    m_messageArea->setObjectName(QStringLiteral("referenceMessageArea"));
    m_messageArea->setWidgetResizable(true);
    m_messageArea->setFrameShape(QFrame::NoFrame);
    m_messageArea->setFocusPolicy(Qt::StrongFocus); // F6 goes there; the arrows scroll it
    m_message = new QLabel(m_messageArea);
    m_message->setObjectName(QStringLiteral("referenceMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setProperty("role", QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageArea->setWidget(m_message);
    m_stack->addWidget(m_messageArea);
    layout->addWidget(m_stack, 1);
    m_heading->setBuddy(m_stack);
    retranslate();
}

void ReferencePane::clear()
{
    m_path.clear();
    m_problem.clear();
    m_problemText.clear();
    m_model->clear();
    m_text->clear();
    m_source->clear();
    m_stack->setCurrentWidget(m_table);
}

void ReferencePane::showFile(const QString &path)
{
    clear();
    m_path = path;
    m_source->setText(QFileInfo(path).fileName());
    m_source->setToolTip(QDir::toNativeSeparators(path));
    auto document = ReferenceDocument::read(path);
    if (!document) {
        m_missing = document.error().isAccess() && !QFileInfo::exists(path);
        m_problemFile = QFileInfo(path).fileName();
        m_problemLine = document.error().line();
        m_problemText = document.error().problem();
        showProblem();
        return;
    }
    if (document->kind == ReferenceDocument::Kind::Text) {
        m_text->setPlainText(document->text);
        m_stack->setCurrentWidget(m_text);
        return;
    }
    m_model->setColumnCount(int(document->header.size()));
    m_model->setHorizontalHeaderLabels(document->header);
    m_model->setRowCount(int(document->rows.size()));
    for (int r = 0; r < int(document->rows.size()); ++r) {
        const QStringList &row = document->rows.at(r);
        for (int c = 0; c < int(row.size()); ++c) {
            auto *cell = new QStandardItem(row.at(c));
            cell->setEditable(false);
            cell->setToolTip(document->header.at(c) + QStringLiteral(": ") + row.at(c));
            m_model->setItem(r, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_table);
}

void ReferencePane::showProblem()
{
    const QString where = m_problemLine > 0
            ? tr("%1, line %2").arg(m_problemFile, QString::number(m_problemLine))
            : m_problemFile;
    m_problem = m_missing
            ? tr("The source data is not on this computer:\n%1").arg(where)
            : tr("The source data cannot be shown.\n\n%1\n%2").arg(where, m_problemText);
    m_message->setText(m_problem + QStringLiteral("\n\n") +
                       tr("You can still tag the text. Flag the item if you need the source "
                          "data to judge it."));
    m_messageArea->setAccessibleDescription(m_problem);
    m_stack->setCurrentWidget(m_messageArea);
}

QWidget *ReferencePane::focusTarget() const
{
    return m_stack->currentWidget();
}

void ReferencePane::retranslate()
{
    m_heading->setText(tr("Source data"));
    m_table->setAccessibleName(tr("Source data"));
    m_text->setAccessibleName(tr("Source data"));
    if (!m_problem.isEmpty())
        showProblem();
}

} // namespace annostraat
