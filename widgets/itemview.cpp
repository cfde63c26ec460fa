// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemview.h"

#include "canvas/imagecanvas.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace annostraat {

ItemView::ItemView(ImageCache *cache, QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_empty = new QWidget(this);
    m_canvas = new ImageCanvas(cache, this);
    m_canvas->setObjectName(QStringLiteral("imageCanvas"));
    // A decode that fails after the header was fine: the canvas shows its error tile, and the
    // view reports it like any other problem.
    connect(m_canvas, &ImageCanvas::failed, this, [this](const QString &message) {
        if (m_shown != Shown::Image)
            return;
        m_problem = Problem::Unreadable;
        m_problemDetail = message;
        m_shown = Shown::Message;
        retranslate();
    });
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(12);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_message = new QLabel(messagePage);
    m_message->setObjectName(QStringLiteral("itemMessage"));
    m_message->setProperty("role", QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addStretch();

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_text);
    m_stack->addWidget(messagePage);
}

void ItemView::clear()
{
    m_item = {};
    m_problem = Problem::None;
    m_canvas->clear();
    m_text->clear();
    m_shown = Shown::Nothing;
    m_stack->setCurrentWidget(m_empty);
}

void ItemView::showItem(const Item &item)
{
    clear();
    m_item = item;
    const QFileInfo info(item.mediaPath);
    if (item.kind == MediaKind::Video)
        return showProblem(Problem::Video);
    if (item.kind == MediaKind::ImagePair)
        return showProblem(Problem::ImagePair);
    if (!info.exists())
        return showProblem(Problem::Missing);

    if (item.kind == MediaKind::Text) {
        if (info.size() > kMaxTextBytes)
            return showProblem(Problem::TooLarge);
        QFile file(item.mediaPath);
        if (!file.open(QIODevice::ReadOnly))
            return showProblem(Problem::Unreadable, file.errorString());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(file.readAll());
        if (decoder.hasError())
            return showProblem(Problem::Unreadable, tr("the text is not valid UTF-8"));
        m_text->setPlainText(text);
        m_shown = Shown::Text;
        m_stack->setCurrentWidget(m_text);
        // Always from the top: the page may be laid out (and wrapped) again once it is shown.
        m_text->moveCursor(QTextCursor::Start);
        QTimer::singleShot(0, m_text, [text = m_text] { text->verticalScrollBar()->setValue(0); });
        return;
    }
    if (item.kind != MediaKind::Image)
        return showProblem(Problem::Unknown);

    // Only the header is read here (cheap, and it catches files that are no image at all);
    // the canvas decodes in the background.
    QImageReader reader(item.mediaPath);
    if (!reader.canRead() || !reader.size().isValid())
        return showProblem(Problem::Unreadable, reader.errorString());
    m_shown = Shown::Image;
    m_stack->setCurrentWidget(m_canvas);
    m_canvas->setImage(item.mediaPath);
}

void ItemView::showProblem(Problem problem, const QString &detail)
{
    m_problem = problem;
    m_problemDetail = detail;
    m_shown = Shown::Message;
    m_stack->setCurrentIndex(3);
    retranslate();
}

QString ItemView::message() const
{
    return m_shown == Shown::Message ? m_message->text() : QString();
}


QString ItemView::text() const
{
    return m_shown == Shown::Text ? m_text->toPlainText() : QString();
}

void ItemView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ItemView::retranslate()
{
    const QString path = QDir::toNativeSeparators(m_item.mediaPath);
    QString text;
    switch (m_problem) {
    case Problem::None:
        return;
    case Problem::Missing:
        text = tr("The file of this item is not on this computer:\n%1").arg(path);
        break;
    case Problem::Unreadable:
        text = tr("This file cannot be shown:\n%1\n(%2)").arg(path, m_problemDetail);
        break;
    case Problem::TooLarge:
        text = tr("This text is too large to show:\n%1").arg(path);
        break;
    case Problem::Video:
        text = tr("Video is not yet supported in this version.\n%1").arg(path);
        break;
    case Problem::ImagePair:
        text = tr("Image pairs are not yet supported in this version.\n%1").arg(path);
        break;
    case Problem::Unknown:
        text = tr("This version cannot show this kind of file:\n%1").arg(path);
        break;
    }
    if (m_problem != Problem::Video && m_problem != Problem::ImagePair)
        text += QLatin1String("\n\n") + tr("You can flag the item or skip it.");
    else
        text += QLatin1String("\n\n") + tr("You can still answer the questions, or skip the item.");
    m_message->setText(text);
}

} // namespace annostraat
