// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The only writers of a document. Each function checks the change, writes it to the store
// in one transaction and puts an undo step on the document's stack; on error nothing is
// written and nothing is pushed. A change that would change nothing is dropped. Widgets
// call these and never see the command classes. An edit that makes a form question no longer
// asked (a changed answer, a removed or relabelled shape) removes that question's answer in
// the same undo step (model/questions.h).

#include "model/entities.h"
#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace annostraat {

class ItemDocument;
struct VerdictRequest;

namespace Commands {

/// How many undo steps per item and person outlive a restart.
inline constexpr int kKeptUndoSteps = 100;
/// Brings back \a doc's undo history as the store kept it (unless the store has moved on since
/// its last step) and from now on keeps it there as it changes, so the last steps before a
/// crash or a restart can still be undone. Steps that were undone are not kept for redo.
void keepHistory(ItemDocument &doc);

/// Adds an annotation to the user's layer; returns its id.
Result<QString> addAnnotation(ItemDocument &doc, AnnotationKind kind, const QString &label,
                              const QJsonObject &value, const QJsonObject &attributes = {});
Result<void> removeAnnotation(ItemDocument &doc, const QString &annotationId);
/// Adds copies of \a sources (e.g. the user's annotations on the previous item) to the
/// user's layer on this item: all in one transaction and one undo step, or none. Kind, label,
/// value and attributes are copied; the caller fits the values to this item's image first.
/// Returns the new ids, in the order of \a sources.
Result<QStringList> copyAnnotations(ItemDocument &doc, const QList<Annotation> &sources);
Result<void> setLabel(ItemDocument &doc, const QString &annotationId, const QString &label);
/// \a continuing: part of one gesture (a drag); such edits merge into one undo step.
Result<void> setValue(ItemDocument &doc, const QString &annotationId, const QJsonObject &value,
                      bool continuing = false);
Result<void> setAttribute(ItemDocument &doc, const QString &annotationId, const QString &name,
                          const QJsonValue &value);
/// Answers form question \a questionId: adds the person's answer or changes it; an empty
/// answer (null, "", []) removes it. Answers of other questions that are no longer asked
/// because of it (their "when" stops holding) are removed in the same transaction and the
/// same undo step. Refused when the question is not asked for this item.
Result<void> setAnswer(ItemDocument &doc, const QString &questionId, const QJsonValue &answer);
/// Accepts suggestion \a annotationId (a pre-annotation in the user's layer): from now on it is
/// the user's own annotation. Relabelling, editing or moving a suggestion accepts it as well,
/// in the same undo step; removing it rejects it.
Result<void> acceptSuggestion(ItemDocument &doc, const QString &annotationId);
/// Done, flagged (with a reason), skipped, … for the user's work on the item.
Result<void> setStatus(ItemDocument &doc, SubmissionStatus status, const QString &reason = {});
/// The document's user (a reviewer or team lead) gives a verdict on another person's work on
/// the item (quality/verdicts.h); one undo step, whose undo takes the verdict back
/// (reviewcommands.cpp). Fix and accept while the user has no layer on the item copies the
/// annotator's work into the user's layer, to be corrected there; the undo removes the copy.
Result<void> setVerdict(ItemDocument &doc, const VerdictRequest &request);
/// The document's user, a team lead, marks the item as gold (or unmarks it) with their own
/// layer on it as the reference (decision 0021); one undo step, whose undo restores the mark as
/// it was (reviewcommands.cpp).
Result<void> setGold(ItemDocument &doc, bool gold);

} // namespace Commands
} // namespace annostraat
