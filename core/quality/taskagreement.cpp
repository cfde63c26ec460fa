// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskagreement.h"

#include "model/kinds/annotationkinds.h"
#include "reliability.h"

#include <QSet>

#include <algorithm>

namespace annostraat::TaskAgreement {

namespace {

Coefficient coefficient(const QString &metric, const Result<double> &result)
{
    Coefficient c;
    c.metric = metric;
    if (result)
        c.value = *result;
    else
        c.undefined = result.error().what();
    return c;
}

/// The coefficients of question \a q between two raters (\a table has two columns).
QList<Coefficient> pairCoefficients(const QuestionSpec &q, const RatingTable &table)
{
    QList<Coefficient> result{
            coefficient(QStringLiteral("cohenKappa"), Reliability::cohenKappa(table))};
    if (q.type == QuestionSpec::Type::Rating) {
        result << coefficient(QStringLiteral("cohenKappaLinear"),
                              Reliability::cohenKappa(table, Reliability::Weights::Linear))
               << coefficient(QStringLiteral("cohenKappaQuadratic"),
                              Reliability::cohenKappa(table, Reliability::Weights::Quadratic));
    }
    return result;
}

/// The coefficients of question \a q over all raters.
QList<Coefficient> overallCoefficients(const QuestionSpec &q, const RatingTable &table)
{
    QList<Coefficient> result{
            coefficient(QStringLiteral("fleissKappa"), Reliability::fleissKappa(table)),
            coefficient(QStringLiteral("alphaNominal"),
                        Reliability::krippendorffAlpha(table, Reliability::Level::Nominal))};
    if (q.type == QuestionSpec::Type::Rating) {
        result << coefficient(QStringLiteral("alphaOrdinal"),
                              Reliability::krippendorffAlpha(table, Reliability::Level::Ordinal))
               << coefficient(QStringLiteral("alphaInterval"),
                              Reliability::krippendorffAlpha(table, Reliability::Level::Interval));
    }
    return result;
}

/// Adds \a k to the entry of its kind in \a sums (kept in the kinds' order).
void addKind(QList<KindAgreement> &sums, const KindAgreement &k)
{
    for (KindAgreement &s : sums)
        if (s.kind == k.kind) {
            s += k;
            return;
        }
    sums << k;
    std::sort(sums.begin(), sums.end(),
              [](const KindAgreement &x, const KindAgreement &y) { return x.kind < y.kind; });
}

} // namespace

TaskAgreementReport compute(const Task &task, const QList<Item> &items,
                            const QHash<QString, QStringList> &finished,
                            const QList<Annotation> &annotations,
                            std::optional<AnnotationKind> only)
{
    TaskAgreementReport report;
    report.settings = task.schema.agreement();
    const bool answersOnly = only && AnnotationKinds::get(*only).answersQuestion();
    const bool drawnWanted = !answersOnly;
    const bool answersWanted = !only || answersOnly;

    // Whose work counts on each item: everyone with live work on it, and everyone who marked
    // it done (with nothing drawn, everything the other drew is only theirs).
    QHash<QString, QHash<QString, QList<Annotation>>> layers; // item → person → work
    QHash<QString, QSet<QString>> peopleOf;
    for (const Annotation &a : annotations) {
        if (a.deleted || a.suggested)
            continue;
        peopleOf[a.itemId].insert(a.author);
        if (!only || a.kind == *only)
            layers[a.itemId][a.author] << a;
    }
    QSet<QString> everyone;
    for (const Item &item : items) {
        for (const QString &p : finished.value(item.id))
            peopleOf[item.id].insert(p);
        everyone.unite(peopleOf.value(item.id));
    }
    report.people = everyone.values();
    report.people.sort();

    // The answer of each person to each question on each item.
    auto answerOf = [&](const QString &itemId, const QString &person, const QString &question) {
        for (const Annotation &a : layers.value(itemId).value(person))
            if (AnnotationKinds::get(a.kind).answersQuestion() && a.label == question)
                return a.value.value(QStringLiteral("answer"));
        return QJsonValue();
    };
    QList<const QuestionSpec *> questions;
    if (answersWanted)
        for (const QuestionSpec &q : task.schema.questions())
            if (q.type != QuestionSpec::Type::Text)
                questions << &q;

    for (qsizetype i = 0; i < report.people.size(); ++i)
        for (qsizetype j = i + 1; j < report.people.size(); ++j) {
            PairAgreement pair;
            pair.a = report.people.at(i);
            pair.b = report.people.at(j);
            QList<RatingTable> tables(questions.size());
            for (const Item &item : items) {
                const QSet<QString> people = peopleOf.value(item.id);
                if (!people.contains(pair.a) || !people.contains(pair.b))
                    continue;
                ++pair.items;
                if (drawnWanted)
                    for (const KindAgreement &k : ItemAgreement::compare(
                                 layers.value(item.id).value(pair.a),
                                 layers.value(item.id).value(pair.b), report.settings))
                        addKind(pair.kinds, k);
                for (qsizetype q = 0; q < questions.size(); ++q)
                    tables[q] << QList<QJsonValue>{answerOf(item.id, pair.a, questions.at(q)->id),
                                                   answerOf(item.id, pair.b, questions.at(q)->id)};
            }
            for (qsizetype q = 0; q < questions.size(); ++q)
                pair.questions << QuestionAgreement{
                        questions.at(q)->id, Reliability::pairableUnits(tables.at(q)),
                        pairCoefficients(*questions.at(q), tables.at(q))};
            for (const KindAgreement &k : std::as_const(pair.kinds))
                addKind(report.kinds, k);
            report.pairs << pair;
        }

    for (const QuestionSpec *q : std::as_const(questions)) {
        RatingTable table;
        for (const Item &item : items) {
            if (peopleOf.value(item.id).size() < 2)
                continue;
            QList<QJsonValue> row;
            for (const QString &person : std::as_const(report.people))
                row << (peopleOf.value(item.id).contains(person) ? answerOf(item.id, person, q->id)
                                                                 : QJsonValue());
            table << row;
        }
        report.questions << QuestionAgreement{q->id, Reliability::pairableUnits(table),
                                              overallCoefficients(*q, table)};
    }
    return report;
}

} // namespace annostraat::TaskAgreement
