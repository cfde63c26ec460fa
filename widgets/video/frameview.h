// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The video editor's picture: the decoded frame scaled to fit (never cropped), letterboxed in
// the theme's window colour, with a short line while the video is being indexed. It takes the
// keyboard for the editor: its actions (frame steps, I/O, M, labels) are shortcuts of this
// widget, so the locator table and the lists keep their own arrow keys.

#include <QImage>
#include <QWidget>

namespace annostraat {

class FrameView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameView(QWidget *parent = nullptr);

    void setFrame(qint64 frame, const QImage &image);
    qint64 shownFrame() const { return m_frame; }
    const QImage &image() const { return m_image; }
    void clear();
    /// A line shown over the picture ("Indexing the video… 40%"); empty hides it.
    void setOverlay(const QString &text);
    const QString &overlay() const { return m_overlay; }

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QImage m_image;
    qint64 m_frame = -1;
    QString m_overlay;
};

} // namespace annostraat
