// SPDX-License-Identifier: GPL-3.0-or-later
// Review across PCs (issue 12, decision 0018), with real stores, a real share folder and real
// packages: Anna annotates on her PC, the reviewer rejects one box with a comment on his, Anna
// sees the comment at that box, corrects it and marks it done, and the reviewer accepts. A
// verdict forged on an annotator's PC is refused by the reviewer's.
#include "document/commands.h"
#include "document/itemdocument.h"
#include "document/workqueue.h"
#include "quality/reviewqueue.h"
#include "quality/verdicts.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "sync/syncengine.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

struct Pc
{
    Pc(const QString &name, const QString &share) : name(name), share(share)
    {
        REQUIRE(dir.isValid());
        store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    }
    SyncReport sync(bool expectClean = true)
    {
        SyncEngine engine(*store, share, dir.filePath(QStringLiteral("media")));
        auto r = engine.sync();
        INFO(name.toStdString() << ": " << (r.ok() ? QString() : r.error().message()).toStdString());
        REQUIRE(r.ok());
        if (expectClean) {
            QStringList problems;
            for (const Message &m : r->problems)
                problems << m.text();
            INFO(problems.join(QLatin1Char('\n')).toStdString());
            CHECK(r->problems.isEmpty());
        }
        return *r;
    }
    QString name;
    QString share;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
};

/// The lead's PC (Lotte, team lead, and Rik, reviewer) and Anna's PC; a task of two photos,
/// every item reviewed, published to the share and pulled by Anna's PC.
struct ReviewFlow
{
    ReviewFlow()
    {
        REQUIRE(shareDir.isValid());
        share = shareDir.filePath(QStringLiteral("share"));
        REQUIRE(QDir().mkpath(share));
        lead = std::make_unique<Pc>(QStringLiteral("lead"), share);
        annasPc = std::make_unique<Pc>(QStringLiteral("anna"), share);
        lotte = *lead->store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        rik = *lead->store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
        anna = *lead->store->addProfile(QStringLiteral("Anna"), Role::Annotator);

        const QString media = lead->dir.filePath(QStringLiteral("photos"));
        REQUIRE(QDir().mkpath(media));
        for (int i = 0; i < 2; ++i) {
            QImage image(200, 150, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 90, 200, 200));
            REQUIRE(image.save(QStringLiteral("%1/dijk-%2.png").arg(media).arg(i)));
        }
        Schema schema = test::demoSchema();
        ReviewPolicy policy;
        policy.samplePercent = 100;
        policy.quickComments = {QStringLiteral("Box te ruim")};
        schema.setReview(policy);
        QFile file(lead->dir.filePath(QStringLiteral("schema.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(schema.toJson()).toJson());
        file.close();
        auto draft = draftTaskFromFolder(QStringLiteral("Dijken"), file.fileName(), media);
        REQUIRE(draft.ok());
        auto created = lead->store->createTask(draft->task, draft->items, lotte.id);
        REQUIRE(created.ok());
        task = *created;
        REQUIRE(lead->store->assignRoundRobin(task.id, {anna.id}, 1, lotte.id).ok());
        SyncEngine engine(*lead->store, share, lead->dir.filePath(QStringLiteral("media")));
        REQUIRE(engine.publishTask(task.id, lotte).ok());
        annasPc->sync();
        REQUIRE(annasPc->store->task(task.id));
        CHECK(annasPc->store->task(task.id)->schema.review().samplePercent == 100);
    }

    QTemporaryDir shareDir;
    QString share;
    std::unique_ptr<Pc> lead, annasPc;
    Profile lotte, rik, anna;
    Task task;
};

} // namespace

TEST_CASE("Across two PCs a reviewer rejects one box with a comment and the annotator corrects it and the reviewer accepts", "[sync][review][flow]")
{
    ReviewFlow lab;

    // Anna draws two boxes on the first item and marks it done, on her PC.
    QString loose, tight;
    QString itemId;
    {
        WorkQueue queue(*lab.annasPc->store);
        queue.setProfile(lab.anna);
        REQUIRE(queue.openTask(lab.task.id));
        REQUIRE(queue.openItem(queue.startItemId()));
        ItemDocument *doc = queue.document();
        itemId = doc->item().id;
        auto a = Commands::addAnnotation(*doc, AnnotationKind::Box, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, 0));
        auto b = Commands::addAnnotation(*doc, AnnotationKind::Box, QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, 60));
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        loose = *a;
        tight = *b;
        CHECK(queue.finish(SubmissionStatus::Done).outcome == WorkQueue::Finished::Outcome::MovedOn);
        // In review now (every item is sampled): read-only for her until the verdict.
        ItemDocument again(*lab.annasPc->store, *queue.task(), *lab.annasPc->store->item(itemId), lab.anna);
        CHECK(again.awaitsVerdict());
        CHECK_FALSE(Commands::setValue(again, loose, test::sampleValue(AnnotationKind::Box, 2)).ok());
    }
    lab.annasPc->sync();

    // The reviewer's PC: the work is in the queue, with the reason.
    lab.lead->sync();
    QList<ReviewEntry> queue = ReviewQueue::build(*lab.lead->store, lab.task);
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].item.id == itemId);
    CHECK(queue[0].annotator == lab.anna.id);
    CHECK(queue[0].state == ReviewState::Pending);
    CHECK(queue[0].reasons == QList<ReviewReason>{ReviewReason::Sample});
    {
        ItemDocument doc(*lab.lead->store, lab.task, *lab.lead->store->item(itemId), lab.rik);
        CHECK(doc.otherLayers().size() == 2);
        const QJsonObject corner{{QStringLiteral("x"), 10}, {QStringLiteral("y"), 20}, {QStringLiteral("w"), 4}, {QStringLiteral("h"), 4}};
        REQUIRE(Commands::setVerdict(doc, {itemId, lab.anna.id, Verdict::Rejected,
                                           lab.task.schema.review().quickComments.first(), loose, corner}).ok());
    }
    lab.lead->sync();
    bool inReviews = false;
    for (const QString &f : QDir(lab.share + QLatin1Char('/') + SyncEngine::workFolder(PackageKind::Reviews, lab.task.id, lab.rik.id))
                                    .entryList({QStringLiteral("*.zip")}, QDir::Files))
        inReviews = inReviews || !f.isEmpty();
    CHECK(inReviews);

    // Anna's PC: the item is back in her queue, the comment at the loose box.
    lab.annasPc->sync();
    {
        WorkQueue queue(*lab.annasPc->store);
        queue.setProfile(lab.anna);
        REQUIRE(queue.openTask(lab.task.id));
        CHECK(queue.feedbackItems() == QSet<QString>{itemId});
        CHECK(queue.startItemId() == itemId);
        REQUIRE(queue.openItem(itemId));
        ItemDocument *doc = queue.document();
        const auto feedback = doc->feedback();
        REQUIRE(feedback);
        CHECK(feedback->comment == QLatin1String("Box te ruim"));
        CHECK(feedback->annotationId == loose);
        CHECK(feedback->anchor.value(QStringLiteral("w")).toInt() == 4);
        CHECK(feedback->reviewer == lab.rik.id);
        CHECK(lab.annasPc->store->findProfile(feedback->reviewer)->name == QLatin1String("Rik"));
        CHECK(doc->status() == SubmissionStatus::Todo);
        REQUIRE(Commands::setValue(*doc, loose, test::sampleValue(AnnotationKind::Box, 3)).ok());
        const auto finished = queue.finish(SubmissionStatus::Done);
        CHECK((finished.outcome == WorkQueue::Finished::Outcome::MovedOn
               || finished.outcome == WorkQueue::Finished::Outcome::WasLast));
        CHECK(queue.feedbackItems().isEmpty());
    }
    lab.annasPc->sync();

    // The reviewer's PC: back in the queue after the feedback, corrected; he accepts.
    lab.lead->sync();
    queue = ReviewQueue::build(*lab.lead->store, lab.task);
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].state == ReviewState::Pending);
    CHECK(queue[0].reasons.contains(ReviewReason::Returned));
    CHECK(lab.lead->store->annotation(loose)->value == test::sampleValue(AnnotationKind::Box, 3));
    CHECK(lab.lead->store->annotation(tight)->value == test::sampleValue(AnnotationKind::Box, 60));
    {
        ItemDocument doc(*lab.lead->store, lab.task, *lab.lead->store->item(itemId), lab.rik);
        REQUIRE(Commands::setVerdict(doc, {itemId, lab.anna.id, Verdict::Accepted, {}, {}, {}}).ok());
    }
    lab.lead->sync();
    lab.annasPc->sync();
    const auto final = lab.annasPc->store->review(itemId, lab.anna.id);
    REQUIRE(final);
    CHECK(final->verdict == Verdict::Accepted);
    ItemDocument done(*lab.annasPc->store, lab.task, *lab.annasPc->store->item(itemId), lab.anna);
    CHECK_FALSE(done.feedback());
    CHECK_FALSE(done.awaitsVerdict());
    CHECK(done.status() == SubmissionStatus::Done);
}

TEST_CASE("A verdict written on an annotator's PC is refused whole by the other PCs", "[sync][review][security]")
{
    ReviewFlow lab;
    Store &annas = *lab.annasPc->store;
    const Item item = annas.items(lab.task.id).first();
    Annotation box{QString(), lab.task.id, item.id, lab.anna.id, AnnotationKind::Box, QStringLiteral("Buffer"),
                   test::sampleValue(AnnotationKind::Box, 0), {}, false};
    REQUIRE(annas.addAnnotation(box).ok());
    REQUIRE(annas.setSubmission({lab.task.id, item.id, lab.anna.id, SubmissionStatus::Done, {}, 5}, lab.anna.id).ok());
    lab.annasPc->sync();
    // A tampered program skips the checks and writes an acceptance of her own work, and a
    // profile op that calls her a reviewer.
    Review forged{lab.task.id, item.id, lab.anna.id, lab.anna.id, Verdict::Accepted, QString()};
    Profile promoted = lab.anna;
    promoted.role = Role::Reviewer;
    REQUIRE(annas.record({Store::profileChange(promoted, lab.anna.id), Store::reviewChange(forged, lab.anna.id)}).ok());
    SyncEngine engine(annas, lab.share, lab.annasPc->dir.filePath(QStringLiteral("media")));
    REQUIRE(engine.push().ok());

    SyncEngine leads(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    auto pulled = leads.sync();
    REQUIRE(pulled.ok());
    CHECK(pulled->filesRefused == 1);
    QStringList problems;
    for (const Message &m : pulled->problems)
        problems << m.text();
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("gives a verdict, but Anna is an annotator")));
    CHECK_FALSE(lab.lead->store->review(item.id, lab.anna.id));
    CHECK(lab.lead->store->findProfile(lab.anna.id)->role == Role::Annotator);
    // Her honest work (the results file) came through.
    CHECK(lab.lead->store->annotations(item.id, lab.anna.id).size() == 1);
    // And the queue still waits for a real verdict.
    const auto entry = ReviewQueue::entry(*lab.lead->store, lab.task, item.id, lab.anna.id);
    REQUIRE(entry);
    CHECK(entry->state == ReviewState::Pending);
}

TEST_CASE("A reviewer on a PC of their own: the profile made there reaches the lead's and the "
          "annotator's PCs with the first verdict, by name and as a reviewer",
          "[sync][review][flow]")
{
    ReviewFlow lab;
    // Anna's work, done on her PC.
    Store &annas = *lab.annasPc->store;
    const Item item = annas.items(lab.task.id).first();
    Annotation box{QString(), lab.task.id, item.id, lab.anna.id, AnnotationKind::Box, QStringLiteral("Buffer"),
                   test::sampleValue(AnnotationKind::Box, 0), {}, false};
    const auto boxId = annas.addAnnotation(box);
    REQUIRE(boxId.ok());
    REQUIRE(annas.setSubmission({lab.task.id, item.id, lab.anna.id, SubmissionStatus::Done, {}, 5}, lab.anna.id).ok());
    lab.annasPc->sync();

    // Sem, a second reviewer, starts on a PC of his own: his profile is made there, and the
    // first sync brings the task and everyone's work (a reviewer's PC reads everything).
    Pc semsPc(QStringLiteral("sem"), lab.share);
    const auto sem = semsPc.store->addProfile(QStringLiteral("Sem"), Role::Reviewer);
    REQUIRE(sem.ok());
    semsPc.sync();
    const auto task = semsPc.store->task(lab.task.id);
    REQUIRE(task);
    REQUIRE(semsPc.store->annotations(item.id, lab.anna.id).size() == 1);
    QList<ReviewEntry> queue = ReviewQueue::build(*semsPc.store, *task);
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].annotator == lab.anna.id);
    CHECK(semsPc.store->findProfile(lab.anna.id)->name == QLatin1String("Anna"));
    {
        ItemDocument doc(*semsPc.store, *task, *semsPc.store->item(item.id), *sem);
        REQUIRE(Commands::setVerdict(doc, {item.id, lab.anna.id, Verdict::Rejected, QStringLiteral("Box te ruim"),
                                           boxId->id, {}}).ok());
    }
    semsPc.sync();

    // The lead's PC and Anna's learn who Sem is from his reviews file, and take his verdict.
    for (Pc *pc : {lab.lead.get(), lab.annasPc.get()}) {
        INFO(pc->name.toStdString());
        pc->sync();
        const auto known = pc->store->findProfile(sem->id);
        REQUIRE(known);
        CHECK(known->name == QLatin1String("Sem"));
        CHECK(known->role == Role::Reviewer);
        const auto verdict = pc->store->review(item.id, lab.anna.id);
        REQUIRE(verdict);
        CHECK(verdict->reviewer == sem->id);
        CHECK(verdict->verdict == Verdict::Rejected);
    }
    CHECK(ReviewQueue::feedback(annas, item.id, lab.anna.id));
    const auto atLead = ReviewQueue::entry(*lab.lead->store, lab.task, item.id, lab.anna.id);
    REQUIRE(atLead);
    CHECK(atLead->state == ReviewState::Feedback);
}
