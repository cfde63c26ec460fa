// SPDX-License-Identifier: GPL-3.0-or-later
// The editors that come with the program: one registration line per media kind.

#include "builtintools.h"
#include "canvas/imageeditor.h"
#include "editorregistry.h"
#include "pair/paireditor.h"
#include "text/texteditor.h"
#include "video/videoeditor.h"

#include <utility>

namespace annostraat {

void registerBuiltinEditors()
{
    static bool done = false; // once: a test may have replaced one since
    if (std::exchange(done, true))
        return;
    registerBuiltinTools(); // the image editor's tools are static plugins
    EditorRegistry::add(MediaKind::Image, [](const EditorEnvironment &e, QObject *p) { return new ImageEditor(e, p); });
    EditorRegistry::add(MediaKind::Text, [](const EditorEnvironment &e, QObject *p) { return new TextEditor(e, p); });
    EditorRegistry::add(MediaKind::Video, [](const EditorEnvironment &e, QObject *p) { return new VideoEditor(e, p); });
    EditorRegistry::add(MediaKind::ImagePair, [](const EditorEnvironment &e, QObject *p) { return new PairEditor(e, p); });
}

} // namespace annostraat
