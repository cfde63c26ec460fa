// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reviewer's panel beside any media editor (issue 12; decisions 0018 and 0020): the open
// task's review queue (core's ReviewQueue) with why each piece of work is in it and where it
// stands; the chosen person's annotations on the open item, read-only, to anchor a comment
// to; and the verdicts Accept, Reject… and Fix and accept as actions with keys.
//
// Design note. The panel never opens an item itself: choosing an entry asks for its item
// (itemChosen) and the work page opens it in whichever editor its kind has; the panel then gets
// the reviewer's document of that item (setDocument). Verdicts go through Commands::setVerdict
// on that document, so they sit on the item's undo stack with the reviewer's other steps and
// Ctrl+Z takes them back. What the panel shows comes from the store and the document's
// signals only.

#include "model/entities.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;

namespace annostraat {

class ItemDocument;
class RejectDialog;
struct ReviewEntry;
class Store;

class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(Store &store, QWidget *parent = nullptr);

    /// The open task (nullopt: none) and who reviews (a reviewer or team lead; anyone else
    /// gets an empty panel).
    void setTask(const std::optional<Task> &task, const std::optional<Profile> &reviewer);
    /// The reviewer's document of the open item (nullptr: none). When it is not the chosen
    /// entry's item, the first entry of that item is chosen (if it has one).
    void setDocument(ItemDocument *document);
    /// Reads the queue again (after a sync or a verdict), keeping the chosen entry.
    void refresh();

    /// The chosen entry: whose work on which item (empty when none).
    QString chosenItemId() const { return m_itemId; }
    QString chosenAnnotator() const { return m_annotator; }
    /// Chooses \a annotator's work on \a itemId; false when it is not in the queue.
    bool choose(const QString &itemId, const QString &annotator);
    /// The annotation of the chosen person's layer the next verdict is about (empty: the item).
    QString selectedAnnotationId() const;
    /// Where on annotation \a a the reviewer is now in the editor, and that place in words
    /// (MediaEditor::placeOn and describePlace); an empty object when nowhere in particular.
    using PlaceFinder = std::function<std::pair<QJsonObject, QString>(const Annotation &a)>;
    /// Set by the work page: a rejection about an annotation offers to name that place too.
    void setPlaceFinder(PlaceFinder finder) { m_placeFinder = std::move(finder); }

    QListWidget *queueList() const { return m_queue; }
    QListWidget *annotationList() const { return m_annotations; }
    QLabel *stateLabel() const { return m_state; }
    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }
    QAction *fixAction() const { return m_fix; }
    /// The verdict actions, in menu order.
    QList<QAction *> verdictActions() const;
    /// The open rejection dialog (nullptr when none).
    RejectDialog *rejectDialog() const;

    /// The verdicts, as the actions give them; false (with failed()) when refused.
    bool accept();
    /// Opens the dialog that asks for the comment; the verdict follows when it is confirmed.
    void askRejection();
    /// \a place: where on the chosen annotation (the verdict's anchor; empty: anywhere).
    bool reject(const QString &comment, const QJsonObject &place = {});
    bool fixAndAccept();

Q_SIGNALS:
    /// The reviewer chose work on \a itemId: the work page opens it.
    void itemChosen(const QString &itemId);
    /// The reviewer chose one of the person's annotations in the list (empty: the whole
    /// item): the work page shows it in the editor.
    void annotationChosen(const QString &annotationId);
    /// A short line for the status bar.
    void message(const QString &text);
    /// A verdict could not be written: the message names the item and the problem.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool give(Verdict verdict, const QString &comment, const QJsonObject &place = {});
    void fillQueue();
    void fillAnnotations();
    /// \a known: the chosen entry as just read (nullptr: read it).
    void updateState(const ReviewEntry *known = nullptr);
    /// The chosen entry's row, state and annotations again, without building the whole queue.
    void refreshChosen();
    void describeEntry(QListWidgetItem *row, const ReviewEntry &e) const;
    void updateActions();
    void retranslate();
    /// The verdict buttons side by side when they fit the panel's width, else two above the
    /// third, else one above the other (Dutch names, large text sizes).
    void arrangeButtons();
    QString personName(const QString &profileId) const;

    Store &m_store;
    std::optional<Task> m_task;
    std::optional<Profile> m_reviewer;
    QPointer<ItemDocument> m_document;
    QString m_itemId;
    QString m_annotator;

    QLabel *m_queueLabel = nullptr;
    QListWidget *m_queue = nullptr;
    QLabel *m_workLabel = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_annotations = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_fixButton = nullptr;
    QGridLayout *m_buttons = nullptr;
    int m_buttonColumns = 0;
    QScrollArea *m_scroll = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_fix = nullptr;
    QPointer<RejectDialog> m_rejectDialog;
    PlaceFinder m_placeFinder;
};

} // namespace annostraat
