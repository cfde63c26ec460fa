// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kinds/annotationkinds.h"
#include "model/schema.h"
#include "testutil.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {
Result<void> checkValue(AnnotationKind kind, const QJsonObject &value)
{
    return AnnotationKinds::get(kind).validate(value);
}

QString errorOf(const QByteArray &json)
{
    auto schema = Schema::fromJson(json, QStringLiteral("lab/schema.json"));
    return schema.ok() ? QString() : schema.error().message();
}
} // namespace

TEST_CASE("A valid schema round-trips through JSON", "[model][schema]")
{
    const Schema schema = test::demoSchema();
    REQUIRE(schema.labels().size() == 4);
    REQUIRE(schema.questions().size() == 4);
    auto again = Schema::fromJsonObject(schema.toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->toJson() == schema.toJson());
    const LabelSpec *buffer = schema.label(QStringLiteral("Buffer"));
    REQUIRE(buffer);
    CHECK(buffer->colour == QColor(0x1f, 0x77, 0xb4));
    CHECK(buffer->kinds == QList<AnnotationKind>{AnnotationKind::Box, AnnotationKind::Polygon});
    CHECK(buffer->attribute(QStringLiteral("schade"))->defaultValue.toInt() == 0);
}

TEST_CASE("Bad schemas are refused with a message naming the file and the problem", "[model][schema]")
{
    const QString unknownKind = errorOf(R"({"format":1,"labels":[{"name":"X","colour":"#ff0000","kinds":["line"]}]})");
    CHECK(unknownKind.startsWith(QLatin1String("lab/schema.json: ")));
    CHECK(unknownKind.contains(QLatin1String("unknown annotation kind \"line\"")));
    CHECK(unknownKind.contains(QLatin1String("crack")));

    CHECK(errorOf("{not json").contains(QLatin1String("not valid JSON")));
    CHECK(errorOf(R"({"format":2,"labels":[]})").contains(QLatin1String("format 2 is not supported")));
    CHECK(errorOf(R"({"labels":[]})").contains(QLatin1String("(missing)")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"X","colour":"red","kinds":["box"]}]})").contains(QLatin1String("colour \"red\"")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"X","colour":"#ff0000","hotkey":"1","kinds":["box"]},
                                             {"name":"Y","colour":"#00ff00","hotkey":"1","kinds":["box"]}]})")
              .contains(QLatin1String("hotkey \"1\" is used by another label")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"X","colour":"#ff0000","kinds":["box"]},
                                             {"name":"X","colour":"#00ff00","kinds":["box"]}]})")
              .contains(QLatin1String("used twice")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"X","colour":"#ff0000","kinds":["box"],
                     "attributes":[{"name":"a","type":"colour"}]}]})").contains(QLatin1String("unknown type \"colour\"")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"X","colour":"#ff0000","kinds":["box"],
                     "attributes":[{"name":"a","type":"int","min":0,"max":5,"default":9}]}]})").contains(QLatin1String("between 0 and 5")));
    CHECK(errorOf(R"({"format":1,"labels":[],"questions":[{"id":"q","type":"choice"}]})").contains(QLatin1String("needs \"choices\"")));
    CHECK(errorOf(R"({"format":1,"labels":[]})").contains(QLatin1String("no labels and no questions")));
    CHECK(errorOf(R"({"format":1,"labels":[],"extra":1})").contains(QLatin1String("unknown field \"extra\"")));
}

TEST_CASE("A task names its own flag reasons in the schema and bad lists are refused", "[model][schema]")
{
    const QByteArray base = R"({"format":1,"labels":[{"name":"Scheur","colour":"#d62728","kinds":["crack"]}])";
    auto schema = Schema::fromJson(base + R"(, "flagReasons": ["Geen dijk", "  Beeld   onbruikbaar "]})",
                                   QStringLiteral("lab/schema.json"));
    REQUIRE(schema.ok());
    CHECK(schema->flagReasons() == QStringList{QStringLiteral("Geen dijk"), QStringLiteral("Beeld onbruikbaar")});
    auto again = Schema::fromJsonObject(schema->toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->flagReasons() == schema->flagReasons());

    // None named: none written, and the dialog offers the general set.
    auto plain = Schema::fromJson(base + "}", QStringLiteral("lab/schema.json"));
    REQUIRE(plain.ok());
    CHECK(plain->flagReasons().isEmpty());
    CHECK_FALSE(plain->toJson().contains(QStringLiteral("flagReasons")));

    CHECK(errorOf(base + R"(, "flagReasons": "Geen dijk"})").contains(QLatin1String("\"flagReasons\" must be a list")));
    CHECK(errorOf(base + R"(, "flagReasons": ["Geen dijk", " "]})").contains(QLatin1String("1 to 200 characters")));
    CHECK(errorOf(base + R"(, "flagReasons": [3]})").contains(QLatin1String("1 to 200 characters")));
    CHECK(errorOf(base + R"(, "flagReasons": ["Geen dijk", "Geen  dijk"]})").contains(QLatin1String("\"Geen dijk\" is named twice")));
    const QByteArray tooLong = base + R"(, "flagReasons": [")" + QByteArray(201, 'x') + R"("]})";
    CHECK(errorOf(tooLong).startsWith(QLatin1String("lab/schema.json: ")));
}

TEST_CASE("Annotation values are checked per kind", "[model][geometry]")
{
    for (AnnotationKind kind : allAnnotationKinds()) {
        INFO(toId(kind).toStdString());
        CHECK(checkValue(kind, test::sampleValue(kind)).ok());
        CHECK_FALSE(checkValue(kind, {}).ok());
    }
    auto box = [](double x, double y, double w, double h) {
        return checkValue(AnnotationKind::Box, {{QStringLiteral("x"), x},
                                                {QStringLiteral("y"), y},
                                                {QStringLiteral("w"), w},
                                                {QStringLiteral("h"), h}});
    };
    CHECK(box(0, 0, 1, 1).ok());
    CHECK(box(0, 0, -3, 1).error().message().contains(QLatin1String("width and height must be greater than 0")));
    CHECK(box(0, 0, 0, 1).error().message().contains(QLatin1String("greater than 0")));
    CHECK(box(-1, 0, 2, 2).error().message().contains(QLatin1String("outside the image")));
    CHECK_FALSE(checkValue(AnnotationKind::Box, {{QStringLiteral("x"), QStringLiteral("1")}}).ok());
    CHECK_FALSE(checkValue(AnnotationKind::Box, {{QStringLiteral("x"), 1},
                                                 {QStringLiteral("y"), 1},
                                                 {QStringLiteral("w"), 1},
                                                 {QStringLiteral("h"), 1},
                                                 {QStringLiteral("z"), 1}})
                        .ok());

    const QJsonObject twoPoints{{QStringLiteral("points"), QJsonArray{QJsonArray{0, 0}, QJsonArray{1, 1}}}};
    CHECK(checkValue(AnnotationKind::Crack, twoPoints).ok());
    CHECK(checkValue(AnnotationKind::Polygon, twoPoints)
                  .error()
                  .message()
                  .contains(QLatin1String("at least 3 points")));
    CHECK(checkValue(AnnotationKind::Crack,
                     {{QStringLiteral("points"), QJsonArray{QJsonArray{0, 0}, QJsonArray{1}}}})
                  .error()
                  .message()
                  .contains(QLatin1String("point 2")));
    CHECK_FALSE(
            checkValue(AnnotationKind::Crack, {{QStringLiteral("points"),
                                                QJsonArray{QJsonArray{0, 0}, QJsonArray{-1, 3}}}})
                    .ok());

    CHECK_FALSE(checkValue(AnnotationKind::Marker, {{QStringLiteral("frame"), 1.5}}).ok());
    CHECK_FALSE(checkValue(AnnotationKind::Marker, {{QStringLiteral("frame"), -1}}).ok());
    CHECK(checkValue(AnnotationKind::Segment,
                     {{QStringLiteral("start"), 5}, {QStringLiteral("end"), 5}})
                  .error()
                  .message()
                  .contains(QLatin1String("must be after")));
    CHECK_FALSE(checkValue(AnnotationKind::Span, {{QStringLiteral("start"), 3},
                                                  {QStringLiteral("end"), 9},
                                                  {QStringLiteral("text"), 4}})
                        .ok());
    CHECK_FALSE(checkValue(AnnotationKind::Answer, {{QStringLiteral("answer"), QJsonValue::Null}})
                        .ok());
}

TEST_CASE("The schema decides which labels, kinds, attributes and answers fit", "[model][schema]")
{
    const Schema s = test::demoSchema();
    const auto box = test::sampleValue(AnnotationKind::Box);
    CHECK(s.checkAnnotation(AnnotationKind::Box, QStringLiteral("Buffer"), box, {{QStringLiteral("schade"), 3}}).ok());
    CHECK(s.checkAnnotation(AnnotationKind::Box, QStringLiteral("Lamp"), box, {}).error().message().contains(QLatin1String("no label \"Lamp\"")));
    CHECK(s.checkAnnotation(AnnotationKind::Crack, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Crack), {})
              .error().message().contains(QLatin1String("cannot be used for a crack")));
    CHECK_FALSE(s.checkAnnotation(AnnotationKind::Box, QStringLiteral("Buffer"), box, {{QStringLiteral("schade"), 6}}).ok());
    CHECK_FALSE(s.checkAnnotation(AnnotationKind::Box, QStringLiteral("Buffer"), box, {{QStringLiteral("schade"), 2.5}}).ok());
    CHECK_FALSE(s.checkAnnotation(AnnotationKind::Box, QStringLiteral("Buffer"), box, {{QStringLiteral("soort"), QStringLiteral("gat")}}).ok());
    CHECK_FALSE(s.checkAnnotation(AnnotationKind::Box, QStringLiteral("Buffer"), box, {{QStringLiteral("kleur"), 1}}).ok());

    auto answer = [&](const char *question, const QJsonValue &v) {
        return s.checkAnnotation(AnnotationKind::Answer, QLatin1String(question), {{QStringLiteral("answer"), v}}, {});
    };
    CHECK(answer("kwaliteit", 5).ok());
    CHECK_FALSE(answer("kwaliteit", 6).ok());
    CHECK(answer("genre", QStringLiteral("sport")).ok());
    CHECK_FALSE(answer("genre", QStringLiteral("film")).ok());
    CHECK(answer("beste", QStringLiteral("B")).ok());
    CHECK_FALSE(answer("beste", QStringLiteral("C")).ok());
    CHECK(answer("opmerking", QStringLiteral("scheef")).ok());
    CHECK_FALSE(answer("onbekend", 1).ok());
}

TEST_CASE("The tools block turns assisted tracing on for a task - off when absent", "[model][schema]")
{
    const QByteArray base = R"({"format":1,"labels":[{"name":"Scheur","colour":"#d62728","kinds":["crack"]}]})";
    auto plain = Schema::fromJson(base, QStringLiteral("lab/schema.json"));
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->assistedTracing());
    CHECK_FALSE(plain->toJson().contains(QStringLiteral("tools")));

    auto assisted = Schema::fromJson(R"({"format":1,"labels":[{"name":"Scheur","colour":"#d62728","kinds":["crack"]}],
                                        "tools":{"assistedTracing":true}})",
                                     QStringLiteral("lab/schema.json"));
    REQUIRE(assisted.ok());
    CHECK(assisted->assistedTracing());
    auto again = Schema::fromJsonObject(assisted->toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->assistedTracing());

    const QString notBool = errorOf(R"({"format":1,"labels":[{"name":"S","colour":"#d62728","kinds":["crack"]}],
                                       "tools":{"assistedTracing":"yes"}})");
    CHECK(notBool.startsWith(QLatin1String("lab/schema.json: ")));
    CHECK(notBool.contains(QLatin1String("\"assistedTracing\" must be true or false")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"S","colour":"#d62728","kinds":["crack"]}],"tools":true})")
              .contains(QLatin1String("\"tools\" must be an object")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"S","colour":"#d62728","kinds":["crack"]}],"tools":{"magic":1}})")
              .contains(QLatin1String("unknown field \"magic\"")));
}

TEST_CASE("The dashboard block lets annotators see their own pace - off when absent", "[model][schema]")
{
    const QByteArray base = R"({"format":1,"labels":[{"name":"Scheur","colour":"#d62728","kinds":["crack"]}]})";
    auto plain = Schema::fromJson(base, QStringLiteral("lab/schema.json"));
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->annotatorsSeePace());
    CHECK_FALSE(plain->toJson().contains(QStringLiteral("dashboard")));

    auto on = Schema::fromJson(R"({"format":1,"labels":[{"name":"Scheur","colour":"#d62728","kinds":["crack"]}],
                                  "dashboard":{"annotatorsSeePace":true}})",
                               QStringLiteral("lab/schema.json"));
    REQUIRE(on.ok());
    CHECK(on->annotatorsSeePace());
    auto again = Schema::fromJsonObject(on->toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->annotatorsSeePace());

    CHECK(errorOf(R"({"format":1,"labels":[{"name":"S","colour":"#d62728","kinds":["crack"]}],
                     "dashboard":{"annotatorsSeePace":1}})")
              .contains(QLatin1String("\"annotatorsSeePace\" must be true or false")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"S","colour":"#d62728","kinds":["crack"]}],"dashboard":[]})")
              .contains(QLatin1String("\"dashboard\" must be an object")));
    CHECK(errorOf(R"({"format":1,"labels":[{"name":"S","colour":"#d62728","kinds":["crack"]}],"dashboard":{"ranking":true}})")
              .contains(QLatin1String("unknown field \"ranking\"")));
}
