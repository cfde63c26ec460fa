// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions (pre-annotations, issue 11 point 6) on a real store file: they are stored and
// travel as ops, the person accepts, corrects or rejects each one in one undo step, and an
// item with suggestions nobody looked at cannot be marked done.
#include "document/commands.h"
#include "document/itemdocument.h"
#include "document/workqueue.h"
#include "testutil.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

/// A suggested box in \a fx's annotator's layer on the first item, written as an importer does.
Annotation addSuggestion(test::Fixture &fx)
{
    Annotation a;
    a.itemId = fx.items[0].id;
    a.author = fx.annotator.id;
    a.kind = AnnotationKind::Box;
    a.label = QStringLiteral("Buffer");
    a.value = test::sampleValue(AnnotationKind::Box);
    a.suggested = true;
    auto added = fx.store->addAnnotation(a);
    REQUIRE(added.ok());
    return *added;
}

std::optional<Annotation> stored(const test::Fixture &fx, const QString &id)
{
    return fx.store->annotation(id, true);
}

} // namespace

TEST_CASE("A suggestion is stored, carried by its op and kept across a restart", "[suggestions]")
{
    test::Fixture fx(1);
    const Annotation suggestion = addSuggestion(fx);
    Annotation own = suggestion;
    own.id.clear();
    own.suggested = false;
    const auto ownAdded = fx.store->addAnnotation(own);
    REQUIRE(ownAdded.ok());

    int seen = 0;
    for (const Op &op : fx.store->ops()) {
        if (op.entityId == suggestion.id) {
            CHECK(op.fields.value(QStringLiteral("suggested")).toBool());
            ++seen;
        } else if (op.entityId == ownAdded->id) {
            // Ordinary work keeps the op shape that older versions read.
            CHECK_FALSE(op.fields.contains(QStringLiteral("suggested")));
            ++seen;
        }
    }
    CHECK(seen == 2);

    fx.reopen();
    REQUIRE(stored(fx, suggestion.id));
    CHECK(stored(fx, suggestion.id)->suggested);
    CHECK_FALSE(stored(fx, ownAdded->id)->suggested);

    // Ops replayed into another store (what sync does) give the same state.
    test::Fixture other(0);
    REQUIRE(other.store->merge(fx.store->ops()).ok());
    REQUIRE(other.store->annotation(suggestion.id));
    CHECK(other.store->annotation(suggestion.id)->suggested);
}

TEST_CASE("Accepting, correcting and rejecting a suggestion are one undo step each", "[suggestions][undo]")
{
    test::Fixture fx(1);
    const Annotation first = addSuggestion(fx);
    const Annotation second = addSuggestion(fx);
    const Annotation third = addSuggestion(fx);
    ItemDocument doc(*fx.store, fx.task, fx.items[0], fx.annotator);
    QUndoStack &stack = *doc.undoStack();

    // Accept: the suggestion becomes the person's own.
    REQUIRE(Commands::acceptSuggestion(doc, first.id).ok());
    CHECK_FALSE(stored(fx, first.id)->suggested);
    CHECK(stack.count() == 1);
    CHECK(stack.undoText().contains(QStringLiteral("Accept")));
    REQUIRE(Commands::acceptSuggestion(doc, first.id).ok()); // already accepted: nothing to do
    CHECK(stack.count() == 1);

    // Correct an attribute: corrected and accepted in the same step; undo gives both back.
    REQUIRE(Commands::setAttribute(doc, second.id, QStringLiteral("schade"), 3).ok());
    CHECK(stored(fx, second.id)->attributes.value(QStringLiteral("schade")).toInt() == 3);
    CHECK_FALSE(stored(fx, second.id)->suggested);
    CHECK(stack.count() == 2);

    // Remove: rejected.
    REQUIRE(Commands::removeAnnotation(doc, third.id).ok());
    CHECK(stored(fx, third.id)->deleted);
    CHECK(stack.undoText().contains(QStringLiteral("Reject")));

    stack.undo();
    CHECK_FALSE(stored(fx, third.id)->deleted);
    CHECK(stored(fx, third.id)->suggested);
    stack.undo();
    CHECK_FALSE(stored(fx, second.id)->attributes.contains(QStringLiteral("schade")));
    CHECK(stored(fx, second.id)->suggested);
    stack.undo();
    CHECK(stored(fx, first.id)->suggested);
    stack.redo();
    stack.redo();
    CHECK_FALSE(stored(fx, first.id)->suggested);
    CHECK(stored(fx, second.id)->attributes.value(QStringLiteral("schade")).toInt() == 3);
    CHECK_FALSE(stored(fx, second.id)->suggested);
    CHECK(stored(fx, third.id)->suggested);

    // Moving a suggestion accepts it as well.
    QJsonObject moved = third.value;
    moved.insert(QStringLiteral("x"), moved.value(QStringLiteral("x")).toDouble() + 5);
    REQUIRE(Commands::setValue(doc, third.id, moved).ok());
    CHECK(stored(fx, third.id)->value == moved);
    CHECK_FALSE(stored(fx, third.id)->suggested);
}

TEST_CASE("An item with suggestions nobody looked at cannot be marked done", "[suggestions][workqueue]")
{
    test::Fixture fx(2);
    const Annotation a = addSuggestion(fx);
    const Annotation b = addSuggestion(fx);
    WorkQueue queue(*fx.store);
    queue.setProfile(fx.annotator);
    REQUIRE(queue.openTask(fx.task.id));
    REQUIRE(queue.openItem(fx.items[0].id));

    const WorkQueue::Finished refused = queue.finish(SubmissionStatus::Done);
    CHECK(refused.outcome == WorkQueue::Finished::Outcome::SuggestionsOpen);
    CHECK(refused.suggestions == 2);
    CHECK_FALSE(fx.store->submission(fx.items[0].id, fx.annotator.id));
    CHECK(queue.currentRow() == 0);

    // Flagging and skipping stay possible; "done" once each one is accepted or rejected.
    REQUIRE(Commands::acceptSuggestion(*queue.document(), a.id).ok());
    CHECK(queue.finish(SubmissionStatus::Done).suggestions == 1);
    REQUIRE(Commands::removeAnnotation(*queue.document(), b.id).ok());
    const WorkQueue::Finished done = queue.finish(SubmissionStatus::Done);
    CHECK(done.outcome == WorkQueue::Finished::Outcome::MovedOn);
    REQUIRE(fx.store->submission(fx.items[0].id, fx.annotator.id));
    CHECK(fx.store->submission(fx.items[0].id, fx.annotator.id)->status == SubmissionStatus::Done);
}
