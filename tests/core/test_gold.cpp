// SPDX-License-Identifier: GPL-3.0-or-later
// Gold items (issue 12, point 5; decision 0021) on a real store file: the team lead's mark as
// an op, each person's score against the lead's reference layer per kind and per question on
// hand-made cases, and the marks merge refuses.
#include "document/commands.h"
#include "document/itemdocument.h"
#include "quality/goldscore.h"
#include "quality/reviewqueue.h"
#include "quality/verdicts.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

Schema goldSchema()
{
    const QByteArray json = R"({
      "format": 1,
      "labels": [
        {"name": "Auto", "colour": "#1f77b4", "kinds": ["box"]},
        {"name": "Fiets", "colour": "#d62728", "kinds": ["box"]}
      ],
      "questions": [
        {"id": "genre", "text": "Genre", "type": "choice", "choices": ["nieuws", "sport"]},
        {"id": "kwaliteit", "text": "Hoe goed?", "type": "rating", "min": 1, "max": 5}
      ]
    })";
    auto schema = Schema::fromJson(json, QStringLiteral("gold-schema.json"));
    REQUIRE(schema.ok());
    return *schema;
}

QJsonObject rect(double x, double y, double w, double h)
{
    return {{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("w"), w}, {QStringLiteral("h"), h}};
}

/// A store with a team lead, a reviewer and four annotators, and a task of three image items.
struct GoldLab
{
    GoldLab()
    {
        REQUIRE(dir.isValid());
        store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
        lotte = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        rik = *store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
        for (const char *name : {"Anna", "Bram", "Cem", "Dirk"})
            people << *store->addProfile(QString::fromLatin1(name), Role::Annotator);
        task = test::createTask(*store, lotte, goldSchema(), QList<MediaKind>(3, MediaKind::Image), dir.path());
        items = store->items(task.id);
    }

    void box(const Profile &who, int item, const char *label, const QJsonObject &value)
    {
        Annotation a{QString(), task.id, items[item].id, who.id, AnnotationKind::Box,
                     QString::fromLatin1(label), value, {}, false};
        auto added = store->addAnnotation(a);
        INFO((added.ok() ? QString() : added.error().message()).toStdString());
        REQUIRE(added.ok());
    }

    void answer(const Profile &who, int item, const char *question, const QJsonValue &value)
    {
        Annotation a{QString(), task.id, items[item].id, who.id, AnnotationKind::Answer,
                     QString::fromLatin1(question), QJsonObject{{QStringLiteral("answer"), value}}, {}, false};
        auto added = store->addAnnotation(a);
        INFO((added.ok() ? QString() : added.error().message()).toStdString());
        REQUIRE(added.ok());
    }

    void done(const Profile &who, int item)
    {
        REQUIRE(store->setSubmission({task.id, items[item].id, who.id, SubmissionStatus::Done, {}, 10}, who.id).ok());
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile lotte, rik;
    QList<Profile> people;
    Task task;
    QList<Item> items;
};

const PersonGoldScore *scoreOf(const GoldReport &report, const Profile &who)
{
    for (const PersonGoldScore &p : report.people)
        if (p.person == who.id)
            return &p;
    return nullptr;
}

const GoldKindScore *boxesOf(const PersonGoldScore &p)
{
    for (const GoldKindScore &k : p.kinds)
        if (k.counts.kind == AnnotationKind::Box)
            return &k;
    return nullptr;
}

const GoldQuestionScore *questionOf(const PersonGoldScore &p, const char *id)
{
    for (const GoldQuestionScore &q : p.questions)
        if (q.question == QLatin1String(id))
            return &q;
    return nullptr;
}

} // namespace

TEST_CASE("Gold scores per kind and question - exact work, a missed box, a wrong label and a wrong answer", "[gold]")
{
    GoldLab lab;
    const Profile &anna = lab.people[0], &bram = lab.people[1], &cem = lab.people[2], &dirk = lab.people[3];
    // Lotte's reference on item 0: a car and a bike, "nieuws", quality 4.
    lab.box(lab.lotte, 0, "Auto", rect(0, 0, 100, 100));
    lab.box(lab.lotte, 0, "Fiets", rect(300, 0, 100, 100));
    lab.answer(lab.lotte, 0, "genre", QStringLiteral("nieuws"));
    lab.answer(lab.lotte, 0, "kwaliteit", 4);
    REQUIRE(lab.store->setGold(lab.items[0].id, lab.lotte.id, true).ok());

    // Anna: exactly the reference (a few pixels off).
    lab.box(anna, 0, "Auto", rect(2, 0, 100, 100));
    lab.box(anna, 0, "Fiets", rect(300, 3, 100, 100));
    lab.answer(anna, 0, "genre", QStringLiteral("nieuws"));
    lab.answer(anna, 0, "kwaliteit", 4);
    // Bram: misses the bike.
    lab.box(bram, 0, "Auto", rect(0, 0, 100, 100));
    lab.answer(bram, 0, "genre", QStringLiteral("nieuws"));
    lab.answer(bram, 0, "kwaliteit", 4);
    // Cem: the bike labelled a car.
    lab.box(cem, 0, "Auto", rect(0, 0, 100, 100));
    lab.box(cem, 0, "Auto", rect(300, 0, 100, 100));
    lab.answer(cem, 0, "genre", QStringLiteral("nieuws"));
    lab.answer(cem, 0, "kwaliteit", 4);
    // Dirk: the boxes right, the wrong genre, no quality answer at all.
    lab.box(dirk, 0, "Auto", rect(0, 0, 100, 100));
    lab.box(dirk, 0, "Fiets", rect(300, 0, 100, 100));
    lab.answer(dirk, 0, "genre", QStringLiteral("sport"));
    for (const Profile &p : lab.people)
        lab.done(p, 0);
    // Work on an item that is not gold does not count.
    lab.box(anna, 1, "Fiets", rect(0, 0, 10, 10));
    lab.done(anna, 1);

    const GoldReport report = GoldScore::ofTask(*lab.store, lab.task);
    CHECK(report.goldItems == 1);
    REQUIRE(report.people.size() == 4); // the lead's own layer is not scored
    CHECK_FALSE(scoreOf(report, lab.lotte));

    const PersonGoldScore *a = scoreOf(report, anna);
    REQUIRE(a);
    CHECK(a->items == 1);
    REQUIRE(boxesOf(*a));
    CHECK(boxesOf(*a)->correct() == 2);
    CHECK(boxesOf(*a)->score() == Approx(1.0));
    CHECK(*questionOf(*a, "genre")->score() == Approx(1.0));
    CHECK(*questionOf(*a, "kwaliteit")->score() == Approx(1.0));

    const PersonGoldScore *b = scoreOf(report, bram);
    REQUIRE(b);
    CHECK(boxesOf(*b)->correct() == 1);
    CHECK(boxesOf(*b)->missed() == 1);
    CHECK(boxesOf(*b)->extra() == 0);
    CHECK(boxesOf(*b)->score() == Approx(2.0 / 3.0)); // 2·1 / (1 + 2)

    const PersonGoldScore *c = scoreOf(report, cem);
    REQUIRE(c);
    CHECK(boxesOf(*c)->counts.matched == 2);
    CHECK(boxesOf(*c)->wrongLabel() == 1);
    CHECK(boxesOf(*c)->score() == Approx(0.5)); // 2·1 / (2 + 2)
    CHECK(*questionOf(*c, "genre")->score() == Approx(1.0));

    const PersonGoldScore *d = scoreOf(report, dirk);
    REQUIRE(d);
    CHECK(boxesOf(*d)->score() == Approx(1.0));
    CHECK(questionOf(*d, "genre")->items == 1);
    CHECK(questionOf(*d, "genre")->correct == 0);
    CHECK(*questionOf(*d, "genre")->score() == Approx(0.0));
    CHECK(*questionOf(*d, "kwaliteit")->score() == Approx(0.0)); // no answer where gold has one

    // Unmarked: no gold, nobody scored; the mark is an op like every change.
    const qint64 ops = lab.store->opCount();
    REQUIRE(lab.store->setGold(lab.items[0].id, lab.lotte.id, false).ok());
    CHECK(lab.store->opCount() == ops + 1);
    CHECK(lab.store->goldMarks(lab.task.id).isEmpty());
    CHECK(lab.store->goldMarks(lab.task.id, true).size() == 1);
    const GoldReport none = GoldScore::ofTask(*lab.store, lab.task);
    CHECK(none.goldItems == 0);
    CHECK(none.people.isEmpty());
}

TEST_CASE("Assigning in turn gives the gold items to everyone - the other items in turn", "[gold][assign]")
{
    GoldLab lab;
    const Profile &anna = lab.people[0], &bram = lab.people[1], &cem = lab.people[2];
    lab.box(lab.lotte, 1, "Auto", rect(0, 0, 100, 100));
    REQUIRE(lab.store->setGold(lab.items[1].id, lab.lotte.id, true).ok());
    const auto made = lab.store->assignRoundRobin(lab.task.id, {anna.id, bram.id, cem.id}, 1, lab.lotte.id);
    REQUIRE(made.ok());
    CHECK(*made == 1 + 3 + 1);
    QHash<QString, QStringList> assigned = lab.store->assignments(lab.task.id);
    for (QStringList &people : assigned)
        people.sort();
    QStringList everyone{anna.id, bram.id, cem.id};
    everyone.sort();
    CHECK(assigned.value(lab.items[1].id) == everyone);
    CHECK(assigned.value(lab.items[0].id).size() == 1);
    CHECK(assigned.value(lab.items[2].id).size() == 1);
    // The turn skips the gold item: the items around it go to the first two people.
    CHECK(assigned.value(lab.items[0].id) == QStringList{anna.id});
    CHECK(assigned.value(lab.items[2].id) == QStringList{bram.id});
}

TEST_CASE("Marking gold is one undo step - undo and redo give the mark back as it was - another "
          "lead's mark is theirs to take away",
          "[gold][undo]")
{
    GoldLab lab;
    const Profile max = *lab.store->addProfile(QStringLiteral("Max"), Role::TeamLead);
    ItemDocument lotteDoc(*lab.store, lab.task, lab.items[0], lab.lotte);
    const auto markedBy = [&]() -> QString {
        const QList<GoldMark> marks = lab.store->goldMarks(lab.task.id);
        REQUIRE(marks.size() <= 1);
        return marks.isEmpty() ? QString() : marks.first().reference;
    };
    REQUIRE(Commands::setGold(lotteDoc, true).ok());
    CHECK(markedBy() == lab.lotte.id);
    lotteDoc.undoStack()->undo();
    CHECK(markedBy().isEmpty());
    lotteDoc.undoStack()->redo();
    CHECK(markedBy() == lab.lotte.id);

    // Max, another lead, cannot take Lotte's mark away: her layer is the reference.
    ItemDocument maxDoc(*lab.store, lab.task, lab.items[0], max);
    const auto refused = Commands::setGold(maxDoc, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QLatin1String("only Lotte can take the mark away")));
    CHECK(markedBy() == lab.lotte.id);
    CHECK(maxDoc.undoStack()->count() == 0);
    CHECK(Commands::setGold(maxDoc, true).ok()); // already gold: nothing to do, nothing changes
    CHECK(markedBy() == lab.lotte.id);
    CHECK(maxDoc.undoStack()->count() == 0);

    // Lotte unmarks; undo gives back her mark, not anyone else's.
    REQUIRE(Commands::setGold(lotteDoc, false).ok());
    CHECK(markedBy().isEmpty());
    lotteDoc.undoStack()->undo();
    CHECK(markedBy() == lab.lotte.id);
}

TEST_CASE("A multichoice answer is the same as gold whatever the order of its choices", "[gold]")
{
    CHECK(GoldScore::sameAnswer(QJsonArray{QStringLiteral("b"), QStringLiteral("a")},
                                QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    CHECK_FALSE(GoldScore::sameAnswer(QJsonArray{QStringLiteral("a")},
                                      QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    CHECK_FALSE(GoldScore::sameAnswer(QJsonValue(), QStringLiteral("a")));
}

TEST_CASE("Only a team lead marks gold - a forged mark is refused whole at merge", "[gold][merge][security]")
{
    GoldLab lab;
    const Profile &anna = lab.people[0];
    auto byAnna = lab.store->setGold(lab.items[0].id, anna.id, true);
    REQUIRE_FALSE(byAnna.ok());
    CHECK(byAnna.error().message().contains(QStringLiteral("only a team lead marks gold items; Anna is not one")));
    auto byRik = lab.store->setGold(lab.items[0].id, lab.rik.id, true);
    REQUIRE_FALSE(byRik.ok());
    CHECK(lab.store->goldMarks(lab.task.id, true).isEmpty());

    const QString hlc = QStringLiteral("%1.000000.forgedevice").arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'));
    const auto goldOp = [&](const QString &id, const Profile &author, const QString &reference) {
        const QJsonObject json{
                {QStringLiteral("id"), id},
                {QStringLiteral("hlc"), hlc},
                {QStringLiteral("author"), author.id},
                {QStringLiteral("entity"), QStringLiteral("gold")},
                {QStringLiteral("entityId"), lab.items[0].id},
                {QStringLiteral("key"), QJsonObject{{QStringLiteral("task"), lab.task.id}, {QStringLiteral("item"), lab.items[0].id}}},
                {QStringLiteral("fields"), QJsonObject{{QStringLiteral("reference"), reference}, {QStringLiteral("deleted"), false}}}};
        auto op = Op::fromJson(json, QStringLiteral("test"));
        INFO((op.ok() ? QString() : op.error().message()).toStdString());
        REQUIRE(op.ok());
        return *op;
    };
    // Anna marks an item gold with her own layer as the reference, with an honest box in the
    // same batch: nothing of it is written.
    Annotation honest{QStringLiteral("honest-box"), lab.task.id, lab.items[1].id, anna.id, AnnotationKind::Box,
                      QStringLiteral("Auto"), rect(0, 0, 10, 10), {}, false};
    Change change = Store::annotationChange(honest);
    const Op honestOp{QStringLiteral("honest-1"), *Hlc::parse(hlc), anna.id, change.entity, change.entityId,
                      change.key, change.fields};
    const qint64 before = lab.store->opCount();
    auto merged = lab.store->merge({honestOp, goldOp(QStringLiteral("forged-1"), anna, anna.id)});
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().message().contains(QStringLiteral("marks item")));
    CHECK(merged.error().message().contains(QStringLiteral("Anna is not a team lead")));
    CHECK(lab.store->opCount() == before);
    CHECK_FALSE(lab.store->annotation(QStringLiteral("honest-box")));
    CHECK(lab.store->goldMarks(lab.task.id, true).isEmpty());

    // A reviewer may give verdicts but not mark gold; nor may a lead name another's layer.
    CHECK_FALSE(lab.store->merge({goldOp(QStringLiteral("forged-2"), lab.rik, lab.rik.id)}).ok());
    CHECK_FALSE(lab.store->merge({goldOp(QStringLiteral("forged-3"), lab.lotte, anna.id)}).ok());
    CHECK(lab.store->goldMarks(lab.task.id, true).isEmpty());

    // The lead's own mark merges.
    REQUIRE(lab.store->merge({goldOp(QStringLiteral("lotte-1"), lab.lotte, lab.lotte.id)}).ok());
    const QList<GoldMark> marks = lab.store->goldMarks(lab.task.id);
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().itemId == lab.items[0].id);
    CHECK(marks.first().reference == lab.lotte.id);
}

TEST_CASE("Work whose consensus no majority settles is in the review queue until a correction stands", "[gold][consensus][review]")
{
    GoldLab lab; // no review policy at all
    const Profile &anna = lab.people[0], &bram = lab.people[1];
    // Item 0: the same box, other labels. Item 1: the same box and label: settled.
    lab.box(anna, 0, "Auto", rect(0, 0, 100, 100));
    lab.box(bram, 0, "Fiets", rect(2, 0, 100, 100));
    lab.box(anna, 1, "Auto", rect(0, 0, 100, 100));
    lab.box(bram, 1, "Auto", rect(0, 0, 100, 100));
    for (int item : {0, 1}) {
        lab.done(anna, item);
        lab.done(bram, item);
    }
    QList<ReviewEntry> queue = ReviewQueue::build(*lab.store, lab.task);
    REQUIRE(queue.size() == 2);
    for (const ReviewEntry &e : queue) {
        CHECK(e.item.id == lab.items[0].id);
        CHECK(e.reasons == QList<ReviewReason>{ReviewReason::Unsettled});
        CHECK(e.details.first().english() == QStringLiteral("the consensus cannot settle the box (\"Auto\", \"Fiets\")"));
    }
    CHECK(ReviewQueue::awaitsVerdict(*lab.store, lab.task, lab.items[0].id, anna.id));

    // Rik fixes Anna's work: his copy is the item's consensus, so nothing is unsettled any
    // more; Bram's work leaves the queue, Anna's stays with its verdict.
    REQUIRE(Verdicts::give(*lab.store, lab.task, lab.rik, {lab.items[0].id, anna.id, Verdict::Corrected, {}, {}, {}}, true).ok());
    queue = ReviewQueue::build(*lab.store, lab.task);
    REQUIRE(queue.size() == 1);
    CHECK(queue.first().annotator == anna.id);
    CHECK(queue.first().state == ReviewState::Corrected);
    CHECK_FALSE(queue.first().reasons.contains(ReviewReason::Unsettled));
}
