// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation values as a script meets them: the real annostraat-cli refuses a bad value of
// every kind, whether given to "annotation add" or carried by a package's ops, with exit
// code 1, one line naming the annotation and the problem, and an unchanged store.

#include "bundletestutil.h"
#include "clitestbed.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::CliResult;
using test::CliTestBed;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// A store with Anna and Lotte and a task whose schema has a label for every drawing kind.
struct KindsProject
{
    KindsProject()
    {
        bed.runOk({str("profile"), str("add"), str("Anna")});
        bed.runOk({str("profile"), str("add"), str("Lotte"), str("--role"), str("teamlead")});
        const QString schema = bed.path(str("kinds-schema.json"));
        test::writeFile(schema, R"({
          "format": 1,
          "labels": [
            {"name": "Buffer", "colour": "#1f77b4", "kinds": ["box", "polygon"]},
            {"name": "Scheur", "colour": "#d62728", "kinds": ["crack"]},
            {"name": "Reclame", "colour": "#2ca02c", "kinds": ["marker", "segment"]},
            {"name": "Naam", "colour": "#9467bd", "kinds": ["span"]}
          ],
          "questions": [{"id": "kwaliteit", "type": "rating", "min": 1, "max": 5}]
        })");
        task = bed.runOk({str("task"), str("create"), str("--name"), str("Soorten"),
                          str("--schema"), schema, str("--media"), bed.writeMediaFolder(),
                          str("--author"), str("Lotte")});
        const CliResult listed = bed.run({str("--json"), str("item"), str("list"), task});
        for (const QJsonValue &v : listed.json().value(str("items")).toArray())
            items << v.toObject().value(str("id")).toString();
        REQUIRE(items.size() == 4);
    }

    CliResult add(const QString &kind, const QString &label, const QString &value) const
    {
        return bed.run({str("annotation"), str("add"), str("--task"), task, str("--item"),
                        items.first(), str("--kind"), kind, str("--label"), label, str("--value"),
                        value, str("--author"), str("Anna")});
    }

    QJsonArray annotations(const QString &store) const
    {
        return CliTestBed::runWith(store, {str("--json"), str("annotation"), str("list")})
                .json()
                .value(str("annotations"))
                .toArray();
    }

    CliTestBed bed;
    QString task;
    QStringList items;
};

void requireRefusal(const CliResult &r, const QStringList &mentions)
{
    INFO("stdout: " << r.out.toStdString());
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    REQUIRE(r.errLines().size() == 1);
    CHECK(r.errLines().first().startsWith(str("annostraat-cli: ")));
    for (const QString &text : mentions) {
        INFO("expected in the message: " << text.toStdString());
        CHECK(r.err.contains(text));
    }
}

} // namespace

TEST_CASE("cli kinds: annotation add refuses a bad value of every kind", "[cli][kinds]")
{
    KindsProject p;
    const QByteArray before = test::readFile(p.bed.storePath());
    struct Bad
    {
        const char *kind;
        const char *label;
        const char *value;
        const char *problem;
    };
    const Bad bad[] = {
            {"box", "Buffer", R"({"x": 1, "y": 2, "w": 30, "h": 0})",
             "width and height must be greater than 0"},
            {"box", "Buffer", R"({"x": -5, "y": 2, "w": 30, "h": 10})", "outside the image"},
            {"polygon", "Buffer", R"({"points": [[10,10],[60,60],[60,10],[10,60]]})",
             "the outline crosses or touches itself (edges 1 and 3)"},
            {"polygon", "Buffer", R"({"points": [[10,10],[60,60]]})",
             "needs at least 3 points, got 2"},
            {"crack", "Scheur", R"({"points": [[12,40]]})", "needs at least 2 points, got 1"},
            {"crack", "Scheur", R"({"points": [[12,40],[12,40]]})", "has no length"},
            {"marker", "Reclame", R"({"frame": -1})",
             "\"frame\" must be a whole number of 0 or more"},
            {"segment", "Reclame", R"({"start": 250, "end": 100})",
             "\"end\" (100) must be after \"start\" (250)"},
            {"span", "Naam", R"({"start": 0, "end": 12, "text": 7})", "\"text\" must be a string"},
            {"answer", "kwaliteit", R"({"answer": null})", "\"answer\" is missing"},
    };
    for (const Bad &b : bad) {
        INFO(b.kind << " " << b.value);
        const CliResult r = p.add(str(b.kind), str(b.label), str(b.value));
        requireRefusal(r, {str("the annotation was not added: annotation "),
                           QStringLiteral("(%1 \"%2\"): ").arg(str(b.kind), str(b.label)),
                           str(b.problem)});
    }
    CHECK(p.annotations(p.bed.storePath()).isEmpty());
    CHECK(test::readFile(p.bed.storePath()) == before);

    // The same values made valid are taken, so it was the value that was refused.
    CHECK(p.add(str("polygon"), str("Buffer"),
                str(R"({"points": [[10,10],[60,10],[60,60],[10,60]]})"))
                  .exitCode == 0);
    CHECK(p.add(str("crack"), str("Scheur"), str(R"({"points": [[12,40],[14,60]]})")).exitCode ==
          0);
    CHECK(p.annotations(p.bed.storePath()).size() == 2);
}

TEST_CASE("cli kinds: package import refuses a package whose op carries a self-crossing polygon",
          "[cli][kinds][package]")
{
    KindsProject p;
    const CliResult added = p.add(str("polygon"), str("Buffer"),
                                  str(R"({"points": [[10,10],[60,10],[60,60],[10,60]]})"));
    REQUIRE(added.exitCode == 0);
    const QString annotationId = added.outLines().first();
    const QString file = p.bed.path(str("werk.zip"));
    REQUIRE(p.bed.run({str("package"), str("export"), p.task, str("--out"), file,
                       str("--with-work")})
                    .exitCode == 0);

    // Only the polygon's points change; sizes and checksums in the manifest are made to fit,
    // so nothing but the geometry is wrong.
    QList<QByteArray> lines = test::zipEntry(file, str("ops.jsonl")).split('\n');
    int line = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QJsonObject op = QJsonDocument::fromJson(lines.at(i)).object();
        if (op.value(str("entityId")).toString() != annotationId)
            continue;
        QJsonObject fields = op.value(str("fields")).toObject();
        fields.insert(str("value"),
                      QJsonDocument::fromJson(R"({"points": [[10,10],[60,60],[60,10],[10,60]]})")
                              .object());
        op.insert(str("fields"), fields);
        lines[i] = QJsonDocument(op).toJson(QJsonDocument::Compact);
        line = i + 1;
    }
    REQUIRE(line > 0);
    test::replaceListed(file, str("ops.jsonl"), lines.join('\n'));

    const QString store = p.bed.path(str("other/store.sqlite"));
    REQUIRE(QDir().mkpath(p.bed.path(str("other"))));
    REQUIRE(CliTestBed::runWith(store, {str("profile"), str("add"), str("Bram")}).exitCode == 0);
    const QByteArray before = test::readFile(store);

    for (const char *command : {"validate", "import"}) {
        INFO(command);
        const CliResult r = CliTestBed::runWith(store, {str("package"), str(command), file});
        requireRefusal(r, {str("werk.zip: ops.jsonl line ") + QString::number(line),
                           QStringLiteral("annotation %1 (polygon \"Buffer\"): ").arg(annotationId),
                           str("the outline crosses or touches itself (edges 1 and 3)")});
    }
    CHECK(test::readFile(store) == before);
    CHECK(p.annotations(store).isEmpty());
    CHECK(CliTestBed::runWith(store, {str("--json"), str("task"), str("list")})
                  .json()
                  .value(str("tasks"))
                  .toArray()
                  .isEmpty());
}
