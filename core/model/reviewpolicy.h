// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which work of a task a reviewer or team lead looks at (the schema's optional "review" block,
// docs/schema-format.md, decision 0018), and the quick comments they can reject with. Every
// rule adds items; an item is in the review queue when any rule picks it, with each rule that
// did as a reason.

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace annostraat {

struct ReviewPolicy
{
    /// "sample": percentage of items (0–100) drawn at random, the same on every PC: the draw
    /// is a hash of the task and item ids, not a random generator.
    double samplePercent = 0;
    /// "firstItems": each person's first N items of the task (by the task's order).
    int firstItems = 0;
    /// "disagreement": items where two people's work does not match (the schema's "agreement"
    /// threshold and tolerances) or where they answered a question differently.
    bool disagreement = false;
    /// "flagged": items a person flagged.
    bool flagged = false;
    /// "quickComments": ready-made rejection comments, in the order shown.
    QStringList quickComments;

    /// No rule picks anything (the task is not reviewed, apart from verdicts already given).
    bool selectsNothing() const
    {
        return samplePercent <= 0 && firstItems <= 0 && !disagreement && !flagged;
    }
    bool isDefault() const { return selectsNothing() && quickComments.isEmpty(); }
    /// Reads {"sample": 10, "firstItems": 5, "disagreement": true, "flagged": true,
    /// "quickComments": ["…"]}; absent fields keep their defaults, and so does an undefined
    /// \a value (no block). The error names the field and what it must be.
    static Result<ReviewPolicy> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

} // namespace annostraat
