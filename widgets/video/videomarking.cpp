// SPDX-License-Identifier: GPL-3.0-or-later
// The video editor's gestures that make and change marks (issue 10): a label's key, in and out
// points, markers, removal, the jumps from edge to edge, locators and the drag of an edge.
// Each writes through core's Commands as one undo step; the rest of the editor is in
// videoeditor.cpp.
#include "videoeditor.h"

#include "document/commands.h"
#include "document/itemdocument.h"
#include "locatorlist.h"
#include "model/kinds/locatorkind.h"
#include "model/locatorchecks.h"
#include "timelineview.h"
#include "util/message.h"

#include <QAction>
#include <QUndoStack>

#include <algorithm>

namespace annostraat {

QString VideoEditor::activeLabel(AnnotationKind kind) const
{
    const ItemDocument *doc = document();
    if (!doc)
        return {};
    const LabelSpec *active = doc->task().schema.label(m_activeLabel);
    if (active && active->kinds.contains(kind))
        return m_activeLabel;
    for (const LabelSpec &label : doc->task().schema.labels())
        if (label.kinds.contains(kind))
            return label.name;
    return {};
}

void VideoEditor::labelKey(const QString &label)
{
    ItemDocument *doc = document();
    if (!doc)
        return;
    const auto chosen = ownAnnotation(m_chosen);
    if (chosen && chosen->kind != AnnotationKind::Locator) {
        const LabelSpec *spec = doc->task().schema.label(label);
        if (spec && spec->kinds.contains(chosen->kind))
            report(Commands::setLabel(*doc, m_chosen, label));
    }
    m_activeLabel = label;
    for (QAction *a : std::as_const(m_labelActions))
        a->setChecked(a->data().toString() == label);
    Q_EMIT statusTextChanged();
}

void VideoEditor::setIn()
{
    ItemDocument *doc = document();
    if (!doc || !m_ready)
        return;
    if (const auto a = ownAnnotation(m_chosen); a && a->kind == AnnotationKind::Segment &&
                                                 m_current >= whole(a->value, "start") &&
                                                 m_current < whole(a->value, "end")) {
        // Inside the chosen segment: I moves its start here. Elsewhere I starts a new one.
        const qint64 end = whole(a->value, "end");
        return report(Commands::setValue(*doc, a->id, {{QStringLiteral("start"), double(m_current)},
                                                       {QStringLiteral("end"), double(end)}}));
    }
    if (activeLabel(AnnotationKind::Segment).isEmpty())
        return Q_EMIT message(tr("This task has no label for segments."));
    m_pendingIn = m_current;
    Q_EMIT message(tr("In point at %1. Go to the last frame of the segment and press O.").arg(timecodeOf(m_current)));
    Q_EMIT statusTextChanged();
}

void VideoEditor::setOut()
{
    ItemDocument *doc = document();
    if (!doc || !m_ready)
        return;
    if (m_pendingIn) {
        const qint64 in = std::min(*m_pendingIn, m_current);
        const qint64 out = std::max(*m_pendingIn, m_current) + 1;
        m_pendingIn.reset();
        const QString label = activeLabel(AnnotationKind::Segment);
        const auto added = Commands::addAnnotation(
                *doc, AnnotationKind::Segment, label,
                {{QStringLiteral("start"), double(in)}, {QStringLiteral("end"), double(out)}});
        report(added);
        if (added)
            choose(*added);
        return;
    }
    if (const auto a = ownAnnotation(m_chosen); a && a->kind == AnnotationKind::Segment) {
        const qint64 start = whole(a->value, "start");
        if (m_current < start)
            return Q_EMIT message(tr("The out point must lie after the segment's start (%1).").arg(timecodeOf(start)));
        return report(Commands::setValue(*doc, a->id, {{QStringLiteral("start"), double(start)},
                                                       {QStringLiteral("end"), double(m_current + 1)}}));
    }
    Q_EMIT message(tr("Press I at the first frame of the segment first."));
}

void VideoEditor::addMarker()
{
    ItemDocument *doc = document();
    if (!doc || !m_ready)
        return;
    const QString label = activeLabel(AnnotationKind::Marker);
    if (label.isEmpty())
        return Q_EMIT message(tr("This task has no label for markers."));
    const auto added = Commands::addAnnotation(*doc, AnnotationKind::Marker, label,
                                               {{QStringLiteral("frame"), double(m_current)}});
    report(added);
    if (added)
        choose(*added);
}

void VideoEditor::removeChosen()
{
    ItemDocument *doc = document();
    if (!doc || m_chosen.isEmpty())
        return;
    report(Commands::removeAnnotation(*doc, m_chosen));
}

void VideoEditor::jumpToEdge(bool forward)
{
    QList<qint64> edges;
    for (const TimelineView::Mark &m : m_timeline->marks()) {
        edges << m.start;
        if (m.end > 0) // a segment's last frame; a locator's end is the frame after the part
            edges << (m.lane == 1 ? std::min(m.end, m_frameCount - 1) : m.end - 1);
    }
    std::sort(edges.begin(), edges.end());
    if (forward) {
        const auto it = std::upper_bound(edges.cbegin(), edges.cend(), m_current);
        if (it != edges.cend())
            seek(*it);
    } else {
        const auto it = std::lower_bound(edges.cbegin(), edges.cend(), m_current);
        if (it != edges.cbegin())
            seek(*std::prev(it));
    }
}

void VideoEditor::setLocator(const QString &locator, bool start)
{
    ItemDocument *doc = document();
    if (!doc || !m_ready)
        return;
    const auto existing = locatorAnnotation(locator);
    QJsonObject value = existing && !LocatorKind::isSkipped(existing->value) ? existing->value : QJsonObject();
    // An end is the first frame after the part; on the last frame it is the end of the video.
    const qint64 at = !start && m_current == m_frameCount - 1 ? m_frameCount : m_current;
    value.insert(start ? QStringLiteral("start") : QStringLiteral("end"), double(at));
    if (existing)
        report(Commands::setValue(*doc, existing->id, value));
    else
        report(Commands::addAnnotation(*doc, AnnotationKind::Locator, locator, value));
    m_locators->chooseNext();
}

void VideoEditor::skipLocator(const QString &locator)
{
    ItemDocument *doc = document();
    if (!doc || !m_ready)
        return;
    const auto existing = locatorAnnotation(locator);
    const QJsonObject skipped{{QStringLiteral("skipped"), true}};
    if (existing && LocatorKind::isSkipped(existing->value))
        report(Commands::removeAnnotation(*doc, existing->id)); // Skip again: not skipped any more
    else if (existing)
        report(Commands::setValue(*doc, existing->id, skipped));
    else
        report(Commands::addAnnotation(*doc, AnnotationKind::Locator, locator, skipped));
}

void VideoEditor::dragEdge(const QString &id, bool startEdge, qint64 frame, bool finished)
{
    ItemDocument *doc = document();
    const auto a = ownAnnotation(id);
    if (!doc || !a)
        return;
    QJsonObject value = a->value;
    const qint64 start = whole(value, "start");
    const qint64 end = whole(value, "end");
    // An edge stops one frame before the other: a segment keeps at least one frame.
    if (startEdge)
        value.insert(QStringLiteral("start"), double(std::min(frame, end - 1)));
    else
        value.insert(QStringLiteral("end"), double(std::max(frame, start + 1)));
    if (value != a->value) {
        if (!m_dragStack) {
            m_dragStack = doc->undoStack(); // one drag, one undo step
            m_dragStack->beginMacro(tr("Move an edge"));
        }
        report(Commands::setValue(*doc, id, value, true));
    }
    if (finished) {
        if (m_dragStack)
            m_dragStack->endMacro();
        m_dragStack = nullptr;
        const bool locator = a->kind == AnnotationKind::Locator;
        seek(whole(value, startEdge ? "start" : "end") - (startEdge || locator ? 0 : 1));
    }
}

void VideoEditor::checkLocatorsOnDone()
{
    const ItemDocument *doc = document();
    if (!doc || doc->status() != SubmissionStatus::Done || doc->task().schema.locators().isEmpty())
        return;
    const QStringList lines = texts(LocatorChecks::check(doc->task().schema, m_own.values(), true));
    if (!lines.isEmpty())
        Q_EMIT notice(lines.join(QLatin1Char(' ')));
}

void VideoEditor::report(const Result<void> &result)
{
    if (!result)
        Q_EMIT message(result.error().message());
}

void VideoEditor::report(const Result<QString> &result)
{
    if (!result)
        Q_EMIT message(result.error().message());
}

} // namespace annostraat
