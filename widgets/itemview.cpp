// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemview.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace annostraat {

/// Paints one image scaled to fit, centred, keeping its aspect ratio.
class ImagePane : public QWidget
{
public:
    explicit ImagePane(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(160, 120);
        setFocusPolicy(Qt::NoFocus);
    }

    void setImage(QImage image)
    {
        m_image = std::move(image);
        m_scaled = {};
        update();
    }
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Base));
        if (m_image.isNull())
            return;
        const QSize target = m_image.size().scaled(size() - QSize(16, 16), Qt::KeepAspectRatio);
        if (m_scaled.size() != target)
            m_scaled = m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QPoint topLeft((width() - m_scaled.width()) / 2, (height() - m_scaled.height()) / 2);
        painter.drawImage(topLeft, m_scaled);
    }

private:
    QImage m_image;
    QImage m_scaled;
};

ItemView::ItemView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_empty = new QWidget(this);
    m_image = new ImagePane(this);
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
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_text);
    m_stack->addWidget(messagePage);
}

void ItemView::clear()
{
    m_item = {};
    m_problem = Problem::None;
    m_image->setImage({});
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

    QImageReader reader(item.mediaPath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxDecodedSide || size.height() > kMaxDecodedSide))
        reader.setScaledSize(size.scaled(kMaxDecodedSide, kMaxDecodedSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return showProblem(Problem::Unreadable, reader.errorString());
    m_image->setImage(std::move(image));
    m_shown = Shown::Image;
    m_stack->setCurrentWidget(m_image);
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

const QImage &ItemView::image() const
{
    return m_image->image();
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
