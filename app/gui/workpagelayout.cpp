// SPDX-License-Identifier: GPL-3.0-or-later
// The work page's widgets, their layout and their texts: apart from the page's behaviour
// (workpage.cpp), as the main window keeps its actions in mainwindowactions.cpp.
#include "workpage.h"
#include "sectionlabel.h"
#include "wrappingdelegate.h"

#include "questionform.h"
#include "queueview.h"
#include "review/feedbackbox.h"
#include "review/reviewpanel.h"

#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace annostraat {

void WorkPage::buildWidgets()
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
    // Task names are read whole (wrapped), never behind a sideways scroll bar.
    m_tasks->setWordWrap(true);
    // A word wider than the column (large text) is broken, not cut to "…".
    m_tasks->setItemDelegate(new WrappingDelegate(m_tasks));
    m_tasks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are measured again when the list's width changes, and the vertical scroll bar is
    // always there: one that appears after the rows were measured narrows them without a new
    // measure, and a name measured as one line is then cut to "Demo 9: …" instead of wrapped.
    m_tasks->setResizeMode(QListView::Adjust);
    m_tasks->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_tasksLabel->setBuddy(m_tasks);
    m_queueLabel = sectionLabel(left, "queueLabel");
    m_queue = new QueueView(left);
    m_queueLabel->setBuddy(m_queue);
    leftLayout->addWidget(m_tasksLabel);
    // The tasks get a third of the column and the queue the rest: both grow with the text
    // size, where a fixed height showed three of the seven demo tasks.
    leftLayout->addWidget(m_tasks, 1);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(m_queueLabel);
    leftLayout->addWidget(m_queue, 2);

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
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, [this] {
        m_notice->hide();
        m_notice->clear();
    });
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
    // Both wrap: at large text sizes a long title and a flag reason would otherwise make the
    // column, and so the window, wider than a 1280 px screen.
    m_itemTitle->setWordWrap(true);
    m_itemStatus = new QLabel(itemPage);
    m_itemStatus->setObjectName(QStringLiteral("itemStatus"));
    m_itemStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_itemStatus->setWordWrap(true);
    header->addWidget(m_itemTitle, 1);
    header->addWidget(m_itemStatus);
    m_editorStack = new QStackedWidget(itemPage);
    m_editorStatus = new QLabel(itemPage);
    m_editorStatus->setObjectName(QStringLiteral("editorStatus"));
    m_editorStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long tool hint must not widen the page: it is cut off, and whole in the tooltip.
    m_editorStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    createEditors();

    // What the author sees about the review of their work: above the media, whatever its kind.
    m_feedback = new FeedbackBox(itemPage);

    itemLayout->addLayout(header);
    itemLayout->addWidget(m_feedback);
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
    m_questionsScroll = scroll;
    scroll->installEventFilter(this); // fitQuestionsRoom()
    // No stop of its own: what is inside takes the keyboard, and the area scrolls to it.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_form);
    m_form->installEventFilter(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_questionsLabel->setBuddy(m_form);
    // However the keyboard gets to a question (its mnemonic, Tab from the image, a click), the
    // area scrolls to it: at large text sizes a question's title can fill the area.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll, this](QWidget *, QWidget *now) {
        if (now && now != m_form && m_form->isAncestorOf(now)) {
            scroll->ensureWidgetVisible(now, 4, 4);
            scroll->horizontalScrollBar()->setValue(0); // up and down only: the form wraps
        }
    });
    // The reviewer's panel beside any editor, above the questions (in the same pane, so the
    // layouts people kept stay as they were); shown in review mode only.
    m_review = new ReviewPanel(m_store, questions);
    m_review->hide();
    // Most of the pane is the panel's when it is shown: its queue, the person's annotations and
    // the verdicts should all be in view in a window of 1280 x 800; the questions scroll.
    questionsLayout->addWidget(m_review, 3);
    questionsLayout->addWidget(m_questionsLabel);
    questionsLayout->addWidget(scroll, 1);
    // What is left under a task without questions stays empty, below its one line.
    questionsLayout->addStretch(0);
    auto *instructions = new QWidget(m_rightSplitter);
    auto *instructionsLayout = new QVBoxLayout(instructions);
    instructionsLayout->setContentsMargins(4, 4, 4, 4);
    m_instructionsLabel = sectionLabel(instructions, "instructionsLabel");
    m_instructions = new InstructionsView(instructions);
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_instructions->setOpenExternalLinks(false);
    m_instructions->setOpenLinks(false);
    m_instructions->document()->setDocumentMargin(10);
    m_instructionsLabel->setBuddy(m_instructions);
    instructionsLayout->addWidget(m_instructionsLabel);
    instructionsLayout->addWidget(m_instructions, 1);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_preferredRight = {440, 260};
    m_rightSplitter->setSizes(m_preferredRight);

    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    // The widths the columns start with (and get back after a text size change); not read
    // back from the splitter, which has no room of its own before it is first shown.
    m_preferredOuter = {220, 680, 380};
    m_splitter->setSizes(m_preferredOuter);
    m_splitter->installEventFilter(this); // restoreColumns() as the columns settle
    m_rightSplitter->setMinimumWidth(questionsMinimumWidth());
    // What the person sets by dragging is what the columns go back to after a text size change.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_preferredOuter = m_splitter->sizes(); });
    connect(m_rightSplitter, &QSplitter::splitterMoved, this,
            [this] { m_preferredRight = m_rightSplitter->sizes(); });
}

void WorkPage::showInstructions(const QString &markdown)
{
    m_instructions->showMarkdown(markdown);
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
    m_preferredOuter = m_splitter->sizes();
    m_preferredRight = m_rightSplitter->sizes();
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
    if (event->type() == QEvent::FontChange) {
        m_rightSplitter->setMinimumWidth(questionsMinimumWidth());
        // Larger text widens the columns' minimums and squeezes the others; once the text is
        // smaller again, each column gets back the width the person gave it.
        // Each layout pass of the columns within the next second (see eventFilter) does so
        // again, as the columns' minimums settle.
        m_restoreColumns.setRemainingTime(1000);
        QTimer::singleShot(0, this, &WorkPage::restoreColumns);
    }
    QWidget::changeEvent(event);
}

void WorkPage::retranslate()
{
    m_tasksLabel->setText(tr("Tas&ks"));
    m_queueLabel->setText(tr("&Queue"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_queue->setAccessibleName(tr("Queue"));
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
    if (task() && task()->instructions.trimmed().isEmpty())
        m_instructions->setPlainText(tr("This task has no instructions."));
    updateHeader();
}

void WorkPage::restoreColumns()
{
    if (!m_preferredOuter.isEmpty() && m_splitter->sizes() != m_preferredOuter)
        m_splitter->setSizes(m_preferredOuter);
    if (!m_preferredRight.isEmpty() && m_rightSplitter->sizes() != m_preferredRight)
        m_rightSplitter->setSizes(m_preferredRight);
}

int WorkPage::questionsMinimumWidth() const
{
    // Room for about fourteen characters a line: at large text sizes the editor's column would
    // otherwise squeeze the questions until a question's title takes the whole height.
    return fontMetrics().averageCharWidth() * 14;
}

} // namespace annostraat
