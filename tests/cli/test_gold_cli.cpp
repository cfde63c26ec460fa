// SPDX-License-Identifier: GPL-3.0-or-later
// "gold mark|unmark TASK ITEM" and "quality TASK [--json]" as a script meets them (issue 12,
// point 5; decision 0021): the real annostraat-cli on a store built through its own commands
// (items are marked done through the store, which has no command for that), the team lead's
// layer as the reference, each person's score per kind and per question, and the refusals as
// one line on stderr that change nothing.

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

/// Lotte's reference on photo 1: one box and genre "nieuws". Anna draws the same; Bram misses
/// the box and answers "sport".
struct GoldProject
{
    GoldProject()
    {
        bed.runOk({str("profile"), str("add"), str("Anna")});
        bed.runOk({str("profile"), str("add"), str("Bram")});
        bed.runOk({str("profile"), str("add"), str("Lotte"), str("--role"), str("teamlead")});
        const QString schema = bed.path(str("schema.json"));
        test::writeFile(schema, R"({
          "format": 1,
          "labels": [{"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}],
          "questions": [{"id": "genre", "type": "choice", "choices": ["nieuws", "sport"]}]
        })");
        task = bed.runOk({str("task"), str("create"), str("--name"), str("Buffers"), str("--schema"), schema,
                          str("--media"), bed.writePhotos(str("photos"), 2), str("--author"), str("Lotte")});
        const CliResult listed = bed.run({str("--json"), str("item"), str("list"), task});
        for (const QJsonValue &v : listed.json().value(str("items")).toArray())
            items << v.toObject().value(str("id")).toString();
        REQUIRE(items.size() == 2);
        const QString box = str(R"({"x": 1, "y": 1, "w": 10, "h": 10})");
        for (const char *who : {"Lotte", "Anna"})
            add(who, str("box"), str("Buffer"), box);
        add("Lotte", str("answer"), str("genre"), str(R"({"answer": "nieuws"})"));
        add("Anna", str("answer"), str("genre"), str(R"({"answer": "nieuws"})"));
        add("Bram", str("answer"), str("genre"), str(R"({"answer": "sport"})"));
        auto store = test::openStore(bed.storePath());
        for (const char *who : {"Anna", "Bram"}) {
            const QString id = store->findProfile(str(who))->id;
            REQUIRE(store->setSubmission({task, items[0], id, SubmissionStatus::Done, {}, 1}, id).ok());
        }
    }

    void add(const char *author, const QString &kind, const QString &label, const QString &value) const
    {
        bed.runOk({str("annotation"), str("add"), str("--task"), task, str("--item"), items[0], str("--kind"), kind,
                   str("--label"), label, str("--value"), value, str("--author"), str(author)});
    }

    CliTestBed bed;
    QString task;
    QStringList items;
};

QJsonObject personNamed(const QJsonObject &report, const char *name)
{
    for (const QJsonValue &p : report.value(str("people")).toArray())
        if (p.toObject().value(str("name")).toString() == str(name))
            return p.toObject();
    return {};
}

} // namespace

TEST_CASE("gold mark is the team lead's and quality scores each person against it", "[cli][gold]")
{
    GoldProject p;
    // Before any mark: nothing to score, said so.
    const CliResult empty = p.bed.run({str("quality"), p.task});
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out.contains(str("No item is marked gold")));

    // An annotator cannot mark gold; a lead without a layer on the item is told to draw it first.
    const CliResult byAnna = p.bed.run({str("gold"), str("mark"), p.task, p.items[0], str("--as"), str("Anna")});
    CHECK(byAnna.exitCode == 1);
    CHECK(byAnna.err.contains(str("only a team lead marks gold items; Anna is not one")));
    const CliResult noLayer = p.bed.run({str("gold"), str("mark"), p.task, p.items[1], str("--as"), str("Lotte")});
    CHECK(noLayer.exitCode == 1);
    CHECK(noLayer.err.contains(str("draw or import it first")));
    const CliResult noItem = p.bed.run({str("gold"), str("mark"), p.task, str("nothing-here")});
    CHECK(noItem.exitCode == 1);
    CHECK(noItem.err.contains(str("has no item \"nothing-here\"")));
    CHECK(test::openStore(p.bed.storePath())->goldMarks(p.task, true).isEmpty());

    const CliResult marked = p.bed.run({str("gold"), str("mark"), str("Buffers"), p.items[0]});
    INFO(marked.err.toStdString());
    REQUIRE(marked.exitCode == 0);
    CHECK(marked.out.contains(str("is a gold item, with Lotte's layer as the reference")));

    const CliResult json = p.bed.run({str("--json"), str("quality"), p.task});
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = json.json();
    CHECK(report.value(str("goldItems")).toInt() == 1);
    CHECK(report.value(str("people")).toArray().size() == 2); // Lotte's reference is not scored
    const QJsonObject anna = personNamed(report, "Anna");
    const QJsonObject annasBoxes = anna.value(str("kinds")).toArray().at(0).toObject();
    CHECK(annasBoxes.value(str("kind")).toString() == str("box"));
    CHECK(annasBoxes.value(str("correct")).toInt() == 1);
    CHECK(annasBoxes.value(str("score")).toDouble() == Approx(1.0));
    CHECK(anna.value(str("questions")).toArray().at(0).toObject().value(str("score")).toDouble() == Approx(1.0));
    const QJsonObject bram = personNamed(report, "Bram");
    const QJsonObject bramsBoxes = bram.value(str("kinds")).toArray().at(0).toObject();
    CHECK(bramsBoxes.value(str("missed")).toInt() == 1);
    CHECK(bramsBoxes.value(str("score")).toDouble() == Approx(0.0));
    const QJsonObject bramsGenre = bram.value(str("questions")).toArray().at(0).toObject();
    CHECK(bramsGenre.value(str("question")).toString() == str("genre"));
    CHECK(bramsGenre.value(str("items")).toInt() == 1);
    CHECK(bramsGenre.value(str("correct")).toInt() == 0);

    const CliResult table = p.bed.run({str("quality"), p.task});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(str("Gold items: 1")));
    CHECK(table.out.contains(str("SCORE")));
    CHECK(table.out.contains(str("\"genre\"")));

    REQUIRE(p.bed.run({str("gold"), str("unmark"), p.task, p.items[0]}).exitCode == 0);
    CHECK(test::openStore(p.bed.storePath())->goldMarks(p.task).isEmpty());
    CHECK(p.bed.run({str("--json"), str("quality"), p.task}).json().value(str("goldItems")).toInt() == 0);
}
