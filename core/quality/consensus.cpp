// SPDX-License-Identifier: GPL-3.0-or-later
#include "consensus.h"

#include "itemagreement.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <utility>

namespace annostraat::Consensus {

namespace {

struct Cluster
{
    QList<Annotation> members;
    QSet<QString> authors;
};

} // namespace

QList<Annotation> ofItem(const QList<Annotation> &annotations, QSet<QString> people,
                         const ConsensusOptions &options)
{
    // Grouped by kind and label, each group in a fixed order, so the result does not depend on
    // the order the store happens to give.
    std::map<std::pair<QString, QString>, QList<Annotation>> groups;
    for (const Annotation &a : annotations) {
        if (a.deleted || a.suggested)
            continue;
        people.insert(a.author);
        groups[{toId(a.kind), a.label}] << a;
    }
    QList<Annotation> result;
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
            if (2 * c.authors.size() <= people.size())
                continue; // not a majority of the item's people
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
            result << c.members.at(medoid);
        }
    }
    return result;
}

} // namespace annostraat::Consensus
