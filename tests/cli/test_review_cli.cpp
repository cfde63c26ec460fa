// SPDX-License-Identifier: GPL-3.0-or-later
// "review list TASK" and "review accept|reject|fix TASK ITEM ANNOTATOR" as a script meets them:
// the real annostraat-cli on a store built through its own commands (the items are marked done
// through the store, which has no command for that), the queue with its reasons, verdicts that
// land in the store, and the refusals as one line on stderr that change nothing.

#include "clitestbed.h"
#include "testutil.h"

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

struct ReviewProject
{
    ReviewProject()
    {
        bed.runOk({str("profile"), str("add"), str("Anna")});
        bed.runOk({str("profile"), str("add"), str("Rik"), str("--role"), str("reviewer")});
        bed.runOk({str("profile"), str("add"), str("Lotte"), str("--role"), str("teamlead")});
        const QString schema = bed.path(str("schema.json"));
        test::writeFile(schema, R"({
          "format": 1,
          "labels": [{"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}],
          "review": {"firstItems": 2, "flagged": true, "quickComments": ["Box te ruim", "Verkeerd label"]}
        })");
        task = bed.runOk({str("task"), str("create"), str("--name"), str("Buffers"), str("--schema"), schema,
                          str("--media"), bed.writePhotos(str("photos"), 3), str("--author"), str("Lotte")});
        const CliResult listed = bed.run({str("--json"), str("item"), str("list"), task});
        for (const QJsonValue &v : listed.json().value(str("items")).toArray())
            items << v.toObject().value(str("id")).toString();
        REQUIRE(items.size() == 3);
        for (int i = 0; i < 3; ++i)
            boxes << bed.runOk({str("annotation"), str("add"), str("--task"), task, str("--item"), items.at(i),
                                str("--kind"), str("box"), str("--label"), str("Buffer"), str("--value"),
                                str(R"({"x": 1, "y": 1, "w": 10, "h": 10})"), str("--author"), str("Anna")});
        auto store = test::openStore(bed.storePath());
        anna = store->findProfile(str("Anna"))->id;
        REQUIRE(store->setSubmission({task, items[0], anna, SubmissionStatus::Done, {}, 1}, anna).ok());
        REQUIRE(store->setSubmission({task, items[1], anna, SubmissionStatus::Done, {}, 1}, anna).ok());
        REQUIRE(store->setSubmission({task, items[2], anna, SubmissionStatus::Flagged, str("Onscherp"), 1}, anna).ok());
    }

    CliTestBed bed;
    QString task;
    QString anna;
    QStringList items;
    QStringList boxes;
};

} // namespace

TEST_CASE("review list shows the queue with its reasons", "[cli][review]")
{
    ReviewProject p;
    const CliResult json = p.bed.run({str("--json"), str("review"), str("list"), p.task});
    REQUIRE(json.exitCode == 0);
    const QJsonArray queue = json.json().value(str("queue")).toArray();
    REQUIRE(queue.size() == 3);
    const QJsonObject first = queue.at(0).toObject();
    CHECK(first.value(str("item")).toString() == p.items[0]);
    CHECK(first.value(str("annotator")).toObject().value(str("name")).toString() == str("Anna"));
    CHECK(first.value(str("state")).toString() == str("pending"));
    CHECK(first.value(str("reasons")).toArray() == QJsonArray{str("first-items")});
    CHECK(first.value(str("details")).toArray() == QJsonArray{str("one of Anna's first 2 items")});
    const QJsonObject third = queue.at(2).toObject();
    CHECK(third.value(str("reasons")).toArray() == QJsonArray{str("flagged")});
    CHECK(third.value(str("details")).toArray() == QJsonArray{str("flagged by Anna: Onscherp")});

    const CliResult table = p.bed.run({str("review"), str("list"), str("Buffers")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(str("one of Anna's first 2 items")));
    CHECK(table.out.contains(str("flagged by Anna: Onscherp")));
}

TEST_CASE("review reject needs a comment and lands anchored to the annotation", "[cli][review]")
{
    ReviewProject p;
    // Without a comment: a usage error, nothing written.
    const CliResult bare = p.bed.run({str("review"), str("reject"), p.task, p.items[0], str("Anna"), str("--as"), str("Rik")});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err.contains(str("review reject needs --comment")));
    // An annotator cannot give a verdict.
    const CliResult byAnna = p.bed.run({str("review"), str("accept"), p.task, p.items[0], str("Anna"), str("--as"), str("Anna")});
    CHECK(byAnna.exitCode == 1);
    CHECK(byAnna.err.contains(str("only a reviewer or team lead gives verdicts")));
    // An annotation of nobody's layer on that item.
    const CliResult wrong = p.bed.run({str("review"), str("reject"), p.task, p.items[0], str("Anna"), str("--as"), str("Rik"),
                                       str("--comment"), str("Te ruim"), str("--annotation"), p.boxes[1]});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(str("has no annotation")));
    CHECK_FALSE(test::openStore(p.bed.storePath())->review(p.items[0], p.anna));

    const CliResult rejected = p.bed.run({str("--json"), str("review"), str("reject"), p.task, p.items[0], str("Anna"),
                                          str("--as"), str("Rik"), str("--quick"), str("1"), str("--comment"), str("links"),
                                          str("--annotation"), p.boxes[0], str("--anchor"), str(R"({"x": 1, "y": 1, "w": 2, "h": 2})")});
    INFO(rejected.err.toStdString());
    REQUIRE(rejected.exitCode == 0);
    const auto review = test::openStore(p.bed.storePath())->review(p.items[0], p.anna);
    REQUIRE(review);
    CHECK(review->verdict == Verdict::Rejected);
    CHECK(review->comment == str("Box te ruim links"));
    CHECK(review->annotationId == p.boxes[0]);
    CHECK(review->anchor.value(str("w")).toInt() == 2);

    const CliResult listed = p.bed.run({str("--json"), str("review"), str("list"), p.task});
    const QJsonObject first = listed.json().value(str("queue")).toArray().at(0).toObject();
    CHECK(first.value(str("state")).toString() == str("feedback"));
    CHECK(first.value(str("review")).toObject().value(str("annotation")).toString() == p.boxes[0]);
}

TEST_CASE("review accept and review fix give their verdicts and fix copies the layer", "[cli][review]")
{
    ReviewProject p;
    REQUIRE(p.bed.run({str("review"), str("accept"), p.task, p.items[0], str("Anna"), str("--as"), str("Rik")}).exitCode == 0);
    const CliResult fixed = p.bed.run({str("review"), str("fix"), p.task, p.items[1], str("Anna"), str("--as"), str("Lotte")});
    INFO(fixed.err.toStdString());
    REQUIRE(fixed.exitCode == 0);
    auto store = test::openStore(p.bed.storePath());
    CHECK(store->review(p.items[0], p.anna)->verdict == Verdict::Accepted);
    CHECK(store->review(p.items[1], p.anna)->verdict == Verdict::Corrected);
    const QString lotte = store->findProfile(str("Lotte"))->id;
    const QList<Annotation> copy = store->annotations(p.items[1], lotte);
    REQUIRE(copy.size() == 1);
    CHECK(fixed.outLines().contains(copy[0].id));
    CHECK(store->annotations(p.items[1], p.anna).size() == 1); // Anna's layer stays
    const CliResult listed = p.bed.run({str("--json"), str("review"), str("list"), p.task});
    const QJsonArray queue = listed.json().value(str("queue")).toArray();
    CHECK(queue.at(0).toObject().value(str("state")).toString() == str("accepted"));
    CHECK(queue.at(1).toObject().value(str("state")).toString() == str("corrected"));
}
