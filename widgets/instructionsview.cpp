// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructionsview.h"

#include <QImage>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

namespace annostraat {

namespace {
/// Where a picture's own size is kept once it was read, so fitting again starts from it.
constexpr int kNaturalSize = QTextFormat::UserProperty + 1;

QSize naturalSize(const QVariant &resource)
{
    if (resource.metaType().id() == QMetaType::QImage)
        return resource.value<QImage>().size();
    if (resource.metaType().id() == QMetaType::QPixmap)
        return resource.value<QPixmap>().size();
    if (resource.metaType().id() == QMetaType::QByteArray)
        return QImage::fromData(resource.toByteArray()).size();
    return {};
}
} // namespace

InstructionsView::InstructionsView(QWidget *parent) : QTextBrowser(parent) {}

void InstructionsView::showMarkdown(const QString &markdown)
{
    setMarkdown(markdown);
    calmHeadings();
    m_fittedWidth = -1;
    fitPictures();
}

void InstructionsView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitPictures();
}

void InstructionsView::calmHeadings()
{
    // Markdown headings at a calm size: one step up for the title, the rest bold at text size.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat format;
        format.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 1 : 0);
        format.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(format);
    }
}

void InstructionsView::fitPictures()
{
    // The room a picture has: the column less the document's margins and a scroll bar that may
    // come with a long text.
    const int room = std::max(32, viewport()->width() - 2 * int(document()->documentMargin())
                                          - (verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width()));
    if (room == m_fittedWidth)
        return;
    m_fittedWidth = room;
    struct Picture
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Picture> pictures;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                pictures << Picture{fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()};
        }
    for (Picture &picture : pictures) {
        QSize natural = picture.format.property(kNaturalSize).toSize();
        if (!natural.isValid()) {
            natural = naturalSize(document()->resource(QTextDocument::ImageResource, QUrl(picture.format.name())));
            if (!natural.isValid() || natural.isEmpty())
                continue; // not there: Qt shows its own mark
            picture.format.setProperty(kNaturalSize, natural);
        }
        const double scale = std::min(1.0, double(room) / natural.width());
        picture.format.setWidth(natural.width() * scale);
        picture.format.setHeight(natural.height() * scale);
        QTextCursor cursor(document());
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(picture.format);
    }
}

} // namespace annostraat
