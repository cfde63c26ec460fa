// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The image canvas: shows one image of any size with smooth zoom and pan.
//
// Design note. The canvas never holds a full-resolution decode. It asks core's ImageCache
// (core/media) for a reduced overview, which it shows at once, and then for the tiles of the
// pyramid level that matches the zoom for the visible area only; the cache decodes them in
// worker threads and keeps a byte-bounded LRU, so memory stays bounded whatever the image
// size. Everything drawn on top (annotations, a tool's preview) comes from CanvasLayer
// objects; pointer and key events go first to the CanvasInput (the active tool), in image
// coordinates, and only what it does not take is used for panning and zooming.
//
// Coordinates: "image" coordinates are pixels of the full-resolution image as it is shown,
// i.e. after its EXIF orientation; (0,0) is the top-left corner of the top-left pixel.

#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QTransform>
#include <QWidget>

#include <optional>

#include <memory>

class QMouseEvent;
class QKeyEvent;

namespace annostraat {

class ImageCache;
class ImageCanvas;

/// Something painted over the image, e.g. the annotations or a tool's preview. The painter
/// is in widget coordinates; use ImageCanvas::mapFromImage / imageToWidget() for positions.
class CanvasLayer
{
public:
    virtual ~CanvasLayer() = default;
    virtual void paintLayer(QPainter &painter, const ImageCanvas &canvas) = 0;
};

/// Receives the canvas' pointer and key events before the canvas itself. Return true when
/// the event was used; the canvas then does nothing with it.
class CanvasInput
{
public:
    virtual ~CanvasInput() = default;
    virtual bool canvasMousePress(QMouseEvent *event, QPointF imagePos) = 0;
    virtual bool canvasMouseMove(QMouseEvent *event, QPointF imagePos) = 0;
    virtual bool canvasMouseRelease(QMouseEvent *event, QPointF imagePos) = 0;
    virtual bool canvasMouseDoubleClick(QMouseEvent *event, QPointF imagePos) = 0;
    virtual bool canvasKeyPress(QKeyEvent *event) = 0;
    /// The pointer left the canvas (hide a rubber band, a hover outline, …).
    virtual void canvasLeave() {}
    /// Whether the tool places points by clicks, so that the keyboard can place them too: the
    /// arrow keys then move a keyboard pointer (a cross) and Space clicks there.
    virtual bool placesPointsByClick() const { return false; }
};

class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Ready, Failed };

    /// \a cache is shared with the prefetcher and not owned; nullptr makes a private one.
    explicit ImageCanvas(ImageCache *cache = nullptr, QWidget *parent = nullptr);
    ~ImageCanvas() override;

    ImageCache *cache() const;

    /// Shows the image at \a path: the overview as soon as it is decoded (at once when the
    /// prefetcher already has it), fitted to the view, then sharp tiles for what is visible.
    void setImage(const QString &path);
    void clear();

    State state() const;
    QString path() const;
    /// Why the image cannot be shown (names the file and the problem); empty unless Failed.
    QString errorMessage() const;
    /// Full-resolution size after EXIF orientation; invalid until known.
    QSize imageSize() const;
    QRectF imageRect() const { return QRectF(QPointF(0, 0), QSizeF(imageSize())); }

    /// Widget pixels per image pixel.
    double zoom() const;
    static constexpr double kMinZoom = 1.0 / 64;
    static constexpr double kMaxZoom = 32.0;
    /// Zooms keeping the image point under \a anchor (widget coordinates) in place.
    void setZoom(double zoom, QPointF anchor);
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitToView();
    void zoomToActualSize();
    /// Whether the view follows the widget size (fitted) rather than a chosen zoom.
    bool isFitted() const;
    void panBy(QPointF widgetDelta);
    /// Centres the view on \a imagePos.
    void centreOn(QPointF imagePos);
    /// Zooms so that \a imageRect fills about two thirds of the view (never past the zoom
    /// limits) and centres it; the view is no longer fitted.
    void showRegion(const QRectF &imageRect);

    QPointF mapToImage(QPointF widgetPos) const;
    QPointF mapFromImage(QPointF imagePos) const;
    QTransform imageToWidget() const;
    /// The part of the image inside the widget, in image coordinates.
    QRectF visibleImageRect() const;

    /// The pixels of \a imageRect (image coordinates) as the canvas has them now (tiles of the
    /// level the zoom asks for where decoded, else coarser ones or the overview), scaled to
    /// \a size; nothing else drawn over them. Null before the image is shown. For tools that
    /// look at the image (assisted tracing); costs one paint of \a size pixels.
    QImage renderRegion(const QRectF &imageRect, QSize size) const;

    /// Everything visible is drawn from tiles of the level the zoom asks for (not from the
    /// overview or a coarser level). For tests and benchmarks.
    bool isSharp() const;

    void addLayer(CanvasLayer *layer);
    void removeLayer(CanvasLayer *layer);
    /// The active tool; nullptr for none. Not owned.
    void setInput(CanvasInput *input);
    CanvasInput *input() const;

    /// Where the keyboard pointer is, in image pixels, while it is shown (a tool that places
    /// points by click is active and an arrow key moved it; the mouse hides it again);
    /// std::nullopt otherwise.
    std::optional<QPointF> keyboardPointer() const;

Q_SIGNALS:
    /// The overview is on screen and imageSize() is known.
    void imageShown();
    /// Every visible tile is at the level the zoom asks for.
    void becameSharp();
    void failed(const QString &message);
    /// Zoom or pan changed.
    void viewChanged();
    /// Where the pointer is, in image pixels (for the status bar); invalid point when outside
    /// (NaN coordinates: test with imageRect().contains(), or std::isnan).
    void pointerMoved(QPointF imagePos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace annostraat
