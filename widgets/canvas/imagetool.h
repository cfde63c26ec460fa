// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of tools that work on an image's pixels (select/edit, box, polygon, crack). While
// active, the tool is the ImageCanvas' input, so pointer events arrive in image coordinates
// through CanvasInput (a hook returns true when it used the event, otherwise the canvas pans
// and zooms with it), and it paints its preview as a CanvasLayer.

#include "imagecanvas.h"
#include "imagesurface.h"
#include "tools/abstracttool.h"

#include <QPointer>

namespace annostraat {

class ImageTool : public AbstractTool, public CanvasInput, public CanvasLayer
{
    Q_OBJECT

public:
    using AbstractTool::AbstractTool;

    SurfaceKind surface() const override { return SurfaceKind::Image; }
    QList<MediaKind> mediaKinds() const override { return {MediaKind::Image}; }

    // CanvasInput: by default nothing is used; keys go to AbstractTool::keyPress().
    bool canvasMousePress(QMouseEvent *, QPointF) override { return false; }
    bool canvasMouseMove(QMouseEvent *, QPointF) override { return false; }
    bool canvasMouseRelease(QMouseEvent *, QPointF) override { return false; }
    bool canvasMouseDoubleClick(QMouseEvent *, QPointF) override { return false; }
    bool canvasKeyPress(QKeyEvent *event) override { return keyPress(event); }
    // CanvasLayer: the tool's preview; nothing by default.
    void paintLayer(QPainter &, const ImageCanvas &) override {}

    /// The surface the tool last worked on (ImageSurface::attach sets it).
    void setSurface(ImageSurface *surface) { m_imageSurface = surface; }

protected:
    ImageCanvas *canvas() const { return m_imageSurface ? m_imageSurface->canvas() : nullptr; }
    /// The image size in image pixels; empty when unknown.
    QSizeF imageSize() const { return m_imageSurface ? m_imageSurface->imageSize() : QSizeF(); }
    /// Hit tolerance in image pixels at the current zoom.
    double hitTolerance() const
    {
        return m_imageSurface ? m_imageSurface->hitTolerance() : ImageSurface::kHitTolerancePx;
    }
    void updateCanvas() const
    {
        if (m_imageSurface)
            m_imageSurface->update();
    }

private:
    QPointer<ImageSurface> m_imageSurface;
};

} // namespace annostraat
