// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionform.h"

#include "document/commands.h"
#include "document/itemdocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace annostraat {

/// A row of checkable buttons of which at most one is on: one answer of a rating, choice or
/// A/B question. Tab enters the row once (on the chosen button, or the first); the arrow keys
/// move between the buttons, and each button's key (a digit, or A/B) picks it at once.
class ButtonRow : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        QString text;
        QJsonValue value;
        QList<int> keys;
    };

    ButtonRow(const QList<Option> &options, int columns, QWidget *parent)
        : QWidget(parent)
        , m_options(options)
    {
        auto *grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(8);
        for (qsizetype i = 0; i < options.size(); ++i) {
            auto *button = new QPushButton(options.at(i).text, this);
            button->setCheckable(true);
            button->setAutoDefault(false);
            button->setMinimumWidth(48);
            button->installEventFilter(this);
            connect(button, &QPushButton::clicked, this, [this, i] { pick(int(i)); });
            grid->addWidget(button, int(i) / columns, int(i) % columns);
            m_buttons << button;
        }
        grid->setColumnStretch(columns, 1);
        updateFocusPolicies();
    }

    /// Shows \a value as the chosen option (none when it matches no option); emits nothing.
    void setValue(const QJsonValue &value)
    {
        m_current = -1;
        for (qsizetype i = 0; i < m_options.size(); ++i)
            if (m_options.at(i).value == value)
                m_current = int(i);
        for (qsizetype i = 0; i < m_buttons.size(); ++i)
            m_buttons.at(i)->setChecked(i == m_current);
        updateFocusPolicies();
    }
    int current() const { return m_current; }

Q_SIGNALS:
    void picked(const QJsonValue &value);

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!handleKey(event))
            QWidget::keyPressEvent(event);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
            return true;
        // A digit or letter that answers this question is this question's, even where the
        // same key is a shortcut elsewhere (a label hotkey on the image): claim it first.
        if (event->type() == QEvent::ShortcutOverride && claims(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride && claims(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return QWidget::event(event);
    }

private:
    bool claims(const QKeyEvent *event) const
    {
        if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return false;
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
            return true;
        for (const Option &option : m_options)
            if (option.keys.contains(event->key()))
                return true;
        return false;
    }

    bool handleKey(QKeyEvent *event)
    {
        if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return false;
        const int focused = int(m_buttons.indexOf(qobject_cast<QPushButton *>(focusWidget())));
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
            const int from = focused >= 0 ? focused : qMax(m_current, 0);
            const int to = qBound(0, from + (event->key() == Qt::Key_Left ? -1 : 1),
                                  int(m_buttons.size()) - 1);
            m_buttons.at(to)->setFocus(Qt::OtherFocusReason);
            return true;
        }
        for (qsizetype i = 0; i < m_options.size(); ++i) {
            if (m_options.at(i).keys.contains(event->key())) {
                m_buttons.at(i)->setFocus(Qt::OtherFocusReason);
                pick(int(i));
                return true;
            }
        }
        return false;
    }

    void pick(int index)
    {
        // Show the last confirmed answer until the document says it changed.
        for (qsizetype i = 0; i < m_buttons.size(); ++i)
            m_buttons.at(i)->setChecked(i == m_current);
        Q_EMIT picked(m_options.at(index).value);
    }

    void updateFocusPolicies()
    {
        const int tabStop = m_current >= 0 ? m_current : 0;
        for (qsizetype i = 0; i < m_buttons.size(); ++i)
            m_buttons.at(i)->setFocusPolicy(i == tabStop ? Qt::StrongFocus : Qt::ClickFocus);
        if (!m_buttons.isEmpty())
            setFocusProxy(m_buttons.at(tabStop));
    }

    QList<Option> m_options;
    QList<QPushButton *> m_buttons;
    int m_current = -1;
};

namespace {

int digitKey(int digit)
{
    return Qt::Key_0 + digit;
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
    retranslate();
}

void QuestionForm::setDocument(ItemDocument *document)
{
    commitPending();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ItemDocument::annotationChanged, this, &QuestionForm::refresh);
    const QString taskId = m_document ? m_document->task().id : QString();
    if (taskId != m_builtForTask || !m_document)
        rebuild();
    refresh();
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
    m_empty->setVisible(questions.isEmpty());
    int insertAt = m_layout->indexOf(m_empty) + 1;
    for (const QuestionSpec &q : questions) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 6, 0, 10);
        layout->setSpacing(6);
        Row row;
        row.id = q.id;
        row.type = int(q.type);
        row.title = new QLabel(q.text.isEmpty() ? q.id : q.text, box);
        row.title->setWordWrap(true);
        row.title->setProperty("role", QStringLiteral("question"));
        layout->addWidget(row.title);

        QList<ButtonRow::Option> options;
        int columns = 0;
        switch (q.type) {
        case QuestionSpec::Type::Rating:
            for (int v = q.min; v <= q.max; ++v) {
                ButtonRow::Option o{QString::number(v), QJsonValue(v), {}};
                if (v >= 0 && v <= 9)
                    o.keys << digitKey(v);
                options << o;
            }
            columns = int(options.size());
            break;
        case QuestionSpec::Type::Choice:
            for (qsizetype i = 0; i < q.choices.size(); ++i) {
                ButtonRow::Option o{q.choices.at(i), QJsonValue(q.choices.at(i)), {}};
                if (i < 9)
                    o.keys << digitKey(int(i) + 1);
                options << o;
            }
            columns = 2;
            break;
        case QuestionSpec::Type::AB:
            options << ButtonRow::Option{QStringLiteral("A"),
                                         QJsonValue(QStringLiteral("A")),
                                         {Qt::Key_A, Qt::Key_1}}
                    << ButtonRow::Option{QStringLiteral("B"),
                                         QJsonValue(QStringLiteral("B")),
                                         {Qt::Key_B, Qt::Key_2}};
            columns = 2;
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
            layout->addWidget(row.line);
            row.title->setBuddy(row.line);
        } else {
            row.buttons = new ButtonRow(options, columns, box);
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

void QuestionForm::refresh()
{
    for (Row &row : m_rows) {
        const auto current = currentAnswer(row.id);
        const QJsonValue value =
                current ? current->value.value(QStringLiteral("answer")) : QJsonValue();
        if (row.buttons) {
            row.buttons->setValue(value);
        } else if (row.line) {
            // Never overwrite what the user is typing right now.
            if (row.line->hasFocus() && row.line->isModified())
                continue;
            const QSignalBlocker block(row.line);
            row.line->setText(value.toString());
        }
    }
}

void QuestionForm::answer(const QString &questionId, const QJsonValue &value)
{
    if (!m_document)
        return;
    const QJsonObject answerValue{{QStringLiteral("answer"), value}};
    Result<void> written;
    if (const auto existing = currentAnswer(questionId)) {
        written = Commands::setValue(*m_document, existing->id, answerValue);
    } else {
        auto added = Commands::addAnnotation(*m_document, AnnotationKind::Answer, questionId,
                                             answerValue);
        if (!added)
            written = added.error();
    }
    if (!written)
        Q_EMIT failed(written.error().message());
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
    if (text == stored)
        return;
    if (text.isEmpty()) {
        if (auto r = Commands::removeAnnotation(*m_document, existing->id); !r)
            Q_EMIT failed(r.error().message());
        refresh();
        return;
    }
    answer(row.id, text);
}

void QuestionForm::commitPending()
{
    for (Row &row : m_rows)
        if (row.line && row.line->isModified())
            commitText(row);
}

QString QuestionForm::hintFor(const QuestionSpec &q) const
{
    switch (q.type) {
    case QuestionSpec::Type::Rating:
        if (q.min >= 0 && q.max <= 9)
            return tr("Keys %1 to %2 choose a rating.").arg(q.min).arg(q.max);
        return tr("Choose a rating with the mouse or the arrow keys and Space.");
    case QuestionSpec::Type::Choice:
        return tr("Keys 1 to %1 choose an answer.").arg(qMin(int(q.choices.size()), 9));
    case QuestionSpec::Type::AB:
        return tr("Key A or B chooses.");
    case QuestionSpec::Type::Text:
        return tr("Kept when you press Enter or leave the field.");
    }
    return {};
}

void QuestionForm::retranslate()
{
    m_empty->setText(m_document ? tr("This task has no questions.") : tr("No item is open."));
    if (!m_document)
        return;
    const QList<QuestionSpec> questions = m_document->task().schema.questions();
    for (Row &row : m_rows) {
        for (const QuestionSpec &q : questions) {
            if (q.id != row.id)
                continue;
            row.hint->setText(hintFor(q));
            if (row.line)
                row.line->setPlaceholderText(tr("Type your answer here"));
        }
    }
}

void QuestionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace annostraat

#include "questionform.moc"
