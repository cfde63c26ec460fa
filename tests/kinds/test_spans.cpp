// SPDX-License-Identifier: GPL-3.0-or-later
// Text spans in core: code points against UTF-16, a span checked against a text that changed,
// exact and overlap F1 per label, and the schema's snapping option.

#include "model/codepointtext.h"
#include "model/entities.h"
#include "model/kinds/annotationkinds.h"
#include "model/kinds/spankind.h"
#include "model/schema.h"
#include "quality/spanagreement.h"

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

const SpanKind &spanKind()
{
    return static_cast<const SpanKind &>(AnnotationKinds::get(AnnotationKind::Span));
}

} // namespace

TEST_CASE("spans: code points and UTF-16 units are told apart", "[kinds][span]")
{
    SECTION("ASCII and Dutch accents: one unit per code point")
    {
        const CodePointText t(QStringLiteral("Café in Zeeuws-Vlaanderen, één keer"));
        CHECK(t.size() == t.text().size());
        CHECK(t.toUtf16(4) == 4);
        CHECK(t.toCodePoint(30) == 30);
        CHECK(t.slice(27, 30) == QStringLiteral("één"));
    }
    SECTION("emoji take two UTF-16 units and count as one code point")
    {
        // "Jan 😀 Jansen 👩‍💻 ok": the woman technologist is three code points and a
        // joiner.
        const QString s = QStringLiteral("Jan \U0001F600 Jansen \U0001F469\u200D\U0001F4BB ok");
        const CodePointText t(s);
        CHECK(t.size() == s.size() - 3);
        CHECK(t.toUtf16(4) == 4); // the emoji itself
        CHECK(t.toUtf16(6) == 7); // "Jansen" starts after it
        CHECK(t.slice(6, 12) == QStringLiteral("Jansen"));
        CHECK(t.toCodePoint(7) == 6);
        CHECK(t.toCodePoint(5) == 4); // the emoji's low half
        CHECK(t.slice(13, 16) == QStringLiteral("\U0001F469\u200D\U0001F4BB"));
        CHECK(t.slice(17, 19) == QStringLiteral("ok"));
        for (qint64 cp = 0; cp <= t.size(); ++cp)
            CHECK(t.toCodePoint(t.toUtf16(cp)) == cp);
        CHECK(t.toUtf16(t.size()) == s.size());
        CHECK(t.toUtf16(999) == s.size());
        CHECK(t.slice(18, 99).isEmpty());
    }
    SECTION("combining marks are code points of their own in both units")
    {
        const QString s = QStringLiteral("Zoe\u0308 Noe\u0308l"); // "Zoë Noël", decomposed
        const CodePointText t(s);
        CHECK(t.size() == 10);
        CHECK(t.slice(5, 10) == QStringLiteral("Noe\u0308l"));
    }
}

TEST_CASE("spans: a span is checked against the item's text", "[kinds][span]")
{
    const CodePointText text(QStringLiteral("Naam: Jan \U0001F600 Jansen"));
    const QJsonObject value = SpanKind::makeValue(text, 10, 18);
    CHECK(value.value(QStringLiteral("start")).toInteger() == 10);
    CHECK(value.value(QStringLiteral("end")).toInteger() == 18);
    CHECK(value.value(QStringLiteral("text")).toString() == QStringLiteral("\U0001F600 Jansen"));
    CHECK(spanKind().checkText(value, text).ok());

    // The text was edited after the span was made: the span is reported, never shifted.
    const CodePointText changed(QStringLiteral("Naam: Jan de Jansen"));
    const auto moved =
            spanKind().checkText(value, changed, {QStringLiteral("a1"), QStringLiteral("Naam")});
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().message().contains(QStringLiteral("annotation a1 (span \"Naam\")")));
    CHECK(moved.error().message().contains(QStringLiteral("the text changed")));
    CHECK(moved.error().message().contains(QStringLiteral("\u201C\U0001F600 Jansen\u201D")));

    const CodePointText shorter(QStringLiteral("Naam: Jan"));
    const auto past = spanKind().checkText(value, shorter);
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().message().contains(
            QStringLiteral("past the end of the text (9 characters)")));

    // Without a stored text only the bounds can be checked.
    CHECK(spanKind()
                  .checkText({{QStringLiteral("start"), 0}, {QStringLiteral("end"), 4}}, changed)
                  .ok());
}

TEST_CASE("spans: pairwise agreement is the overlap of the two ranges", "[kinds][span][metric]")
{
    const auto v = [](int s, int e) {
        return QJsonObject{{QStringLiteral("start"), s}, {QStringLiteral("end"), e}};
    };
    CHECK(*spanKind().agreement(v(0, 10), v(0, 10)) == Approx(1.0));
    CHECK(*spanKind().agreement(v(0, 10), v(5, 15)) == Approx(5.0 / 15.0));
    CHECK(*spanKind().agreement(v(0, 10), v(10, 15)) == 0.0);
    CHECK(*spanKind().agreement(
                  v(0, 10), QJsonObject{{QStringLiteral("start"), QStringLiteral("x")}}) == 0.0);
}

TEST_CASE("spans: exact and overlap F1 per label", "[quality][span]")
{
    const QString naam = QStringLiteral("Naam"), vaardigheid = QStringLiteral("Vaardigheid"),
                  functie = QStringLiteral("Functie");
    const QList<LabeledSpan> anna{
            {naam, 0, 10}, {naam, 20, 30}, {vaardigheid, 40, 50}, {functie, 60, 70}};
    const QList<LabeledSpan> bram{{naam, 0, 10},
                                  {naam, 22, 30},
                                  {vaardigheid, 45, 48},
                                  {vaardigheid, 80, 90},
                                  {naam, 60, 70}};
    const QList<SpanScore> scores = SpanAgreement::perLabel(anna, bram);
    REQUIRE(scores.size() == 4);
    CHECK(scores.at(0).label == functie); // sorted by label, the whole last
    CHECK(scores.at(0).countA == 1);
    CHECK(scores.at(0).countB == 0);
    CHECK(scores.at(0).exactF1 == 0.0);
    CHECK(scores.at(0).overlapF1 == 0.0);
    // Naam: exact 1 of 2 and 1 of 3 -> P 1/3, R 1/2 -> F1 0.4; overlap P 2/3, R 1 -> 0.8.
    CHECK(scores.at(1).label == naam);
    CHECK(scores.at(1).exactF1 == Approx(0.4));
    CHECK(scores.at(1).overlapF1 == Approx(0.8));
    // Vaardigheid: none exact; overlap R 1/1, P 1/2 -> 2/3.
    CHECK(scores.at(2).label == vaardigheid);
    CHECK(scores.at(2).exactF1 == 0.0);
    CHECK(scores.at(2).overlapF1 == Approx(2.0 / 3.0));
    // The whole: exact 1 of 4 and 1 of 5; overlap R 3/4, P 3/5.
    CHECK(scores.at(3).label.isEmpty());
    CHECK(scores.at(3).exactF1 == Approx(2 * 0.25 * 0.2 / 0.45));
    CHECK(scores.at(3).overlapF1 == Approx(2 * 0.75 * 0.6 / 1.35));

    // The same spans twice agree fully; a duplicate counts once.
    const QList<SpanScore> same =
            SpanAgreement::perLabel(anna, anna + QList<LabeledSpan>{anna.first()});
    for (const SpanScore &s : same) {
        CHECK(s.exactF1 == 1.0);
        CHECK(s.overlapF1 == 1.0);
    }
    // Nothing on either side: only the whole, which agrees.
    const QList<SpanScore> none = SpanAgreement::perLabel({}, {});
    REQUIRE(none.size() == 1);
    CHECK(none.first().exactF1 == 1.0);

    // Spans from annotations: other kinds, removed spans and suggestions are left out.
    Annotation span;
    span.kind = AnnotationKind::Span;
    span.label = naam;
    span.value = QJsonObject{{QStringLiteral("start"), 3}, {QStringLiteral("end"), 7}};
    Annotation removed = span;
    removed.deleted = true;
    Annotation box;
    box.kind = AnnotationKind::Box;
    // An open suggestion is nobody's work yet: left out too.
    Annotation suggestion = span;
    suggestion.value = QJsonObject{{QStringLiteral("start"), 9}, {QStringLiteral("end"), 12}};
    suggestion.suggested = true;
    CHECK(SpanAgreement::spans({span, removed, box, suggestion}) ==
          QList<LabeledSpan>{{naam, 3, 7}});
}

TEST_CASE("spans: the schema says whether spans snap to words", "[schema][span]")
{
    const auto parse = [](const QByteArray &spans) {
        return Schema::fromJson(
                R"({"format": 1, "labels": [{"name": "Naam", "colour": "#9467bd", "kinds": ["span"]}])" +
                        (spans.isEmpty() ? QByteArray() : QByteArray(", \"spans\": ") + spans) +
                        "}",
                QStringLiteral("cv.json"));
    };
    REQUIRE(parse({}).ok());
    CHECK(parse({})->spanSnap() == SpanSnap::Words);
    CHECK_FALSE(parse({})->toJson().contains(QStringLiteral("spans")));
    REQUIRE(parse(R"({"snap": "words"})").ok());
    CHECK(parse(R"({"snap": "words"})")->spanSnap() == SpanSnap::Words);
    const auto characters = parse(R"({"snap": "characters"})");
    REQUIRE(characters.ok());
    CHECK(characters->spanSnap() == SpanSnap::Characters);
    // Written and read back, the option stays.
    const auto again = Schema::fromJsonObject(characters->toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->spanSnap() == SpanSnap::Characters);

    const auto letters = parse(R"({"snap": "letters"})");
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error().message().startsWith(QStringLiteral("cv.json")));
    CHECK(letters.error().message().contains(
            QStringLiteral("\"snap\" must be \"words\" or \"characters\", not \"letters\"")));
    const auto extra = parse(R"({"snap": "words", "trim": true})");
    REQUIRE_FALSE(extra.ok());
    CHECK(extra.error().message().contains(QStringLiteral("unknown field \"trim\"")));
    CHECK_FALSE(parse(R"("words")").ok());
}
