// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's dashboard figures (issue 12, point 7; core/quality/teamfigures.h) on a real
// store: progress and review outcomes per person, agreement and gold per person and kind of
// work per week (one person's work merged with a date two weeks back), the items with the most
// disagreement, and an annotator's own view that holds nothing about anyone else.
#include "quality/teamfigures.h"
#include "store/store.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

Schema figuresSchema()
{
    const QByteArray json = R"({
      "format": 1,
      "labels": [
        {"name": "Auto", "colour": "#1f77b4", "kinds": ["box"]},
        {"name": "Fiets", "colour": "#d62728", "kinds": ["box"]}
      ],
      "questions": [
        {"id": "genre", "text": "Genre", "type": "choice", "choices": ["nieuws", "sport"]},
        {"id": "opmerking", "text": "Opmerking", "type": "text"}
      ]
    })";
    auto schema = Schema::fromJson(json, QStringLiteral("figures-schema.json"));
    REQUIRE(schema.ok());
    return *schema;
}

QJsonObject rect(double x, double y)
{
    return {{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("w"), 10}, {QStringLiteral("h"), 10}};
}

struct Lab
{
    Lab()
    {
        REQUIRE(dir.isValid());
        store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
        lotte = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        rik = *store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
        anna = *store->addProfile(QStringLiteral("Anna"), Role::Annotator);
        bram = *store->addProfile(QStringLiteral("Bram"), Role::Annotator);
        cem = *store->addProfile(QStringLiteral("Cem"), Role::Annotator);
        dirk = *store->addProfile(QStringLiteral("Dirk"), Role::Annotator);
        task = test::createTask(*store, lotte, figuresSchema(), QList<MediaKind>(3, MediaKind::Image), dir.path());
        items = store->items(task.id);
    }

    void add(const Profile &who, int item, AnnotationKind kind, const char *label, const QJsonObject &value)
    {
        Annotation a{QString(), task.id, items[item].id, who.id, kind, QString::fromLatin1(label), value, {}, false};
        REQUIRE(store->addAnnotation(a).ok());
    }
    void box(const Profile &who, int item, const char *label, double x, double y)
    {
        add(who, item, AnnotationKind::Box, label, rect(x, y));
    }
    void genre(const Profile &who, int item, const char *answer)
    {
        add(who, item, AnnotationKind::Answer, "genre", {{QStringLiteral("answer"), QString::fromLatin1(answer)}});
    }
    void done(const Profile &who, int item, qint64 ms = 60'000)
    {
        REQUIRE(store->setSubmission({task.id, items[item].id, who.id, SubmissionStatus::Done, {}, ms}, who.id).ok());
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile lotte, rik, anna, bram, cem, dirk;
    Task task;
    QList<Item> items;
};

const PersonProgress &progressOf(const TaskFigures &f, const Profile &who)
{
    for (const PersonProgress &p : f.progress)
        if (p.person == who.id)
            return p;
    FAIL("no progress for " << who.name.toStdString());
    return f.total;
}

std::optional<PersonSeries> seriesOf(const QList<PersonSeries> &list, const Profile &who, const QString &work)
{
    for (const PersonSeries &s : list)
        if (s.person == who.id && s.work == work)
            return s;
    return std::nullopt;
}

} // namespace

TEST_CASE("Dashboard figures - progress, review outcomes, agreement and gold per person and week, most disagreement",
          "[figures]")
{
    Lab lab;
    // Item 0: Anna and Bram a car, Cem the same spot as a bike. Lotte's reference: the car.
    lab.box(lab.anna, 0, "Auto", 0, 0);
    lab.box(lab.bram, 0, "Auto", 0, 0);
    lab.box(lab.cem, 0, "Fiets", 0, 0);
    lab.box(lab.lotte, 0, "Auto", 0, 0);
    REQUIRE(lab.store->setGold(lab.items[0].id, lab.lotte.id, true).ok());
    // Item 1: a genre only.
    lab.genre(lab.anna, 1, "nieuws");
    lab.genre(lab.bram, 1, "nieuws");
    lab.genre(lab.dirk, 1, "sport");
    // Item 2: two boxes far apart.
    lab.box(lab.anna, 2, "Auto", 0, 0);
    lab.box(lab.bram, 2, "Auto", 200, 200);
    for (int item : {0, 1, 2}) {
        lab.done(lab.anna, item);
        lab.done(lab.bram, item, 30'000);
    }
    lab.done(lab.cem, 0);
    lab.done(lab.lotte, 0); // the reference's author marked it done too: still nobody's partner
    // Dirk starts on item 0 and does not finish: nobody is compared with half-done work (were
    // he, Anna's boxes would read 2 of 8 below, not 2 of 6).
    lab.box(lab.dirk, 0, "Fiets", 500, 500);

    // Dirk marked item 1 done two weeks ago: Anna's op for it, made his and dated then.
    const QString annasDone = Submission::submissionId(lab.items[1].id, lab.anna.id);
    std::optional<Op> old;
    for (const Op &op : lab.store->ops())
        if (op.entity == QLatin1String("submission") && op.entityId == annasDone)
            old = op;
    REQUIRE(old);
    old->id = QStringLiteral("dirk-done-two-weeks-ago");
    old->author = lab.dirk.id;
    old->entityId = Submission::submissionId(lab.items[1].id, lab.dirk.id);
    old->key.insert(QStringLiteral("annotator"), lab.dirk.id);
    old->fields.insert(QStringLiteral("timeSpentMs"), 5000);
    const qint64 twoWeeksAgo = QDateTime::currentMSecsSinceEpoch() - qint64(14) * 24 * 3600 * 1000;
    old->hlc = Hlc(twoWeeksAgo, 0, old->hlc.device());
    const auto merged = lab.store->merge({*old});
    INFO((merged.ok() ? QString() : merged.error().message()).toStdString());
    REQUIRE(merged.ok());

    // Rik rejects Anna's far-off box.
    REQUIRE(lab.store->setReview({lab.task.id, lab.items[2].id, lab.anna.id, lab.rik.id, Verdict::Rejected,
                                  QStringLiteral("Waar is de auto?")}, lab.rik.id).ok());

    const TaskFigures f = TeamFigures::compute(*lab.store, lab.task);
    REQUIRE_FALSE(lab.store->hasReadError());

    SECTION("progress and review outcomes")
    {
        const PersonProgress &anna = progressOf(f, lab.anna);
        CHECK(anna.assigned == 3); // nobody assigned anything: everyone has every item
        CHECK(anna.done == 2); // item 2 came back with feedback: to do again, as in her queue
        CHECK(anna.toDo() == 1);
        CHECK(anna.timeSpentMs == 180'000);
        CHECK(anna.feedback == 1);
        const PersonProgress &bram = progressOf(f, lab.bram);
        CHECK(bram.timeSpentMs == 90'000);
        CHECK(bram.inReview == 1); // item 2: a tie the consensus cannot settle (decision 0021)
        CHECK(bram.feedback == 0);
        const PersonProgress &cem = progressOf(f, lab.cem);
        CHECK(cem.done == 1);
        CHECK(cem.toDo() == 2);
        CHECK(progressOf(f, lab.dirk).timeSpentMs == 5000);
        CHECK(f.total.done == 2 + 3 + 1 + 1 + 1);
        CHECK(f.total.feedback == 1);
    }
    SECTION("agreement per person and kind of work, the reference layer left out")
    {
        REQUIRE(f.works == QStringList{QStringLiteral("box"), TeamFigures::questionWork(QStringLiteral("genre"))});
        // Anna's boxes: with Bram on item 0 (2 of 2), with Cem (matched, other label: 0 of 2),
        // with Bram on item 2 (apart: 0 of 2).
        const auto annaBoxes = seriesOf(f.agreement, lab.anna, QStringLiteral("box"));
        REQUIRE(annaBoxes);
        CHECK(annaBoxes->overall == Approx(2.0 / 6.0));
        CHECK(annaBoxes->items == 2);
        REQUIRE(annaBoxes->weeks.size() == 1);
        CHECK(annaBoxes->weeks[0].week == TeamFigures::weekOf(Hlc(QDateTime::currentMSecsSinceEpoch(), 0, {})));
        CHECK(annaBoxes->weeks[0].items == 2);
        const auto annaGenre = seriesOf(f.agreement, lab.anna, TeamFigures::questionWork(QStringLiteral("genre")));
        REQUIRE(annaGenre);
        CHECK(annaGenre->overall == Approx(0.5)); // Bram the same, Dirk not
        // Dirk's only item counts in the week he marked it done.
        const auto dirkGenre = seriesOf(f.agreement, lab.dirk, TeamFigures::questionWork(QStringLiteral("genre")));
        REQUIRE(dirkGenre);
        REQUIRE(dirkGenre->weeks.size() == 1);
        CHECK(dirkGenre->weeks[0].week == TeamFigures::weekOf(Hlc(twoWeeksAgo, 0, {})));
        CHECK(dirkGenre->weeks[0].week.dayOfWeek() == 1);
        CHECK(dirkGenre->weeks[0].value == Approx(0.0));
        CHECK(dirkGenre->weeks[0].week.daysTo(annaGenre->weeks[0].week) == 14);
        CHECK_FALSE(seriesOf(f.agreement, lab.lotte, QStringLiteral("box"))); // the gold reference
        CHECK_FALSE(seriesOf(f.agreement, lab.anna, TeamFigures::questionWork(QStringLiteral("opmerking"))));
    }
    SECTION("gold per person")
    {
        CHECK(f.goldItems == 1);
        const auto anna = seriesOf(f.gold, lab.anna, QStringLiteral("box"));
        REQUIRE(anna);
        CHECK(anna->overall == Approx(1.0));
        CHECK(anna->items == 1);
        const auto cem = seriesOf(f.gold, lab.cem, QStringLiteral("box"));
        REQUIRE(cem);
        CHECK(cem->overall == Approx(0.0));
        CHECK_FALSE(seriesOf(f.gold, lab.dirk, QStringLiteral("box"))); // never did the gold item
    }
    SECTION("the items with the most disagreement, most first")
    {
        REQUIRE(f.mostDisagreement.size() == 3);
        CHECK(f.mostDisagreement[0].item.id == lab.items[2].id);
        CHECK(f.mostDisagreement[0].disagreement == Approx(1.0));
        QStringList annaAndBram{lab.anna.id, lab.bram.id};
        annaAndBram.sort(); // by profile id
        CHECK(f.mostDisagreement[0].people == annaAndBram);
        CHECK(f.mostDisagreement[1].item.id == lab.items[0].id); // A–B agree, A–C and B–C not
        CHECK(f.mostDisagreement[1].disagreement == Approx(2.0 / 3.0));
        CHECK(f.mostDisagreement[2].item.id == lab.items[1].id);
        CHECK(TeamFigures::compute(*lab.store, lab.task, 1).mostDisagreement.size() == 1);
    }
    SECTION("an annotator's own view holds only their progress")
    {
        const TaskFigures own = TeamFigures::compute(*lab.store, lab.task, 20, lab.anna.id);
        REQUIRE(own.progress.size() == 1);
        CHECK(own.progress[0].person == lab.anna.id);
        CHECK(own.progress[0].feedback == 1);
        CHECK(own.agreement.isEmpty());
        CHECK(own.gold.isEmpty());
        CHECK(own.mostDisagreement.isEmpty());
        CHECK(own.works.isEmpty());
    }
}
