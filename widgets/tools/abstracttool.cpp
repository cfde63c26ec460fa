// SPDX-License-Identifier: GPL-3.0-or-later
#include "abstracttool.h"

#include "toolcontext.h"

namespace annostraat {

AbstractTool::AbstractTool(ToolContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // The canvas can change under an active tool (a new item view): follow it.
    connect(context, &ToolContext::canvasChanged, this, [this](ImageCanvas *canvas) {
        if (m_active)
            attach(canvas);
    });
}

AbstractTool::~AbstractTool()
{
    detach();
}

void AbstractTool::activate()
{
    if (m_active)
        return;
    m_active = true;
    attach(m_context->canvas());
    activated();
    Q_EMIT statusTextChanged(statusText());
}

void AbstractTool::deactivate()
{
    if (!m_active)
        return;
    deactivated();
    detach();
    m_active = false;
}

void AbstractTool::attach(ImageCanvas *canvas)
{
    detach();
    m_canvas = canvas;
    if (!canvas)
        return;
    canvas->setInput(this);
    canvas->addLayer(this);
    canvas->setCursor(cursor());
    canvas->update();
}

void AbstractTool::detach()
{
    if (!m_canvas)
        return;
    if (m_canvas->input() == this)
        m_canvas->setInput(nullptr);
    m_canvas->removeLayer(this);
    m_canvas->unsetCursor();
    m_canvas->update();
    m_canvas = nullptr;
}

} // namespace annostraat
