// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The program's own one-key shortcuts (no Ctrl, no Alt), in one place: a label's hotkey is one
// key too, and where both are live the program's key wins (the video editor says so, the image
// editor's tools take theirs first), so the schema checks (schemachecks.h) warn about a label
// hotkey that is one of these. The widgets that own these keys keep their own QKeySequence;
// tests/widgets/test_schemaeditor.cpp compares them with this table, so neither drifts.

#include "kinds.h"
#include "util/message.h"

#include <QList>
#include <QString>

namespace annostraat {

struct ProgramKey
{
    /// Where the key is live: everywhere, or in one media editor.
    enum class Where { Everywhere, ImageEditor, VideoEditor, PairEditor };

    QString key; ///< the character as a label's hotkey would be written: "b", "?", " ", "["
    Where where = Where::Everywhere;
    Message what; ///< what the key does, e.g. "Box tool"
};

/// Every one-key shortcut of the program.
const QList<ProgramKey> &programKeys();

/// The editors a label with \a kinds is used in (a box label in the image editor, a segment
/// label in the video editor, …). Labels are not used in the pair editor (A/B jobs ask
/// questions), so its keys never clash with a label's.
QList<ProgramKey::Where> editorsForKinds(const QList<AnnotationKind> &kinds);

/// The program keys that a label hotkey \a hotkey (one character, compared without case) would
/// meet in an editor the label with \a kinds is used in.
QList<ProgramKey> programKeysFor(const QString &hotkey, const QList<AnnotationKind> &kinds);

/// The editor's name for people, e.g. "the image editor".
Message editorName(ProgramKey::Where where);

} // namespace annostraat
