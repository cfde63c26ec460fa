// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The form questions of the task (rating, choice, free text, A/B) for the open item. Each
// answer is an "answer" annotation in the user's layer (label = question id, value =
// {"answer": …}); answering again edits that annotation, so every answer is one undo step.
// Keyboard: Tab reaches each question once; digits (ratings, choices) and A/B pick an answer;
// the arrow keys move between the options; a text answer is kept on Enter or on leaving it.

#include "document/itemdocument.h"
#include "model/entities.h"

#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
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

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

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
    void answer(const QString &questionId, const QJsonValue &value);
    void commitText(Row &row);
    std::optional<Annotation> currentAnswer(const QString &questionId) const;
    QString hintFor(const QuestionSpec &question) const;

    QPointer<ItemDocument> m_document;
    QString m_builtForTask;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QList<Row> m_rows;
    QList<QWidget *> m_rowWidgets;
};

} // namespace annostraat
