// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which editor shows which media kind. An editor folder registers its factory with one line
// in builtineditors.cpp (or a test registers its own); the work page asks the registry and
// never names an editor. A kind without an editor gets the fallback editor, which says the
// item cannot be shown yet and leaves the questions to answer.

#include "mediaeditor.h"

#include <functional>
#include <map>

namespace annostraat {

class EditorRegistry
{
public:
    using Factory = std::function<MediaEditor *(const EditorEnvironment &environment, QObject *parent)>;

    /// Registers (or replaces) the editor of \a kind. Editors made before keep working.
    static void add(MediaKind kind, Factory factory);
    /// Forgets the editor of \a kind (tests put back what they changed).
    static void remove(MediaKind kind);
    static bool has(MediaKind kind);
    /// The kinds with an editor, in the enum's order.
    static QList<MediaKind> kinds();
    /// A new editor for \a kind; nullptr when none is registered.
    static MediaEditor *create(MediaKind kind, const EditorEnvironment &environment, QObject *parent);
    /// The editor for kinds without one.
    static MediaEditor *createFallback(const EditorEnvironment &environment, QObject *parent);

private:
    static std::map<MediaKind, Factory> &factories();
};

/// Registers the editors that come with the program (builtineditors.cpp). Idempotent.
void registerBuiltinEditors();

} // namespace annostraat
