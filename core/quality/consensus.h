// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The consensus of several people's layers on one item (issue 13, "exports choose … the
// consensus"): the annotations that most of the item's people agree on, one per group of
// matching annotations. It works for every kind through the kind's own agreement metric
// (AnnotationKindInfo::agreement: IoU for boxes and polygons, line distance for cracks,
// interval overlap for markers, segments and spans, equality for answers), so a new kind joins
// without a branch here.
//
// How: the annotations are grouped by kind and label. Within a group, each annotation (in a
// fixed order: by author, then id) joins the cluster it agrees with best on average (at least
// minAgreement with that average, and a cluster takes at most one annotation per person), or
// starts a cluster of its own. A cluster that more than half of the item's people contributed
// to is kept, as its medoid: the member that agrees best with the others (ties: the first in
// the fixed order). Kinds without a metric agree when their values are equal.
//
// What the merge cannot settle (decision 0021): a cluster without a majority is *unsettled*
// when it is a tie (exactly half the item's people in it), or when a majority of the people
// drew something there (any label of the kind, matching at minAgreement; for answers: answered
// the question at all) and nothing of the kind kept covers it: three people, one box, three
// labels; two people, two answers. Unsettled groups go to the review queue.
//
// For an export (settle()): a standing "corrected" verdict on anyone's work on the item makes
// the correcting reviewer's layer the item's result, as it is; nothing is unsettled then.
// Correction layers never vote.

#include "model/entities.h"
#include "model/kinds/annotationkindinfo.h"
#include "util/message.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace annostraat {

struct ConsensusOptions
{
    /// Least average agreement for an annotation to join a cluster (IoU 0.5 is the usual
    /// detection threshold).
    double minAgreement = 0.5;
    AgreementOptions agreement;
};

/// What the item's people disagree on so that no majority settles it.
struct Unsettled
{
    AnnotationKind kind = AnnotationKind::Box;
    QStringList labels;        ///< the labels involved (for answers: the question), sorted
    QStringList annotationIds; ///< the annotations involved, sorted
};

struct ItemConsensus
{
    QList<Annotation> agreed;
    QList<Unsettled> unsettled;
    QString correctedBy; ///< the reviewer whose correction is the result, if any
};

namespace Consensus {

/// The consensus of \a annotations (one item's, several layers; deleted ones and open
/// suggestions are left out) among \a people (the item's people whose work counts, at least
/// every author in \a annotations). The result keeps each medoid's id, author and attributes.
QList<Annotation> ofItem(const QList<Annotation> &annotations, QSet<QString> people,
                         const ConsensusOptions &options = {});

/// ofItem(), and what it cannot settle.
ItemConsensus ofItemWithDoubts(const QList<Annotation> &annotations, QSet<QString> people,
                               const ConsensusOptions &options = {});

/// The consensus of one item for an export or the review queue. \a annotations: the item's
/// live annotations, every layer; \a finished: who marked it done; \a corrections: the
/// standing "corrected" verdicts on the item's work. The newest correction's reviewer layer is
/// the result; else the vote of everyone who marked the item done or drew on it, correction
/// layers of the item's reviewers left out.
ItemConsensus settle(const QList<Annotation> &annotations, const QSet<QString> &finished,
                     const QList<Review> &corrections, const QSet<QString> &reviewers,
                     const ConsensusOptions &options = {});

/// "the consensus cannot settle the box (\"Auto\", \"Fiets\")", for people.
Message describe(const Unsettled &u);

} // namespace Consensus
} // namespace annostraat
