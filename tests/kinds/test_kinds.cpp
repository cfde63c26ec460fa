// SPDX-License-Identifier: GPL-3.0-or-later
// Each annotation kind on its own: its entry in the registry, validation with good and bad
// values, fitting to the media, the one-line summary, bounds and the agreement metric.

#include "model/kinds/annotationkinds.h"
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

const AnnotationKindInfo &kindOf(AnnotationKind kind)
{
    return AnnotationKinds::get(kind);
}

/// The message validate() gives, or an empty string when the value is valid.
QString problemOf(AnnotationKind kind, const char *value, const ValueContext &context = {})
{
    const Result<void> r = kindOf(kind).validate(json(value), context);
    return r ? QString() : r.error().message();
}

struct Bad
{
    AnnotationKind kind;
    const char *value;
    const char *problem; ///< a part of the message that names the problem
};

// At least one bad value per kind and per rule in docs/schema-format.md.
const Bad kBadValues[] = {
        {AnnotationKind::Box, R"({"x": 1, "y": 2, "w": 0, "h": 4})",
         "width and height must be greater than 0"},
        {AnnotationKind::Box, R"({"x": 1, "y": 2, "w": -3, "h": 4})", "greater than 0"},
        {AnnotationKind::Box, R"({"x": -1, "y": 2, "w": 3, "h": 4})", "outside the image"},
        {AnnotationKind::Box, R"({"x": "1", "y": 2, "w": 3, "h": 4})", "\"x\" must be a number"},
        {AnnotationKind::Box, R"({"x": 1, "y": 2, "w": 3})", "\"h\" must be a number"},
        {AnnotationKind::Box, R"({"x": 1, "y": 2, "w": 3, "h": 4, "z": 5})", "unknown field \"z\""},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[2,2],[2,0],[0,2]]})",
         "crosses or touches itself"},
        {AnnotationKind::Polygon,
         R"({"points": [[0,0],[4,0],[4,2],[2,2],[3,1],[1,1],[2,2],[0,2]]})",
         "crosses or touches itself"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[2,0],[2,2],[3,2],[1,2],[0,2]]})",
         "crosses or touches itself"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[4,0],[2,0],[2,3]]})",
         "turns back on itself at point 2"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[4,4],[4,0],[0,4]]})",
         "crosses or touches itself (edges 1 and 3)"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[1,1],[2,2]]})", "encloses no area"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[1,0],[0,0]]})",
         "at least 3 different points"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[2,2]]})", "needs at least 3 points, got 2"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[2,0],[-1,2]]})",
         "point 3 lies outside the image"},
        {AnnotationKind::Polygon, R"({"points": [[0,0],[2,0],[2]]})",
         "point 3 is not a pair of numbers"},
        {AnnotationKind::Polygon, R"({"points": "0,0 2,0 2,2"})", "must be a list of [x, y] pairs"},
        {AnnotationKind::Crack, R"({"points": [[5,5]]})", "needs at least 2 points, got 1"},
        {AnnotationKind::Crack, R"({"points": []})", "needs at least 2 points, got 0"},
        {AnnotationKind::Crack, R"({"points": [[5,5],[5,5]]})", "has no length"},
        {AnnotationKind::Crack, R"({"points": [[0,0],[-1,3]]})", "point 2 lies outside the image"},
        {AnnotationKind::Crack, R"({"points": [[0,0],[1,3]], "closed": true})",
         "unknown field \"closed\""},
        {AnnotationKind::Marker, R"({"frame": -1})", "whole number of 0 or more"},
        {AnnotationKind::Marker, R"({"frame": 1.5})", "whole number of 0 or more"},
        {AnnotationKind::Marker, R"({})", "whole number of 0 or more"},
        {AnnotationKind::Marker, R"({"frame": 3, "end": 4})", "unknown field \"end\""},
        {AnnotationKind::Segment, R"({"start": 5, "end": 5})",
         "\"end\" (5) must be after \"start\" (5)"},
        {AnnotationKind::Segment, R"({"start": 9, "end": 5})", "must be after"},
        {AnnotationKind::Segment, R"({"start": -2, "end": 5})", "must not be negative"},
        {AnnotationKind::Segment, R"({"start": 0.5, "end": 5})", "must be whole numbers (frames)"},
        {AnnotationKind::Segment, R"({"start": 0, "end": 5, "text": "x"})",
         "unknown field \"text\""},
        {AnnotationKind::Span, R"({"start": 3, "end": 2})", "must be after"},
        {AnnotationKind::Span, R"({"start": 3, "end": 9, "text": 4})", "\"text\" must be a string"},
        {AnnotationKind::Span, R"({"start": 3})", "must be whole numbers (characters)"},
        {AnnotationKind::Answer, R"({"answer": null})", "\"answer\" is missing"},
        {AnnotationKind::Answer, R"({})", "\"answer\" is missing"},
        {AnnotationKind::Answer, R"({"answer": 3, "why": "x"})", "unknown field \"why\""},
};

} // namespace

TEST_CASE("kinds: every annotation kind has one entry in the registry", "[kinds]")
{
    REQUIRE(AnnotationKinds::all().size() == allAnnotationKinds().size());
    for (AnnotationKind kind : allAnnotationKinds()) {
        const AnnotationKindInfo &info = AnnotationKinds::get(kind);
        INFO(toId(kind).toStdString());
        CHECK(info.kind() == kind);
        CHECK(info.id() == toId(kind));
        CHECK(AnnotationKinds::find(toId(kind)) == &info);
        CHECK_FALSE(info.displayName().isEmpty());
        // A kind drawn on an image lies on pixels and knows its extent there.
        CHECK((info.imageShape() != ImageShape::None) == (info.surface() == KindSurface::Pixels));
        CHECK(info.bounds(test::sampleValue(kind)).has_value() ==
              (info.surface() == KindSurface::Pixels));
    }
    CHECK(AnnotationKinds::find(u"circle") == nullptr);
    CHECK(kindOf(AnnotationKind::Answer).answersQuestion());
    CHECK_FALSE(kindOf(AnnotationKind::Span).answersQuestion());
    CHECK(kindOf(AnnotationKind::Polygon).minimumPoints() == 3);
    CHECK(kindOf(AnnotationKind::Crack).minimumPoints() == 2);
    CHECK(kindOf(AnnotationKind::Box).imageShape() == ImageShape::Rect);
    CHECK(kindOf(AnnotationKind::Polygon).imageShape() == ImageShape::ClosedOutline);
    CHECK(kindOf(AnnotationKind::Crack).imageShape() == ImageShape::OpenPolyline);
    CHECK(kindOf(AnnotationKind::Marker).surface() == KindSurface::Frames);
    CHECK(kindOf(AnnotationKind::Segment).surface() == KindSurface::Frames);
    CHECK(kindOf(AnnotationKind::Span).surface() == KindSurface::CodePoints);
    CHECK(kindOf(AnnotationKind::Answer).surface() == KindSurface::None);
}

TEST_CASE("kinds: good values pass", "[kinds][validate]")
{
    for (AnnotationKind kind : allAnnotationKinds())
        for (int variant = 0; variant < 3; ++variant) {
            INFO(toId(kind).toStdString() << " variant " << variant);
            CHECK(kindOf(kind).validate(test::sampleValue(kind, variant)).ok());
        }
    CHECK(problemOf(AnnotationKind::Box, R"({"x": 0, "y": 0, "w": 0.5, "h": 1e4})").isEmpty());
    // Concave, with a repeated vertex and a closing repeat of the first point.
    CHECK(problemOf(AnnotationKind::Polygon,
                    R"({"points": [[0,0],[4,0],[4,1],[1,1],[1,1],[1,4],[0,4],[0,0]]})")
                  .isEmpty());
    // Cracks branch and meet: crossing itself is allowed.
    CHECK(problemOf(AnnotationKind::Crack, R"({"points": [[0,0],[2,2],[2,0],[0,2]]})").isEmpty());
    CHECK(problemOf(AnnotationKind::Marker, R"({"frame": 0})").isEmpty());
    CHECK(problemOf(AnnotationKind::Segment, R"({"start": 0, "end": 1})").isEmpty());
    CHECK(problemOf(AnnotationKind::Span, R"({"start": 0, "end": 10, "text": "Jan Jansen"})")
                  .isEmpty());
    CHECK(problemOf(AnnotationKind::Answer, R"({"answer": "A"})").isEmpty());
    CHECK(problemOf(AnnotationKind::Answer, R"({"answer": false})").isEmpty());
}

TEST_CASE("kinds: bad values are refused with the problem named", "[kinds][validate]")
{
    for (const Bad &bad : kBadValues) {
        const QString message = problemOf(bad.kind, bad.value);
        INFO(toId(bad.kind).toStdString() << " " << bad.value << " -> " << message.toStdString());
        CHECK(message.startsWith(toId(bad.kind) + QStringLiteral(": ")));
        CHECK(message.contains(QLatin1String(bad.problem)));
    }
    for (AnnotationKind kind : allAnnotationKinds()) {
        INFO(toId(kind).toStdString());
        CHECK_FALSE(kindOf(kind).validate({}).ok());
    }
}

TEST_CASE("kinds: a refusal names the annotation, its kind and label", "[kinds][validate]")
{
    CHECK(problemOf(AnnotationKind::Polygon, R"({"points": [[0,0],[2,2],[2,0],[0,2]]})",
                    {QStringLiteral("a-17"), QStringLiteral("Buffer")}) ==
          QStringLiteral("annotation a-17 (polygon \"Buffer\"): the outline crosses or touches "
                         "itself (edges 1 and 3)"));
    CHECK(problemOf(AnnotationKind::Crack, R"({"points": [[5,5]]})", {QStringLiteral("c-2"), {}}) ==
          QStringLiteral("annotation c-2 (crack): needs at least 2 points, got 1"));
    CHECK(problemOf(AnnotationKind::Marker, R"({"frame": -1})", {{}, QStringLiteral("Intro")}) ==
          QStringLiteral("marker \"Intro\": \"frame\" must be a whole number of 0 or more"));
}

TEST_CASE("kinds: values are fitted to the media's bounds", "[kinds][fit]")
{
    const MediaBounds image{QSizeF(100, 50)};
    const AnnotationKindInfo &box = kindOf(AnnotationKind::Box);
    CHECK(box.fitToBounds(json(R"({"x": 90, "y": 40, "w": 30, "h": 20})"), image) ==
          json(R"({"x": 90, "y": 40, "w": 10, "h": 10})"));
    CHECK(box.fitToBounds(json(R"({"x": 10, "y": 10, "w": 5, "h": 5})"), image) ==
          json(R"({"x": 10, "y": 10, "w": 5, "h": 5})"));
    // Entirely outside: nothing is left, which validate() then refuses.
    const QJsonObject gone = box.fitToBounds(json(R"({"x": 200, "y": 10, "w": 5, "h": 5})"), image);
    CHECK_FALSE(box.validate(gone).ok());
    // Unknown bounds and unreadable values come back as they were.
    CHECK(box.fitToBounds(json(R"({"x": 200, "y": 10, "w": 5, "h": 5})"), {}) ==
          json(R"({"x": 200, "y": 10, "w": 5, "h": 5})"));
    CHECK(box.fitToBounds(json(R"({"x": "a"})"), image) == json(R"({"x": "a"})"));

    CHECK(kindOf(AnnotationKind::Polygon)
                  .fitToBounds(json(R"({"points": [[10,10],[150,10],[150,80]]})"), image) ==
          json(R"({"points": [[10,10],[100,10],[100,50]]})"));
    CHECK(kindOf(AnnotationKind::Crack)
                  .fitToBounds(json(R"({"points": [[10,10],[120,30]]})"), image) ==
          json(R"({"points": [[10,10],[100,30]]})"));
    // A polygon pressed flat against the edge keeps no area.
    const QJsonObject flat =
            kindOf(AnnotationKind::Polygon)
                    .fitToBounds(json(R"({"points": [[120,0],[150,10],[130,40]]})"), image);
    CHECK(kindOf(AnnotationKind::Polygon)
                  .validate(flat)
                  .error()
                  .message()
                  .contains(QLatin1String("no area")));

    MediaBounds video;
    video.frameCount = 250;
    CHECK(kindOf(AnnotationKind::Marker).fitToBounds(json(R"({"frame": 300})"), video) ==
          json(R"({"frame": 249})"));
    CHECK(kindOf(AnnotationKind::Marker).fitToBounds(json(R"({"frame": 20})"), video) ==
          json(R"({"frame": 20})"));
    CHECK(kindOf(AnnotationKind::Marker).fitToBounds(json(R"({"frame": 300})"), image) ==
          json(R"({"frame": 300})"));
    CHECK(kindOf(AnnotationKind::Segment)
                  .fitToBounds(json(R"({"start": 200, "end": 400})"), video) ==
          json(R"({"start": 200, "end": 250})"));

    MediaBounds text;
    text.codePoints = 12;
    const AnnotationKindInfo &span = kindOf(AnnotationKind::Span);
    CHECK(span.fitToBounds(json(R"({"start": 2, "end": 6, "text": "abcd"})"), text) ==
          json(R"({"start": 2, "end": 6, "text": "abcd"})"));
    // Cut short: the text no longer is what the span covers, so it goes.
    CHECK(span.fitToBounds(json(R"({"start": 8, "end": 20, "text": "abcdefghijkl"})"), text) ==
          json(R"({"start": 8, "end": 12})"));
    CHECK(kindOf(AnnotationKind::Answer).fitToBounds(json(R"({"answer": 3})"), image) ==
          json(R"({"answer": 3})"));
}

TEST_CASE("kinds: a one-line summary for lists", "[kinds][summary]")
{
    CHECK(kindOf(AnnotationKind::Box).summary(json(R"({"x": 10, "y": 20, "w": 30, "h": 40})")) ==
          QStringLiteral("30 \u00D7 40 px at (10, 20)"));
    // "%n point(s)" gets its plural from the English catalogue, which this test does not load.
    const QString polygon =
            kindOf(AnnotationKind::Polygon).summary(json(R"({"points": [[0,0],[10,0],[10,10]]})"));
    CHECK(polygon.startsWith(QStringLiteral("3 point")));
    CHECK(polygon.endsWith(QStringLiteral(", 50 px\u00B2")));
    const QString crack =
            kindOf(AnnotationKind::Crack).summary(json(R"({"points": [[0,0],[3,4],[3,10]]})"));
    CHECK(crack.startsWith(QStringLiteral("3 point")));
    CHECK(crack.endsWith(QStringLiteral(", 11 px long")));
    CHECK(kindOf(AnnotationKind::Marker).summary(json(R"({"frame": 120})")) ==
          QStringLiteral("frame 120"));
    CHECK(kindOf(AnnotationKind::Segment).summary(json(R"({"start": 100, "end": 250})")) ==
          QStringLiteral("frames 100\u2013250"));
    CHECK(kindOf(AnnotationKind::Span)
                  .summary(json(R"({"start": 0, "end": 10, "text": "Jan  Jansen"})")) ==
          QStringLiteral("\u201CJan Jansen\u201D"));
    CHECK(kindOf(AnnotationKind::Span).summary(json(R"({"start": 3, "end": 9})")) ==
          QStringLiteral("characters 3\u20139"));
    const QString longText = kindOf(AnnotationKind::Span)
                                     .summary({{QStringLiteral("start"), 0},
                                               {QStringLiteral("end"), 100},
                                               {QStringLiteral("text"), QString(100, u'x')}});
    CHECK(longText.size() < 45);
    CHECK(longText.endsWith(QStringLiteral("\u2026\u201D")));
    CHECK(kindOf(AnnotationKind::Answer).summary(json(R"({"answer": "sport"})")) ==
          QStringLiteral("sport"));
    CHECK(kindOf(AnnotationKind::Answer).summary(json(R"({"answer": 4})")) == QStringLiteral("4"));
    for (AnnotationKind kind : allAnnotationKinds()) {
        INFO(toId(kind).toStdString());
        CHECK_FALSE(kindOf(kind).summary(test::sampleValue(kind)).contains(QLatin1Char('\n')));
        CHECK_FALSE(kindOf(kind).summary({}).isEmpty()); // says it has nothing valid to show
    }
}

TEST_CASE("kinds: bounds and agreement reuse the geometry of core/quality", "[kinds][metric]")
{
    CHECK(kindOf(AnnotationKind::Box).bounds(json(R"({"x": 10, "y": 20, "w": 30, "h": 40})")) ==
          QRectF(10, 20, 30, 40));
    CHECK(kindOf(AnnotationKind::Polygon).bounds(json(R"({"points": [[5,1],[10,8],[2,4]]})")) ==
          QRectF(2, 1, 8, 7));
    CHECK_FALSE(kindOf(AnnotationKind::Marker).bounds(json(R"({"frame": 3})")).has_value());

    const QJsonObject boxA = json(R"({"x": 0, "y": 0, "w": 10, "h": 10})");
    const QJsonObject boxB = json(R"({"x": 5, "y": 0, "w": 10, "h": 10})");
    CHECK(*kindOf(AnnotationKind::Box).agreement(boxA, boxA) == Approx(1.0));
    CHECK(*kindOf(AnnotationKind::Box).agreement(boxA, boxB) == Approx(50.0 / 150.0));
    CHECK(*kindOf(AnnotationKind::Box).agreement(boxA, json(R"({"x": "?"})")) == 0.0);

    const QJsonObject square = json(R"({"points": [[0,0],[10,0],[10,10],[0,10]]})");
    const QJsonObject half = json(R"({"points": [[0,0],[5,0],[5,10],[0,10]]})");
    CHECK(*kindOf(AnnotationKind::Polygon).agreement(square, half) == Approx(0.5));

    const QJsonObject crackA = json(R"({"points": [[0,0],[100,0]]})");
    const QJsonObject crackB = json(R"({"points": [[0,3],[100,3]]})");
    AgreementOptions tight;
    tight.tolerancePx = 2;
    CHECK(*kindOf(AnnotationKind::Crack).agreement(crackA, crackB) == Approx(1.0));
    CHECK(*kindOf(AnnotationKind::Crack).agreement(crackA, crackB, tight) == Approx(0.0));

    AgreementOptions frames;
    frames.toleranceFrames = 2;
    CHECK(*kindOf(AnnotationKind::Marker)
                   .agreement(json(R"({"frame": 10})"), json(R"({"frame": 12})"), frames) == 1.0);
    CHECK(*kindOf(AnnotationKind::Marker)
                   .agreement(json(R"({"frame": 10})"), json(R"({"frame": 13})"), frames) == 0.0);
    CHECK(*kindOf(AnnotationKind::Answer)
                   .agreement(json(R"({"answer": 3})"), json(R"({"answer": 3})")) == 1.0);
    CHECK(*kindOf(AnnotationKind::Answer)
                   .agreement(json(R"({"answer": 3})"), json(R"({"answer": 4})")) == 0.0);
    // Segments agree by overlap: intersection over union of the frame intervals (end
    // exclusive), as spans do (test_spans.cpp).
    const AnnotationKindInfo &segment = kindOf(AnnotationKind::Segment);
    CHECK(*segment.agreement(test::sampleValue(AnnotationKind::Segment),
                             test::sampleValue(AnnotationKind::Segment)) == 1.0);
    CHECK(*segment.agreement(json(R"({"start": 0, "end": 100})"),
                             json(R"({"start": 50, "end": 150})")) == Approx(50.0 / 150.0));
    CHECK(*segment.agreement(json(R"({"start": 10, "end": 20})"),
                             json(R"({"start": 12, "end": 18})")) == Approx(0.6));
    // Touching is not overlapping: the end is exclusive.
    CHECK(*segment.agreement(json(R"({"start": 0, "end": 10})"),
                             json(R"({"start": 10, "end": 20})")) == 0.0);
    CHECK(*segment.agreement(json(R"({"start": 0, "end": 10})"),
                             json(R"({"start": 30, "end": 40})")) == 0.0);
    // The frame tolerance of markers does not widen segments.
    CHECK(*segment.agreement(json(R"({"start": 0, "end": 10})"),
                             json(R"({"start": 10, "end": 20})"), frames) == 0.0);
    CHECK(*segment.agreement(json(R"({"start": 5, "end": 5})"),
                             json(R"({"start": 0, "end": 10})")) == 0.0);
    CHECK(*segment.agreement(json(R"({"start": 0})"), json(R"({"start": 0, "end": 10})")) == 0.0);
    CHECK(*kindOf(AnnotationKind::Span)
                   .agreement(test::sampleValue(AnnotationKind::Span),
                              test::sampleValue(AnnotationKind::Span)) == 1.0);
}
