// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorregistry.h"

#include "fallbackeditor.h"

namespace annostraat {

std::map<MediaKind, EditorRegistry::Factory> &EditorRegistry::factories()
{
    static std::map<MediaKind, Factory> registered;
    return registered;
}

void EditorRegistry::add(MediaKind kind, Factory factory)
{
    factories()[kind] = std::move(factory);
}

void EditorRegistry::remove(MediaKind kind)
{
    factories().erase(kind);
}

bool EditorRegistry::has(MediaKind kind)
{
    return factories().count(kind) > 0;
}

QList<MediaKind> EditorRegistry::kinds()
{
    QList<MediaKind> result;
    for (const auto &entry : factories())
        result << entry.first;
    return result;
}

MediaEditor *EditorRegistry::create(MediaKind kind, const EditorEnvironment &environment, QObject *parent)
{
    const auto it = factories().find(kind);
    return it == factories().end() ? nullptr : it->second(environment, parent);
}

MediaEditor *EditorRegistry::createFallback(const EditorEnvironment &environment, QObject *parent)
{
    return new FallbackEditor(environment, parent);
}

} // namespace annostraat
