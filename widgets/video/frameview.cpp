// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameview.h"

#include <QPainter>

namespace annostraat {

FrameView::FrameView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("videoFrame"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FrameView::setFrame(qint64 frame, const QImage &image)
{
    m_frame = frame;
    m_image = image;
    update();
}

void FrameView::clear()
{
    m_frame = -1;
    m_image = QImage();
    m_overlay.clear();
    update();
}

void FrameView::setOverlay(const QString &text)
{
    if (text == m_overlay)
        return;
    m_overlay = text;
    update();
}

void FrameView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (!m_image.isNull()) {
        QSizeF size = m_image.size();
        size.scale(QSizeF(width(), height()), Qt::KeepAspectRatio);
        const QRectF target((width() - size.width()) / 2, (height() - size.height()) / 2,
                            size.width(), size.height());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
    }
    if (!m_overlay.isEmpty()) {
        const QRect box = rect().adjusted(12, 12, -12, -12);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_overlay);
    }
    if (hasFocus()) {
        // A visible focus mark: the picture has the keyboard.
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void FrameView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void FrameView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace annostraat
