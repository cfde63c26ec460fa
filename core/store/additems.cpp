// SPDX-License-Identifier: GPL-3.0-or-later
#include "additems.h"

#include "store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace annostraat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AddItems)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::AddItems)
};

bool takes(MediaKind task, MediaKind item)
{
    return task == MediaKind::Mixed ? item != MediaKind::ImagePair : task == item;
}
} // namespace

AddItemsPlan AddItemsPlan::inverse() const
{
    AddItemsPlan back = *this;
    back.removing = !removing;
    back.alreadyIn.clear();
    back.otherKind.clear();
    return back;
}

Result<AddItemsPlan> planAddItems(const Store &store, const QString &taskId, QList<Item> drafted,
                                  const QString &author)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("there is no task \"%1\"").arg(taskId));
    const QList<Item> existing = store.items(taskId);
    QSet<QString> held;
    int order = -1;
    for (const Item &item : existing) {
        held.insert(item.sha256);
        order = std::max(order, item.order);
    }
    AddItemsPlan plan;
    plan.taskId = taskId;
    plan.author = author;
    for (Item &item : drafted) {
        if (held.contains(item.sha256)) {
            plan.alreadyIn << item;
            continue;
        }
        if (!takes(task->mediaKind, item.kind)) {
            plan.otherKind << item;
            continue;
        }
        held.insert(item.sha256); // the same file twice in the folder: once
        item.id = newId();
        item.taskId = taskId;
        item.order = ++order;
        plan.items << item;
    }
    return plan;
}

Result<int> applyAddItems(Store &store, const AddItemsPlan &plan)
{
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    // Under the write lock: what the plan assumes must still hold.
    if (!store.task(plan.taskId))
        return Error(Tr::msg("there is no task \"%1\"").arg(plan.taskId));
    for (const Item &item : plan.items) {
        const auto now = store.item(item.id);
        if (!plan.removing && now)
            return Error(Tr::msg("item %1 (%2) is in the task already; nothing was written")
                                 .arg(item.id, item.mediaPath));
        if (plan.removing && now
            && (!store.annotations(item.id).isEmpty() || !store.itemSubmissions(item.id).isEmpty()))
            return Error(Tr::msg("someone has worked on the new item %1 since it was added; nothing "
                                 "was taken out")
                                 .arg(item.mediaPath));
    }
    for (const Item &item : plan.items) {
        // Taking out is the item's "deleted"; adding again (a redo: the same id) clears it.
        Change change = plan.removing
                ? Change{plan.author, QStringLiteral("item"), item.id, {{QStringLiteral("task"), item.taskId}},
                         {{QStringLiteral("deleted"), true}}}
                : Store::itemChange(item, plan.author);
        if (!plan.removing)
            change.fields.insert(QStringLiteral("deleted"), false);
        if (auto op = tx->record(change); !op)
            return op.error().prefixed(store.path());
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return plan.count();
}

} // namespace annostraat
