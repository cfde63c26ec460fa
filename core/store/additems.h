// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adding items to a running task (issue 14, point 3): the team lead reads a folder of new
// media (folderscan.h, the task builder's own drafting) and adds what is new. Like a schema
// change (schemachange.h) it is planned first and written second, in one transaction:
// - a file whose content the task has already (the same SHA-256) is left out, and said;
// - a file of another media kind than the task's (a video for a task of images) is left out;
// - the new items come after the task's last, in the folder's order.
// inverse() takes the items out again (one undo step on the team lead's desk); that is refused
// whole once someone has worked on one of them. Publishing makes the next task version, which
// annotators' PCs merge: new items appear in their queues, nothing of their work changes.

#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace annostraat {

class Store;

struct AddItemsPlan
{
    QString taskId;
    QString author;
    /// The items to add (with ids and orders); for an inverse, the items to take out.
    QList<Item> items;
    /// Drafted items whose media the task holds already (by SHA-256): left out.
    QList<Item> alreadyIn;
    /// Drafted items of a media kind the task does not take: left out.
    QList<Item> otherKind;
    /// The inverse of an applied plan: takes \a items out again.
    bool removing = false;

    int count() const { return int(items.size()); }
    AddItemsPlan inverse() const;
};

/// Plans adding \a drafted (from scanMediaFolder() or the task builder) to task \a taskId.
/// A plan that adds nothing is not an error; the caller says so.
Result<AddItemsPlan> planAddItems(const Store &store, const QString &taskId, QList<Item> drafted,
                                  const QString &author);

/// Writes \a plan in one transaction: adds its items or, for an inverse, takes them out. Refused
/// whole when an item to add exists already, or an item to take out has work (an annotation or a
/// status) by anyone. Returns the number of items added or taken out.
Result<int> applyAddItems(Store &store, const AddItemsPlan &plan);

} // namespace annostraat
