// SPDX-License-Identifier: GPL-3.0-or-later
// Review (issue 12, points 1-3; decision 0018) on a real store file: the policy that fills the
// queue and its reasons, verdicts as ops and their undo, feedback that reopens an item for its
// author, work that is read-only while it waits for a verdict, and the verdicts merge refuses.
#include "document/commands.h"
#include "document/itemdocument.h"
#include "document/workqueue.h"
#include "quality/reviewqueue.h"
#include "quality/verdicts.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QThread>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

/// A store with a team lead, a reviewer and two annotators, and an image task of \a itemCount
/// items under \a policy, given to both annotators.
struct ReviewLab
{
    explicit ReviewLab(const ReviewPolicy &policy, int itemCount = 6)
    {
        REQUIRE(dir.isValid());
        store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
        lead = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        rik = *store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
        anna = *store->addProfile(QStringLiteral("Anna"), Role::Annotator);
        bram = *store->addProfile(QStringLiteral("Bram"), Role::Annotator);
        Schema schema = test::demoSchema();
        schema.setReview(policy);
        task = test::createTask(*store, lead, schema, QList<MediaKind>(itemCount, MediaKind::Image),
                                dir.path());
        items = store->items(task.id);
        REQUIRE(store->assignRoundRobin(task.id, {anna.id, bram.id}, 2, lead.id).ok());
    }

    /// \a who draws a box (variant \a variant) on item \a index and marks it \a status.
    QString work(const Profile &who, int index, int variant,
                 SubmissionStatus status = SubmissionStatus::Done)
    {
        Annotation a{QString(), task.id, items[index].id, who.id, AnnotationKind::Box,
                     QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, variant), {}, false};
        auto added = store->addAnnotation(a);
        REQUIRE(added.ok());
        Submission s{task.id, items[index].id, who.id, status,
                     status == SubmissionStatus::Flagged ? QStringLiteral("Onscherp") : QString(), 10};
        REQUIRE(store->setSubmission(s, who.id).ok());
        return added->id;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile lead, rik, anna, bram;
    Task task;
    QList<Item> items;
};

/// "item-annotator: reason, reason" per queue entry, for comparisons that show what differs.
QStringList queueLines(const Store &store, const Task &task)
{
    QStringList lines;
    for (const ReviewEntry &e : ReviewQueue::build(store, task)) {
        QStringList reasons;
        for (ReviewReason r : e.reasons)
            reasons << ReviewQueue::toId(r);
        lines << QStringLiteral("%1-%2 %3: %4")
                         .arg(QString::number(e.item.order), store.findProfile(e.annotator)->name,
                              ReviewQueue::toId(e.state), reasons.join(QStringLiteral(", ")));
    }
    return lines;
}

QString detailsOf(const ReviewEntry &e)
{
    QStringList out;
    for (const Message &m : e.details)
        out << m.text();
    return out.join(QStringLiteral(" | "));
}

} // namespace

TEST_CASE("The schema's review block is read and written back and refused with the field named", "[review][schema]")
{
    const QByteArray json = R"({"format": 1,
        "labels": [{"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}],
        "review": {"sample": 12.5, "firstItems": 3, "disagreement": true, "flagged": true,
                   "quickComments": ["Box te ruim", "Label klopt niet"]}})";
    auto schema = Schema::fromJson(json, QStringLiteral("s.json"));
    REQUIRE(schema.ok());
    const ReviewPolicy &p = schema->review();
    CHECK(p.samplePercent == 12.5);
    CHECK(p.firstItems == 3);
    CHECK(p.disagreement);
    CHECK(p.flagged);
    CHECK(p.quickComments == QStringList{QStringLiteral("Box te ruim"), QStringLiteral("Label klopt niet")});
    auto again = Schema::fromJsonObject(schema->toJson(), Message::plain(QStringLiteral("again")));
    REQUIRE(again.ok());
    CHECK(again->review().toJson() == p.toJson());

    const auto refused = [](const char *review) {
        const QByteArray text = QByteArray(R"({"format": 1, "labels": [{"name": "B", "colour": "#1f77b4", "kinds": ["box"]}], "review": )")
                + review + "}";
        auto s = Schema::fromJson(text, QStringLiteral("s.json"));
        REQUIRE_FALSE(s.ok());
        return s.error().message();
    };
    CHECK(refused(R"({"sample": 120})").contains(QStringLiteral("\"sample\" must be a percentage")));
    CHECK(refused(R"({"firstItems": 1.5})").contains(QStringLiteral("\"firstItems\"")));
    CHECK(refused(R"({"flagged": "yes"})").contains(QStringLiteral("\"flagged\" must be true or false")));
    CHECK(refused(R"({"quickComments": ["a", "a"]})").contains(QStringLiteral("there twice")));
    CHECK(refused(R"({"samples": 5})").contains(QStringLiteral("unknown field \"samples\"")));
}

TEST_CASE("The sample is the same on every PC and about as large as asked", "[review][policy]")
{
    int in = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString item = QStringLiteral("item-%1").arg(i);
        const bool picked = ReviewQueue::inSample(QStringLiteral("t1"), item, 10);
        CHECK(picked == ReviewQueue::inSample(QStringLiteral("t1"), item, 10));
        in += picked ? 1 : 0;
    }
    CHECK(in > 150);
    CHECK(in < 250);
    CHECK(ReviewQueue::inSample(QStringLiteral("t"), QStringLiteral("x"), 100));
    CHECK_FALSE(ReviewQueue::inSample(QStringLiteral("t"), QStringLiteral("x"), 0));
}

TEST_CASE("Each review rule picks its work and says why", "[review][policy]")
{
    SECTION("first items")
    {
        ReviewPolicy policy;
        policy.firstItems = 2;
        ReviewLab lab(policy);
        lab.work(lab.anna, 3, 0);
        lab.work(lab.anna, 1, 0);
        lab.work(lab.anna, 4, 0);
        lab.work(lab.bram, 5, 0);
        // Not marked: never in the queue, even when it would be among the first.
        Annotation a{QString(), lab.task.id, lab.items[0].id, lab.anna.id, AnnotationKind::Box,
                     QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, 0), {}, false};
        REQUIRE(lab.store->addAnnotation(a).ok());
        CHECK(queueLines(*lab.store, lab.task)
              == QStringList{QStringLiteral("1-Anna pending: first-items"), QStringLiteral("3-Anna pending: first-items"),
                             QStringLiteral("5-Bram pending: first-items")});
        const auto entry = ReviewQueue::entry(*lab.store, lab.task, lab.items[1].id, lab.anna.id);
        REQUIRE(entry);
        CHECK(detailsOf(*entry) == QLatin1String("one of Anna's first 2 items"));
        CHECK_FALSE(ReviewQueue::entry(*lab.store, lab.task, lab.items[4].id, lab.anna.id));
    }
    SECTION("disagreement")
    {
        ReviewPolicy policy;
        policy.disagreement = true;
        ReviewLab lab(policy);
        lab.work(lab.anna, 0, 0);
        lab.work(lab.bram, 0, 1);   // IoU 29/31: they agree
        lab.work(lab.anna, 1, 0);
        lab.work(lab.bram, 1, 100); // far apart: they do not
        lab.work(lab.anna, 2, 0);   // only Anna: nobody to disagree with
        // Two people, two boxes apart: a tie the consensus cannot settle either (decision 0021).
        CHECK(queueLines(*lab.store, lab.task)
              == QStringList{QStringLiteral("1-Anna pending: disagreement, unsettled"),
                             QStringLiteral("1-Bram pending: disagreement, unsettled")});
        const auto entry = ReviewQueue::entry(*lab.store, lab.task, lab.items[1].id, lab.bram.id);
        REQUIRE(entry);
        CHECK(detailsOf(*entry) == QLatin1String("Anna and Bram disagree (box) | the consensus cannot settle the box (\"Buffer\")"));

        // A different answer to a question is a disagreement too.
        for (const Profile &who : {lab.anna, lab.bram}) {
            Annotation answer{QString(), lab.task.id, lab.items[0].id, who.id, AnnotationKind::Answer,
                              QStringLiteral("genre"),
                              {{QStringLiteral("answer"), who.id == lab.anna.id ? QStringLiteral("nieuws") : QStringLiteral("sport")}},
                              {}, false};
            REQUIRE(lab.store->addAnnotation(answer).ok());
        }
        const auto onFirst = ReviewQueue::entry(*lab.store, lab.task, lab.items[0].id, lab.anna.id);
        REQUIRE(onFirst);
        CHECK(detailsOf(*onFirst) == QLatin1String("Anna and Bram disagree (\"genre\") | the consensus cannot settle \"genre\""));
    }
    SECTION("flagged")
    {
        ReviewPolicy policy;
        policy.flagged = true;
        ReviewLab lab(policy);
        lab.work(lab.anna, 0, 0);
        lab.work(lab.bram, 2, 0, SubmissionStatus::Flagged);
        CHECK(queueLines(*lab.store, lab.task) == QStringList{QStringLiteral("2-Bram pending: flagged")});
        CHECK(detailsOf(ReviewQueue::build(*lab.store, lab.task).first()) == QLatin1String("flagged by Bram: Onscherp"));
    }
    SECTION("sample, and several reasons at once")
    {
        ReviewPolicy policy;
        policy.samplePercent = 50;
        policy.firstItems = 1;
        ReviewLab lab(policy, 12);
        QStringList expected;
        for (int i = 0; i < 12; ++i) {
            lab.work(lab.anna, i, 0);
            QStringList reasons;
            if (ReviewQueue::inSample(lab.task.id, lab.items[i].id, 50))
                reasons << QStringLiteral("sample");
            if (i == 0)
                reasons << QStringLiteral("first-items");
            if (!reasons.isEmpty())
                expected << QStringLiteral("%1-Anna pending: %2").arg(i).arg(reasons.join(QStringLiteral(", ")));
        }
        const QStringList lines = queueLines(*lab.store, lab.task);
        CHECK(lines == expected);
        CHECK(lines.size() > 2);  // some of the twelve were drawn...
        CHECK(lines.size() < 12); // ...and not all
        for (const ReviewEntry &e : ReviewQueue::build(*lab.store, lab.task))
            if (e.reasons.contains(ReviewReason::Sample))
                CHECK(detailsOf(e).startsWith(QLatin1String("in the task's sample of 50 %")));
    }
    SECTION("no policy: nothing to review")
    {
        ReviewLab lab(ReviewPolicy{});
        lab.work(lab.anna, 0, 0);
        CHECK(ReviewQueue::build(*lab.store, lab.task).isEmpty());
    }
}

TEST_CASE("One entry, read by its item alone, says what the whole queue says of it", "[review][policy]")
{
    ReviewPolicy policy;
    policy.samplePercent = 40;
    policy.firstItems = 2;
    policy.disagreement = true;
    policy.flagged = true;
    ReviewLab lab(policy, 10);
    // Out of order on purpose: "first items" go by the task's order, not by when work was marked.
    for (int i : {6, 2, 8, 0, 4})
        lab.work(lab.anna, i, 0);
    lab.work(lab.anna, 5, 0, SubmissionStatus::Flagged);
    lab.work(lab.bram, 2, 100); // disagrees with Anna
    lab.work(lab.bram, 4, 1);   // agrees
    lab.work(lab.bram, 9, 0);
    lab.work(lab.bram, 7, 0, SubmissionStatus::Flagged);
    lab.work(lab.bram, 3, 0, SubmissionStatus::Skipped);
    Review verdict{lab.task.id, lab.items[6].id, lab.anna.id, lab.rik.id, Verdict::Rejected,
                   QStringLiteral("Te ruim")};
    REQUIRE(lab.store->setReview(verdict, lab.rik.id).ok());

    const auto sameAsQueue = [&] {
        const QList<ReviewEntry> queue = ReviewQueue::build(*lab.store, lab.task);
        QSet<std::pair<QString, QString>> inQueue;
        for (const ReviewEntry &e : queue) {
            INFO(e.item.order << " " << e.annotator.toStdString());
            inQueue.insert({e.item.id, e.annotator});
            const auto one = ReviewQueue::entry(*lab.store, lab.task, e.item.id, e.annotator);
            REQUIRE(one);
            CHECK(one->reasons == e.reasons);
            CHECK(detailsOf(*one) == detailsOf(e));
            CHECK(one->state == e.state);
            CHECK(one->review.has_value() == e.review.has_value());
            QStringList people;
            for (const ReviewEntry &x : ReviewQueue::itemEntries(*lab.store, lab.task, e.item.id))
                people << x.annotator;
            CHECK(people.contains(e.annotator));
        }
        for (const Item &item : lab.items)
            for (const Profile &who : {lab.anna, lab.bram})
                if (!inQueue.contains({item.id, who.id}))
                    CHECK_FALSE(ReviewQueue::entry(*lab.store, lab.task, item.id, who.id));
    };
    // Anna: 0 2 4 (5 flagged) 6 8, with 6 rejected; Bram: 2 4 (7 flagged) 9 (3 skipped).
    // In the queue: Anna's 0 and 2 (first items), 2 and Bram's 2 (disagreement), 5 and 7
    // (flagged), Anna's 6 (a verdict), Bram's 2 and 4 (his first two), and the sample's.
    sameAsQueue();
    CHECK(ReviewQueue::build(*lab.store, lab.task).size() >= 7);
    // Anna's first two by the task's order are items 0 and 2, though she marked 6 first.
    const auto second = ReviewQueue::entry(*lab.store, lab.task, lab.items[2].id, lab.anna.id);
    REQUIRE(second);
    CHECK(detailsOf(*second).contains(QLatin1String("one of Anna's first 2 items")));
    const auto sixth = ReviewQueue::entry(*lab.store, lab.task, lab.items[6].id, lab.anna.id);
    REQUIRE(sixth);
    CHECK_FALSE(detailsOf(*sixth).contains(QLatin1String("first")));

    // Item 0 is taken out of the task: Anna's first two are now 2 and 4, read either way.
    REQUIRE(lab.store->record({Change{lab.lead.id, QStringLiteral("item"), lab.items[0].id,
                                      {{QStringLiteral("task"), lab.task.id}},
                                      {{QStringLiteral("deleted"), true}}}}).ok());
    const auto fourth = ReviewQueue::entry(*lab.store, lab.task, lab.items[4].id, lab.anna.id);
    REQUIRE(fourth);
    CHECK(detailsOf(*fourth).contains(QLatin1String("one of Anna's first 2 items")));
    sameAsQueue();
}

TEST_CASE("A verdict is an op and undo takes it back and redo gives it again", "[review][verdict][undo]")
{
    ReviewPolicy policy;
    policy.samplePercent = 100;
    ReviewLab lab(policy);
    const QString box = lab.work(lab.anna, 0, 0);
    ItemDocument doc(*lab.store, lab.task, lab.items[0], lab.rik);

    // Refused, nothing written: no comment; an annotation of another layer; their own work.
    const qint64 before = lab.store->opCount();
    VerdictRequest reject{lab.items[0].id, lab.anna.id, Verdict::Rejected, QStringLiteral("  "), box, {}};
    auto noComment = Commands::setVerdict(doc, reject);
    REQUIRE_FALSE(noComment.ok());
    CHECK(noComment.error().message().contains(QStringLiteral("a rejection needs a comment for Anna")));
    reject.comment = QStringLiteral("De box is te ruim");
    reject.annotationId = QStringLiteral("nope");
    auto wrongAnnotation = Commands::setVerdict(doc, reject);
    REQUIRE_FALSE(wrongAnnotation.ok());
    CHECK(wrongAnnotation.error().message().contains(QStringLiteral("no annotation \"nope\" in Anna's layer")));
    ItemDocument annasDoc(*lab.store, lab.task, lab.items[0], lab.anna);
    auto self = Commands::setVerdict(annasDoc, {lab.items[0].id, lab.anna.id, Verdict::Accepted, {}, {}, {}});
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message().contains(QStringLiteral("only a reviewer or team lead")));
    CHECK(lab.store->opCount() == before);
    CHECK(doc.undoStack()->count() == 0);

    // Rejected, anchored to the box and a spot on it.
    reject.annotationId = box;
    reject.anchor = {{QStringLiteral("x"), 12}, {QStringLiteral("y"), 22}, {QStringLiteral("w"), 5}, {QStringLiteral("h"), 5}};
    REQUIRE(Commands::setVerdict(doc, reject).ok());
    const QList<Op> ops = lab.store->ops(before);
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].entity == QLatin1String("review"));
    CHECK(ops[0].author == lab.rik.id);
    CHECK(ops[0].fields.value(QStringLiteral("annotation")).toString() == box);
    CHECK(ops[0].fields.value(QStringLiteral("anchor")).toObject() == reject.anchor);
    auto review = lab.store->review(lab.items[0].id, lab.anna.id);
    REQUIRE(review);
    CHECK(review->verdict == Verdict::Rejected);
    CHECK(review->comment == QLatin1String("De box is te ruim"));
    CHECK(review->annotationId == box);
    CHECK(review->anchor == reject.anchor);
    CHECK(ReviewQueue::entry(*lab.store, lab.task, lab.items[0].id, lab.anna.id)->state == ReviewState::Feedback);

    // The reviewer changes their mind: accepted. Undo brings the rejection back (same marking).
    REQUIRE(Commands::setVerdict(doc, {lab.items[0].id, lab.anna.id, Verdict::Accepted, {}, {}, {}}).ok());
    review = lab.store->review(lab.items[0].id, lab.anna.id);
    REQUIRE(review);
    CHECK(review->verdict == Verdict::Accepted);
    CHECK(review->annotationId.isEmpty()); // the earlier verdict's anchor does not linger
    doc.undoStack()->undo();
    review = lab.store->review(lab.items[0].id, lab.anna.id);
    REQUIRE(review);
    CHECK(review->verdict == Verdict::Rejected);
    CHECK(review->annotationId == box);
    // Undo the first verdict: none stands, the work waits again.
    doc.undoStack()->undo();
    CHECK_FALSE(lab.store->review(lab.items[0].id, lab.anna.id));
    CHECK(ReviewQueue::entry(*lab.store, lab.task, lab.items[0].id, lab.anna.id)->state == ReviewState::Pending);
    doc.undoStack()->redo();
    CHECK(lab.store->review(lab.items[0].id, lab.anna.id)->verdict == Verdict::Rejected);
    // Every step was an op by the reviewer.
    for (const Op &op : lab.store->ops(before))
        CHECK(op.author == lab.rik.id);
    CHECK(lab.store->ops(before).size() == 5);
}

TEST_CASE("A rejection reopens the item for its author beside the annotation and done again returns it", "[review][feedback]")
{
    ReviewPolicy policy;
    policy.samplePercent = 100;
    ReviewLab lab(policy);
    const QString box = lab.work(lab.anna, 1, 0);
    lab.work(lab.anna, 0, 0);
    lab.work(lab.anna, 2, 0);
    QThread::msleep(2);
    REQUIRE(Verdicts::give(*lab.store, lab.task, lab.rik,
                           {lab.items[1].id, lab.anna.id, Verdict::Rejected, QStringLiteral("Te ruim"), box, {}}).ok());

    WorkQueue queue(*lab.store);
    queue.setProfile(lab.anna);
    REQUIRE(queue.openTask(lab.task.id));
    CHECK(queue.feedbackItems() == QSet<QString>{lab.items[1].id});
    CHECK(queue.statuses().value(lab.items[1].id) == SubmissionStatus::Todo);
    CHECK(queue.statuses().value(lab.items[0].id) == SubmissionStatus::Done);
    CHECK(queue.startItemId() == lab.items[1].id); // back at the top of what is to do
    REQUIRE(queue.openItem(lab.items[1].id));
    ItemDocument *doc = queue.document();
    const auto feedback = doc->feedback();
    REQUIRE(feedback);
    CHECK(feedback->comment == QLatin1String("Te ruim"));
    CHECK(feedback->annotationId == box);
    CHECK(doc->status() == SubmissionStatus::Todo);
    CHECK_FALSE(doc->awaitsVerdict());

    // The author corrects the box and marks it done: back to the reviewer.
    REQUIRE(Commands::setValue(*doc, box, test::sampleValue(AnnotationKind::Box, 3)).ok());
    const auto finished = queue.finish(SubmissionStatus::Done);
    CHECK(finished.outcome != WorkQueue::Finished::Outcome::NotWritten);
    CHECK_FALSE(queue.feedbackItems().contains(lab.items[1].id));
    const auto entry = ReviewQueue::entry(*lab.store, lab.task, lab.items[1].id, lab.anna.id);
    REQUIRE(entry);
    CHECK(entry->state == ReviewState::Pending);
    CHECK(entry->reasons.contains(ReviewReason::Returned));
    CHECK(detailsOf(*entry).contains(QStringLiteral("marked done again after a verdict")));

    // Undo of that "done": the feedback is open again.
    REQUIRE(queue.undo());
    CHECK(queue.feedbackItems().contains(lab.items[1].id));
    CHECK(ReviewQueue::entry(*lab.store, lab.task, lab.items[1].id, lab.anna.id)->state == ReviewState::Feedback);
}

TEST_CASE("Work waiting for a verdict is read-only for its author until the verdict", "[review][readonly]")
{
    ReviewPolicy policy;
    policy.firstItems = 1;
    ReviewLab lab(policy);
    const QString box = lab.work(lab.anna, 0, 0);
    const QString other = lab.work(lab.anna, 1, 0); // not picked: stays the author's to change
    ItemDocument doc(*lab.store, lab.task, lab.items[0], lab.anna);
    CHECK(doc.awaitsVerdict());
    const qint64 before = lab.store->opCount();
    auto relabel = Commands::setLabel(doc, box, QStringLiteral("Buffer"));
    auto move = Commands::setValue(doc, box, test::sampleValue(AnnotationKind::Box, 4));
    auto add = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, 5));
    auto status = Commands::setStatus(doc, SubmissionStatus::Todo);
    REQUIRE_FALSE(move.ok());
    CHECK(move.error().message().contains(QStringLiteral("is being reviewed")));
    CHECK_FALSE(add.ok());
    CHECK_FALSE(status.ok());
    CHECK(lab.store->opCount() == before);

    ItemDocument otherDoc(*lab.store, lab.task, lab.items[1], lab.anna);
    CHECK_FALSE(otherDoc.awaitsVerdict());
    CHECK(Commands::setValue(otherDoc, other, test::sampleValue(AnnotationKind::Box, 4)).ok());

    REQUIRE(Verdicts::give(*lab.store, lab.task, lab.rik, {lab.items[0].id, lab.anna.id, Verdict::Accepted, {}, {}, {}}).ok());
    CHECK_FALSE(doc.awaitsVerdict());
    CHECK(Commands::setValue(doc, box, test::sampleValue(AnnotationKind::Box, 4)).ok());
}

TEST_CASE("A reviewer cannot change an annotator's layer and a fix is the reviewer's own layer", "[review][layers]")
{
    ReviewPolicy policy;
    policy.samplePercent = 100;
    ReviewLab lab(policy);
    const QString box = lab.work(lab.anna, 0, 0);
    ItemDocument doc(*lab.store, lab.task, lab.items[0], lab.rik);
    const qint64 before = lab.store->opCount();
    auto edit = Commands::setValue(doc, box, test::sampleValue(AnnotationKind::Box, 8));
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().message().contains(QStringLiteral("belongs to another person's layer")));
    CHECK_FALSE(Commands::removeAnnotation(doc, box).ok());
    CHECK(lab.store->opCount() == before);

    // Fix and accept: Anna's box is copied into Rik's layer, hers stays as it was.
    auto given = Verdicts::give(*lab.store, lab.task, lab.rik,
                                {lab.items[0].id, lab.anna.id, Verdict::Corrected, {}, {}, {}}, true);
    REQUIRE(given.ok());
    REQUIRE(given->copied.size() == 1);
    const QList<Annotation> fix = lab.store->annotations(lab.items[0].id, lab.rik.id);
    REQUIRE(fix.size() == 1);
    CHECK(fix[0].value == test::sampleValue(AnnotationKind::Box, 0));
    REQUIRE(Commands::setValue(doc, fix[0].id, test::sampleValue(AnnotationKind::Box, 8)).ok());
    CHECK(lab.store->annotation(box)->value == test::sampleValue(AnnotationKind::Box, 0));
    CHECK(lab.store->review(lab.items[0].id, lab.anna.id)->verdict == Verdict::Corrected);
    // Taking the fix back removes the copy it made.
    REQUIRE(Verdicts::takeBack(*lab.store, lab.rik, *given).ok());
    CHECK(lab.store->annotations(lab.items[0].id, lab.rik.id).isEmpty());
    CHECK_FALSE(lab.store->review(lab.items[0].id, lab.anna.id));
}

TEST_CASE("Merge refuses a verdict whose author is not a reviewer or team lead as a whole", "[review][merge][security]")
{
    ReviewPolicy policy;
    policy.samplePercent = 100;
    ReviewLab lab(policy);
    lab.work(lab.anna, 0, 0);
    // Anna's store copies the lab's state; then she forges an acceptance of her own work.
    QTemporaryDir other;
    auto annas = test::openStore(other.filePath(QStringLiteral("anna.sqlite")));
    REQUIRE(annas->merge(lab.store->ops()).ok());
    auto direct = annas->setReview({lab.task.id, lab.items[0].id, lab.anna.id, lab.anna.id, Verdict::Accepted, {}}, lab.anna.id);
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().message().contains(QStringLiteral("only a reviewer or team lead gives verdicts")));

    const QString hlc = QStringLiteral("%1.000000.forgedevice").arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'));
    const QJsonObject forged{
            {QStringLiteral("id"), QStringLiteral("forged-1")},
            {QStringLiteral("hlc"), hlc},
            {QStringLiteral("author"), lab.anna.id},
            {QStringLiteral("entity"), QStringLiteral("review")},
            {QStringLiteral("entityId"), lab.items[0].id + QStringLiteral("/") + lab.anna.id},
            {QStringLiteral("key"), QJsonObject{{QStringLiteral("task"), lab.task.id}, {QStringLiteral("item"), lab.items[0].id},
                                                {QStringLiteral("annotator"), lab.anna.id}}},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("reviewer"), lab.anna.id},
                                                   {QStringLiteral("verdict"), QStringLiteral("accepted")},
                                                   {QStringLiteral("comment"), QString()}}}};
    auto op = Op::fromJson(forged, QStringLiteral("forged"));
    REQUIRE(op.ok());
    // With an honest change in the same batch: nothing of it is written.
    Annotation honest{QStringLiteral("honest-box"), lab.task.id, lab.items[1].id, lab.anna.id, AnnotationKind::Box,
                      QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, 0), {}, false};
    Change change = Store::annotationChange(honest);
    change.author = lab.anna.id;
    const Op honestOp{QStringLiteral("honest-1"), *Hlc::parse(hlc), lab.anna.id, change.entity, change.entityId,
                      change.key, change.fields};
    const qint64 before = lab.store->opCount();
    auto merged = lab.store->merge({honestOp, *op});
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().message().contains(QStringLiteral("gives a verdict on")));
    CHECK(merged.error().message().contains(QStringLiteral("Anna is not a reviewer or team lead")));
    CHECK(lab.store->opCount() == before);
    CHECK_FALSE(lab.store->annotation(QStringLiteral("honest-box")));
    CHECK_FALSE(lab.store->review(lab.items[0].id, lab.anna.id));

    // The same op by the reviewer merges; a verdict written before version 8 (no annotation,
    // anchor or deleted) reads as a plain verdict.
    QJsonObject fromRik = forged;
    fromRik.insert(QStringLiteral("id"), QStringLiteral("rik-1"));
    fromRik.insert(QStringLiteral("author"), lab.rik.id);
    fromRik.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("reviewer"), lab.rik.id},
                                                        {QStringLiteral("verdict"), QStringLiteral("accepted")},
                                                        {QStringLiteral("comment"), QString()}});
    REQUIRE(lab.store->merge({*Op::fromJson(fromRik, QStringLiteral("rik"))}).ok());
    const auto review = lab.store->review(lab.items[0].id, lab.anna.id);
    REQUIRE(review);
    CHECK(review->reviewer == lab.rik.id);
    CHECK(review->annotationId.isEmpty());
    CHECK_FALSE(review->deleted);
}
