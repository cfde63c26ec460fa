// SPDX-License-Identifier: GPL-3.0-or-later
#include "programkeys.h"

#include "kinds/annotationkinds.h"

#include <QCoreApplication>

namespace annostraat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::ProgramKeys)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::ProgramKeys)
};
} // namespace

const QList<ProgramKey> &programKeys()
{
    using W = ProgramKey::Where;
    // Kept in step with: app/gui/mainwindowactions.cpp ("?"), widgets/tools/*/…tool.h (tool
    // keys), widgets/canvas/imageeditor.cpp and imagecanvas.cpp (zoom, pan), widgets/video/
    // videoeditor.cpp and widgets/pair/paireditor.cpp.
    static const QList<ProgramKey> keys{
            {QStringLiteral("?"), W::Everywhere, Tr::msg("Show the keyboard shortcuts")},
            {QStringLiteral("v"), W::ImageEditor, Tr::msg("Select tool")},
            {QStringLiteral("b"), W::ImageEditor, Tr::msg("Box tool")},
            {QStringLiteral("p"), W::ImageEditor, Tr::msg("Polygon tool")},
            {QStringLiteral("c"), W::ImageEditor, Tr::msg("Crack tool")},
            {QStringLiteral("+"), W::ImageEditor, Tr::msg("Zoom in")},
            {QStringLiteral("="), W::ImageEditor, Tr::msg("Zoom in")},
            {QStringLiteral("-"), W::ImageEditor, Tr::msg("Zoom out")},
            {QStringLiteral(" "), W::ImageEditor, Tr::msg("Move the image while held")},
            {QStringLiteral(" "), W::VideoEditor, Tr::msg("Play or pause")},
            {QStringLiteral("j"), W::VideoEditor, Tr::msg("Play slower or backwards")},
            {QStringLiteral("k"), W::VideoEditor, Tr::msg("Pause")},
            {QStringLiteral("l"), W::VideoEditor, Tr::msg("Play faster")},
            {QStringLiteral("i"), W::VideoEditor, Tr::msg("Set the start of a segment")},
            {QStringLiteral("o"), W::VideoEditor, Tr::msg("Set the end of a segment")},
            {QStringLiteral("m"), W::VideoEditor, Tr::msg("Add a marker")},
            {QStringLiteral("s"), W::VideoEditor, Tr::msg("Set the chosen part here")},
            {QStringLiteral("["), W::VideoEditor, Tr::msg("Go to the previous start or end")},
            {QStringLiteral("]"), W::VideoEditor, Tr::msg("Go to the next start or end")},
            {QStringLiteral("\\"), W::VideoEditor, Tr::msg("Show the whole video on the timeline")},
            {QStringLiteral("+"), W::VideoEditor, Tr::msg("Zoom in on the timeline")},
            {QStringLiteral("="), W::VideoEditor, Tr::msg("Zoom in on the timeline")},
            {QStringLiteral("-"), W::VideoEditor, Tr::msg("Zoom out on the timeline")},
            {QStringLiteral("a"), W::PairEditor, Tr::msg("Choose A")},
            {QStringLiteral("b"), W::PairEditor, Tr::msg("Choose B")},
            {QStringLiteral("="), W::PairEditor, Tr::msg("No difference")},
            {QStringLiteral("+"), W::PairEditor, Tr::msg("Zoom in")},
            {QStringLiteral("-"), W::PairEditor, Tr::msg("Zoom out")},
    };
    return keys;
}

QList<ProgramKey::Where> editorsForKinds(const QList<AnnotationKind> &kinds)
{
    QList<ProgramKey::Where> editors;
    for (AnnotationKind kind : kinds) {
        ProgramKey::Where where = ProgramKey::Where::Everywhere;
        switch (AnnotationKinds::get(kind).surface()) {
        case KindSurface::Pixels:
            where = ProgramKey::Where::ImageEditor;
            break;
        case KindSurface::Frames:
            where = ProgramKey::Where::VideoEditor;
            break;
        case KindSurface::CodePoints:
        case KindSurface::None:
            continue; // the text editor has no one-key shortcuts of its own
        }
        if (!editors.contains(where))
            editors << where;
    }
    return editors;
}

QList<ProgramKey> programKeysFor(const QString &hotkey, const QList<AnnotationKind> &kinds)
{
    QList<ProgramKey> found;
    if (hotkey.size() != 1)
        return found;
    const QList<ProgramKey::Where> editors = editorsForKinds(kinds);
    for (const ProgramKey &key : programKeys())
        if (key.key.compare(hotkey, Qt::CaseInsensitive) == 0 &&
            (key.where == ProgramKey::Where::Everywhere || editors.contains(key.where)))
            found << key;
    return found;
}

Message editorName(ProgramKey::Where where)
{
    switch (where) {
    case ProgramKey::Where::ImageEditor:
        return Tr::msg("the image editor");
    case ProgramKey::Where::VideoEditor:
        return Tr::msg("the video editor");
    case ProgramKey::Where::PairEditor:
        return Tr::msg("the A/B editor");
    case ProgramKey::Where::Everywhere:
        break;
    }
    return Tr::msg("every window");
}

} // namespace annostraat
