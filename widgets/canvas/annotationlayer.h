// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paints a document's annotations on the canvas: the own layer in label colours, other
// people's layers (when shown) thinner and dashed, hidden ones not at all, the selected
// one thicker with its handles, every shape with a small label tag.
//
// Speed: reads the ToolContext's cached annotations (no store query per paint), skips
// shapes outside the visible part of the image and tags on shapes too small to carry them,
// so panning with 500 boxes on screen stays smooth.

#include "canvas/imagecanvas.h"

#include <QFont>
#include <QHash>
#include <QStaticText>

namespace annostraat {

class ToolContext;

class AnnotationLayer : public CanvasLayer
{
public:
    /// Add to the canvas with canvas->addLayer(layer) before activating a tool, so the
    /// tool's preview is painted on top. Does not own \a context.
    explicit AnnotationLayer(ToolContext *context);
    void paintLayer(QPainter &painter, const ImageCanvas &canvas) override;

private:
    ToolContext *m_context;
    QHash<QString, QStaticText> m_tags; ///< label → its prepared tag text
    QFont m_tagFont;                    ///< the font the tags were prepared for
};

} // namespace annostraat
