// SPDX-License-Identifier: GPL-3.0-or-later
#include "consensus.h"

#include "itemagreement.h"
#include "model/kinds/annotationkinds.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>
#include <utility>

namespace annostraat::Consensus {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Consensus)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Consensus)
};

struct Cluster
{
    QList<Annotation> members;
    QSet<QString> authors;
    bool kept = false;
};

bool answers(AnnotationKind kind)
{
    return AnnotationKinds::get(kind).answersQuestion();
}

/// Whether \a a is "the same thing" as any member of \a c in the wider sense used for doubts:
/// for answers the same question, for drawn kinds a match at the threshold whatever the label.
bool near(const Annotation &a, const QList<Annotation> &members, const ConsensusOptions &options)
{
    for (const Annotation &m : members) {
        if (a.kind != m.kind)
            continue;
        if (answers(a.kind) ? a.label == m.label
                            : ItemAgreement::between(a, m, options.agreement) >= options.minAgreement)
            return true;
    }
    return false;
}

} // namespace

ItemConsensus ofItemWithDoubts(const QList<Annotation> &annotations, QSet<QString> people,
                               const ConsensusOptions &options)
{
    // Grouped by kind and label, each group in a fixed order, so the result does not depend on
    // the order the store happens to give.
    std::map<std::pair<QString, QString>, QList<Annotation>> groups;
    QList<Annotation> live;
    for (const Annotation &a : annotations) {
        if (a.deleted || a.suggested)
            continue;
        people.insert(a.author);
        groups[{toId(a.kind), a.label}] << a;
        live << a;
    }
    ItemConsensus result;
    QList<Cluster> dropped;
    for (auto &[key, group] : groups) {
        std::sort(group.begin(), group.end(), [](const Annotation &x, const Annotation &y) {
            return std::tie(x.author, x.id) < std::tie(y.author, y.id);
        });
        QList<Cluster> clusters;
        for (const Annotation &a : std::as_const(group)) {
            int best = -1;
            double bestScore = 0;
            for (int c = 0; c < clusters.size(); ++c) {
                if (clusters.at(c).authors.contains(a.author))
                    continue;
                double sum = 0;
                for (const Annotation &m : std::as_const(clusters.at(c).members))
                    sum += ItemAgreement::between(a, m, options.agreement);
                const double mean = sum / double(clusters.at(c).members.size());
                if (mean >= options.minAgreement && mean > bestScore) {
                    best = c;
                    bestScore = mean;
                }
            }
            if (best < 0) {
                clusters << Cluster{};
                best = int(clusters.size() - 1);
            }
            clusters[best].members << a;
            clusters[best].authors.insert(a.author);
        }
        for (const Cluster &c : std::as_const(clusters)) {
            if (2 * c.authors.size() <= people.size()) {
                dropped << c; // not a majority of the item's people
                continue;
            }
            qsizetype medoid = 0;
            double bestSum = -1;
            for (qsizetype i = 0; i < c.members.size(); ++i) {
                double sum = 0;
                for (qsizetype j = 0; j < c.members.size(); ++j)
                    if (i != j)
                        sum += ItemAgreement::between(c.members.at(i), c.members.at(j),
                                                      options.agreement);
                if (sum > bestSum) {
                    bestSum = sum;
                    medoid = i;
                }
            }
            result.agreed << c.members.at(medoid);
        }
    }

    // What no majority settles: a tie, or a majority that drew (answered) something here
    // without agreeing on what, where nothing kept covers it.
    for (const Cluster &c : std::as_const(dropped)) {
        if (std::any_of(c.members.begin(), c.members.end(),
                        [&](const Annotation &m) { return near(m, result.agreed, options); }))
            continue; // a kept annotation covers it: settled
        QSet<QString> support = c.authors;
        QList<Annotation> involved = c.members;
        for (const Annotation &a : std::as_const(live))
            if (!involved.contains(a) && near(a, c.members, options)) {
                support.insert(a.author);
                involved << a;
            }
        const bool tie = 2 * c.authors.size() == people.size();
        if (!tie && 2 * support.size() <= people.size())
            continue;
        Unsettled u;
        u.kind = c.members.first().kind;
        for (const Annotation &a : std::as_const(involved)) {
            if (!u.labels.contains(a.label))
                u.labels << a.label;
            u.annotationIds << a.id;
        }
        u.labels.sort();
        u.annotationIds.sort();
        const bool known = std::any_of(result.unsettled.begin(), result.unsettled.end(), [&](const Unsettled &x) {
            return x.kind == u.kind && x.annotationIds == u.annotationIds;
        });
        if (!known)
            result.unsettled << u;
    }
    return result;
}

QList<Annotation> ofItem(const QList<Annotation> &annotations, QSet<QString> people,
                         const ConsensusOptions &options)
{
    return ofItemWithDoubts(annotations, std::move(people), options).agreed;
}

ItemConsensus settle(const QList<Annotation> &annotations, const QSet<QString> &finished,
                     const QList<Review> &corrections, const QSet<QString> &reviewers,
                     const ConsensusOptions &options)
{
    if (!corrections.isEmpty()) {
        const Review newest = *std::max_element(corrections.begin(), corrections.end(),
                                                [](const Review &x, const Review &y) { return x.at < y.at; });
        ItemConsensus result;
        result.correctedBy = newest.reviewer;
        for (const Annotation &a : annotations)
            if (a.author == newest.reviewer && !a.deleted && !a.suggested)
                result.agreed << a;
        return result;
    }
    QList<Annotation> votes;
    for (const Annotation &a : annotations)
        if (!reviewers.contains(a.author))
            votes << a;
    QSet<QString> people = finished;
    for (const QString &r : reviewers)
        people.remove(r);
    return ofItemWithDoubts(votes, people, options);
}

Message describe(const Unsettled &u)
{
    QStringList quoted;
    for (const QString &l : u.labels)
        quoted << QStringLiteral("\"%1\"").arg(l);
    if (answers(u.kind))
        return Tr::msg("the consensus cannot settle %1").arg(quoted.join(QStringLiteral(", ")));
    return Tr::msg("the consensus cannot settle the %1 (%2)").arg(toId(u.kind), quoted.join(QStringLiteral(", ")));
}

} // namespace annostraat::Consensus
