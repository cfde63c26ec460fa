// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Giving and taking back verdicts on a person's work on an item (issue 12, point 2; decision
// 0018). A verdict is a review op (store/op.h): accepted, rejected with a comment (anchored to
// an annotation of the person's layer, and where on it), or corrected: the reviewer's fix is
// their own layer, the person's layer stays as it was. The GUI's undoable command
// (document/commands.h, Commands::setVerdict) and the CLI both write through here.

#include "model/entities.h"
#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace annostraat {

class Store;

struct VerdictRequest
{
    QString itemId;
    QString annotator;
    Verdict verdict = Verdict::Accepted;
    QString comment;
    QString annotationId; ///< the annotation of the annotator's layer it is about (optional)
    QJsonObject anchor;   ///< where on it (optional): {"frame": N}, {"start", "end"}, a region
};

/// What give() wrote and what stood before, so that it can be taken back.
struct GivenVerdict
{
    Review review;
    std::optional<Review> before; ///< the row before, taken-back verdicts included
    QStringList copied;           ///< annotations copied into the reviewer's layer (fix)
};

namespace Verdicts {

/// Checks \a request without writing: \a reviewer is a reviewer or team lead and not the
/// annotator, the item is the task's, the annotator marked it done or flagged (or a verdict on
/// it stands), a rejection has a comment, and the annotation (when named) is a live one of the
/// annotator's layer on the item. Returns the review to write.
Result<Review> check(const Store &store, const Task &task, const Profile &reviewer,
                     const VerdictRequest &request);

/// Writes the verdict in one transaction. With \a copyLayer and a correction, when the reviewer
/// has no layer on the item yet, the annotator's layer is copied into the reviewer's in the
/// same transaction: the copy is what the reviewer corrects (the CLI's "review fix"). With
/// \a restoreCopies (the copies an earlier give made, taken back since: redo), those same
/// annotations come back instead of new copies.
Result<GivenVerdict> give(Store &store, const Task &task, const Profile &reviewer,
                          const VerdictRequest &request, bool copyLayer = false,
                          const QStringList &restoreCopies = {});

/// Takes \a given back (undo): the verdict before it when that was about the same marking of
/// the work, else none (the work waits for a verdict again). Written as \a reviewer's op.
Result<void> takeBack(Store &store, const Profile &reviewer, const GivenVerdict &given);

} // namespace Verdicts
} // namespace annostraat
