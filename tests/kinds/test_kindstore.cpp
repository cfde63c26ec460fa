// SPDX-License-Identifier: GPL-3.0-or-later
// The store validates every annotation value through its kind, on every write path: a new
// annotation, an edit, and ops merged from elsewhere. A refusal names the annotation and the
// problem, and nothing is written.

#include "model/kinds/annotationkinds.h"
#include "statedump.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QJsonObject json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    REQUIRE(doc.isObject());
    return doc.object();
}

struct BadAnnotation
{
    AnnotationKind kind;
    const char *label; ///< a label of test::demoSchema() that allows the kind (answers: a question)
    const char *value;
    const char *problem;
};

const BadAnnotation kBad[] = {
        {AnnotationKind::Box, "Buffer", R"({"x": 1, "y": 2, "w": 0, "h": 4})",
         "width and height must be greater than 0"},
        {AnnotationKind::Polygon, "Buffer", R"({"points": [[0,0],[20,20],[20,0],[0,20]]})",
         "crosses or touches itself"},
        {AnnotationKind::Crack, "Scheur", R"({"points": [[5,5]]})",
         "needs at least 2 points, got 1"},
        {AnnotationKind::Marker, "Reclame", R"({"frame": -4})", "whole number of 0 or more"},
        {AnnotationKind::Segment, "Reclame", R"({"start": 50, "end": 10})", "must be after"},
        {AnnotationKind::Span, "Naam", R"({"start": 4, "end": 4})", "must be after"},
        {AnnotationKind::Answer, "kwaliteit", R"({"answer": null})", "\"answer\" is missing"},
};

Annotation annotationOf(const test::Fixture &f, AnnotationKind kind, const QString &label,
                        const QJsonObject &value)
{
    Annotation a;
    a.itemId = f.items.first().id;
    a.author = f.annotator.id;
    a.kind = kind;
    a.label = label;
    a.value = value;
    return a;
}

} // namespace

TEST_CASE("kinds: the store refuses a bad value of every kind and writes nothing", "[kinds][store]")
{
    test::Fixture f;
    const QString before = test::dumpEntities(f.storePath());
    const qint64 ops = f.store->opCount();
    for (const BadAnnotation &bad : kBad) {
        INFO(toId(bad.kind).toStdString() << " " << bad.value);
        Annotation a = annotationOf(f, bad.kind, QLatin1String(bad.label), json(bad.value));
        a.id = QStringLiteral("bad-") + toId(bad.kind);
        const auto added = f.store->addAnnotation(a);
        REQUIRE_FALSE(added.ok());
        const QString message = added.error().message();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("annotation bad-%1 (%1 \"%2\")")
                                       .arg(toId(bad.kind), QLatin1String(bad.label))));
        CHECK(message.contains(QLatin1String(bad.problem)));
    }
    CHECK(f.store->opCount() == ops);
    CHECK(f.store->annotations(f.items.first().id).isEmpty());
    CHECK(test::dumpEntities(f.storePath()) == before);
}

TEST_CASE("kinds: a self-crossing polygon and a one-point crack are refused by the store",
          "[kinds][store]")
{
    test::Fixture f;
    const QString before = test::dumpEntities(f.storePath());

    // No id given: the store makes one first, so the message can name it.
    const auto polygon = f.store->addAnnotation(
            annotationOf(f, AnnotationKind::Polygon, QStringLiteral("Buffer"),
                         json(R"({"points": [[10,10],[60,60],[60,10],[10,60]]})")));
    REQUIRE_FALSE(polygon.ok());
    CHECK(polygon.error().message().contains(QRegularExpression(QStringLiteral(
            "^annotation [0-9a-f-]{36} \\(polygon \"Buffer\"\\): the outline crosses or "
            "touches itself \\(edges 1 and 3\\)$"))));

    const auto crack = f.store->addAnnotation(annotationOf(
            f, AnnotationKind::Crack, QStringLiteral("Scheur"), json(R"({"points": [[12,40]]})")));
    REQUIRE_FALSE(crack.ok());
    CHECK(crack.error().message().contains(QRegularExpression(
            QStringLiteral("^annotation [0-9a-f-]{36} \\(crack \"Scheur\"\\): needs at least 2 "
                           "points, got 1$"))));

    CHECK(test::dumpEntities(f.storePath()) == before);
}

TEST_CASE("kinds: an edit that makes a polygon cross itself is refused", "[kinds][store]")
{
    test::Fixture f;
    const QJsonObject square = json(R"({"points": [[10,10],[60,10],[60,60],[10,60]]})");
    const auto added = f.store->addAnnotation(
            annotationOf(f, AnnotationKind::Polygon, QStringLiteral("Buffer"), square));
    REQUIRE(added.ok());
    const QString before = test::dumpEntities(f.storePath());

    const auto edited = f.store->updateAnnotation(
            added->id,
            {{QStringLiteral("value"), json(R"({"points": [[10,10],[60,60],[60,10],[10,60]]})")}},
            f.annotator.id);
    REQUIRE_FALSE(edited.ok());
    CHECK(edited.error().message().startsWith(
            QStringLiteral("annotation %1 (polygon \"Buffer\"): ").arg(added->id)));
    CHECK(edited.error().message().contains(QLatin1String("crosses or touches itself")));
    CHECK(test::dumpEntities(f.storePath()) == before);
    CHECK(f.store->annotation(added->id)->value == square);

    // Deleting it does not look at the value again.
    REQUIRE(f.store->updateAnnotation(added->id, {{QStringLiteral("deleted"), true}},
                                      f.annotator.id)
                    .ok());
}

TEST_CASE("kinds: merged ops with a bad value are refused whole, naming op and annotation",
          "[kinds][store][merge]")
{
    test::Fixture f;
    const auto good =
            f.store->addAnnotation(annotationOf(f, AnnotationKind::Crack, QStringLiteral("Scheur"),
                                                json(R"({"points": [[1,1],[9,9]]})")));
    REQUIRE(good.ok());
    QList<Op> ops = f.store->ops();
    const Op crackOp = ops.last();

    // Another PC's store gets the task, then a batch whose last op carries a one-point crack.
    QTemporaryDir other;
    auto target = test::openStore(other.filePath(QStringLiteral("other.sqlite")));
    ops.removeLast();
    REQUIRE(target->merge(ops).ok());
    const QString before = test::dumpEntities(other.filePath(QStringLiteral("other.sqlite")));

    Op bad = crackOp;
    bad.fields.insert(QStringLiteral("value"), json(R"({"points": [[4,4]]})"));
    const auto merged = target->merge({crackOp, bad});
    REQUIRE_FALSE(merged.ok());
    const QString message = merged.error().message();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("op %1").arg(bad.id)));
    CHECK(message.contains(QStringLiteral("annotation %1 (crack \"Scheur\")").arg(good->id)));
    CHECK(message.contains(QLatin1String("needs at least 2 points, got 1")));
    // All or nothing: the good op before it was not applied either.
    CHECK(test::dumpEntities(other.filePath(QStringLiteral("other.sqlite"))) == before);

    // The same op read from a package line names the line too.
    const auto read = Op::fromJson(bad.toJson(), QStringLiteral("results.zip: ops.jsonl line 7"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message().startsWith(
            QStringLiteral(
                    "results.zip: ops.jsonl line 7: op %1: annotation %2 (crack \"Scheur\"): ")
                    .arg(bad.id, good->id)));
}
