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
