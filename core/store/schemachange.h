// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changing the schema of a running task (issue 14, point 3): labels and answers added,
// renamed, recoloured, questions added, labels taken out. Like an assignment plan
// (assignmentplan.h) it is planned first and written second, in one transaction:
// - a renamed label takes its annotations along (their label is rewritten);
// - a label taken out that has annotations needs a decision per label: move them to another
//   label (one the annotations' kind may be drawn with), or keep them as they are, under the
//   old name, which the schema no longer offers (the review queue and exports still see them);
// - the plan counts the annotations of every label taken out, so the team lead is told how many
//   before choosing.
// inverse() is the plan that takes an applied one back (one undo step on the team lead's desk).

#include "model/entities.h"
#include "op.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace annostraat {

class Store;

struct SchemaChangePlan
{
    QString taskId;
    QString author;
    Schema before;
    Schema after;
    /// Old label name → new name, for labels kept under another name.
    QMap<QString, QString> renames;
    /// Labels of \a before that \a after no longer has (renames apart) → live annotations.
    QMap<QString, int> removed;
    /// For each removed label with annotations: the label they move to; empty: kept as they are.
    QMap<QString, QString> moveTo;
    /// Labels of \a after → live annotations under them that no longer fit it (a kind or an
    /// attribute taken away, a range narrowed): they are kept as they are, and said.
    QMap<QString, int> unfit;
    /// Annotation id → its label now, for every annotation the plan relabels.
    QHash<QString, QString> relabelled;
    /// Annotation id → its label after the plan.
    QHash<QString, QString> newLabels;
    QList<Change> changes;

    /// How many annotations move to another label or name.
    int annotationsChanged() const { return int(relabelled.size()); }
    /// How many annotations stay under a label the schema no longer has.
    int annotationsKept() const;
    /// The plan that takes this one back once it was applied.
    SchemaChangePlan inverse() const;
};

/// Plans giving task \a taskId the schema \a after. \a renames: old label name → new name;
/// \a moveTo: for labels taken out, the label their annotations move to (absent or empty:
/// they are kept as they are). A move to a label that is not in \a after, or that cannot be
/// drawn as an annotation's kind, refuses the plan naming both.
Result<SchemaChangePlan> planSchemaChange(const Store &store, const QString &taskId,
                                          const Schema &after,
                                          const QMap<QString, QString> &renames,
                                          const QMap<QString, QString> &moveTo,
                                          const QString &author);

/// Writes \a plan in one transaction, after checking that the task's schema is still the one
/// the plan was made from (refused whole otherwise). Returns the annotations relabelled.
Result<int> applySchemaChange(Store &store, const SchemaChangePlan &plan);

} // namespace annostraat
