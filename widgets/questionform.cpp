// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionform.h"

#include "buttonrow.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/questions.h"
#include "model/schemachecks.h"
#include "store/store.h"

#include <QEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace annostraat {

namespace {

QString keyName(int key)
{
    return key >= Qt::Key_A && key <= Qt::Key_Z ? QString(QLatin1Char(char('a' + key - Qt::Key_A)))
                                                : QString(QLatin1Char(char('0' + key - Qt::Key_0)));
}

/// An option that shows its key beside its text.
ButtonRow::Option keyedOption(const QString &text, std::optional<int> key)
{
    if (!key)
        return {text, QJsonValue(text), {}};
    return {QStringLiteral("%1  %2").arg(keyName(*key), text), QJsonValue(text), {*key}};
}

} // namespace

QuestionForm::QuestionForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("questionForm"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(6);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    // Not restarted by every key: while someone types on, the draft is kept all the same.
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &QuestionForm::saveDrafts);
    retranslate();
}

void QuestionForm::setDocument(ItemDocument *document)
{
    commitPending();
    m_draftTimer->stop();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ItemDocument::annotationChanged, this, &QuestionForm::refresh);
    const QString taskId = m_document ? m_document->task().id : QString();
    if (taskId != m_builtForTask || !m_document)
        rebuild();
    refresh();
    restoreDrafts();
}

QWidget *QuestionForm::editor(const QString &questionId) const
{
    for (const Row &row : m_rows)
        if (row.id == questionId)
            return row.buttons ? static_cast<QWidget *>(row.buttons)
                               : static_cast<QWidget *>(row.line);
    return nullptr;
}

void QuestionForm::rebuild()
{
    for (QWidget *w : std::as_const(m_rowWidgets)) {
        // A line edit that loses focus while going away must not write to the next item.
        w->hide();
        const auto children = w->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->blockSignals(true);
        w->deleteLater();
    }
    m_rowWidgets.clear();
    m_rows.clear();
    m_builtForTask = m_document ? m_document->task().id : QString();

    const QList<QuestionSpec> questions =
            m_document ? m_document->task().schema.questions() : QList<QuestionSpec>();
    int insertAt = m_layout->indexOf(m_empty) + 1;
    for (const QuestionSpec &q : questions) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 6, 0, 10);
        layout->setSpacing(6);
        Row row;
        row.id = q.id;
        row.type = int(q.type);
        row.title = new QLabel(box);
        row.title->setWordWrap(true);
        row.title->setProperty("role", QStringLiteral("question"));
        layout->addWidget(row.title);

        QList<ButtonRow::Option> options;
        int columns = 2;
        // The keys of the answers come from core, where the schema checks see them too
        // (model/schemachecks.h: choices 1–9 then a–z, multichoice a–z, ratings their digit).
        const QList<AnswerKey> keys = answerKeys(q);
        switch (q.type) {
        case QuestionSpec::Type::Rating:
            // The digit is the rating itself, so the button shows only that.
            for (const AnswerKey &key : keys)
                options << ButtonRow::Option{QString::number(key.answer.toInt()), key.answer,
                                             key.keys};
            columns = int(options.size());
            break;
        case QuestionSpec::Type::Choice:
        case QuestionSpec::Type::MultiChoice:
            for (const AnswerKey &key : keys) {
                const std::optional<int> first =
                        key.keys.isEmpty() ? std::nullopt : std::optional<int>(key.keys.first());
                options << keyedOption(key.answer.toString(), first);
            }
            if (q.type == QuestionSpec::Type::MultiChoice)
                columns = 1;
            break;
        case QuestionSpec::Type::AB:
            for (const AnswerKey &key : keys)
                options << ButtonRow::Option{key.answer == QJsonValue(QStringLiteral("same"))
                                                     ? tr("= No difference")
                                                     : key.answer.toString(),
                                             key.answer, key.keys};
            // One row: in a grid of two, "no difference" below A widened A's column.
            columns = int(options.size());
            break;
        case QuestionSpec::Type::Text:
            break;
        }
        if (q.type == QuestionSpec::Type::Text) {
            row.line = new QLineEdit(box);
            row.line->setObjectName(QStringLiteral("question-") + q.id);
            connect(row.line, &QLineEdit::editingFinished, this, [this, id = q.id] {
                for (Row &r : m_rows)
                    if (r.id == id)
                        commitText(r);
            });
            connect(row.line, &QLineEdit::textEdited, this, [this] {
                if (!m_draftTimer->isActive())
                    m_draftTimer->start();
            });
            layout->addWidget(row.line);
            row.title->setBuddy(row.line);
        } else {
            row.buttons =
                    new ButtonRow(options, columns,
                                  q.type == QuestionSpec::Type::MultiChoice ? ButtonRow::Mode::Many
                                                                            : ButtonRow::Mode::One,
                                  box);
            row.buttons->setObjectName(QStringLiteral("question-") + q.id);
            connect(row.buttons, &ButtonRow::picked, this,
                    [this, id = q.id](const QJsonValue &value) { answer(id, value); });
            layout->addWidget(row.buttons);
            row.title->setBuddy(row.buttons);
        }
        row.hint = new QLabel(box);
        row.hint->setWordWrap(true);
        row.hint->setProperty("role", QStringLiteral("muted"));
        layout->addWidget(row.hint);
        m_layout->insertWidget(insertAt++, box);
        m_rowWidgets << box;
        m_rows << row;
    }
    retranslate();
}

std::optional<Annotation> QuestionForm::currentAnswer(const QString &questionId) const
{
    if (!m_document)
        return std::nullopt;
    const QList<Annotation> annotations = m_document->annotations();
    for (const Annotation &a : annotations)
        if (a.kind == AnnotationKind::Answer && a.label == questionId)
            return a;
    return std::nullopt;
}

QStringList QuestionForm::visibleQuestionIds() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (!m_rowWidgets.at(i)->isHidden())
            ids << m_rows.at(i).id;
    return ids;
}

void QuestionForm::refresh()
{
    // One read of the layer decides what is asked and what each answer is.
    Questions::ItemState state;
    QSet<QString> asked;
    if (m_document) {
        state = Questions::ItemState::of(m_document->item().kind, m_document->annotations());
        for (const QuestionSpec *q : Questions::visibleQuestions(m_document->task().schema, state))
            asked.insert(q->id);
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        m_rowWidgets.at(i)->setHidden(!asked.contains(row.id));
        const QJsonValue value = state.answers.value(row.id);
        if (row.buttons) {
            row.buttons->setValue(value);
        } else if (row.line) {
            // Never overwrite what the user is typing right now, nor a draft brought back.
            if (row.line->isModified())
                continue;
            const QSignalBlocker block(row.line);
            row.line->setText(value.toString());
        }
    }
    // The form takes the keyboard only to hand it to its first shown question (focusInEvent):
    // the panel's mnemonic (its label's buddy is the form) puts it there. Click focus only, so
    // the form is no Tab stop of its own.
    setFocusPolicy(firstEditor() ? Qt::ClickFocus : Qt::NoFocus);
    updateEmpty();
}

QWidget *QuestionForm::firstEditor() const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (!m_rowWidgets.at(i)->isHidden())
            return m_rows.at(i).buttons ? static_cast<QWidget *>(m_rows.at(i).buttons)
                                        : static_cast<QWidget *>(m_rows.at(i).line);
    return nullptr;
}

void QuestionForm::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (QWidget *first = firstEditor())
        first->setFocus(event->reason());
}

void QuestionForm::updateEmpty()
{
    if (!m_document)
        m_empty->setText(tr("No item is open."));
    else if (m_rows.isEmpty())
        m_empty->setText(tr("This task has no questions."));
    else
        m_empty->setText(tr("There are no questions for this item."));
    m_empty->setVisible(visibleQuestionIds().isEmpty());
}

void QuestionForm::answer(const QString &questionId, const QJsonValue &value)
{
    if (!m_document)
        return;
    if (auto r = Commands::setAnswer(*m_document, questionId, value); !r)
        Q_EMIT failed(r.error().message());
    refresh();
}

void QuestionForm::commitText(Row &row)
{
    if (!m_document || !row.line)
        return;
    const QString text = row.line->text().trimmed();
    const auto existing = currentAnswer(row.id);
    const QString stored =
            existing ? existing->value.value(QStringLiteral("answer")).toString() : QString();
    row.line->setModified(false);
    setDraft(row.id, QString());
    if (text == stored)
        return;
    answer(row.id, text); // empty text removes the answer
}

void QuestionForm::commitPending()
{
    m_draftTimer->stop();
    for (Row &row : m_rows)
        if (row.line && row.line->isModified())
            commitText(row);
}

void QuestionForm::setDraft(const QString &questionId, const QString &text)
{
    if (!m_document)
        return;
    if (auto r = m_document->store().setDraft(m_document->item().id, m_document->user().id,
                                              QStringLiteral("answer/") + questionId, text);
        !r)
        Q_EMIT failed(r.error().message());
}

void QuestionForm::saveDrafts()
{
    for (const Row &row : std::as_const(m_rows))
        if (row.line && row.line->isModified())
            setDraft(row.id, row.line->text());
}

void QuestionForm::restoreDrafts()
{
    if (!m_document)
        return;
    const QHash<QString, QString> drafts =
            m_document->store().drafts(m_document->item().id, m_document->user().id);
    for (Row &row : m_rows) {
        const auto draft = drafts.constFind(QStringLiteral("answer/") + row.id);
        if (!row.line || draft == drafts.constEnd())
            continue;
        if (draft.value() == row.line->text()) { // kept as the answer after all
            setDraft(row.id, QString());
            continue;
        }
        // Back in its field as typed, not yet the answer: Enter or leaving the field keeps it.
        const QSignalBlocker block(row.line);
        row.line->setText(draft.value());
        row.line->setModified(true);
    }
}

QString QuestionForm::hintFor(const QuestionSpec &q) const
{
    switch (q.type) {
    case QuestionSpec::Type::Rating:
        if (q.min >= 0 && q.max <= 9)
            return tr("Keys %1 to %2 choose a rating.").arg(q.min).arg(q.max);
        return tr("Choose a rating with the mouse or the arrow keys and Space.");
    case QuestionSpec::Type::Choice:
        if (q.choices.size() <= 9)
            return tr("Keys 1 to %1 choose an answer.").arg(q.choices.size());
        return tr("The key beside an answer chooses it.");
    case QuestionSpec::Type::MultiChoice:
        if (q.max < q.choices.size())
            return tr("The letter beside an answer ticks or unticks it; tick at most %n.", nullptr,
                      q.max);
        return tr("The letter beside an answer ticks or unticks it; tick all that apply.");
    case QuestionSpec::Type::AB:
        return q.noDifference ? tr("Key A or B chooses; = or 0: no difference.") : tr("Key A or B chooses.");
    case QuestionSpec::Type::Text:
        return tr("Kept when you press Enter or leave the field.");
    }
    return {};
}

void QuestionForm::retranslate()
{
    updateEmpty();
    if (!m_document)
        return;
    const Schema &schema = m_document->task().schema;
    for (Row &row : m_rows) {
        const QuestionSpec *q = schema.question(row.id);
        if (!q)
            continue;
        // Required is said in words, not by colour alone.
        const QString name = Questions::displayName(*q);
        row.title->setText(q->required ? tr("%1 (required)").arg(name) : name);
        row.hint->setText(hintFor(*q));
        if (row.line)
            row.line->setPlaceholderText(tr("Type your answer here"));
    }
}

void QuestionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace annostraat
