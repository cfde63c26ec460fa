// SPDX-License-Identifier: GPL-3.0-or-later
// The consensus of several layers on one item (core/quality/consensus.h), on cases worked out by
// hand: boxes matched by IoU, a majority of the item's people, the medoid kept, labels and
// kinds apart, answers by equality, and open suggestions left out.
#include "quality/consensus.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

Annotation box(const char *author, const char *id, double x, double y, double w, double h,
               const char *label = "Buffer")
{
    Annotation a;
    a.id = QString::fromLatin1(id);
    a.author = QString::fromLatin1(author);
    a.kind = AnnotationKind::Box;
    a.label = QString::fromLatin1(label);
    a.value = QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y},
                          {QStringLiteral("w"), w}, {QStringLiteral("h"), h}};
    return a;
}

QStringList ids(const QList<Annotation> &annotations)
{
    QStringList result;
    for (const Annotation &a : annotations)
        result << a.id;
    result.sort();
    return result;
}

} // namespace

TEST_CASE("Consensus keeps what most of an item's people drew, as the medoid", "[consensus]")
{
    // Three people. The left buffer: all three, Bram's box in the middle of the other two
    // (IoU with each 0.82 and 0.82; Anna-Cem 0.67), so his is the medoid. The right buffer:
    // Anna and Cem (two of three: a majority). A stray box of Cem's: one of three, left out.
    const QList<Annotation> layers{
            box("anna", "a1", 0, 0, 100, 100),    box("bram", "b1", 10, 0, 100, 100),
            box("cem", "c1", 20, 0, 100, 100),    box("anna", "a2", 300, 0, 100, 100),
            box("cem", "c2", 305, 5, 100, 100),   box("cem", "c3", 600, 600, 20, 20)};
    const QList<Annotation> agreed = Consensus::ofItem(layers, {});
    CHECK(ids(agreed) == QStringList{QStringLiteral("a2"), QStringLiteral("b1")});

    // A fourth person who marked the item done without drawing anything: the right buffer now
    // has two of four, no longer a majority.
    CHECK(ids(Consensus::ofItem(layers, {QStringLiteral("dirk")})) ==
          QStringList{QStringLiteral("b1")});
}

TEST_CASE("Consensus compares only the same label and kind, one annotation per person",
          "[consensus]")
{
    // Same place, different labels: no cluster has a majority of 3.
    const QList<Annotation> labels{box("anna", "a", 0, 0, 50, 50, "Buffer"),
                                   box("bram", "b", 0, 0, 50, 50, "Lamp"),
                                   box("cem", "c", 0, 0, 50, 50, "Rust")};
    CHECK(Consensus::ofItem(labels, {}).isEmpty());

    // Two boxes of Anna's on one spot do not make a majority of two people on their own.
    const QList<Annotation> twice{box("anna", "a1", 0, 0, 50, 50), box("anna", "a2", 1, 1, 50, 50),
                                  box("bram", "b1", 500, 500, 50, 50)};
    CHECK(Consensus::ofItem(twice, {}).isEmpty());

    // Below the IoU threshold (0.33 here), two people's boxes stay apart.
    const QList<Annotation> apart{box("anna", "a", 0, 0, 100, 100), box("bram", "b", 50, 0, 100, 100)};
    CHECK(Consensus::ofItem(apart, {}).isEmpty());
    ConsensusOptions loose;
    loose.minAgreement = 0.3;
    CHECK(Consensus::ofItem(apart, {}, loose).size() == 1);
}

TEST_CASE("Consensus of answers is the answer most people gave - suggestions do not vote",
          "[consensus]")
{
    const auto answer = [](const char *author, const char *value, bool suggested = false) {
        Annotation a;
        a.id = QString::fromLatin1(author) + QStringLiteral("-genre");
        a.author = QString::fromLatin1(author);
        a.kind = AnnotationKind::Answer;
        a.label = QStringLiteral("genre");
        a.value = QJsonObject{{QStringLiteral("answer"), QString::fromLatin1(value)}};
        a.suggested = suggested;
        return a;
    };
    const QList<Annotation> agreed = Consensus::ofItem(
            {answer("anna", "nieuws"), answer("bram", "sport"), answer("cem", "nieuws")}, {});
    REQUIRE(agreed.size() == 1);
    CHECK(agreed.first().value.value(QStringLiteral("answer")).toString() ==
          QStringLiteral("nieuws"));
    // A model's open suggestion is nobody's vote: one of two people is no majority.
    CHECK(Consensus::ofItem({answer("anna", "nieuws"), answer("bram", "sport"),
                             answer("cem", "nieuws", true)},
                            {})
                  .isEmpty());
}

TEST_CASE("What no majority settles is named - a label split a tie and two answers", "[consensus][unsettled]")
{
    // Three people, one object, three labels: everyone drew it, no label has a majority.
    const ItemConsensus split = Consensus::ofItemWithDoubts(
            {box("anna", "a", 0, 0, 50, 50, "Buffer"), box("bram", "b", 1, 0, 50, 50, "Lamp"),
             box("cem", "c", 0, 1, 50, 50, "Rust")},
            {});
    CHECK(split.agreed.isEmpty());
    REQUIRE(split.unsettled.size() == 1);
    CHECK(split.unsettled.first().kind == AnnotationKind::Box);
    CHECK(split.unsettled.first().labels == QStringList{QStringLiteral("Buffer"), QStringLiteral("Lamp"), QStringLiteral("Rust")});
    CHECK(split.unsettled.first().annotationIds == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(Consensus::describe(split.unsettled.first()).english()
          == QStringLiteral("the consensus cannot settle the box (\"Buffer\", \"Lamp\", \"Rust\")"));

    // Two of three agree on the label: settled, the third label is outvoted, nothing doubtful.
    const ItemConsensus outvoted = Consensus::ofItemWithDoubts(
            {box("anna", "a", 0, 0, 50, 50, "Buffer"), box("bram", "b", 1, 0, 50, 50, "Buffer"),
             box("cem", "c", 0, 1, 50, 50, "Rust")},
            {});
    CHECK(ids(outvoted.agreed) == QStringList{QStringLiteral("a")});
    CHECK(outvoted.unsettled.isEmpty());

    // One stray box of three people: most say "nothing there", settled.
    const ItemConsensus stray = Consensus::ofItemWithDoubts(
            {box("anna", "a", 0, 0, 50, 50)}, {QStringLiteral("bram"), QStringLiteral("cem")});
    CHECK(stray.agreed.isEmpty());
    CHECK(stray.unsettled.isEmpty());

    // Two people, one box: a tie between "a box" and "nothing".
    const ItemConsensus tie = Consensus::ofItemWithDoubts({box("anna", "a", 0, 0, 50, 50)}, {QStringLiteral("bram")});
    REQUIRE(tie.unsettled.size() == 1);
    CHECK(tie.unsettled.first().annotationIds == QStringList{QStringLiteral("a")});

    // Two people, two answers: a tie on the question.
    const auto answer = [](const char *author, const char *value) {
        Annotation a;
        a.id = QString::fromLatin1(author) + QStringLiteral("-genre");
        a.author = QString::fromLatin1(author);
        a.kind = AnnotationKind::Answer;
        a.label = QStringLiteral("genre");
        a.value = QJsonObject{{QStringLiteral("answer"), QString::fromLatin1(value)}};
        return a;
    };
    const ItemConsensus answers = Consensus::ofItemWithDoubts({answer("anna", "nieuws"), answer("bram", "sport")}, {});
    CHECK(answers.agreed.isEmpty());
    REQUIRE(answers.unsettled.size() == 1);
    CHECK(answers.unsettled.first().kind == AnnotationKind::Answer);
    CHECK(Consensus::describe(answers.unsettled.first()).english()
          == QStringLiteral("the consensus cannot settle \"genre\""));
    // Three answers, two the same: settled.
    CHECK(Consensus::ofItemWithDoubts({answer("anna", "nieuws"), answer("bram", "sport"), answer("cem", "nieuws")}, {})
                  .unsettled.isEmpty());
}

TEST_CASE("A standing correction is the item's consensus and correction layers never vote", "[consensus][corrected]")
{
    // Anna and Bram disagree (a tie); Rik corrected Anna's work with a box of his own.
    const QList<Annotation> layers{box("anna", "a", 0, 0, 50, 50), box("bram", "b", 300, 300, 50, 50),
                                   box("rik", "r", 100, 100, 50, 50)};
    const QSet<QString> done{QStringLiteral("anna"), QStringLiteral("bram")};
    Review fix;
    fix.itemId = QStringLiteral("item");
    fix.annotator = QStringLiteral("anna");
    fix.reviewer = QStringLiteral("rik");
    fix.verdict = Verdict::Corrected;
    const ItemConsensus corrected = Consensus::settle(layers, done, {fix}, {QStringLiteral("rik")});
    CHECK(corrected.correctedBy == QStringLiteral("rik"));
    CHECK(ids(corrected.agreed) == QStringList{QStringLiteral("r")});
    CHECK(corrected.unsettled.isEmpty());

    // Without the correction (taken back), Rik's layer does not vote: Anna's and Bram's boxes
    // are each a tie of two people, and both are named.
    const ItemConsensus voted = Consensus::settle(layers, done, {}, {QStringLiteral("rik")});
    CHECK(voted.correctedBy.isEmpty());
    CHECK(voted.agreed.isEmpty());
    CHECK(voted.unsettled.size() == 2);

    // The newest of two corrections wins.
    Review later = fix;
    later.annotator = QStringLiteral("bram");
    later.reviewer = QStringLiteral("lotte");
    later.at = *Hlc::parse(QStringLiteral("001763870400123.000002.dev"));
    const QList<Annotation> withLotte = layers + QList<Annotation>{box("lotte", "l", 5, 5, 50, 50)};
    CHECK(ids(Consensus::settle(withLotte, done, {fix, later}, {QStringLiteral("rik"), QStringLiteral("lotte")}).agreed)
          == QStringList{QStringLiteral("l")});
}
