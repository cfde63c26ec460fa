// SPDX-License-Identifier: GPL-3.0-or-later
// Store: the statistics of a task (items per status, annotations per label and per author).
#include "store.h"

#include "storequery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace annostraat {

namespace {
// Messages of this file, under the store's context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Store)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Store)
};
} // namespace

TaskStats Store::stats(const QString &taskId) const
{
    TaskStats stats;
    const QList<Item> items = this->items(taskId);
    stats.items = int(items.size());
    QSet<QString> itemsWithWork;
    for (const Submission &s : submissions(taskId)) {
        ++stats.itemsPerStatus[toId(s.status)];
        itemsWithWork.insert(s.itemId);
    }
    const int untouched = stats.items - int(itemsWithWork.size());
    if (untouched > 0)
        stats.itemsPerStatus[toId(SubmissionStatus::Todo)] += untouched;

    QHash<QString, QString> names;
    for (const Profile &p : profiles())
        names.insert(p.id, p.name);
    if (!query(*m_db,
               QStringLiteral("SELECT label, author, count(*) FROM annotations WHERE task_id = ? AND deleted = 0 "
                              "AND value IS NOT NULL GROUP BY label, author"),
               [&](Statement &s) { s.bind(1, taskId); },
               [&](const Statement &s) {
                   const int n = int(s.int64(2));
                   stats.annotationsPerLabel[s.text(0)] += n;
                   stats.annotationsPerAuthor[names.value(s.text(1), s.text(1))] += n;
               }))
        readFailed(Tr::msg("statistics"));
    return stats;
}

} // namespace annostraat
