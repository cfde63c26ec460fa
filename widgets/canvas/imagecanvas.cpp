// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: zoom, pan, tiles, paint and input share one Private; layers and tools live apart.
#include "imagecanvas.h"

#include "media/imagecache.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace annostraat {

namespace {

constexpr double kZoomStep = 1.25;
// How much of the image stays on screen at least, as a part of the widget's side: the
// image can be pushed aside, never lost.
constexpr double kKeepVisible = 0.25;

QPointF invalidPoint()
{
    return QPointF(std::numeric_limits<double>::quiet_NaN(),
                   std::numeric_limits<double>::quiet_NaN());
}

} // namespace

struct ImageCanvas::Private
{
    ImageCanvas *q = nullptr;
    QString defaultName; ///< the accessible name given here, while no host gave another
    std::optional<QPointF> keyPointer; ///< the keyboard pointer, image pixels, while shown

    bool keyboardPlaces() const
    {
        return input && state == State::Ready && input->placesPointsByClick();
    }
    /// Moves the keyboard pointer by \a widgetDelta (shown at the view's centre first), keeps
    /// it on the image and in view, and tells the tool, as a mouse move would.
    void moveKeyPointer(QPointF widgetDelta);
    /// A left click at the keyboard pointer, as the mouse gives it.
    void clickAtKeyPointer();
    ImageCache *cache = nullptr;
    std::unique_ptr<ImageCache> ownCache;

    QString path;
    State state = State::Empty;
    QString error;
    /// Building the overviews of a large raster (0…1); negative when nothing is being built.
    double building = -1;
    ImageInfo info;
    QImage overview; // kept here too, so an eviction never blanks the screen
    int overviewLevel = 0;

    double zoom = 1.0;
    QPointF offset; // widget position of the image's (0,0)
    bool fitted = true;

    QList<CanvasLayer *> layers;
    CanvasInput *input = nullptr;

    bool panning = false;
    Qt::MouseButton panButton = Qt::NoButton;
    QPointF lastPanPos;
    bool spaceHeld = false;
    QCursor cursorBeforeSpace; ///< the tool's cursor, back when Space is let go
    bool inputGrab = false;
    QCursor cursorBeforePan;

    bool sharp = false;
    int failedLevel = -1; // tiles of this level failed; do not ask again for this image

    int wantedLevel() const { return std::min(ImageCache::levelForZoom(zoom), overviewLevel); }

    void clampOffset()
    {
        if (!info.isValid())
            return;
        const QSizeF extent = QSizeF(info.size) * zoom;
        const auto clampAxis = [](double off, double ext, double widgetLen) {
            const double keep = std::min(ext, widgetLen * kKeepVisible);
            return std::clamp(off, keep - ext, std::max(keep - ext, widgetLen - keep));
        };
        offset.setX(clampAxis(offset.x(), extent.width(), q->width()));
        offset.setY(clampAxis(offset.y(), extent.height(), q->height()));
    }

    void fit()
    {
        if (!info.isValid() || q->width() <= 0 || q->height() <= 0)
            return;
        zoom = std::clamp(std::min(double(q->width()) / info.size.width(),
                                   double(q->height()) / info.size.height()),
                          kMinZoom, kMaxZoom);
        offset = QPointF((q->width() - info.size.width() * zoom) / 2,
                         (q->height() - info.size.height() * zoom) / 2);
    }

    QRect visibleTiles(int level) const
    {
        return ImageCache::tilesCovering(q->visibleImageRect(), info.size, level);
    }

    void requestVisible()
    {
        if (state != State::Ready)
            return;
        const int level = wantedLevel();
        if (level < overviewLevel && level != failedLevel)
            cache->requestTiles(q, path, level, visibleTiles(level));
        updateSharp();
    }

    void updateSharp()
    {
        bool now = state == State::Ready;
        const int level = wantedLevel();
        if (now && level < overviewLevel) {
            const QRect tiles = visibleTiles(level);
            for (int y = tiles.top(); now && y <= tiles.bottom(); ++y)
                for (int x = tiles.left(); now && x <= tiles.right(); ++x)
                    now = !cache->tile(path, level, QPoint(x, y)).isNull();
        }
        const bool became = now && !sharp;
        sharp = now;
        if (became)
            Q_EMIT q->becameSharp();
    }

    void showOverview()
    {
        overview = cache->overview(path);
        info = cache->info(path);
        overviewLevel = cache->overviewLevel(path);
        state = State::Ready;
        if (fitted)
            fit();
        clampOffset();
        q->update();
        Q_EMIT q->imageShown();
        Q_EMIT q->viewChanged();
        requestVisible();
    }

    void fail(const QString &message)
    {
        state = State::Failed;
        error = message;
        overview = QImage();
        q->update();
        Q_EMIT q->failed(message);
    }

    void viewMoved()
    {
        clampOffset();
        Q_EMIT q->viewChanged();
        requestVisible();
    }

    void startPan(Qt::MouseButton button, QPointF pos)
    {
        panning = true;
        panButton = button;
        lastPanPos = pos;
        cursorBeforePan = q->cursor();
        q->setCursor(Qt::ClosedHandCursor);
    }

    void stopPan()
    {
        panning = false;
        panButton = Qt::NoButton;
        q->setCursor(cursorBeforePan);
    }

    void paintImage(QPainter &p, const QRect &area)
    {
        const QTransform t = q->imageToWidget();
        // Scaled down: smooth; scaled up: show the pixels as they are, which is what an
        // annotator zooming in wants to see.
        p.setRenderHint(QPainter::SmoothPixmapTransform, zoom < 1.0);
        paintImageWith(p, t, t.inverted().mapRect(QRectF(area)) & q->imageRect());
    }

    /// Paints \a visibleImage (image coordinates) of the image with \a t (image to painter
    /// coordinates) from what the cache has: the tiles of the level the zoom asks for, else
    /// coarser ones, else the overview.
    void paintImageWith(QPainter &p, const QTransform &t, const QRectF &visibleImage)
    {
        if (visibleImage.isEmpty())
            return;

        const int level = wantedLevel();
        const QRect tiles = level < overviewLevel
                                    ? ImageCache::tilesCovering(visibleImage, info.size, level)
                                    : QRect();
        const double tileScale = double(1 << level);
        // Where every tile is there, the overview under it would only be painted over.
        bool complete = !tiles.isEmpty();
        QList<QPair<QRectF, QImage>> toDraw;
        QList<QPoint> missing;
        for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
            for (int x = tiles.left(); x <= tiles.right(); ++x) {
                QImage tile = cache->tile(path, level, QPoint(x, y));
                if (tile.isNull()) {
                    complete = false;
                    missing.append(QPoint(x, y));
                    continue;
                }
                const QRectF inImage(x * ImageCache::kTileSize * tileScale,
                                     y * ImageCache::kTileSize * tileScale,
                                     tile.width() * tileScale, tile.height() * tileScale);
                toDraw.append({t.mapRect(inImage), std::move(tile)});
            }
        }
        if (!complete && !overview.isNull()) {
            const double s = double(overview.width()) / info.size.width();
            const double sy = double(overview.height()) / info.size.height();
            const QRectF source(visibleImage.left() * s, visibleImage.top() * sy,
                                visibleImage.width() * s, visibleImage.height() * sy);
            p.drawImage(t.mapRect(visibleImage), overview, source);
        }
        // Until a tile arrives, a cached tile of a coarser level (from before a zoom in) is
        // sharper than the overview.
        QSet<QPair<int, QPoint>> drawnCoarse;
        for (const QPoint &m : std::as_const(missing)) {
            for (int coarser = level + 1; coarser < overviewLevel; ++coarser) {
                const int shift = coarser - level;
                const QPoint c(m.x() >> shift, m.y() >> shift);
                if (drawnCoarse.contains({coarser, c}))
                    break;
                const QImage tile = cache->tile(path, coarser, c);
                if (tile.isNull())
                    continue;
                drawnCoarse.insert({coarser, c});
                const double scale = double(1 << coarser);
                const QRectF inImage(c.x() * ImageCache::kTileSize * scale,
                                     c.y() * ImageCache::kTileSize * scale, tile.width() * scale,
                                     tile.height() * scale);
                p.drawImage(t.mapRect(inImage), tile);
                break;
            }
        }
        for (const auto &[target, tile] : std::as_const(toDraw))
            p.drawImage(target, tile);
    }

    void paintMessage(QPainter &p, const QString &title, const QString &message)
    {
        const QPalette pal = q->palette();
        const int margin = 24;
        const int w = std::min(q->width() - 2 * margin, 50 * q->fontMetrics().averageCharWidth());
        if (w <= 0)
            return;
        const QString text = message.isEmpty() ? title : title + QStringLiteral("\n\n") + message;
        QRect textRect = q->fontMetrics().boundingRect(QRect(0, 0, w - 2 * margin, 10000),
                                                       Qt::TextWordWrap, text);
        QRect box(0, 0, w, textRect.height() + 2 * margin);
        box.moveCenter(q->rect().center());
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(pal.color(QPalette::Mid), 2));
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(box, 8, 8);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(box.adjusted(margin, margin, -margin, -margin),
                   Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
    }
};

ImageCanvas::ImageCanvas(ImageCache *cache, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    if (!cache) {
        d->ownCache = std::make_unique<ImageCache>();
        cache = d->ownCache.get();
    }
    d->cache = cache;
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 64);
    d->defaultName = tr("Image");
    setAccessibleName(d->defaultName);

    connect(cache, &ImageCache::overviewReady, this, [this](const QString &path) {
        if (path == d->path && d->state == State::Loading)
            d->showOverview();
    });
    connect(cache, &ImageCache::overviewProgress, this, [this](const QString &path, double f) {
        if (path == d->path && d->state == State::Loading) {
            d->building = f;
            update();
        }
    });
    connect(cache, &ImageCache::overviewFailed, this,
            [this](const QString &path, const QString &message) {
                if (path == d->path && d->state == State::Loading)
                    d->fail(message);
            });
    connect(cache, &ImageCache::tilesReady, this,
            [this](const QString &path, int level, const QRect &tiles) {
                if (path != d->path || d->state != State::Ready || level != d->wantedLevel())
                    return;
                // Repaint only where the new tiles go.
                const double side = ImageCache::kTileSize * double(1 << level);
                const QRectF inImage(tiles.x() * side, tiles.y() * side, tiles.width() * side,
                                     tiles.height() * side);
                update(imageToWidget().mapRect(inImage).toAlignedRect().adjusted(-1, -1, 1, 1));
                d->updateSharp();
            });
    connect(cache, &ImageCache::tilesFailed, this,
            [this](const QString &path, int level, const QString &) {
                // The overview stays on screen; asking again would fail again.
                if (path == d->path)
                    d->failedLevel = level;
            });
}

ImageCanvas::~ImageCanvas()
{
    d->cache->cancelRequests(this);
}

ImageCache *ImageCanvas::cache() const
{
    return d->cache;
}

void ImageCanvas::setImage(const QString &path)
{
    if (path.isEmpty()) {
        clear();
        return;
    }
    d->cache->cancelRequests(this);
    d->path = path;
    d->keyPointer.reset();
    d->error.clear();
    d->info = ImageInfo();
    d->overview = QImage();
    d->overviewLevel = 0;
    d->fitted = true;
    d->sharp = false;
    d->failedLevel = -1;
    const QString known = d->cache->error(path);
    if (!known.isEmpty()) {
        d->fail(known);
        return;
    }
    if (!d->cache->overview(path).isNull() && d->cache->info(path).isValid()) {
        d->showOverview();
        return;
    }
    d->state = State::Loading;
    d->building = -1;
    update();
    d->cache->requestOverview(path);
}

void ImageCanvas::clear()
{
    d->keyPointer.reset();
    d->cache->cancelRequests(this);
    d->path.clear();
    d->state = State::Empty;
    d->error.clear();
    d->info = ImageInfo();
    d->overview = QImage();
    d->sharp = false;
    update();
}

ImageCanvas::State ImageCanvas::state() const
{
    return d->state;
}
QString ImageCanvas::path() const
{
    return d->path;
}
QString ImageCanvas::errorMessage() const
{
    return d->error;
}
QSize ImageCanvas::imageSize() const
{
    return d->info.isValid() ? d->info.size : QSize();
}
double ImageCanvas::zoom() const
{
    return d->zoom;
}
bool ImageCanvas::isFitted() const
{
    return d->fitted;
}
bool ImageCanvas::isSharp() const
{
    return d->sharp;
}
CanvasInput *ImageCanvas::input() const
{
    return d->input;
}

void ImageCanvas::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF fixed = mapToImage(anchor);
    d->fitted = false;
    if (zoom == d->zoom)
        return;
    d->zoom = zoom;
    d->offset = anchor - fixed * zoom;
    update();
    d->viewMoved();
}

void ImageCanvas::setZoom(double zoom)
{
    setZoom(zoom, QRectF(rect()).center());
}

void ImageCanvas::zoomIn()
{
    setZoom(d->zoom * kZoomStep);
}

void ImageCanvas::zoomOut()
{
    setZoom(d->zoom / kZoomStep);
}

void ImageCanvas::fitToView()
{
    d->fitted = true;
    d->fit();
    update();
    d->viewMoved();
}

void ImageCanvas::zoomToActualSize()
{
    setZoom(1.0);
}

void ImageCanvas::panBy(QPointF widgetDelta)
{
    const QPointF before = d->offset;
    d->offset += widgetDelta;
    d->clampOffset();
    const QPointF moved = d->offset - before;
    if (moved.isNull())
        return;
    d->fitted = false;
    // A whole-pixel move only exposes a strip: let the backing store shift the rest.
    const QPoint whole = moved.toPoint();
    if (d->state == State::Ready && QPointF(whole) == moved && std::abs(whole.x()) < width() &&
        std::abs(whole.y()) < height())
        scroll(whole.x(), whole.y());
    else
        update();
    d->viewMoved();
}

void ImageCanvas::centreOn(QPointF imagePos)
{
    d->offset = QRectF(rect()).center() - imagePos * d->zoom;
    d->fitted = false;
    update();
    d->viewMoved();
}

void ImageCanvas::showRegion(const QRectF &imageRect)
{
    if (imageRect.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double fill = 2.0 / 3.0;
    const double zoom = std::min(width() * fill / imageRect.width(), height() * fill / imageRect.height());
    d->zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    centreOn(imageRect.center());
}

QPointF ImageCanvas::mapToImage(QPointF widgetPos) const
{
    return (widgetPos - d->offset) / d->zoom;
}

QPointF ImageCanvas::mapFromImage(QPointF imagePos) const
{
    return imagePos * d->zoom + d->offset;
}

QTransform ImageCanvas::imageToWidget() const
{
    return QTransform(d->zoom, 0, 0, d->zoom, d->offset.x(), d->offset.y());
}

QImage ImageCanvas::renderRegion(const QRectF &imageRect, QSize size) const
{
    const QRectF inImage = imageRect & this->imageRect();
    if (d->state != State::Ready || inImage.isEmpty() || size.isEmpty())
        return {};
    QImage out(size, QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QTransform t;
    t.scale(size.width() / imageRect.width(), size.height() / imageRect.height());
    t.translate(-imageRect.left(), -imageRect.top());
    d->paintImageWith(p, t, inImage);
    return out;
}

QRectF ImageCanvas::visibleImageRect() const
{
    return imageToWidget().inverted().mapRect(QRectF(rect())) & imageRect();
}

void ImageCanvas::addLayer(CanvasLayer *layer)
{
    if (layer && !d->layers.contains(layer)) {
        d->layers.append(layer);
        update();
    }
}

void ImageCanvas::removeLayer(CanvasLayer *layer)
{
    if (d->layers.removeAll(layer))
        update();
}

void ImageCanvas::setInput(CanvasInput *input)
{
    if (d->input == input)
        return;
    if (d->input)
        d->input->canvasLeave();
    d->input = input;
    d->inputGrab = false;
}

void ImageCanvas::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::Window).darker(110));
    switch (d->state) {
    case State::Empty:
        break;
    case State::Loading:
        if (d->building >= 0)
            d->paintMessage(
                    p, tr("Building the overview… %1%").arg(int(std::floor(d->building * 100))),
                    tr("This large image has no overviews; they are made once and "
                       "kept, so it opens at once next time."));
        else
            d->paintMessage(p, tr("Loading the image…"), QString());
        break;
    case State::Failed:
        d->paintMessage(p, tr("This image cannot be shown."), d->error);
        break;
    case State::Ready:
        d->paintImage(p, event->rect());
        break;
    }
    if (d->state == State::Ready) {
        for (CanvasLayer *layer : std::as_const(d->layers)) {
            p.save();
            layer->paintLayer(p, *this);
            p.restore();
        }
    }
    if (const std::optional<QPointF> at = keyboardPointer()) {
        // The keyboard pointer: a cross with a ring, dark inside light, on any image.
        const QPointF c = mapFromImage(*at);
        p.setBrush(Qt::NoBrush);
        for (const auto &[colour, width] : {std::pair{pal.color(QPalette::HighlightedText), 5.0},
                                            std::pair{pal.color(QPalette::Highlight), 2.0}}) {
            p.setPen(QPen(colour, width));
            p.drawEllipse(c, 9.0, 9.0);
            p.drawLine(c - QPointF(18, 0), c - QPointF(10, 0));
            p.drawLine(c + QPointF(10, 0), c + QPointF(18, 0));
            p.drawLine(c - QPointF(0, 18), c - QPointF(0, 10));
            p.drawLine(c + QPointF(0, 10), c + QPointF(0, 18));
        }
    }
    if (hasFocus()) {
        // A visible focus mark, as the video's frame view has: the image has the keyboard.
        // Dark inside light, so it shows on any image.
        p.setClipping(false);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Highlight), 3));
        p.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
        p.setPen(QPen(pal.color(QPalette::HighlightedText), 1));
        p.drawRect(QRectF(rect()).adjusted(3.5, 3.5, -3.5, -3.5));
    }
}

void ImageCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (d->fitted)
        d->fit();
    d->viewMoved();
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (d->state != State::Ready || delta.isNull()) {
        event->ignore();
        return;
    }
    if (delta.y() != 0) {
        // One notch (120) zooms by 2^(1/4) ≈ 1.19; touchpads send smaller steps, so the
        // zoom follows the fingers smoothly.
        setZoom(d->zoom * std::pow(2.0, delta.y() / 480.0), event->position());
    } else {
        panBy(QPointF(delta.x() / 2.0, 0));
    }
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (d->panning) {
        event->accept();
        return;
    }
    // Space + drag always pans: a drawing tool would otherwise take every left press.
    if (event->button() == Qt::LeftButton && d->spaceHeld) {
        d->startPan(Qt::LeftButton, pos);
        event->accept();
        return;
    }
    if (d->input && d->state == State::Ready &&
        d->input->canvasMousePress(event, mapToImage(pos))) {
        d->inputGrab = true;
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        d->startPan(event->button(), pos);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const QPointF imagePos = mapToImage(pos);
    if (d->keyPointer) {
        d->keyPointer.reset(); // the mouse takes over
        update();
    }
    if (d->panning) {
        const QPointF delta = pos - d->lastPanPos;
        d->lastPanPos = pos;
        panBy(delta);
    } else if (d->input && d->state == State::Ready) {
        d->input->canvasMouseMove(event, imagePos);
    }
    if (d->state == State::Ready) {
        const QPointF now = mapToImage(pos);
        Q_EMIT pointerMoved(imageRect().contains(now) ? now : invalidPoint());
    }
    event->accept();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (d->panning) {
        if (event->button() == d->panButton)
            d->stopPan();
        event->accept();
        return;
    }
    if (d->input && d->state == State::Ready)
        d->input->canvasMouseRelease(event, mapToImage(event->position()));
    if (event->buttons() == Qt::NoButton)
        d->inputGrab = false;
    event->accept();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (d->input && d->state == State::Ready &&
        d->input->canvasMouseDoubleClick(event, mapToImage(event->position()))) {
        event->accept();
        return;
    }
    // Otherwise a double click is a second press (Qt sends no separate press for it).
    mousePressEvent(event);
}

void ImageCanvas::Private::moveKeyPointer(QPointF widgetDelta)
{
    const QRectF bounds = q->imageRect();
    if (bounds.isEmpty())
        return;
    QPointF at = keyPointer ? *keyPointer + widgetDelta / q->zoom()
                            : q->mapToImage(QRectF(q->rect()).center());
    at.setX(std::clamp(at.x(), 0.0, bounds.width()));
    at.setY(std::clamp(at.y(), 0.0, bounds.height()));
    keyPointer = at;
    // The view follows the pointer, a small margin from its edge.
    const QPointF shown = q->mapFromImage(at);
    const QRectF room = QRectF(q->rect()).adjusted(24, 24, -24, -24);
    QPointF pan;
    if (shown.x() < room.left())
        pan.rx() = room.left() - shown.x();
    else if (shown.x() > room.right())
        pan.rx() = room.right() - shown.x();
    if (shown.y() < room.top())
        pan.ry() = room.top() - shown.y();
    else if (shown.y() > room.bottom())
        pan.ry() = room.bottom() - shown.y();
    if (!pan.isNull())
        q->panBy(pan);
    const QPointF widgetPos = q->mapFromImage(at);
    QMouseEvent move(QEvent::MouseMove, widgetPos, q->mapToGlobal(widgetPos), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    input->canvasMouseMove(&move, at);
    Q_EMIT q->pointerMoved(at);
    q->update();
}

void ImageCanvas::Private::clickAtKeyPointer()
{
    if (!keyPointer)
        moveKeyPointer(QPointF());
    const QPointF at = *keyPointer;
    const QPointF widgetPos = q->mapFromImage(at);
    const QPointF global = q->mapToGlobal(widgetPos);
    QMouseEvent press(QEvent::MouseButtonPress, widgetPos, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    input->canvasMousePress(&press, at);
    // The tool may have changed on the press (a finished shape hands back to another tool).
    if (!keyboardPlaces())
        return;
    QMouseEvent release(QEvent::MouseButtonRelease, widgetPos, global, Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    input->canvasMouseRelease(&release, at);
    q->update();
}

std::optional<QPointF> ImageCanvas::keyboardPointer() const
{
    return d->keyboardPlaces() ? d->keyPointer : std::nullopt;
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (d->input && d->state == State::Ready && d->input->canvasKeyPress(event)) {
        event->accept();
        return;
    }
    // A tool that places points by click is worked by keyboard too: the arrows move a keyboard
    // pointer (5 screen pixels a press, Shift: 50), Space clicks there.
    if (d->keyboardPlaces()) {
        const double by = (event->modifiers() & Qt::ShiftModifier) ? 50.0 : 5.0;
        switch (event->key()) {
        case Qt::Key_Left:
            d->moveKeyPointer(QPointF(-by, 0));
            event->accept();
            return;
        case Qt::Key_Right:
            d->moveKeyPointer(QPointF(by, 0));
            event->accept();
            return;
        case Qt::Key_Up:
            d->moveKeyPointer(QPointF(0, -by));
            event->accept();
            return;
        case Qt::Key_Down:
            d->moveKeyPointer(QPointF(0, by));
            event->accept();
            return;
        case Qt::Key_Space:
            if (d->keyPointer && !event->isAutoRepeat()) {
                d->clickAtKeyPointer();
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    const double step = std::max(32.0, std::min(width(), height()) * 0.1);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            d->spaceHeld = true;
            if (!d->panning) {
                d->cursorBeforeSpace = cursor();
                setCursor(Qt::OpenHandCursor);
            }
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ImageCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && d->spaceHeld) {
        d->spaceHeld = false;
        if (!d->panning)
            setCursor(d->cursorBeforeSpace);
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void ImageCanvas::focusOutEvent(QFocusEvent *event)
{
    // Space let go elsewhere never reaches us: do not stay in "space pans" mode, or every
    // click would pan and the tools would seem dead.
    if (d->spaceHeld) {
        d->spaceHeld = false;
        if (!d->panning)
            setCursor(d->cursorBeforeSpace);
    }
    QWidget::focusOutEvent(event);
    update();
}

void ImageCanvas::leaveEvent(QEvent *event)
{
    if (d->input)
        d->input->canvasLeave();
    Q_EMIT pointerMoved(invalidPoint());
    QWidget::leaveEvent(event);
}

void ImageCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    if (event->type() == QEvent::LanguageChange && accessibleName() == d->defaultName) {
        d->defaultName = tr("Image");
        setAccessibleName(d->defaultName);
    }
    QWidget::changeEvent(event);
}

} // namespace annostraat
