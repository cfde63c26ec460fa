// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands.h"
#include "document/itemdocument.h"
#include "statedump.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QThread>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

/// What the user's layer and status look like, in a form easy to compare.
QString snapshot(const ItemDocument &doc)
{
    QStringList parts;
    for (const Annotation &a : doc.annotations())
        parts << QStringLiteral("%1 %2 %3 %4").arg(toId(a.kind), a.label,
                                                   QString::fromUtf8(QJsonDocument(a.value).toJson(QJsonDocument::Compact)),
                                                   QString::fromUtf8(QJsonDocument(a.attributes).toJson(QJsonDocument::Compact)));
    parts.sort();
    parts << QStringLiteral("status=") + toId(doc.status());
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Undo walks back through every state and redo forward again", "[undo]")
{
    test::Fixture fx(1);
    ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
    QUndoStack &stack = *doc.undoStack();

    QStringList states{snapshot(doc)};
    auto boxId = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box));
    REQUIRE(boxId.ok());
    states << snapshot(doc);
    auto crackId = Commands::addAnnotation(doc, AnnotationKind::Crack, QStringLiteral("Scheur"), test::sampleValue(AnnotationKind::Crack));
    REQUIRE(crackId.ok());
    states << snapshot(doc);
    REQUIRE(Commands::setAttribute(doc, *boxId, QStringLiteral("schade"), 3).ok());
    states << snapshot(doc);
    REQUIRE(Commands::setValue(doc, *boxId, test::sampleValue(AnnotationKind::Box, 5)).ok());
    states << snapshot(doc);
    REQUIRE(Commands::setLabel(doc, *boxId, QStringLiteral("Buffer")).ok()); // no change: dropped
    REQUIRE(Commands::removeAnnotation(doc, *crackId).ok());
    states << snapshot(doc);
    REQUIRE(Commands::addAnnotation(doc, AnnotationKind::Answer, QStringLiteral("kwaliteit"), {{QStringLiteral("answer"), 4}}).ok());
    states << snapshot(doc);
    REQUIRE(Commands::setStatus(doc, SubmissionStatus::Flagged, QStringLiteral("Geen dijk")).ok());
    states << snapshot(doc);
    REQUIRE(Commands::setStatus(doc, SubmissionStatus::Done).ok());
    states << snapshot(doc);

    const int n = int(states.size()) - 1;
    REQUIRE(stack.count() == n);
    // All states differ, so a step that did nothing would be caught.
    CHECK(QSet<QString>(states.begin(), states.end()).size() == states.size());

    for (int i = n; i > 0; --i) {
        stack.undo();
        INFO("after undoing step " << i);
        CHECK(snapshot(doc) == states[i - 1]);
    }
    CHECK_FALSE(stack.canUndo());
    for (int i = 1; i <= n; ++i) {
        stack.redo();
        INFO("after redoing step " << i);
        CHECK(snapshot(doc) == states[i]);
    }

    // What undo and redo wrote is in the store itself, not only in the document.
    fx.reopen();
    ItemDocument reopened(*fx.store, fx.task, fx.items[0], fx.annotator);
    CHECK(snapshot(reopened) == states[n]);
    CHECK(reopened.submission()->status == SubmissionStatus::Done);
    CHECK(reopened.submission()->reason.isEmpty());
}

TEST_CASE("Undo is recorded as ops, so it reaches other PCs", "[undo][oplog]")
{
    test::Fixture fx(1);
    ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
    auto id = Commands::addAnnotation(doc, AnnotationKind::Crack, QStringLiteral("Scheur"), test::sampleValue(AnnotationKind::Crack));
    REQUIRE(id.ok());
    const qint64 before = fx.store->opCount();
    doc.undoStack()->undo();
    CHECK(fx.store->opCount() == before + 1);
    const Op undoOp = fx.store->ops(0).last();
    CHECK(undoOp.entityId == *id);
    CHECK(undoOp.fields == QJsonObject{{QStringLiteral("deleted"), true}});
    CHECK_FALSE(fx.store->annotation(*id).has_value());
    CHECK(fx.store->annotation(*id, true)->deleted);
}

TEST_CASE("A drag is one undo step - a refused edit pushes nothing", "[undo]")
{
    test::Fixture fx(1);
    ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
    QSignalSpy changed(&doc, &ItemDocument::annotationChanged);
    auto id = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box));
    REQUIRE(id.ok());
    CHECK(changed.count() == 1);
    for (int step = 1; step <= 10; ++step)
        REQUIRE(Commands::setValue(doc, *id, test::sampleValue(AnnotationKind::Box, step), true).ok());
    CHECK(doc.undoStack()->count() == 2);
    CHECK(changed.count() == 11);

    const QJsonObject bad{{QStringLiteral("x"), 0}, {QStringLiteral("y"), 0}, {QStringLiteral("w"), 0}, {QStringLiteral("h"), 1}};
    auto refused = Commands::setValue(doc, *id, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QLatin1String("greater than 0")));
    CHECK(doc.undoStack()->count() == 2);
    CHECK_FALSE(Commands::setStatus(doc, SubmissionStatus::Flagged, QStringLiteral("  ")).ok());
    CHECK(doc.undoStack()->count() == 2);

    doc.undoStack()->undo();
    CHECK(fx.store->annotation(*id)->value == test::sampleValue(AnnotationKind::Box));
    doc.undoStack()->redo();
    CHECK(fx.store->annotation(*id)->value == test::sampleValue(AnnotationKind::Box, 10));
}

TEST_CASE("Another person's layer cannot be edited through the document", "[undo][layers]")
{
    test::Fixture fx(1);
    auto reviewer = fx.store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
    REQUIRE(reviewer.ok());
    ItemDocument annotatorDoc(*fx.store, fx.task, fx.items[0], fx.annotator);
    auto id = Commands::addAnnotation(annotatorDoc, AnnotationKind::Box, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box));
    REQUIRE(id.ok());
    ItemDocument reviewerDoc(*fx.store, fx.task, fx.items[0], *reviewer);
    CHECK(reviewerDoc.annotations().isEmpty());
    CHECK(reviewerDoc.otherLayers().size() == 1);
    CHECK(Commands::removeAnnotation(reviewerDoc, *id).error().message().contains(QLatin1String("another person's layer")));
    CHECK(fx.store->annotation(*id).has_value());
}

TEST_CASE("Working time is counted once, and only while the item is shown", "[undo][time]")
{
    test::Fixture fx(1);
    ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
    QThread::msleep(20);
    doc.setActive(false); // put aside: its clock stops
    const qint64 worked = doc.uncountedMs();
    CHECK(worked >= 20);
    QThread::msleep(20);
    CHECK(doc.uncountedMs() == worked);

    REQUIRE(Commands::setStatus(doc, SubmissionStatus::Flagged, QStringLiteral("Geen dijk")).ok());
    CHECK(doc.submission()->timeSpentMs == worked);
    CHECK(doc.uncountedMs() == 0);
    // Changing the status again, or undoing and redoing, adds no time that was counted before.
    REQUIRE(Commands::setStatus(doc, SubmissionStatus::Done).ok());
    CHECK(doc.submission()->timeSpentMs == worked);
    doc.undoStack()->undo();
    CHECK(doc.submission()->status == SubmissionStatus::Flagged);
    CHECK(doc.submission()->timeSpentMs == worked); // undoing a status keeps the time worked
    doc.undoStack()->redo();
    CHECK(doc.submission()->timeSpentMs == worked);
}

TEST_CASE("Copying annotations from the previous item is one transaction and one undo step", "[undo]")
{
    test::Fixture fx(2);
    ItemDocument first(*fx.store, fx.task, fx.items[0], fx.annotator);
    REQUIRE(Commands::addAnnotation(first, AnnotationKind::Box, QStringLiteral("Buffer"),
                                    test::sampleValue(AnnotationKind::Box), {{QStringLiteral("schade"), 2}}).ok());
    REQUIRE(Commands::addAnnotation(first, AnnotationKind::Crack, QStringLiteral("Scheur"),
                                    test::sampleValue(AnnotationKind::Crack)).ok());

    ItemDocument second(*fx.store, fx.task, fx.items[1], fx.annotator);
    const qint64 opsBefore = fx.store->opCount();
    auto copied = Commands::copyAnnotations(second, first.annotations());
    REQUIRE(copied.ok());
    REQUIRE(copied->size() == 2);
    CHECK(fx.store->opCount() == opsBefore + 2);
    CHECK(second.undoStack()->count() == 1);
    const QList<Annotation> copies = second.annotations();
    REQUIRE(copies.size() == 2);
    for (const Annotation &copy : copies) {
        CHECK(copy.itemId == fx.items[1].id);
        CHECK(copy.author == fx.annotator.id);
        CHECK(copied->contains(copy.id));
        CHECK_FALSE(first.annotations().contains(copy)); // new ids, the originals stay
    }
    CHECK(snapshot(second).section(QLatin1String("\nstatus="), 0, 0) ==
          snapshot(first).section(QLatin1String("\nstatus="), 0, 0));

    second.undoStack()->undo();
    CHECK(second.annotations().isEmpty());
    CHECK(first.annotations().size() == 2);
    second.undoStack()->redo();
    CHECK(second.annotations().size() == 2);

    // One that does not fit the schema: nothing at all is written.
    QList<Annotation> bad = first.annotations();
    bad.last().label = QStringLiteral("Bestaat niet");
    const qint64 opsAtBad = fx.store->opCount();
    auto refused = Commands::copyAnnotations(second, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("Bestaat niet")));
    CHECK(fx.store->opCount() == opsAtBad);
    CHECK(second.annotations().size() == 2);
    CHECK(second.undoStack()->count() == 1);
}

TEST_CASE("The undo history of an item outlives a restart - step by step back to the start",
          "[undo][restart]")
{
    test::Fixture fx(2);
    QStringList states;
    QStringList texts;
    QString boxId;
    {
        ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
        Commands::keepHistory(doc);
        QSignalSpy failed(&doc, &ItemDocument::writeFailed);
        states << snapshot(doc);
        auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                           test::sampleValue(AnnotationKind::Box));
        REQUIRE(box.ok());
        boxId = *box;
        states << snapshot(doc);
        REQUIRE(Commands::setAttribute(doc, boxId, QStringLiteral("schade"), 3).ok());
        states << snapshot(doc);
        // An answer: several annotations in one step.
        REQUIRE(Commands::setAnswer(doc, QStringLiteral("kwaliteit"), 4).ok());
        states << snapshot(doc);
        auto crack = Commands::addAnnotation(doc, AnnotationKind::Crack, QStringLiteral("Scheur"),
                                             test::sampleValue(AnnotationKind::Crack));
        REQUIRE(crack.ok());
        states << snapshot(doc);
        REQUIRE(Commands::removeAnnotation(doc, *crack).ok());
        states << snapshot(doc);
        REQUIRE(Commands::setStatus(doc, SubmissionStatus::Flagged, QStringLiteral("Geen dijk")).ok());
        states << snapshot(doc);
        for (int i = 0; i < doc.undoStack()->count(); ++i)
            texts << doc.undoStack()->text(i);
        CHECK(failed.isEmpty());
    }
    REQUIRE(fx.store->undoSteps(fx.items[0].id, fx.annotator.id).size() == texts.size());
    // The same steps on another item are that item's.
    {
        ItemDocument other(*fx.store, fx.task, fx.items[1], fx.annotator);
        Commands::keepHistory(other);
        CHECK(other.undoStack()->count() == 0);
    }

    fx.reopen(); // a restart: a new store connection, a new document
    {
    ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
    Commands::keepHistory(doc);
    QUndoStack &stack = *doc.undoStack();
    REQUIRE(stack.count() == int(states.size()) - 1);
    CHECK(stack.index() == stack.count());
    QStringList textsAgain;
    for (int i = 0; i < stack.count(); ++i)
        textsAgain << stack.text(i);
    CHECK(textsAgain == texts);
    CHECK(snapshot(doc) == states.last()); // bringing the history back wrote nothing
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        stack.undo();
        CHECK(snapshot(doc) == states.at(i));
    }
    CHECK(fx.store->annotation(boxId, true)->deleted);
    stack.redo();
    CHECK(snapshot(doc) == states.at(1));
    }

    // Undone steps are not kept for redo across a restart; the steps before them are.
    fx.reopen();
    ItemDocument again(*fx.store, fx.task, fx.items[0], fx.annotator);
    Commands::keepHistory(again);
    CHECK(again.undoStack()->count() == 1);
    again.undoStack()->undo();
    CHECK(snapshot(again) == states.at(0));
}

TEST_CASE("A kept undo history that the store has moved past starts afresh - and stays bounded",
          "[undo][restart]")
{
    test::Fixture fx(1);
    QString boxId;
    {
        ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
        Commands::keepHistory(doc);
        auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                           test::sampleValue(AnnotationKind::Box));
        REQUIRE(box.ok());
        boxId = *box;
        // More steps than are kept: only the last ones survive.
        for (int i = 0; i < Commands::kKeptUndoSteps + 20; ++i)
            REQUIRE(Commands::setAttribute(doc, boxId, QStringLiteral("schade"), 1 + i % 2).ok());
    }
    CHECK(fx.store->undoSteps(fx.items[0].id, fx.annotator.id).size() <= Commands::kKeptUndoSteps);
    {
        fx.reopen();
        ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
        Commands::keepHistory(doc);
        CHECK(doc.undoStack()->count() > 0);
        CHECK(doc.undoStack()->count() <= Commands::kKeptUndoSteps);
    }

    // Another field changed since (the command line): undoing the last step still fits.
    REQUIRE(fx.store->updateAnnotation(boxId, {{QStringLiteral("value"), test::sampleValue(AnnotationKind::Box, 7)}},
                                       fx.annotator.id).ok());
    {
        fx.reopen();
        ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
        Commands::keepHistory(doc);
        CHECK(doc.undoStack()->count() > 0);
    }
    // The field the last step set changed since (the same person's other PC): the kept steps
    // no longer describe the store, so none is offered, and nothing is written by trying.
    REQUIRE(fx.store->updateAnnotation(boxId, {{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("schade"), 5}}}},
                                       fx.annotator.id).ok());
    const QJsonObject valueNow = fx.store->annotation(boxId)->value;
    fx.reopen();
    {
        ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
        Commands::keepHistory(doc);
        CHECK(doc.undoStack()->count() == 0);
        CHECK(fx.store->annotation(boxId)->value == valueNow);
        CHECK(fx.store->undoSteps(fx.items[0].id, fx.annotator.id).isEmpty());
        // The history starts again from here.
        REQUIRE(Commands::setAttribute(doc, boxId, QStringLiteral("schade"), 4).ok());
    }
    fx.reopen();
    ItemDocument later(*fx.store, fx.task, fx.items[0], fx.annotator);
    Commands::keepHistory(later);
    CHECK(later.undoStack()->count() == 1);
}
