// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolmanager.h"

#include "abstracttool.h"
#include "toolcontext.h"
#include "toolplugin.h"

#include "document/itemdocument.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QJsonObject>
#include <QPluginLoader>

namespace annostraat {

ToolManager::ToolManager(ToolContext *context, ToolSurface *surface, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_surface(surface)
    , m_group(new QActionGroup(this))
{
    // Optional, so that no tool is checked when none fits the open item.
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    connect(context, &ToolContext::documentChanged, this, &ToolManager::updateForDocument);
}

ToolManager::~ToolManager()
{
    if (m_active)
        m_active->deactivate();
}

bool ToolManager::forThisSurface(const QJsonObject &metaData) const
{
    SurfaceKind kind;
    const QString surface = metaData.value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("surface")).toString();
    return m_surface && surfaceKindFromId(surface, &kind) && kind == m_surface->kind();
}

int ToolManager::loadStaticTools()
{
    int added = 0;
    const QList<QStaticPlugin> plugins = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &p : plugins) {
        if (p.metaData().value(QStringLiteral("IID")).toString() != QLatin1String(ANNOSTRAAT_TOOL_PLUGIN_IID)
            || !forThisSurface(p.metaData()))
            continue;
        if (auto *plugin = qobject_cast<ToolPlugin *>(p.instance()))
            added += addTool(plugin->createTool(m_context, this)) ? 1 : 0;
    }
    return added;
}

int ToolManager::loadToolsFrom(const QString &folder, QStringList *errors)
{
    int added = 0;
    const QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &file : files) {
        QPluginLoader loader(dir.filePath(file));
        if (loader.metaData().value(QStringLiteral("IID")).toString() !=
            QLatin1String(ANNOSTRAAT_TOOL_PLUGIN_IID))
            continue; // another kind of file or plugin: not ours to judge
        if (!forThisSurface(loader.metaData()))
            continue; // a tool of another editor
        auto *plugin = qobject_cast<ToolPlugin *>(loader.instance());
        if (!plugin) {
            if (errors)
                errors->append(tr("%1: %2").arg(dir.filePath(file), loader.errorString()));
            continue;
        }
        added += addTool(plugin->createTool(m_context, this)) ? 1 : 0;
    }
    return added;
}

bool ToolManager::addTool(AbstractTool *tool)
{
    if (!tool)
        return false;
    if (this->tool(tool->id()) || !m_surface || tool->surface() != m_surface->kind()) {
        delete tool;
        return false;
    }
    tool->setParent(this);
    m_tools.append(tool);
    auto *action = new QAction(tool->icon(), tool->name(), m_group);
    action->setCheckable(true);
    action->setShortcut(tool->shortcut());
    action->setData(tool->id());
    action->setObjectName(QStringLiteral("tool-") + tool->id());
    m_actions.append(action);
    connect(action, &QAction::triggered, this, [this, id = tool->id()] { setActiveTool(id); });
    connect(tool, &AbstractTool::statusTextChanged, this, [this, tool](const QString &text) {
        if (tool == m_active)
            Q_EMIT statusTextChanged(text);
    });
    updateForDocument(m_context->document());
    return true;
}

void ToolManager::retranslate()
{
    for (int i = 0; i < m_tools.size(); ++i) {
        AbstractTool *t = m_tools.at(i);
        QAction *a = m_actions.at(i);
        a->setText(t->name());
        const QKeySequence key = a->shortcut();
        QString tip = key.isEmpty() ? t->name()
                                    : tr("%1 (%2)").arg(t->name(), key.toString(QKeySequence::NativeText));
        if (const QString note = t->toolTipNote(); !note.isEmpty())
            tip += QLatin1Char('\n') + note;
        a->setToolTip(tip);
        a->setStatusTip(t->statusText());
    }
    if (m_active)
        Q_EMIT statusTextChanged(m_active->statusText());
}

AbstractTool *ToolManager::tool(const QString &id) const
{
    for (AbstractTool *t : m_tools) {
        if (t->id() == id)
            return t;
    }
    return nullptr;
}

QAction *ToolManager::action(const QString &toolId) const
{
    for (QAction *a : m_actions) {
        if (a->data().toString() == toolId)
            return a;
    }
    return nullptr;
}

bool ToolManager::setActiveTool(const QString &id)
{
    AbstractTool *next = tool(id);
    QAction *act = action(id);
    if (!next || !act || !act->isEnabled())
        return false;
    act->setChecked(true);
    if (next == m_active)
        return true;
    if (m_active)
        m_active->deactivate();
    if (!next->activate(m_surface)) {
        act->setChecked(false);
        m_active = nullptr;
        Q_EMIT activeToolChanged(nullptr);
        return false;
    }
    m_active = next;
    Q_EMIT activeToolChanged(next);
    Q_EMIT statusTextChanged(next->statusText());
    return true;
}

QList<QAction *> ToolManager::toolActions() const
{
    return m_actions;
}

void ToolManager::updateForDocument(ItemDocument *document)
{
    // Only the hotkeys of labels these tools draw are bound (LabelPicker); a text label's
    // key ("c" for a span label) does not take "C" from the crack tool.
    QList<AnnotationKind> toolKinds;
    for (const AbstractTool *t : std::as_const(m_tools))
        toolKinds << t->annotationKinds();
    QList<QKeySequence> labelKeys;
    for (const LabelSpec &label : m_context->labels()) {
        bool drawn = false;
        for (AnnotationKind kind : label.kinds)
            drawn = drawn || toolKinds.contains(kind);
        if (drawn && !label.hotkey.isEmpty())
            labelKeys.append(QKeySequence(label.hotkey));
    }
    for (int i = 0; i < m_tools.size(); ++i) {
        AbstractTool *t = m_tools.at(i);
        QAction *a = m_actions.at(i);
        // A label hotkey wins over a tool key (labels are what annotators press most).
        const bool clash = labelKeys.contains(t->shortcut());
        a->setShortcut(clash ? QKeySequence() : t->shortcut());
        bool usable = true;
        if (document) {
            usable = t->mediaKinds().contains(document->item().kind);
            bool drawable = false;
            for (const LabelSpec &label : m_context->labels()) {
                for (AnnotationKind kind : t->annotationKinds())
                    drawable = drawable || label.kinds.contains(kind);
            }
            usable = usable && drawable;
        }
        a->setEnabled(usable);
    }
    retranslate(); // the tooltips name the keys, which may have changed
    if (m_active && !action(m_active->id())->isEnabled()) {
        action(m_active->id())->setChecked(false);
        m_active->deactivate();
        m_active = nullptr;
        Q_EMIT activeToolChanged(nullptr);
    }
}

} // namespace annostraat
