// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpanel.h"

#include "actiontext.h"
#include "annotationnames.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/displaynames.h"
#include "quality/reviewqueue.h"
#include "quality/verdicts.h"
#include "rejectdialog.h"
#include "sectionlabel.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHash>
#include <QSet>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {
constexpr int kItemRole = Qt::UserRole + 1;
constexpr int kAnnotatorRole = Qt::UserRole + 2;
constexpr int kPositionRole = Qt::UserRole + 4; ///< the item's number in the task, from 1
constexpr int kAnnotationRole = Qt::UserRole + 3;

QString stateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending: return ReviewPanel::tr("waits for a verdict");
    case ReviewState::Feedback: return ReviewPanel::tr("rejected, back with its author");
    case ReviewState::Accepted: return ReviewPanel::tr("accepted");
    case ReviewState::Corrected: return ReviewPanel::tr("fixed and accepted");
    }
    return {};
}
/// The property holding a verdict button's own, shorter name.
constexpr char kShortText[] = "annostraatShortText";

/// A list that asks for the height of its first few rows only (a missing row counts as one
/// line), so the panel asks for little room and the verdicts below stay in view in a short
/// column; it takes more when the column has it.
class ShortList : public QListWidget
{
public:
    ShortList(int rows, QWidget *parent)
        : QListWidget(parent)
        , m_rows(rows)
    {
    }
    QSize sizeHint() const override
    {
        const int shown = std::min(count(), m_rows);
        int height = (m_rows - shown) * (fontMetrics().height() + 4);
        for (int row = 0; row < shown; ++row)
            height += std::max(sizeHintForRow(row), 0);
        return {QListWidget::sizeHint().width(), height + 2 * frameWidth()};
    }

private:
    int m_rows;
};

} // namespace

ReviewPanel::ReviewPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("reviewPanel"));
    // In a scroll area of its own: where the column is short (large text sizes, a small
    // screen) the panel scrolls rather than squeezing its texts.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // what is inside takes the keyboard
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("reviewPanelContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    m_queueLabel = sectionLabel(this, "reviewQueueLabel");
    m_queue = new ShortList(1, this);
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setWordWrap(true);
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queue->setResizeMode(QListView::Adjust);
    m_queueLabel->setBuddy(m_queue);
    m_workLabel = sectionLabel(this, "reviewWorkLabel");
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_annotations = new ShortList(2, this);
    m_annotations->setObjectName(QStringLiteral("reviewAnnotations"));
    m_annotations->setWordWrap(true);
    m_annotations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workLabel->setBuddy(m_annotations);

    auto make = [this](const char *name, const QKeySequence &key) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setEnabled(false);
        return a;
    };
    m_accept = make("actionReviewAccept", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject = make("actionReviewReject", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_fix = make("actionReviewFix", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_accept, &QAction::triggered, this, &ReviewPanel::accept);
    connect(m_reject, &QAction::triggered, this, &ReviewPanel::askRejection);
    connect(m_fix, &QAction::triggered, this, &ReviewPanel::fixAndAccept);

    auto button = [this](const char *name, QAction *action) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] {
            b->setEnabled(action->isEnabled());
            // A button may have a shorter name than its action (the narrow column).
            const QString shortText = b->property(kShortText).toString();
            b->setText(shortText.isEmpty() ? action->text().remove(QLatin1Char('&')) : shortText);
            b->setToolTip(action->toolTip());
        });
        return b;
    };
    m_acceptButton = button("reviewAccept", m_accept);
    m_rejectButton = button("reviewReject", m_reject);
    m_fixButton = button("reviewFix", m_fix);
    m_buttons = new QGridLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    arrangeButtons();

    layout->addWidget(m_queueLabel);
    layout->addWidget(m_queue, 1);
    layout->addSpacing(6);
    layout->addWidget(m_workLabel);
    layout->addWidget(m_state);
    layout->addWidget(m_annotations, 1);
    layout->addLayout(m_buttons);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);
    m_scroll->viewport()->installEventFilter(this);
    content->installEventFilter(this);
    // However the keyboard gets into the panel, what it is on is scrolled into view.
    connect(qApp, &QApplication::focusChanged, content, [this, content](QWidget *, QWidget *now) {
        if (now && content->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 4, 4);
    });

    connect(m_queue, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *row) {
        if (!row)
            return;
        const QString itemId = row->data(kItemRole).toString();
        m_itemId = itemId;
        m_annotator = row->data(kAnnotatorRole).toString();
        fillAnnotations();
        updateState();
        updateActions();
        Q_EMIT itemChosen(itemId); // open already: the page shows it again
    });
    // Filling the list blocks its signals: only the reviewer's own choice is shown.
    connect(m_annotations, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *row) {
        if (row)
            Q_EMIT annotationChosen(row->data(kAnnotationRole).toString());
    });
    retranslate();
}

RejectDialog *ReviewPanel::rejectDialog() const
{
    return m_rejectDialog;
}

QList<QAction *> ReviewPanel::verdictActions() const
{
    return {m_accept, m_reject, m_fix};
}

void ReviewPanel::setTask(const std::optional<Task> &task, const std::optional<Profile> &reviewer)
{
    m_task = task;
    m_reviewer = reviewer && reviewer->role != Role::Annotator ? reviewer : std::nullopt;
    m_itemId.clear();
    m_annotator.clear();
    refresh();
}

void ReviewPanel::setDocument(ItemDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // A verdict, its undo and a sync all end in statusChanged; a sync in annotationChanged.
        connect(document, &ItemDocument::statusChanged, this, &ReviewPanel::refreshChosen);
        connect(document, &ItemDocument::annotationChanged, this, &ReviewPanel::fillAnnotations);
        if (document->item().id != m_itemId) {
            m_itemId.clear();
            m_annotator.clear();
            for (int i = 0; i < m_queue->count(); ++i) {
                if (m_queue->item(i)->data(kItemRole).toString() == document->item().id) {
                    m_itemId = document->item().id;
                    m_annotator = m_queue->item(i)->data(kAnnotatorRole).toString();
                    break;
                }
            }
        }
    }
    // Opening an item changes nothing in the queue: its row is chosen where it stands. The
    // whole queue reads the whole task (seconds at 10,000 items x 3); a task or a sync builds
    // it (setTask, refresh), a verdict rewords one row (refreshChosen).
    {
        const QSignalBlocker block(m_queue);
        QListWidgetItem *chosen = nullptr;
        for (int i = 0; i < m_queue->count() && !chosen && !m_itemId.isEmpty(); ++i)
            if (m_queue->item(i)->data(kItemRole).toString() == m_itemId
                && m_queue->item(i)->data(kAnnotatorRole).toString() == m_annotator)
                chosen = m_queue->item(i);
        m_queue->setCurrentItem(chosen);
        if (!chosen)
            m_queue->clearSelection();
    }
    fillAnnotations();
    updateState();
    updateActions();
}

bool ReviewPanel::choose(const QString &itemId, const QString &annotator)
{
    for (int i = 0; i < m_queue->count(); ++i) {
        QListWidgetItem *row = m_queue->item(i);
        if (row->data(kItemRole).toString() == itemId &&
            row->data(kAnnotatorRole).toString() == annotator) {
            m_queue->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ReviewPanel::refresh()
{
    fillQueue();
    fillAnnotations();
    updateState();
    updateActions();
}

void ReviewPanel::fillQueue()
{
    const QSignalBlocker block(m_queue);
    m_queue->clear();
    m_queue->updateGeometry(); // its height follows its first rows (the layout asks later)
    if (!m_task || !m_reviewer)
        return;
    QHash<QString, int> position;
    const QList<Item> items = m_store.items(m_task->id);
    for (int i = 0; i < items.size(); ++i)
        position.insert(items.at(i).id, i);
    QList<ReviewEntry> entries = ReviewQueue::build(m_store, *m_task);
    // Work that waits for a verdict first; within a state the queue's own order.
    std::stable_sort(entries.begin(), entries.end(), [](const ReviewEntry &a, const ReviewEntry &b) {
        return (a.state == ReviewState::Pending) > (b.state == ReviewState::Pending);
    });
    for (const ReviewEntry &e : std::as_const(entries)) {
        if (e.annotator == m_reviewer->id)
            continue; // nobody reviews their own work
        auto *row = new QListWidgetItem(m_queue);
        row->setData(kItemRole, e.item.id);
        row->setData(kAnnotatorRole, e.annotator);
        row->setData(kPositionRole, position.value(e.item.id, -1) + 1);
        describeEntry(row, e);
        if (e.item.id == m_itemId && e.annotator == m_annotator)
            m_queue->setCurrentItem(row);
    }
}

void ReviewPanel::fillAnnotations()
{
    const QString selected = selectedAnnotationId();
    {
        const QSignalBlocker block(m_annotations);
        m_annotations->clear();
        m_annotations->updateGeometry();
        if (m_document && m_document->item().id == m_itemId && !m_annotator.isEmpty()) {
            auto *whole = new QListWidgetItem(tr("The whole item"), m_annotations);
            whole->setData(kAnnotationRole, QString());
            m_annotations->setCurrentItem(whole);
            const QList<Annotation> others = m_document->otherLayers();
            for (const Annotation &a : others) {
                if (a.author != m_annotator || a.deleted || a.suggested)
                    continue;
                auto *row = new QListWidgetItem(AnnotationNames::describe(a, &m_document->task().schema),
                                                m_annotations);
                row->setData(kAnnotationRole, a.id);
                if (a.id == selected)
                    m_annotations->setCurrentItem(row);
            }
        }
    }
    // The chosen annotation went (the person removed it, another item opened): the editor
    // lets go of it too.
    if (selectedAnnotationId() != selected)
        Q_EMIT annotationChosen(selectedAnnotationId());
}

void ReviewPanel::describeEntry(QListWidgetItem *row, const ReviewEntry &e) const
{
    QStringList why;
    for (const Message &m : e.details)
        why << m.text();
    const QString title = tr("Item %1 (%2) \u00B7 %3 \u00B7 %4")
                                  .arg(row->data(kPositionRole).toInt())
                                  .arg(QFileInfo(e.item.mediaPath).fileName(),
                                       personName(e.annotator), stateText(e.state));
    row->setText(title + QLatin1Char('\n') + why.join(QStringLiteral("; ")));
    row->setToolTip(why.join(QLatin1Char('\n')));
}

void ReviewPanel::refreshChosen()
{
    // A verdict, its undo or the reviewer's own marking of the open item changes the chosen
    // entry only: its row is worded again where it stands. Building the whole queue reads the
    // whole task (1 to 2 s at 10,000 items x 3 people, decision 0023); a sync does that.
    // Everyone's rows of that item follow: a fix can settle it (another person's "unsettled"
    // row goes), the reviewer's own marking can make a disagreement (a row comes).
    QListWidgetItem *row = nullptr;
    int last = -1; // the item's last row
    QHash<QString, QListWidgetItem *> rowsOfItem;
    for (int i = 0; i < m_queue->count(); ++i) {
        QListWidgetItem *r = m_queue->item(i);
        if (r->data(kItemRole).toString() != m_itemId)
            continue;
        rowsOfItem.insert(r->data(kAnnotatorRole).toString(), r);
        last = i;
        if (r->data(kAnnotatorRole).toString() == m_annotator)
            row = r;
    }
    const QList<ReviewEntry> entries =
            row && m_task && m_reviewer ? ReviewQueue::itemEntries(m_store, *m_task, m_itemId) : QList<ReviewEntry>{};
    const auto chosen = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const ReviewEntry &x) { return x.annotator == m_annotator; });
    if (chosen == entries.cend()) {
        refresh(); // not in the queue (any more): the whole queue again
        return;
    }
    const ReviewEntry e = *chosen;
    {
        const QSignalBlocker block(m_queue);
        const int position = row->data(kPositionRole).toInt();
        QSet<QString> still;
        for (const ReviewEntry &x : entries) {
            if (x.annotator == m_reviewer->id)
                continue; // nobody reviews their own work
            still.insert(x.annotator);
            QListWidgetItem *r = rowsOfItem.value(x.annotator);
            if (!r) {
                r = new QListWidgetItem;
                r->setData(kItemRole, x.item.id);
                r->setData(kAnnotatorRole, x.annotator);
                r->setData(kPositionRole, position);
                m_queue->insertItem(++last, r);
            }
            describeEntry(r, x);
        }
        for (auto it = rowsOfItem.cbegin(); it != rowsOfItem.cend(); ++it)
            if (!still.contains(it.key()))
                delete m_queue->takeItem(m_queue->row(it.value()));
    }
    fillAnnotations();
    updateState(&e);
    updateActions();
}

QString ReviewPanel::selectedAnnotationId() const
{
    const QListWidgetItem *row = m_annotations->currentItem();
    return row ? row->data(kAnnotationRole).toString() : QString();
}

void ReviewPanel::updateState(const ReviewEntry *known)
{
    if (!m_reviewer) {
        m_state->setText(tr("Reviewers and team leads see the review queue here."));
        return;
    }
    if (m_itemId.isEmpty() || m_annotator.isEmpty()) {
        m_state->setText(m_queue->count() == 0 ? tr("Nothing in this task waits for a review.")
                                               : tr("Choose work in the review queue."));
        return;
    }
    const QString who = personName(m_annotator);
    std::optional<ReviewEntry> e;
    if (known)
        e = *known;
    else if (m_task)
        e = ReviewQueue::entry(m_store, *m_task, m_itemId, m_annotator);
    if (!e) {
        m_state->setText(tr("%1's work on this item is not in the review queue.").arg(who));
        return;
    }
    QString text = tr("%1's work: %2.").arg(who, stateText(e->state));
    if (e->review && e->state == ReviewState::Feedback && !e->review->comment.isEmpty())
        text += QLatin1Char(' ') + tr("Your comment: \u201C%1\u201D").arg(e->review->comment);
    m_state->setText(text);
}

void ReviewPanel::updateActions()
{
    const bool ready = m_reviewer && m_document && !m_itemId.isEmpty() &&
            m_document->item().id == m_itemId && !m_annotator.isEmpty();
    for (QAction *a : {m_accept, m_reject, m_fix})
        a->setEnabled(ready && isVisible());
}

bool ReviewPanel::give(Verdict verdict, const QString &comment, const QJsonObject &place)
{
    if (!m_document || m_itemId.isEmpty() || m_document->item().id != m_itemId)
        return false;
    VerdictRequest request;
    request.itemId = m_itemId;
    request.annotator = m_annotator;
    request.verdict = verdict;
    request.comment = comment;
    request.annotationId = selectedAnnotationId();
    if (!request.annotationId.isEmpty())
        request.anchor = place;
    const bool hadLayer = !m_document->annotations().isEmpty();
    const auto given = Commands::setVerdict(*m_document, request);
    if (!given) {
        Q_EMIT failed(given.error().message());
        return false;
    }
    const QString who = personName(m_annotator);
    switch (verdict) {
    case Verdict::Accepted: Q_EMIT message(tr("%1's work is accepted.").arg(who)); break;
    case Verdict::Rejected: Q_EMIT message(tr("The item goes back to %1 with your comment.").arg(who)); break;
    case Verdict::Corrected:
        if (!hadLayer && !m_document->annotations().isEmpty())
            Q_EMIT message(tr("%1's work is accepted with your fix. Your layer now holds a copy of "
                              "their work: correct it there.")
                                   .arg(who));
        else
            Q_EMIT message(tr("%1's work is accepted with your fix.").arg(who));
        break;
    }
    return true;
}

bool ReviewPanel::accept()
{
    return give(Verdict::Accepted, {});
}

bool ReviewPanel::fixAndAccept()
{
    return give(Verdict::Corrected, {});
}

bool ReviewPanel::reject(const QString &comment, const QJsonObject &place)
{
    return give(Verdict::Rejected, comment, place);
}

void ReviewPanel::askRejection()
{
    if (!m_accept->isEnabled() || m_rejectDialog)
        return;
    const QListWidgetItem *row = m_annotations->currentItem();
    const QString about = row && !row->data(kAnnotationRole).toString().isEmpty() ? row->text() : QString();
    // Where on that annotation the reviewer is in the editor: the frame shown, the words
    // selected. Asked now, as the dialog takes the keyboard from the editor.
    std::pair<QJsonObject, QString> place;
    if (const QString id = selectedAnnotationId(); !id.isEmpty() && m_placeFinder)
        if (const auto a = m_store.annotation(id))
            place = m_placeFinder(*a);
    if (place.first.isEmpty())
        place.second.clear();
    auto *dialog = new RejectDialog(personName(m_annotator), about, place.second,
                                    m_task ? m_task->schema.review().quickComments : QStringList(),
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, anchor = place.first] {
        reject(dialog->comment(), dialog->namesPlace() ? anchor : QJsonObject());
    });
    m_rejectDialog = dialog;
    dialog->open();
}

QString ReviewPanel::personName(const QString &profileId) const
{
    const auto p = m_store.findProfile(profileId);
    return p ? p->name : profileId;
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        arrangeButtons();
}

void ReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The room for the buttons is the scroll area's viewport: narrower by the scroll bar when
    // that shows, and resized after the panel itself. The buttons' own widths change with the
    // text size and the language, which asks the content for a new layout.
    if ((watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        || (watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest))
        arrangeButtons();
    return QWidget::eventFilter(watched, event);
}

void ReviewPanel::arrangeButtons()
{
    if (!m_buttons)
        return;
    const int gap = std::max(m_buttons->horizontalSpacing(), 0);
    const int accept = m_acceptButton->sizeHint().width();
    const int reject = m_rejectButton->sizeHint().width();
    const int fix = m_fixButton->sizeHint().width();
    const int room = m_scroll->viewport()->width() - 8; // the content's margins
    const int columns = accept + reject + fix + 2 * gap <= room ? 3
                        : accept + reject + gap <= room  ? 2
                                                         : 1;
    if (columns == m_buttonColumns)
        return;
    m_buttonColumns = columns;
    for (QPushButton *b : {m_acceptButton, m_rejectButton, m_fixButton})
        m_buttons->removeWidget(b);
    // Three in a row; else Accept and Reject above a wide Fix and accept; else one column.
    m_buttons->addWidget(m_acceptButton, 0, 0);
    m_buttons->addWidget(m_rejectButton, columns == 1 ? 1 : 0, columns == 1 ? 0 : 1);
    if (columns == 3)
        m_buttons->addWidget(m_fixButton, 0, 2);
    else
        m_buttons->addWidget(m_fixButton, columns == 1 ? 2 : 1, 0, 1, columns);
}

void ReviewPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions(); // hidden, its keys do nothing
}

void ReviewPanel::retranslate()
{
    m_queueLabel->setText(tr("Re&view queue"));
    m_workLabel->setText(tr("Their annotations (read-only)"));
    m_queue->setAccessibleName(tr("Review queue"));
    m_annotations->setAccessibleName(tr("Their annotations (read-only)"));
    ActionText::describe(m_accept, tr("&Accept"), tr("Accept this person's work on the item"));
    ActionText::describe(m_reject, tr("&Reject\u2026"),
                         tr("Send the item back with a comment, about the chosen annotation or "
                            "the whole item"));
    m_fixButton->setProperty(kShortText, tr("Fix and accept", "the review panel's button: keep it "
                                                              "short, the column is narrow"));
    ActionText::describe(m_fix, tr("&Fix and accept"),
                         tr("Accept with your own correction in your layer. With nothing in "
                            "your layer yet, their work is copied into it to correct; theirs "
                            "stays as it was"));
    refresh();
}

} // namespace annostraat
