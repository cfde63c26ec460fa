// SPDX-License-Identifier: GPL-3.0-or-later
// The broadcaster's locators: the "locator" kind's values, the schema's "locators" block, the
// store refusing locators the schema does not name, and the calm checks of the locator list.

#include "model/kinds/annotationkinds.h"
#include "model/kinds/locatorkind.h"
#include "model/locatorchecks.h"
#include "testutil.h"

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

const char kSchema[] = R"({"format": 1, "labels": [{"name": "Muziek", "colour": "#e377c2", "kinds": ["marker"]}],
    "locators": {"names": ["Trailer / Ident", "Recap", "Main program", "End credits"]}})";

Annotation locator(const QString &name, const char *value)
{
    Annotation a;
    a.kind = AnnotationKind::Locator;
    a.label = name;
    a.value = json(value);
    return a;
}

} // namespace

TEST_CASE("A locator value has a start, an end, both, or is skipped")
{
    const AnnotationKindInfo &kind = AnnotationKinds::get(AnnotationKind::Locator);
    CHECK(toId(AnnotationKind::Locator) == QStringLiteral("locator"));
    CHECK(annotationKindFromId(u"locator") == AnnotationKind::Locator);
    for (const char *good : {R"({"start": 0})", R"({"end": 75})", R"({"start": 10, "end": 75})",
                             R"({"start": 80, "end": 75})", R"({"skipped": true})"}) {
        INFO(good);
        CHECK(kind.validate(json(good), {}).ok());
    }
    const std::pair<const char *, const char *> bad[] = {
            {"{}", "needs"},
            {R"({"start": -1})", "whole number"},
            {R"({"start": 1.5})", "whole number"},
            {R"({"skipped": false})", "only be true"},
            {R"({"skipped": true, "start": 3})", "skipped locator"},
            {R"({"start": 1, "frame": 3})", "frame"},
    };
    for (const auto &[value, problem] : bad) {
        INFO(value);
        const auto r = kind.validate(json(value), {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String(problem)));
    }
    CHECK(kind.fitToBounds(json(R"({"start": 900, "end": 1000})"), MediaBounds{{}, 750})
          == json(R"({"start": 749, "end": 750})"));
    CHECK(kind.summary(json(R"({"skipped": true})")) == QStringLiteral("not in this video"));
    AgreementOptions options;
    options.toleranceFrames = 2;
    CHECK(kind.agreement(json(R"({"start": 10, "end": 75})"), json(R"({"start": 12, "end": 74})"), options) == 1.0);
    CHECK(kind.agreement(json(R"({"start": 10, "end": 75})"), json(R"({"start": 13, "end": 75})"), options) == 0.0);
    CHECK(kind.agreement(json(R"({"skipped": true})"), json(R"({"skipped": true})"), options) == 1.0);
    CHECK(kind.agreement(json(R"({"skipped": true})"), json(R"({"start": 1})"), options) == 0.0);
}

TEST_CASE("The schema names the locators, and only those can be set")
{
    const auto schema = Schema::fromJson(QByteArray(kSchema), QStringLiteral("parts.json"));
    REQUIRE(schema.ok());
    CHECK(schema->locators() == QStringList{QStringLiteral("Trailer / Ident"), QStringLiteral("Recap"), QStringLiteral("Main program"), QStringLiteral("End credits")});
    CHECK_FALSE(schema->locatorsMayOverlap());
    CHECK(schema->checkAnnotation(AnnotationKind::Locator, QStringLiteral("Recap"), json(R"({"skipped": true})"), {}).ok());
    const auto unknown = schema->checkAnnotation(AnnotationKind::Locator, QStringLiteral("Muziek"), json(R"({"start": 1})"), {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message().contains(QStringLiteral("no locator \"Muziek\"")));
    CHECK_FALSE(schema->checkAnnotation(AnnotationKind::Locator, QStringLiteral("Recap"), json(R"({"start": 1})"),
                                        json(R"({"x": 1})")).ok());
    // A round trip through JSON keeps the block.
    const auto again = Schema::fromJsonObject(schema->toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->locators() == schema->locators());

    for (const auto &[text, problem] : std::initializer_list<std::pair<const char *, const char *>>{
                 {R"({"format": 1, "locators": ["a"]})", "must be an object"},
                 {R"({"format": 1, "locators": {"names": []}})", "at least one"},
                 {R"({"format": 1, "locators": {"names": ["a", "a"]}})", "named twice"},
                 {R"({"format": 1, "locators": {"names": ["a"], "mayOverlap": 1}})", "true or false"},
                 {R"({"format": 1, "locators": {"names": ["a"], "order": 1}})", "order"}}) {
        INFO(text);
        const auto r = Schema::fromJson(QByteArray(text), QStringLiteral("bad.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().startsWith(QStringLiteral("bad.json")));
        CHECK(r.error().message().contains(QLatin1String(problem)));
    }
}

TEST_CASE("The schema's video block sets the task's start timecode, which wins over the file's")
{
    const auto schema = Schema::fromJson(
            QByteArray(R"({"format": 1, "locators": {"names": ["Recap"]}, "video": {"startTimecode": "10:00:00;00"}})"),
            QStringLiteral("house.json"));
    REQUIRE(schema.ok());
    CHECK(schema->startTimecode() == QStringLiteral("10:00:00;00"));
    MediaFacts facts;
    facts.startTimecode = QStringLiteral("01:00:00;00");
    CHECK(schema->startTimecodeFor(facts) == QStringLiteral("10:00:00;00"));
    const auto again = Schema::fromJsonObject(schema->toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->startTimecode() == schema->startTimecode());

    // Without the block each video keeps its own.
    const auto plain = Schema::fromJson(QByteArray(kSchema), QStringLiteral("parts.json"));
    REQUIRE(plain.ok());
    CHECK(plain->startTimecodeFor(facts) == QStringLiteral("01:00:00;00"));
    CHECK_FALSE(plain->toJson().contains(QStringLiteral("video")));

    for (const auto &[text, problem] : std::initializer_list<std::pair<const char *, const char *>>{
                 {R"({"format": 1, "locators": {"names": ["a"]}, "video": "10:00:00:00"})", "must be an object"},
                 {R"({"format": 1, "locators": {"names": ["a"]}, "video": {"startTimecode": "10:00:00"}})", "HH:MM:SS:FF"},
                 {R"({"format": 1, "locators": {"names": ["a"]}, "video": {"startTimecode": "10:61:00:00"}})", "HH:MM:SS:FF"},
                 {R"({"format": 1, "locators": {"names": ["a"]}, "video": {"startTimecode": 36000}})", "HH:MM:SS:FF"},
                 {R"({"format": 1, "locators": {"names": ["a"]}, "video": {"rate": 25}})", "rate"}}) {
        INFO(text);
        const auto r = Schema::fromJson(QByteArray(text), QStringLiteral("bad.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().startsWith(QStringLiteral("bad.json")));
        CHECK(r.error().message().contains(QLatin1String(problem)));
    }
}

TEST_CASE("The store keeps locators as ops and refuses ones the schema does not name")
{
    test::Fixture fx(1);
    const auto schema = Schema::fromJson(QByteArray(kSchema), QStringLiteral("parts.json"));
    REQUIRE(schema.ok());
    Task task;
    task.name = QStringLiteral("Program parts");
    task.schema = *schema;
    // A task of its own with this schema, one video item.
    Item item;
    item.mediaPath = QStringLiteral("/media/aflevering.mp4");
    item.sha256 = QString(64, QLatin1Char('a'));
    item.size = 10;
    item.kind = MediaKind::Video;
    item.facts.frameCount = 100; // from its packet index
    const auto created = fx.store->createTask(task, {item}, fx.annotator.id);
    REQUIRE(created.ok());
    const QList<Item> items = fx.store->items(created->id);
    REQUIRE(items.size() == 1);
    Annotation a = locator(QStringLiteral("Recap"), R"({"skipped": true})");
    a.taskId = created->id;
    a.itemId = items.first().id;
    a.author = fx.annotator.id;
    const auto added = fx.store->addAnnotation(a);
    REQUIRE(added.ok());
    const auto back = fx.store->annotation(added->id);
    REQUIRE(back);
    CHECK(back->kind == AnnotationKind::Locator);
    CHECK(back->value == json(R"({"skipped": true})"));
    a.label = QStringLiteral("Weather");
    const auto refused = fx.store->addAnnotation(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("Weather")));

    // Frames lie within the video's 100 frames: an end may be 100 (the frame after the last),
    // a start or a marker may not; the refusal names the kind, the label and the frames.
    a.label = QStringLiteral("End credits");
    a.value = json(R"({"start": 90, "end": 100})");
    CHECK(fx.store->addAnnotation(a).ok());
    a.id.clear();
    a.value = json(R"({"start": 100})");
    const auto beyond = fx.store->addAnnotation(a);
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().message().contains(QStringLiteral("locator \"End credits\" lies beyond the end of the video, which has 100 frames (0 to 99)")));
    Annotation marker = a;
    marker.id.clear();
    marker.kind = AnnotationKind::Marker;
    marker.label = QStringLiteral("Muziek");
    marker.value = json(R"({"frame": 99})");
    CHECK(fx.store->addAnnotation(marker).ok());
    marker.id.clear();
    marker.value = json(R"({"frame": 100})");
    CHECK_FALSE(fx.store->addAnnotation(marker).ok());
}

TEST_CASE("The locator checks warn about reversed, overlapping and unset parts")
{
    auto schema = Schema::fromJson(QByteArray(kSchema), QStringLiteral("parts.json"));
    REQUIRE(schema.ok());
    const QList<Annotation> work{
            locator(QStringLiteral("Trailer / Ident"), R"({"start": 0, "end": 75})"),
            locator(QStringLiteral("Recap"), R"({"start": 300, "end": 200})"),
            locator(QStringLiteral("Main program"), R"({"start": 50, "end": 600})"),
    };
    CHECK(texts(LocatorChecks::check(*schema, work, false))
          == QStringList{QStringLiteral("Recap: the end lies before the start."), QStringLiteral("Trailer / Ident and Main program overlap.")});
    const QStringList done = texts(LocatorChecks::check(*schema, work, true));
    REQUIRE(done.size() == 3);
    CHECK(done.last().startsWith(QStringLiteral("Not set yet: End credits.")));
    // Touching parts do not overlap (an end is the first frame after the part); a skipped part
    // is not unset; a part whose end is missing is.
    const QList<Annotation> touching{
            locator(QStringLiteral("Trailer / Ident"), R"({"start": 0, "end": 75})"),
            locator(QStringLiteral("Recap"), R"({"skipped": true})"),
            locator(QStringLiteral("Main program"), R"({"start": 75, "end": 600})"),
            locator(QStringLiteral("End credits"), R"({"start": 600})"),
    };
    CHECK(texts(LocatorChecks::check(*schema, touching, false)).isEmpty());
    CHECK(texts(LocatorChecks::check(*schema, touching, true)) == QStringList{QStringLiteral("Not set yet: End credits. Set each start and end, or choose Skip for a part that is not in this video.")});
    const QList<Annotation> empty{locator(QStringLiteral("Main program"), R"({"start": 950, "end": 950})")};
    CHECK(texts(LocatorChecks::check(*schema, empty, false))
          == QStringList{QStringLiteral("Main program: the end is the start, so the part is empty.")});
    schema->setLocators(schema->locators(), true);
    CHECK(texts(LocatorChecks::check(*schema, work, false)) == QStringList{QStringLiteral("Recap: the end lies before the start.")});
}
