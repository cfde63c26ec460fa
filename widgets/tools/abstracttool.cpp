// SPDX-License-Identifier: GPL-3.0-or-later
#include "abstracttool.h"

namespace annostraat {

AbstractTool::AbstractTool(ToolContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

AbstractTool::~AbstractTool()
{
    if (m_surface)
        m_surface->detach(this);
}

bool AbstractTool::activate(ToolSurface *surface)
{
    if (m_active)
        return true;
    if (!surface || surface->kind() != this->surface() || !surface->attach(this))
        return false;
    m_surface = surface;
    m_active = true;
    activated();
    Q_EMIT statusTextChanged(statusText());
    return true;
}

void AbstractTool::deactivate()
{
    if (!m_active)
        return;
    deactivated();
    if (m_surface)
        m_surface->detach(this);
    m_surface = nullptr;
    m_active = false;
}

} // namespace annostraat
