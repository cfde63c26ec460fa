// SPDX-License-Identifier: GPL-3.0-or-later
// Two people's work on one item (core/quality/itemagreement.h) and over a task
// (taskagreement.h), on hand-made cases: boxes matched by IoU with one that matches nothing,
// the threshold and tolerances from the schema's "agreement" block, the best match first,
// every drawn kind through its own metric, and answers by the reliability coefficients.
#include "model/kinds/annotationkinds.h"
#include "model/schema.h"
#include "quality/taskagreement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

Annotation make(const char *author, AnnotationKind kind, const char *label, QJsonObject value,
                const char *item = "item-1")
{
    static int next = 0;
    Annotation a;
    a.id = QStringLiteral("a%1").arg(++next);
    a.itemId = str(item);
    a.author = str(author);
    a.kind = kind;
    a.label = str(label);
    a.value = std::move(value);
    return a;
}

Annotation box(const char *author, double x, double y, double w, double h,
               const char *label = "Buffer", const char *item = "item-1")
{
    return make(author, AnnotationKind::Box, label,
                {{str("x"), x}, {str("y"), y}, {str("w"), w}, {str("h"), h}}, item);
}

Annotation answer(const char *author, const char *question, QJsonValue value, const char *item)
{
    return make(author, AnnotationKind::Answer, question, {{str("answer"), value}}, item);
}

QJsonArray points(std::initializer_list<std::pair<double, double>> list)
{
    QJsonArray result;
    for (const auto &[x, y] : list)
        result << QJsonArray{x, y};
    return result;
}

const KindAgreement &only(const QList<KindAgreement> &kinds)
{
    REQUIRE(kinds.size() == 1);
    return kinds.first();
}

} // namespace

TEST_CASE("Boxes are matched by IoU, then their labels compared - a box that matches nothing is "
          "only one person's",
          "[agreement]")
{
    // A: the same box as B's first (IoU 1, same label); a box that covers 70 of B's second 100
    // px² (IoU 0.7, another label); a box far away. B: two boxes.
    const QList<Annotation> a{box("anna", 0, 0, 10, 10), box("anna", 100, 0, 10, 7, "Lamp"),
                              box("anna", 500, 500, 20, 20)};
    const QList<Annotation> b{box("bob", 0, 0, 10, 10), box("bob", 100, 0, 10, 10)};
    const KindAgreement k = only(ItemAgreement::compare(a, b));
    CHECK(k.kind == AnnotationKind::Box);
    CHECK(k.matched == 2);
    CHECK(k.onlyA == 1);
    CHECK(k.onlyB == 0);
    CHECK(k.f1() == Approx(4.0 / 5.0)); // 2·2 / (2·2 + 1 + 0)
    REQUIRE(k.labelAgreement());
    CHECK(*k.labelAgreement() == Approx(0.5));
    CHECK(*k.meanMetric() == Approx((1.0 + 0.7) / 2));

    // With the task's threshold at 0.8 the 0.7 pair is no match: one matched, two only A's,
    // one only B's.
    AgreementSettings strict;
    strict.minAgreement = 0.8;
    const KindAgreement s = only(ItemAgreement::compare(a, b, strict));
    CHECK(s.matched == 1);
    CHECK(s.onlyA == 2);
    CHECK(s.onlyB == 1);
    CHECK(s.f1() == Approx(2.0 / 5.0));
    CHECK(*s.labelAgreement() == Approx(1.0));

    // Nobody drew anything: no entry. One person drew: F1 0, no label agreement.
    CHECK(ItemAgreement::compare({}, {}).isEmpty());
    const KindAgreement alone = only(ItemAgreement::compare(a, {}));
    CHECK(alone.onlyA == 3);
    CHECK(alone.f1() == 0.0);
    CHECK_FALSE(alone.labelAgreement());
}

TEST_CASE("The best match is taken first and each annotation is matched once", "[agreement]")
{
    // A1 fits B2 best (IoU 90/100) and B1 too (60/100); A2 fits only B1 (40/60; with B2 40/90
    // is below 0.5). Had A1 taken B1, the first it fits, A2 would be left; best first, both
    // pairs match.
    const QList<Annotation> a{box("anna", 0, 0, 10, 10), box("anna", 0, 0, 10, 4)};
    const QList<Annotation> b{box("bob", 0, 0, 10, 6), box("bob", 0, 0, 10, 9)};
    const KindAgreement k = only(ItemAgreement::compare(a, b));
    CHECK(k.matched == 2);
    CHECK(k.onlyA == 0);
    CHECK(k.onlyB == 0);
    CHECK(*k.meanMetric() == Approx((0.9 + 4.0 / 6.0) / 2));
}

TEST_CASE("Every drawn kind is compared by its own metric with the task's tolerances - answers, "
          "suggestions and deleted work are left out",
          "[agreement]")
{
    const QJsonArray line = points({{0, 0}, {100, 0}});
    const QJsonArray shifted = points({{0, 3}, {100, 3}}); // 3 px beside it
    const QList<Annotation> a{
            make("anna", AnnotationKind::Crack, "Scheur", {{str("points"), line}}),
            make("anna", AnnotationKind::Marker, "Reclame", {{str("frame"), 100}}),
            make("anna", AnnotationKind::Polygon, "Vlak",
                 {{str("points"), points({{0, 0}, {10, 0}, {10, 10}, {0, 10}})}}),
            make("anna", AnnotationKind::Segment, "Reclame",
                 {{str("start"), 0}, {str("end"), 100}}),
            make("anna", AnnotationKind::Span, "Naam", {{str("start"), 5}, {str("end"), 10}}),
            make("anna", AnnotationKind::Locator, "Recap", {{str("skipped"), true}}),
            answer("anna", "kwaliteit", 3, "item-1")};
    QList<Annotation> b{
            make("bob", AnnotationKind::Crack, "Scheur", {{str("points"), shifted}}),
            make("bob", AnnotationKind::Marker, "Reclame", {{str("frame"), 102}}),
            make("bob", AnnotationKind::Polygon, "Vlak",
                 {{str("points"), points({{0, 0}, {10, 0}, {10, 10}, {0, 10}})}}),
            make("bob", AnnotationKind::Segment, "Reclame", {{str("start"), 0}, {str("end"), 100}}),
            make("bob", AnnotationKind::Span, "Naam", {{str("start"), 5}, {str("end"), 10}}),
            make("bob", AnnotationKind::Locator, "Recap", {{str("skipped"), true}}),
            answer("bob", "kwaliteit", 3, "item-1")};
    Annotation suggested = box("bob", 0, 0, 5, 5);
    suggested.suggested = true;
    Annotation deleted = box("bob", 50, 50, 5, 5);
    deleted.deleted = true;
    b << suggested << deleted;

    AgreementSettings settings; // tolerancePx 5, toleranceFrames 0
    QList<KindAgreement> kinds = ItemAgreement::compare(a, b, settings);
    QList<AnnotationKind> seen;
    for (const KindAgreement &k : kinds)
        seen << k.kind;
    // In the kinds' order; no answer and no box (only a suggestion and a deleted one).
    CHECK(seen == QList<AnnotationKind>{AnnotationKind::Polygon, AnnotationKind::Crack,
                                        AnnotationKind::Marker, AnnotationKind::Segment,
                                        AnnotationKind::Span, AnnotationKind::Locator});
    for (const KindAgreement &k : kinds) {
        INFO(toId(k.kind).toStdString());
        // The markers lie 2 frames apart: no match with a tolerance of 0 frames.
        CHECK(k.matched == (k.kind == AnnotationKind::Marker ? 0 : 1));
    }

    settings.tolerances.tolerancePx = 1; // the cracks lie 3 px apart
    settings.tolerances.toleranceFrames = 2;
    kinds = ItemAgreement::compare(a, b, settings);
    for (const KindAgreement &k : kinds) {
        INFO(toId(k.kind).toStdString());
        CHECK(k.matched == (k.kind == AnnotationKind::Crack ? 0 : 1));
    }
}

TEST_CASE("The schema's agreement block sets the threshold and tolerances, and a bad one is "
          "refused by name",
          "[agreement]")
{
    const auto schemaWith = [](const char *agreement) {
        return Schema::fromJson(
                QByteArray(
                        R"({"format": 1, "labels": [{"name": "Buffer", "colour": "#ff0000", "kinds": ["box"]}], "agreement": )") +
                        agreement + "}",
                str("schema.json"));
    };
    const auto defaults = Schema::fromJson(
            R"({"format": 1, "labels": [{"name": "Buffer", "colour": "#ff0000", "kinds": ["box"]}]})",
            str("schema.json"));
    REQUIRE(defaults.ok());
    CHECK(defaults->agreement().minAgreement == 0.5);
    CHECK(defaults->agreement().tolerances.tolerancePx == 5);
    CHECK_FALSE(defaults->toJson().contains(str("agreement")));

    const auto set = schemaWith(R"({"iou": 0.7, "tolerancePx": 3, "toleranceFrames": 2})");
    REQUIRE(set.ok());
    CHECK(set->agreement().minAgreement == 0.7);
    CHECK(set->agreement().tolerances.tolerancePx == 3);
    CHECK(set->agreement().tolerances.toleranceFrames == 2);
    // Written back the same.
    const auto again = Schema::fromJsonObject(set->toJson(), str("again"));
    REQUIRE(again.ok());
    CHECK(again->agreement().minAgreement == 0.7);
    CHECK(again->agreement().tolerances.toleranceFrames == 2);

    for (const auto &[block, mentions] :
         {std::pair{"{\"iou\": 1.5}", "\"iou\""}, std::pair{"{\"iou\": 0}", "\"iou\""},
          std::pair{"{\"tolerancePx\": -1}", "\"tolerancePx\""},
          std::pair{"{\"toleranceFrames\": 1.5}", "\"toleranceFrames\""},
          std::pair{"{\"distance\": 3}", "unknown field \"distance\""},
          std::pair{"0.5", "must be an object"}}) {
        const auto r = schemaWith(block);
        INFO(block);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().startsWith(str("schema.json")));
        CHECK(r.error().message().contains(str(mentions)));
    }
}

TEST_CASE("Task agreement: per pair over the items both worked on, summed overall, answers by "
          "kappa and alpha",
          "[agreement]")
{
    Task task;
    task.id = str("task-1");
    QuestionSpec rating;
    rating.id = str("kwaliteit");
    rating.type = QuestionSpec::Type::Rating;
    QuestionSpec notes;
    notes.id = str("opmerking");
    notes.type = QuestionSpec::Type::Text;
    task.schema.setQuestions({rating, notes});

    QList<Item> items;
    for (const char *id : {"i1", "i2", "i3", "i4", "i5"}) {
        Item item;
        item.id = str(id);
        items << item;
    }
    // Anna and Bob rate i1-i4 the same way; Carla only i1 and i2, one step higher. Anna and
    // Bob drew the same box on i1, Carla nothing. On i5 only Anna drew a box, and Carla
    // marked it done with nothing on it.
    QList<Annotation> annotations{box("anna", 0, 0, 10, 10, "Buffer", "i1"),
                                  box("bob", 0, 0, 10, 10, "Buffer", "i1"),
                                  box("anna", 0, 0, 10, 10, "Buffer", "i5")};
    const int ratings[] = {1, 2, 3, 4};
    for (int i = 0; i < 4; ++i) {
        const QByteArray item = "i" + QByteArray::number(i + 1);
        annotations << answer("anna", "kwaliteit", ratings[i], item.constData())
                    << answer("bob", "kwaliteit", ratings[i], item.constData());
        if (i < 2)
            annotations << answer("carla", "kwaliteit", ratings[i] + 1, item.constData());
    }
    const QHash<QString, QStringList> finished{{str("i5"), {str("carla")}}};

    const TaskAgreementReport report = TaskAgreement::compute(task, items, finished, annotations);
    CHECK(report.people == QStringList{str("anna"), str("bob"), str("carla")});
    REQUIRE(report.pairs.size() == 3);
    const PairAgreement &ab = report.pairs.at(0);
    CHECK(ab.a == str("anna"));
    CHECK(ab.b == str("bob"));
    CHECK(ab.items == 4);
    CHECK(only(ab.kinds).matched == 1);
    // One question: the text question has no coefficient.
    REQUIRE(ab.questions.size() == 1);
    CHECK(ab.questions.first().question == str("kwaliteit"));
    CHECK(ab.questions.first().units == 4);
    for (const Coefficient &c : ab.questions.first().coefficients) {
        INFO(c.metric.toStdString());
        REQUIRE(c.value);
        CHECK(*c.value == Approx(1.0)); // the same ratings: perfect agreement
    }
    CHECK(ab.questions.first().coefficients.size() == 3); // unweighted, linear, quadratic

    const PairAgreement &ac = report.pairs.at(1);
    CHECK(ac.b == str("carla"));
    CHECK(ac.items == 3);             // i1, i2 and i5, which Carla finished without drawing
    CHECK(only(ac.kinds).onlyA == 2); // Anna's boxes on i1 and i5
    CHECK(ac.questions.first().units == 2);
    // Two units rated (1,2) and (2,3): po = 0; only category 2 is used by both, half of each
    // one's ratings, so pe = .5·.5 = .25 and kappa = (0 - .25)/(1 - .25) = -1/3.
    const Coefficient &kappa = ac.questions.first().coefficients.first();
    CHECK(kappa.metric == str("cohenKappa"));
    CHECK(*kappa.value == Approx(-1.0 / 3.0));

    // Overall: the pairs summed (Anna-Bob: 1 matched, i5 is not theirs as Bob has no part in
    // it; Anna-Carla: 2 only Anna's; Bob-Carla: 1 only Bob's).
    const KindAgreement &boxes = only(report.kinds);
    CHECK(boxes.matched == 1);
    CHECK(boxes.onlyA == 3);
    CHECK(boxes.onlyB == 0);
    REQUIRE(report.questions.size() == 1);
    QStringList metrics;
    for (const Coefficient &c : report.questions.first().coefficients)
        metrics << c.metric;
    CHECK(metrics == QStringList{str("fleissKappa"), str("alphaNominal"), str("alphaOrdinal"),
                                 str("alphaInterval")});

    // --kind answer: no drawn kinds; --kind box: no questions.
    const auto answersOnly =
            TaskAgreement::compute(task, items, finished, annotations, AnnotationKind::Answer);
    CHECK(answersOnly.kinds.isEmpty());
    CHECK(answersOnly.questions.size() == 1);
    const auto boxesOnly =
            TaskAgreement::compute(task, items, finished, annotations, AnnotationKind::Box);
    CHECK(boxesOnly.questions.isEmpty());
    CHECK(only(boxesOnly.kinds).matched == 1);
}
