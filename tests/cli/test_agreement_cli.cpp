// SPDX-License-Identifier: GPL-3.0-or-later
// "agreement TASK [--kind K] [--json]" as a script meets it: the real annostraat-cli on a store
// built through its own commands, two annotators' boxes and ratings compared per pair and
// overall, with the schema's threshold; a bad --kind and an unknown task are one line on stderr.

#include "clitestbed.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::CliResult;
using test::CliTestBed;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// Anna and Bob on three photos: the same box on the first, a box of Anna's that matches
/// nothing, and ratings 1/1, 2/2, 3/2.
struct AgreementProject
{
    AgreementProject()
    {
        bed.runOk({str("profile"), str("add"), str("Anna")});
        bed.runOk({str("profile"), str("add"), str("Bob")});
        bed.runOk({str("profile"), str("add"), str("Lotte"), str("--role"), str("teamlead")});
        const QString schema = bed.path(str("schema.json"));
        test::writeFile(schema, R"({
          "format": 1,
          "labels": [{"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}],
          "questions": [{"id": "kwaliteit", "type": "rating", "min": 1, "max": 5}],
          "agreement": {"iou": 0.6}
        })");
        task = bed.runOk({str("task"), str("create"), str("--name"), str("Buffers"),
                          str("--schema"), schema, str("--media"),
                          bed.writePhotos(str("photos"), 3), str("--author"), str("Lotte")});
        const CliResult listed = bed.run({str("--json"), str("item"), str("list"), task});
        for (const QJsonValue &v : listed.json().value(str("items")).toArray())
            items << v.toObject().value(str("id")).toString();
        REQUIRE(items.size() == 3);

        add("Anna", 0, str("box"), str("Buffer"), str(R"({"x": 0, "y": 0, "w": 10, "h": 10})"));
        add("Bob", 0, str("box"), str("Buffer"), str(R"({"x": 0, "y": 0, "w": 10, "h": 10})"));
        add("Anna", 1, str("box"), str("Buffer"), str(R"({"x": 15, "y": 10, "w": 5, "h": 5})"));
        // Bob's box on the third photo overlaps Anna's by IoU 0.5: a match at 0.5, not at the
        // schema's 0.6.
        add("Anna", 2, str("box"), str("Buffer"), str(R"({"x": 0, "y": 0, "w": 10, "h": 10})"));
        add("Bob", 2, str("box"), str("Buffer"), str(R"({"x": 0, "y": 0, "w": 10, "h": 5})"));
        const int anna[] = {1, 2, 3}, bob[] = {1, 2, 2};
        for (int i = 0; i < 3; ++i) {
            add("Anna", i, str("answer"), str("kwaliteit"),
                QStringLiteral(R"({"answer": %1})").arg(anna[i]));
            add("Bob", i, str("answer"), str("kwaliteit"),
                QStringLiteral(R"({"answer": %1})").arg(bob[i]));
        }
    }

    void add(const char *author, int item, const QString &kind, const QString &label,
             const QString &value) const
    {
        bed.runOk({str("annotation"), str("add"), str("--task"), task, str("--item"),
                   items.at(item), str("--kind"), kind, str("--label"), label, str("--value"),
                   value, str("--author"), str(author)});
    }

    CliTestBed bed;
    QString task;
    QStringList items;
};

QJsonObject metricsOf(const QJsonArray &questions, const char *question)
{
    for (const QJsonValue &q : questions)
        if (q.toObject().value(str("question")).toString() == str(question))
            return q.toObject().value(str("metrics")).toObject();
    FAIL("no question " << question);
    return {};
}

} // namespace

TEST_CASE("cli agreement: per pair and overall, boxes by the schema's IoU threshold, ratings by "
          "kappa and alpha",
          "[cli][agreement]")
{
    AgreementProject p;
    const CliResult r = p.bed.run({str("--json"), str("agreement"), p.task});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json();
    CHECK(json.value(str("settings")).toObject().value(str("iou")).toDouble() == 0.6);
    REQUIRE(json.value(str("people")).toArray().size() == 2);

    const QJsonArray pairs = json.value(str("pairs")).toArray();
    REQUIRE(pairs.size() == 1);
    const QJsonObject pair = pairs.first().toObject();
    const QStringList names{pair.value(str("a")).toObject().value(str("name")).toString(),
                            pair.value(str("b")).toObject().value(str("name")).toString()};
    const bool annaFirst = names.first() == str("Anna");
    CHECK(QSet<QString>(names.begin(), names.end()) == QSet<QString>{str("Anna"), str("Bob")});
    CHECK(pair.value(str("items")).toInt() == 3);

    // Boxes: one match; Anna's box on the second photo and the 0.5 pair on the third are
    // unmatched at 0.6: Anna 2 alone, Bob 1 alone. F1 = 2·1 / (2·1 + 3) = 0.4.
    const QJsonArray kinds = pair.value(str("kinds")).toArray();
    REQUIRE(kinds.size() == 1);
    const QJsonObject boxes = kinds.first().toObject();
    CHECK(boxes.value(str("kind")).toString() == str("box"));
    CHECK(boxes.value(str("matched")).toInt() == 1);
    CHECK(boxes.value(str(annaFirst ? "onlyA" : "onlyB")).toInt() == 2);
    CHECK(boxes.value(str(annaFirst ? "onlyB" : "onlyA")).toInt() == 1);
    CHECK(boxes.value(str("f1")).toDouble() == Approx(0.4));
    CHECK(boxes.value(str("labelAgreement")).toDouble() == Approx(1.0));

    // Ratings (1,1) (2,2) (3,2), worked out by hand: po = 2/3; Anna 1/3 each, Bob 1: 1/3,
    // 2: 2/3, so pe = 1/9 + 2/9 = 1/3 and kappa = (2/3 - 1/3)/(2/3) = 0.5. Linear: observed
    // mean |a-b| = 1/3, expected (2/3 + 1/3 + 4/3)/3 = 7/9, kappa = 1 - 3/7 = 4/7. Quadratic:
    // observed 1/3, expected (2/3 + 1/3 + 2)/3 = 1, kappa = 2/3.
    const QJsonObject pairMetrics = metricsOf(pair.value(str("questions")).toArray(), "kwaliteit");
    CHECK(pairMetrics.value(str("cohenKappa")).toDouble() == Approx(0.5));
    CHECK(pairMetrics.value(str("cohenKappaLinear")).toDouble() == Approx(4.0 / 7.0));
    CHECK(pairMetrics.value(str("cohenKappaQuadratic")).toDouble() == Approx(2.0 / 3.0));

    const QJsonObject overall = json.value(str("overall")).toObject();
    CHECK(overall.value(str("kinds")).toArray().first().toObject().value(str("matched")).toInt() ==
          1);
    const QJsonObject all = metricsOf(overall.value(str("questions")).toArray(), "kwaliteit");
    for (const char *metric : {"fleissKappa", "alphaNominal", "alphaOrdinal", "alphaInterval"}) {
        INFO(metric);
        CHECK(all.value(str(metric)).isDouble());
    }

    // The same in text: a line per pair and kind, and the measures by name.
    const CliResult text = p.bed.run({str("agreement"), p.task});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(str("box")));
    CHECK(text.out.contains(str("cohenKappaQuadratic")));
    CHECK(text.out.contains(str("Anna")));
}

TEST_CASE("cli agreement: --kind keeps one kind, and a bad kind or task is one line on stderr",
          "[cli][agreement]")
{
    AgreementProject p;
    const QJsonObject boxes =
            p.bed.run({str("--json"), str("agreement"), p.task, str("--kind"), str("box")}).json();
    const QJsonObject pair = boxes.value(str("pairs")).toArray().first().toObject();
    CHECK(pair.value(str("kinds")).toArray().size() == 1);
    CHECK(pair.value(str("questions")).toArray().isEmpty());

    const QJsonObject answers =
            p.bed.run({str("--json"), str("agreement"), p.task, str("--kind"), str("answer")})
                    .json();
    CHECK(answers.value(str("pairs"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(str("kinds"))
                  .toArray()
                  .isEmpty());
    CHECK(answers.value(str("overall")).toObject().value(str("questions")).toArray().size() == 1);

    const CliResult badKind = p.bed.run({str("agreement"), p.task, str("--kind"), str("cirkel")});
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.out.isEmpty());
    REQUIRE(badKind.errLines().size() == 1);
    CHECK(badKind.err.contains(str("cirkel")));

    const CliResult badTask = p.bed.run({str("agreement"), str("Onbekend")});
    CHECK(badTask.exitCode == 1);
    REQUIRE(badTask.errLines().size() == 1);
    CHECK(badTask.errLines().first().startsWith(str("annostraat-cli: ")));
}
