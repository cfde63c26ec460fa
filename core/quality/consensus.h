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

#include "model/entities.h"
#include "model/kinds/annotationkindinfo.h"

#include <QList>
#include <QSet>
#include <QString>

namespace annostraat {

struct ConsensusOptions
{
    /// Least average agreement for an annotation to join a cluster (IoU 0.5 is the usual
    /// detection threshold).
    double minAgreement = 0.5;
    AgreementOptions agreement;
};

namespace Consensus {

/// The consensus of \a annotations (one item's, several layers; deleted ones and open
/// suggestions are left out) among \a people (the item's people whose work counts, at least
/// every author in \a annotations). The result keeps each medoid's id, author and attributes.
QList<Annotation> ofItem(const QList<Annotation> &annotations, QSet<QString> people,
                         const ConsensusOptions &options = {});

} // namespace Consensus
} // namespace annostraat
