// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owns one editor's tools and makes them one exclusive, checkable QActionGroup (Tiled's
// ToolManager is the model).
//
// Design note. Tools come from ToolPlugin instances: the built-in ones are static plugins
// (call registerBuiltinTools() from annostraat-tools first, see builtintools.h, then
// loadStaticTools()); more can be loaded from a folder with loadToolsFrom(). A manager
// serves one surface (its editor's): it loads only the plugins whose plugin.json names that
// surface, and activates tools on it. Shortcuts:
// V select/edit, B box, P polygon, C crack points. A label hotkey of the task's schema
// wins on a clash: the tool's shortcut is dropped while that task is open (the tool stays
// reachable from the toolbar and menu). Tools whose kinds no label of the open task
// allows are disabled.

#include "abstracttool.h"

#include <QIcon>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;

namespace annostraat {

class ItemDocument;
class ToolContext;

class ToolManager : public QObject
{
    Q_OBJECT

public:
    /// Neither \a context nor \a surface is owned.
    ToolManager(ToolContext *context, ToolSurface *surface, QObject *parent = nullptr);
    ~ToolManager() override;

    ToolContext *context() const { return m_context; }
    ToolSurface *surface() const { return m_surface; }

    /// Creates a tool from every statically linked ToolPlugin; returns how many were added.
    int loadStaticTools();
    /// Loads every ToolPlugin in \a folder; returns how many tools were added. Files that
    /// are not tool plugins are skipped; their problems go to \a errors when given.
    int loadToolsFrom(const QString &folder, QStringList *errors = nullptr);
    /// Adds \a tool (ownership taken); a tool with an id already present, or of another
    /// surface, is refused.
    bool addTool(AbstractTool *tool);

    QList<AbstractTool *> tools() const { return m_tools; }
    AbstractTool *tool(const QString &id) const;
    AbstractTool *activeTool() const { return m_active; }
    /// Activates the tool with \a id (deactivating the previous one); false if unknown or disabled.
    bool setActiveTool(const QString &id);

    /// One checkable action per tool, in one exclusive group, with shortcut and tooltip.
    QList<QAction *> toolActions() const;
    QActionGroup *actionGroup() const { return m_group; }
    QAction *action(const QString &toolId) const;
    /// Names, tooltips and status texts again in the current language.
    void retranslate();

Q_SIGNALS:
    void activeToolChanged(AbstractTool *tool);
    /// The active tool's status text (for the status bar).
    void statusTextChanged(const QString &text);

private:
    void updateForDocument(ItemDocument *document);

    /// Whether plugin metadata \a metaData (QPluginLoader's form) names this manager's surface.
    bool forThisSurface(const QJsonObject &metaData) const;

    ToolContext *m_context;
    QPointer<ToolSurface> m_surface;
    QList<AbstractTool *> m_tools;
    QList<QAction *> m_actions;
    QActionGroup *m_group;
    QPointer<AbstractTool> m_active;
};

} // namespace annostraat
