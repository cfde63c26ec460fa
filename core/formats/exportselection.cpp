// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportselection.h"

#include "quality/consensus.h"
#include "quality/reviewqueue.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::ExportSelection)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::ExportSelection)
};

} // namespace

QString toId(ExportSelection selection)
{
    switch (selection) {
    case ExportSelection::Everyone:
        return QStringLiteral("all");
    case ExportSelection::Reviewed:
        return QStringLiteral("reviewed");
    case ExportSelection::Consensus:
        return QStringLiteral("consensus");
    }
    return {};
}

std::optional<ExportSelection> exportSelectionFromId(QStringView id)
{
    for (ExportSelection s :
         {ExportSelection::Everyone, ExportSelection::Reviewed, ExportSelection::Consensus})
        if (id.compare(toId(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

Result<QList<Annotation>> exportedAnnotations(const Store &store, const QString &taskId,
                                              const ExportOptions &options)
{
    QString layer;
    if (!options.layer.isEmpty()) {
        if (options.selection != ExportSelection::Everyone)
            return Error(Tr::msg("choose one person's layer or the %1 work, not both")
                                 .arg(toId(options.selection)));
        const auto person = store.findProfile(options.layer);
        if (!person)
            return Error(Tr::msg("there is no profile \"%1\"").arg(options.layer));
        layer = person->id;
    }
    const QList<Annotation> all = store.taskAnnotations(taskId);
    if (store.hasReadError())
        return store.readError();
    QList<Annotation> live;
    for (const Annotation &a : all)
        if (!a.suggested && (layer.isEmpty() || a.author == layer)) // taskAnnotations: live only
            live << a;

    switch (options.selection) {
    case ExportSelection::Everyone:
        return live;
    case ExportSelection::Reviewed: {
        QSet<QString> accepted; // "<item>/<annotator>"
        for (const Review &r : store.reviews(taskId))
            if (r.verdict == Verdict::Accepted || r.verdict == Verdict::Corrected)
                accepted.insert(r.id());
        if (store.hasReadError())
            return store.readError();
        QList<Annotation> reviewed;
        for (const Annotation &a : std::as_const(live))
            if (accepted.contains(Submission::submissionId(a.itemId, a.author)))
                reviewed << a;
        return reviewed;
    }
    case ExportSelection::Consensus: {
        // Whose work counts on an item: everyone who marked it done, and everyone with an
        // annotation on it (an empty layer marked done votes "nothing here"); a standing
        // correction replaces the vote (Consensus::settle, decision 0021).
        QHash<QString, QSet<QString>> people;
        QHash<QString, std::optional<Submission>> submissions; // "<item>/<annotator>"
        for (const Submission &s : store.submissions(taskId)) {
            if (s.status == SubmissionStatus::Done)
                people[s.itemId].insert(s.annotator);
            submissions.insert(s.id(), s);
        }
        QHash<QString, QList<Review>> corrections;
        QHash<QString, QSet<QString>> reviewers;
        for (const Review &r : store.reviews(taskId)) {
            reviewers[r.itemId].insert(r.reviewer);
            if (ReviewQueue::stateOf(submissions.value(r.id()), r) == ReviewState::Corrected)
                corrections[r.itemId] << r;
        }
        if (store.hasReadError())
            return store.readError();
        QList<QString> order;
        QHash<QString, QList<Annotation>> byItem;
        for (const Annotation &a : std::as_const(live)) {
            if (!byItem.contains(a.itemId))
                order << a.itemId;
            byItem[a.itemId] << a;
        }
        ConsensusOptions options; // the task's "agreement" threshold, as the review queue uses
        if (const auto task = store.task(taskId)) {
            options.minAgreement = task->schema.agreement().minAgreement;
            options.agreement = task->schema.agreement().tolerances;
        }
        QList<Annotation> agreed;
        for (const QString &item : std::as_const(order))
            agreed << Consensus::settle(byItem.value(item), people.value(item), corrections.value(item),
                                        reviewers.value(item), options)
                              .agreed;
        return agreed;
    }
    }
    return live;
}

} // namespace annostraat
