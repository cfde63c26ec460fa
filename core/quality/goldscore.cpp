// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldscore.h"

#include "model/kinds/annotationkinds.h"
#include "store/store.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace annostraat {

double GoldKindScore::score() const
{
    const int denominator = 2 * counts.matched + counts.onlyA + counts.onlyB;
    return denominator == 0 ? 1.0 : 2.0 * counts.sameLabel / denominator;
}

std::optional<double> GoldQuestionScore::score() const
{
    if (items == 0)
        return std::nullopt;
    return double(correct) / items;
}

namespace GoldScore {

namespace {

QJsonValue normalised(const QJsonValue &v)
{
    if (!v.isArray())
        return v;
    QStringList parts;
    for (const QJsonValue &x : v.toArray())
        parts << (x.isString() ? x.toString() : QString::number(x.toDouble()));
    parts.sort();
    return QJsonArray::fromStringList(parts);
}

QJsonValue answerOf(const QList<Annotation> &layer, const QString &question)
{
    for (const Annotation &a : layer)
        if (AnnotationKinds::get(a.kind).answersQuestion() && a.label == question)
            return a.value.value(QStringLiteral("answer"));
    return {};
}

} // namespace

bool sameAnswer(const QJsonValue &a, const QJsonValue &b)
{
    return normalised(a) == normalised(b);
}

GoldReport compute(const Task &task, const QList<GoldMark> &gold,
                   const QHash<QString, QStringList> &finished,
                   const QList<Annotation> &annotations)
{
    GoldReport report;
    report.settings = task.schema.agreement();
    QHash<QString, QString> referenceOf; // item → the lead whose layer is the reference
    for (const GoldMark &g : gold)
        if (!g.deleted && g.taskId == task.id)
            referenceOf.insert(g.itemId, g.reference);
    report.goldItems = int(referenceOf.size());

    QHash<QString, QHash<QString, QList<Annotation>>> layers; // item → person → work
    for (const Annotation &a : annotations)
        if (!a.deleted && !a.suggested && referenceOf.contains(a.itemId))
            layers[a.itemId][a.author] << a;

    QMap<QString, PersonGoldScore> people;
    QStringList goldItems = referenceOf.keys();
    goldItems.sort();
    for (const QString &itemId : std::as_const(goldItems)) {
        const QString reference = referenceOf.value(itemId);
        const QList<Annotation> ref = layers.value(itemId).value(reference);
        QStringList scored = finished.value(itemId);
        scored.removeDuplicates();
        for (const QString &person : std::as_const(scored)) {
            if (person == reference)
                continue;
            PersonGoldScore &p = people[person];
            p.person = person;
            ++p.items;
            const QList<Annotation> mine = layers.value(itemId).value(person);
            for (const KindAgreement &k : ItemAgreement::compare(mine, ref, report.settings)) {
                auto it = std::find_if(p.kinds.begin(), p.kinds.end(),
                                       [&](const GoldKindScore &s) { return s.counts.kind == k.kind; });
                if (it == p.kinds.end()) {
                    p.kinds << GoldKindScore{k, 1};
                    std::sort(p.kinds.begin(), p.kinds.end(), [](const GoldKindScore &x, const GoldKindScore &y) {
                        return x.counts.kind < y.counts.kind;
                    });
                } else {
                    it->counts += k;
                    ++it->items;
                }
            }
            if (p.questions.isEmpty())
                for (const QuestionSpec &q : task.schema.questions())
                    p.questions << GoldQuestionScore{q.id};
            for (GoldQuestionScore &q : p.questions) {
                const QJsonValue expected = answerOf(ref, q.question);
                if (expected.isUndefined() || expected.isNull())
                    continue; // the reference did not answer it (a condition, or left open)
                ++q.items;
                q.correct += sameAnswer(answerOf(mine, q.question), expected) ? 1 : 0;
            }
        }
    }
    report.people = people.values();
    return report;
}

GoldReport ofTask(const Store &store, const Task &task)
{
    QHash<QString, QStringList> finished;
    for (const Submission &s : store.submissions(task.id))
        if (s.status == SubmissionStatus::Done)
            finished[s.itemId] << s.annotator;
    // Only the gold items' work counts: read item by item (an indexed read each), not the
    // whole task's annotations.
    const QList<GoldMark> gold = store.goldMarks(task.id);
    QList<Annotation> annotations;
    for (const GoldMark &g : gold)
        annotations << store.annotations(g.itemId);
    return compute(task, gold, finished, annotations);
}

} // namespace GoldScore
} // namespace annostraat
