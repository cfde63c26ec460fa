// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamfigures.h"

#include "goldscore.h"
#include "itemagreement.h"
#include "model/kinds/annotationkinds.h"
#include "reviewqueue.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace annostraat {

int PersonProgress::toDo() const
{
    return std::max(0, assigned - done - flagged - skipped - started);
}

namespace TeamFigures {

namespace {

const QString kQuestionPrefix = QStringLiteral("question:");

/// Agreeing units and units, summed: a drawn kind's 2·same label over 2·matched + only A +
/// only B (GoldKindScore's F1 with labels); a question's same answers over answers compared.
struct Tally
{
    double agree = 0;
    double units = 0;

    void add(double a, double u)
    {
        agree += a;
        units += u;
    }
    double value() const { return units > 0 ? agree / units : 1.0; }
};

QJsonValue answerOf(const QList<Annotation> &layer, const QString &question)
{
    for (const Annotation &a : layer)
        if (AnnotationKinds::get(a.kind).answersQuestion() && a.label == question)
            return a.value.value(QStringLiteral("answer"));
    return {};
}

bool answered(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull();
}

/// person → work → week → tally, and the same without weeks.
struct SeriesBuilder
{
    QMap<QString, QMap<QString, QMap<QDate, Tally>>> byWeek;
    QMap<QString, QMap<QString, Tally>> overall;
    QMap<QString, QMap<QString, QMap<QDate, int>>> itemsByWeek;
    QMap<QString, QMap<QString, QSet<QString>>> items;

    void add(const QString &person, const QString &work, const QDate &week, const QString &itemId,
             double agree, double units)
    {
        byWeek[person][work][week].add(agree, units);
        overall[person][work].add(agree, units);
        if (!items[person][work].contains(itemId)) {
            items[person][work].insert(itemId);
            ++itemsByWeek[person][work][week];
        }
    }

    /// Figures that come with their own item count (gold scores per week).
    void addCounted(const QString &person, const QString &work, const QDate &week, double agree, double units,
                    int itemCount)
    {
        byWeek[person][work][week].add(agree, units);
        overall[person][work].add(agree, units);
        itemsByWeek[person][work][week] += itemCount;
        counted[person][work] += itemCount;
    }

    QMap<QString, QMap<QString, int>> counted;

    QList<PersonSeries> series() const
    {
        QList<PersonSeries> result;
        for (auto p = overall.begin(); p != overall.end(); ++p)
            for (auto w = p.value().begin(); w != p.value().end(); ++w) {
                PersonSeries s{p.key(), w.key(), w.value().value(),
                               int(items.value(p.key()).value(w.key()).size())
                                       + counted.value(p.key()).value(w.key()),
                               {}};
                const auto weeks = byWeek.value(p.key()).value(w.key());
                for (auto k = weeks.begin(); k != weeks.end(); ++k)
                    s.weeks << WeekFigure{k.key(), k.value().value(),
                                          itemsByWeek.value(p.key()).value(w.key()).value(k.key())};
                result << s;
            }
        return result;
    }
};

/// The drawn kinds' and questions' works in a fixed order: kinds by AnnotationKinds::all(),
/// then questions by the schema.
QStringList orderedWorks(const Task &task, const QSet<QString> &present)
{
    QStringList works;
    for (const AnnotationKindInfo *kind : AnnotationKinds::all())
        if (!kind->answersQuestion() && present.contains(kind->id()))
            works << kind->id();
    for (const QuestionSpec &q : task.schema.questions())
        if (present.contains(questionWork(q.id)))
            works << questionWork(q.id);
    return works;
}

void computeProgress(const Store &store, const Task &task, const QString &onlyPerson,
                     const QList<Submission> &submissions, TaskFigures &figures)
{
    QMap<QString, PersonProgress> people;
    const QHash<QString, QStringList> assignments = store.assignments(task.id);
    for (auto it = assignments.begin(); it != assignments.end(); ++it)
        for (const QString &person : it.value())
            if (onlyPerson.isEmpty() || person == onlyPerson) {
                people[person].person = person;
                ++people[person].assigned;
            }
    // A task nobody was assigned anything in gives everyone every item (Store::queue).
    const int everyItem = assignments.isEmpty() ? int(store.items(task.id).size()) : 0;

    for (const Submission &s : submissions) {
        if (!onlyPerson.isEmpty() && s.annotator != onlyPerson)
            continue;
        PersonProgress &p = people[s.annotator];
        p.person = s.annotator;
        switch (s.status) {
        case SubmissionStatus::Done: ++p.done; break;
        case SubmissionStatus::Flagged: ++p.flagged; break;
        case SubmissionStatus::Skipped: ++p.skipped; break;
        case SubmissionStatus::InProgress: ++p.started; break;
        case SubmissionStatus::Todo: break;
        }
        p.timeSpentMs += s.timeSpentMs;
    }
    // What review made of the work: the queue, as the reviewers see it (work its policy did
    // not pick and nobody gave a verdict on is not "in review").
    for (const ReviewEntry &e : ReviewQueue::build(store, task)) {
        if (!onlyPerson.isEmpty() && e.annotator != onlyPerson)
            continue;
        PersonProgress &p = people[e.annotator];
        p.person = e.annotator;
        switch (e.state) {
        case ReviewState::Pending: ++p.inReview; break;
        case ReviewState::Feedback:
            // Sent back: in its author's queue again, to do (decision 0018), not done.
            ++p.feedback;
            if (e.submission.status == SubmissionStatus::Done)
                --p.done;
            else if (e.submission.status == SubmissionStatus::Flagged)
                --p.flagged;
            break;
        case ReviewState::Accepted: ++p.accepted; break;
        case ReviewState::Corrected: ++p.corrected; break;
        }
    }
    if (!onlyPerson.isEmpty() && !people.contains(onlyPerson))
        people[onlyPerson].person = onlyPerson;
    for (PersonProgress &p : people) {
        if (everyItem > 0)
            p.assigned = everyItem;
        // Work on an item one was not assigned (a reassignment since) still counts as theirs.
        p.assigned = std::max(p.assigned, p.done + p.flagged + p.skipped + p.started);
        figures.total.assigned += p.assigned;
        figures.total.done += p.done;
        figures.total.flagged += p.flagged;
        figures.total.skipped += p.skipped;
        figures.total.started += p.started;
        figures.total.timeSpentMs += p.timeSpentMs;
        figures.total.inReview += p.inReview;
        figures.total.feedback += p.feedback;
        figures.total.accepted += p.accepted;
        figures.total.corrected += p.corrected;
    }
    figures.progress = people.values();
}

} // namespace

QString questionWork(const QString &questionId)
{
    return kQuestionPrefix + questionId;
}

QString questionOf(const QString &work)
{
    return work.startsWith(kQuestionPrefix) ? work.mid(kQuestionPrefix.size()) : QString();
}

QDate weekOf(const Hlc &at)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(at.wallMs(), QTimeZone::utc()).date();
    return day.addDays(1 - day.dayOfWeek());
}

TaskFigures compute(const Store &store, const Task &task, int mostDisagreement, const QString &onlyPerson)
{
    TaskFigures figures;
    const QList<Submission> submissions = store.submissions(task.id);
    computeProgress(store, task, onlyPerson, submissions, figures);
    if (!onlyPerson.isEmpty())
        return figures;

    const AgreementSettings settings = task.schema.agreement();
    QHash<QString, QHash<QString, QDate>> doneWeek; // item → person → week marked done
    QHash<QString, QStringList> finished;
    for (const Submission &s : submissions)
        if (s.status == SubmissionStatus::Done) {
            doneWeek[s.itemId].insert(s.annotator, weekOf(s.statusAt));
            finished[s.itemId] << s.annotator;
        }

    // Whose work counts on an item: the people who marked it done (with nothing drawn, a layer
    // all the same). Work in progress, a reviewer's correction layer and a lead's layer are no
    // one's finished work, so nobody is compared with them.
    QHash<QString, QMap<QString, QList<Annotation>>> layers; // item → person → work
    for (auto it = finished.begin(); it != finished.end(); ++it)
        for (const QString &p : it.value())
            layers[it.key()][p];
    const QList<Annotation> annotations = store.taskAnnotations(task.id);
    for (const Annotation &a : annotations)
        if (!a.deleted && !a.suggested) {
            const auto item = layers.find(a.itemId);
            if (item != layers.end() && item->contains(a.author))
                (*item)[a.author] << a;
        }

    QList<const QuestionSpec *> questions;
    QSet<QString> scoredQuestions;
    for (const QuestionSpec &q : task.schema.questions())
        if (q.type != QuestionSpec::Type::Text) {
            questions << &q;
            scoredQuestions.insert(q.id);
        }

    // Gold references are no one's agreement: a lead's layer on a gold item stays out.
    QHash<QString, QString> referenceOf;
    const QList<GoldMark> gold = store.goldMarks(task.id);
    for (const GoldMark &g : gold)
        referenceOf.insert(g.itemId, g.reference);

    SeriesBuilder agreement;
    QSet<QString> present;
    QList<ItemDisagreement> disagreements;
    const QList<Item> items = store.items(task.id);
    for (const Item &item : items) {
        QMap<QString, QList<Annotation>> people = layers.value(item.id);
        people.remove(referenceOf.value(item.id));
        if (people.size() < 2)
            continue;
        const QStringList names = people.keys();
        const QHash<QString, QDate> weeks = doneWeek.value(item.id);
        Tally itemTally;
        int units = 0;
        for (qsizetype i = 0; i < names.size(); ++i)
            for (qsizetype j = i + 1; j < names.size(); ++j) {
                const QString &a = names.at(i);
                const QString &b = names.at(j);
                const QList<Annotation> &la = people.value(a);
                const QList<Annotation> &lb = people.value(b);
                auto credit = [&](const QString &work, double agree, double outOf) {
                    present.insert(work);
                    for (const QString &who : {a, b})
                        if (weeks.contains(who))
                            agreement.add(who, work, weeks.value(who), item.id, agree, outOf);
                    ++units;
                    itemTally.add(outOf > 0 ? agree / outOf : 1.0, 1);
                };
                for (const KindAgreement &k : ItemAgreement::compare(la, lb, settings))
                    credit(toId(k.kind), 2.0 * k.sameLabel, 2.0 * k.matched + k.onlyA + k.onlyB);
                for (const QuestionSpec *q : std::as_const(questions)) {
                    const QJsonValue x = answerOf(la, q->id);
                    const QJsonValue y = answerOf(lb, q->id);
                    if (!answered(x) && !answered(y))
                        continue;
                    credit(questionWork(q->id), GoldScore::sameAnswer(x, y) ? 1 : 0, 1);
                }
            }
        if (units > 0 && itemTally.value() < 1.0)
            disagreements << ItemDisagreement{item, 1.0 - itemTally.value(), names};
    }
    std::stable_sort(disagreements.begin(), disagreements.end(),
                     [](const ItemDisagreement &x, const ItemDisagreement &y) {
                         return x.disagreement > y.disagreement;
                     });
    figures.mostDisagreement = disagreements.mid(0, std::max(0, mostDisagreement));
    figures.agreement = agreement.series();

    // Gold, per week: the same scores over the work each person marked done that week.
    figures.goldItems = int(gold.size());
    if (!gold.isEmpty()) {
        QList<Annotation> goldWork;
        QMap<QDate, QHash<QString, QStringList>> finishedByWeek;
        for (const Annotation &a : annotations)
            if (referenceOf.contains(a.itemId))
                goldWork << a;
        for (const GoldMark &g : gold) {
            const QHash<QString, QDate> weeks = doneWeek.value(g.itemId);
            for (auto it = weeks.begin(); it != weeks.end(); ++it)
                finishedByWeek[it.value()][g.itemId] << it.key();
        }
        SeriesBuilder goldSeries;
        for (auto week = finishedByWeek.begin(); week != finishedByWeek.end(); ++week) {
            const GoldReport report = GoldScore::compute(task, gold, week.value(), goldWork);
            for (const PersonGoldScore &p : report.people) {
                for (const GoldKindScore &k : p.kinds) {
                    const QString work = toId(k.counts.kind);
                    present.insert(work);
                    goldSeries.addCounted(p.person, work, week.key(), 2.0 * k.counts.sameLabel,
                                          2.0 * k.counts.matched + k.counts.onlyA + k.counts.onlyB, k.items);
                }
                for (const GoldQuestionScore &q : p.questions) {
                    if (q.items == 0 || !scoredQuestions.contains(q.question))
                        continue; // free text has no agreement figure either
                    const QString work = questionWork(q.question);
                    present.insert(work);
                    goldSeries.addCounted(p.person, work, week.key(), q.correct, q.items, q.items);
                }
            }
        }
        figures.gold = goldSeries.series();
    }
    figures.works = orderedWorks(task, present);
    return figures;
}

} // namespace TeamFigures
} // namespace annostraat
