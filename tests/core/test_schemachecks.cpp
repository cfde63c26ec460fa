// SPDX-License-Identifier: GPL-3.0-or-later
// The schema checks (core/model/schemachecks.h; issue 14, point 2): CIEDE2000 against the
// published test data, label colours too close to tell apart, too little contrast against
// either theme's highlight, hotkeys used twice or used by the program where the label is
// used, and answers without a key or given twice.
#include "model/programkeys.h"
#include "model/schemachecks.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

LabelSpec label(const QString &name, const QString &colour, const QString &hotkey = {},
                QList<AnnotationKind> kinds = {AnnotationKind::Box})
{
    LabelSpec l;
    l.name = name;
    l.colour = QColor::fromString(colour);
    l.hotkey = hotkey;
    l.kinds = kinds;
    return l;
}

QList<SchemaWarning> ofCode(const QList<SchemaWarning> &warnings, SchemaWarning::Code code)
{
    QList<SchemaWarning> found;
    for (const SchemaWarning &w : warnings)
        if (w.code == code)
            found << w;
    return found;
}

QString demoFolder()
{
    return QDir(QStringLiteral(ANNOSTRAAT_TEST_DATA))
            .absoluteFilePath(QStringLiteral("../../resources/demo"));
}

} // namespace

TEST_CASE("CIEDE2000 gives the published test values", "[model][schemachecks]")
{
    // Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17, 25 and 34.
    struct Pair
    {
        LabColour x, y;
        double expected;
    };
    const Pair pairs[] = {
            {{50.0, 2.6772, -79.7751}, {50.0, 0.0, -82.7485}, 2.0425},
            {{50.0, 0.0, 0.0}, {50.0, -1.0, 2.0}, 2.3669},
            {{50.0, 2.5, 0.0}, {73.0, 25.0, -18.0}, 27.1492},
            {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
            {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
    };
    for (const Pair &p : pairs) {
        CHECK(deltaE2000(p.x, p.y) == Approx(p.expected).margin(1e-4));
        CHECK(deltaE2000(p.y, p.x) == Approx(p.expected).margin(1e-4));
    }
    const LabColour white = toLab(QColor(Qt::white));
    CHECK(white.L == Approx(100.0).margin(1e-3));
    CHECK(white.a == Approx(0.0).margin(1e-3));
    CHECK(white.b == Approx(0.0).margin(1e-3));
    CHECK(colourDistance(QColor(0x1f, 0x77, 0xb4), QColor(0x1f, 0x77, 0xb4)) == 0.0);
}

TEST_CASE("Label colours too close to tell apart are named, the program's palette is not",
          "[model][schemachecks]")
{
    const QStringList tab10{QStringLiteral("#1f77b4"), QStringLiteral("#ff7f0e"),
                            QStringLiteral("#2ca02c"), QStringLiteral("#d62728"),
                            QStringLiteral("#9467bd"), QStringLiteral("#8c564b"),
                            QStringLiteral("#e377c2"), QStringLiteral("#7f7f7f"),
                            QStringLiteral("#bcbd22"), QStringLiteral("#17becf")};
    QList<LabelSpec> labels;
    for (const QString &colour : tab10)
        labels << label(colour, colour);
    CHECK(ofCode(checkLabelColours(labels), SchemaWarning::Code::ColoursTooClose).isEmpty());

    // A blue a shade off the first: the check names both labels and the difference.
    labels << label(QStringLiteral("Bijna blauw"), QStringLiteral("#2a7cb8"));
    const auto close = ofCode(checkLabelColours(labels), SchemaWarning::Code::ColoursTooClose);
    REQUIRE(close.size() == 1);
    CHECK(close.first().label == 0);
    CHECK(close.first().otherLabel == 10);
    CHECK(close.first().isAboutLabel(10));
    CHECK_FALSE(close.first().isAboutLabel(3));
    CHECK(close.first().value < kMinLabelDistance);
    CHECK(close.first().text.text().contains(QStringLiteral("Bijna blauw")));
}

TEST_CASE("A label colour that vanishes into a theme's highlight is named with the theme",
          "[model][schemachecks]")
{
    const QList<LabelSpec> labels{label(QStringLiteral("Donkerblauw"), QStringLiteral("#28567f")),
                                  label(QStringLiteral("Geel"), QStringLiteral("#fff176")),
                                  label(QStringLiteral("Rood"), QStringLiteral("#d62728"))};
    const auto warnings =
            ofCode(checkLabelColours(labels), SchemaWarning::Code::LowHighlightContrast);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).label == 0); // against the normal theme's dark blue
    CHECK(warnings.at(0).text.text().contains(QStringLiteral("normal")));
    CHECK(warnings.at(1).label == 1); // against the high-contrast theme's yellow
    CHECK(warnings.at(1).text.text().contains(QStringLiteral("high-contrast")));
    for (const SchemaWarning &w : warnings)
        CHECK(w.value < kMinHighlightContrast);

    // The highlights are passed in: another theme, other warnings.
    const auto other = checkLabelColours(
            labels, {{Message::plain(QStringLiteral("white")), QColor(Qt::white)}});
    REQUIRE(other.size() == 1);
    CHECK(other.first().label == 1);
}

TEST_CASE("Hotkeys used twice, or used by the program where the label is used, are named",
          "[model][schemachecks]")
{
    const QList<LabelSpec> labels{
            label(QStringLiteral("Buffer"), QStringLiteral("#1f77b4"), QStringLiteral("1")),
            label(QStringLiteral("Lamp"), QStringLiteral("#ff7f0e"), QStringLiteral("1")),
            // B is the box tool's key in the image editor: a box label with it never gets it.
            label(QStringLiteral("Boom"), QStringLiteral("#2ca02c"), QStringLiteral("B")),
            // In the text editor B is free.
            label(QStringLiteral("Bedrijf"), QStringLiteral("#d62728"), QStringLiteral("b"),
                  {AnnotationKind::Span}),
            // M adds a marker in the video editor.
            label(QStringLiteral("Muziek"), QStringLiteral("#9467bd"), QStringLiteral("m"),
                  {AnnotationKind::Segment}),
            // "?" shows the shortcuts everywhere.
            label(QStringLiteral("Vraag"), QStringLiteral("#8c564b"), QStringLiteral("?"),
                  {AnnotationKind::Span}),
    };
    const auto warnings = checkLabelHotkeys(labels);
    const auto twice = ofCode(warnings, SchemaWarning::Code::HotkeyTwice);
    // "B" and "b" are the same key, but the span label "b" is in another editor: still the
    // same key in the task, so both are told.
    REQUIRE(twice.size() == 2);
    CHECK(twice.at(0).label == 0);
    CHECK(twice.at(0).otherLabel == 1);
    CHECK(twice.at(1).label == 2);
    CHECK(twice.at(1).otherLabel == 3);
    const auto program = ofCode(warnings, SchemaWarning::Code::HotkeyIsProgramKey);
    REQUIRE(program.size() == 3);
    CHECK(program.at(0).label == 2);
    CHECK(program.at(0).key == QStringLiteral("b"));
    CHECK(program.at(0).text.text().contains(QStringLiteral("Box tool")));
    CHECK(program.at(0).text.text().contains(QStringLiteral("image editor")));
    CHECK(program.at(1).label == 4);
    CHECK(program.at(1).text.text().contains(QStringLiteral("video editor")));
    CHECK(program.at(2).label == 5);

    CHECK(programKeysFor(QStringLiteral("b"), {AnnotationKind::Span}).isEmpty());
    CHECK(programKeysFor(QStringLiteral("1"), {AnnotationKind::Box, AnnotationKind::Segment})
                  .isEmpty());
    CHECK(programKeysFor(QStringLiteral("K"), {AnnotationKind::Marker}).size() == 1);
    CHECK(programKeysFor(QStringLiteral(" "), {AnnotationKind::Box, AnnotationKind::Marker})
                  .size() == 2);
}

TEST_CASE("Answer keys follow the question form; answers without a key or given twice are named",
          "[model][schemachecks]")
{
    QuestionSpec genre;
    genre.id = QStringLiteral("genre");
    genre.type = QuestionSpec::Type::Choice;
    for (int i = 0; i < 12; ++i)
        genre.choices << QStringLiteral("keuze %1").arg(i + 1);
    const auto keys = answerKeys(genre);
    REQUIRE(keys.size() == 12);
    CHECK(answerKeyText(keys.at(0).keys.value(0)) == QStringLiteral("1"));
    CHECK(answerKeyText(keys.at(8).keys.value(0)) == QStringLiteral("9"));
    CHECK(answerKeyText(keys.at(9).keys.value(0)) == QStringLiteral("a"));
    CHECK(answerKeyText(keys.at(11).keys.value(0)) == QStringLiteral("c"));

    QuestionSpec rating;
    rating.id = QStringLiteral("cijfer");
    rating.type = QuestionSpec::Type::Rating;
    rating.min = 1;
    rating.max = 10;
    QuestionSpec twice;
    twice.id = QStringLiteral("kleur");
    twice.type = QuestionSpec::Type::Choice;
    twice.choices = {QStringLiteral("rood"), QStringLiteral("blauw"), QStringLiteral("rood")};
    QuestionSpec ab;
    ab.id = QStringLiteral("beter");
    ab.type = QuestionSpec::Type::AB;
    ab.noDifference = true;
    const auto abKeys = answerKeys(ab);
    REQUIRE(abKeys.size() == 3);
    CHECK(abKeys.at(2).answer == QJsonValue(QStringLiteral("same")));
    CHECK(answerKeyText(abKeys.at(2).keys.value(0)) == QStringLiteral("="));

    const auto warnings = checkAnswerKeys({genre, rating, twice, ab});
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).code == SchemaWarning::Code::AnswerWithoutKey);
    CHECK(warnings.at(0).question == 1);
    CHECK(warnings.at(0).answer == 9); // 10 has no key of its own
    CHECK(warnings.at(0).text.text().contains(QStringLiteral("10")));
    CHECK(warnings.at(1).code == SchemaWarning::Code::AnswerTwice);
    CHECK(warnings.at(1).question == 2);
    CHECK(warnings.at(1).answer == 2);
}

TEST_CASE("The demo templates have no hotkey clashes", "[model][schemachecks]")
{
    const QStringList jobs = QDir(demoFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(jobs.size() >= 10);
    for (const QString &job : jobs) {
        QFile file(QDir(demoFolder()).filePath(job + QStringLiteral("/schema.json")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto schema = Schema::fromJson(file.readAll(), file.fileName());
        REQUIRE(schema.ok());
        const auto warnings = checkSchema(*schema);
        INFO(job.toStdString());
        CHECK(ofCode(warnings, SchemaWarning::Code::HotkeyTwice).isEmpty());
        CHECK(ofCode(warnings, SchemaWarning::Code::HotkeyIsProgramKey).isEmpty());
        CHECK(ofCode(warnings, SchemaWarning::Code::AnswerTwice).isEmpty());
        CHECK(ofCode(warnings, SchemaWarning::Code::AnswerWithoutKey).isEmpty());
    }
}
