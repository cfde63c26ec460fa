// SPDX-License-Identifier: GPL-3.0-or-later
#include "texteditor.h"

#include "document/itemdocument.h"
#include "editor/mediamessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

namespace annostraat {

TextEditor::TextEditor(EditorEnvironment environment, QObject *parent)
    : MediaEditor(std::move(environment), parent)
{
    m_widget = new QWidget;
    m_widget->setObjectName(QStringLiteral("textEditor"));
    m_stack = new QStackedLayout(m_widget);
    m_text = new QPlainTextEdit(m_widget);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(12);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_message = new MediaMessage(m_widget);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_message);
}

TextEditor::~TextEditor()
{
    delete m_widget.data();
}

QWidget *TextEditor::widget() const
{
    return m_widget;
}

QString TextEditor::text() const
{
    return m_problem.isEmpty() ? m_text->toPlainText() : QString();
}

void TextEditor::showDocument(ItemDocument *document)
{
    m_problem.clear();
    m_text->clear();
    m_stack->setCurrentWidget(m_text);
    if (!document)
        return;
    const QString path = mediaPath(document->item());
    const QFileInfo info(path);
    if (!info.exists())
        return showProblem(MediaMessage::missingFile(path));
    if (info.size() > kMaxTextBytes)
        return showProblem(tr("This text is too large to show:\n%1").arg(QDir::toNativeSeparators(path))
                           + QLatin1String("\n\n") + tr("You can flag the item or skip it."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showProblem(MediaMessage::unreadableFile(path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(file.readAll());
    if (decoder.hasError())
        return showProblem(MediaMessage::unreadableFile(path, tr("the text is not valid UTF-8")));
    m_text->setPlainText(text);
    // Always from the top: the page may be laid out (and wrapped) again once it is shown.
    m_text->moveCursor(QTextCursor::Start);
    QTimer::singleShot(0, m_text, [view = m_text] { view->verticalScrollBar()->setValue(0); });
}

void TextEditor::showProblem(const QString &text)
{
    m_problem = text;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

bool TextEditor::takeFocus()
{
    // A text to read takes no keys: digits keep answering the questions beside it.
    return false;
}

void TextEditor::retranslate()
{
    if (!m_problem.isEmpty() && document())
        showDocument(document());
}

} // namespace annostraat
