// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesurface.h"

#include "imagecanvas.h"
#include "imagetool.h"
#include "tools/toolcontext.h"

namespace annostraat {

ImageSurface::ImageSurface(ImageCanvas *canvas, ToolContext *context, QObject *parent)
    : ToolSurface(parent)
    , m_canvas(canvas)
{
    // Whatever changes what the tools and the annotation layer draw repaints the image.
    connect(context, &ToolContext::documentChanged, this, &ImageSurface::update);
    connect(context, &ToolContext::selectionChanged, this, &ImageSurface::update);
    connect(context, &ToolContext::hiddenChanged, this, &ImageSurface::update);
    connect(context, &ToolContext::otherLayersShownChanged, this, &ImageSurface::update);
    connect(context, &ToolContext::pointedOutChanged, this, &ImageSurface::update);
    connect(context, &ToolContext::placeShownChanged, this, &ImageSurface::update);
    connect(context, &ToolContext::annotationsChanged, this, &ImageSurface::update);
}

bool ImageSurface::attach(AbstractTool *tool)
{
    auto *imageTool = qobject_cast<ImageTool *>(tool);
    if (!imageTool || !m_canvas)
        return false;
    imageTool->setSurface(this);
    m_canvas->setInput(imageTool);
    m_canvas->addLayer(imageTool);
    m_canvas->setCursor(tool->cursor());
    m_canvas->update();
    return true;
}

void ImageSurface::detach(AbstractTool *tool)
{
    auto *imageTool = qobject_cast<ImageTool *>(tool);
    if (!imageTool || !m_canvas)
        return;
    if (m_canvas->input() == imageTool)
        m_canvas->setInput(nullptr);
    m_canvas->removeLayer(imageTool);
    m_canvas->unsetCursor();
    m_canvas->update();
}

void ImageSurface::update()
{
    if (m_canvas)
        m_canvas->update();
}

QSizeF ImageSurface::imageSize() const
{
    if (!m_canvas || !m_canvas->imageSize().isValid())
        return {};
    return QSizeF(m_canvas->imageSize());
}

double ImageSurface::hitTolerance() const
{
    const double zoom = m_canvas ? m_canvas->zoom() : 1.0;
    return kHitTolerancePx / (zoom > 0 ? zoom : 1.0);
}

} // namespace annostraat
