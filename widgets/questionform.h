// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The form questions of the task (rating, choice, multichoice, free text, A/B) for the open
// item. Only the questions asked for the item are shown (its media kind, the labels drawn, the
// earlier answers: model/questions.h), and the form follows every change, undo and redo
// included. Each answer is an "answer" annotation in the user's layer (label = question id,
// value = {"answer": …}) written through Commands::setAnswer, so every answer is one undo
// step, together with the answers it makes unasked.
// Keyboard: Tab reaches each shown question once; the key beside each answer picks it (digits
// for ratings and choices, letters for multichoice and beyond nine choices, A/B); the arrow
// keys move between the options; a text answer is kept on Enter or on leaving it. Required
// questions say so in their title.
// Text typed and not yet kept is written to the store as a draft (Store::setDraft) at most
// kDraftDelayMs after the first key: a crash loses at most that much typing, and the draft is
// back in its field when the item opens again.

#include "document/itemdocument.h"
#include "model/entities.h"

#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTimer;
class QVBoxLayout;

namespace annostraat {

class ButtonRow;

class QuestionForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionForm(QWidget *parent = nullptr);

    void setDocument(ItemDocument *document);
    /// Writes a text answer that is typed but not yet confirmed (before leaving the item).
    void commitPending();
    /// The editor of a question (its objectName is "question-<id>"), or nullptr.
    QWidget *editor(const QString &questionId) const;
    int questionCount() const { return int(m_rows.size()); }
    /// How long typed text waits at most before it is kept as a draft.
    static constexpr int kDraftDelayMs = 500;
    /// The questions shown for the open item, in order.
    QStringList visibleQuestionIds() const;
    /// The editor of the first question shown, or nullptr.
    QWidget *firstEditor() const;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    struct Row
    {
        QString id;
        int type = 0;
        QLabel *title = nullptr;
        QLabel *hint = nullptr;
        ButtonRow *buttons = nullptr;
        QLineEdit *line = nullptr;
    };

    void rebuild();
    void refresh();
    void retranslate();
    void updateEmpty();
    void answer(const QString &questionId, const QJsonValue &value);
    void commitText(Row &row);
    void saveDrafts();
    void restoreDrafts();
    void setDraft(const QString &questionId, const QString &text);
    std::optional<Annotation> currentAnswer(const QString &questionId) const;
    QString hintFor(const QuestionSpec &question) const;

    QPointer<ItemDocument> m_document;
    QString m_builtForTask;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QList<Row> m_rows;
    QList<QWidget *> m_rowWidgets;
    QTimer *m_draftTimer = nullptr;
};

} // namespace annostraat
