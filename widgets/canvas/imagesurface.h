// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The image editor's tool surface: pixels of the ImageCanvas. The active image tool becomes
// the canvas' input (pointer events in image pixels) and one of its layers (its preview).
// The surface also repaints the canvas when what the tools show changes (the selection,
// hidden annotations, others' layers, an edit).

#include "tools/toolsurface.h"

#include <QPointer>
#include <QSizeF>

namespace annostraat {

class ImageCanvas;
class ToolContext;

class ImageSurface : public ToolSurface
{
    Q_OBJECT

public:
    /// Neither \a canvas nor \a context is owned.
    ImageSurface(ImageCanvas *canvas, ToolContext *context, QObject *parent = nullptr);

    SurfaceKind kind() const override { return SurfaceKind::Image; }
    bool attach(AbstractTool *tool) override;
    void detach(AbstractTool *tool) override;
    void update() override;

    ImageCanvas *canvas() const { return m_canvas; }
    /// The image size in image pixels (after orientation); empty when unknown.
    QSizeF imageSize() const;
    /// Hit tolerance in image pixels: kHitTolerancePx screen pixels at the current zoom.
    double hitTolerance() const;
    static constexpr double kHitTolerancePx = 6.0;

private:
    QPointer<ImageCanvas> m_canvas;
};

} // namespace annostraat
