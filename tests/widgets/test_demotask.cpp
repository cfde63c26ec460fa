// SPDX-License-Identifier: GPL-3.0-or-later
// The demo tasks embedded in the program: one per lab job, each with the labels or questions
// that job needs, its own instructions and media; installing twice creates nothing new, and a
// store with the earlier single mixed demo task keeps that task as it was.

#include "demotask.h"

#include "model/questions.h"
#include "model/schema.h"
#include "store/store.h"
#include "store/taskbuilder.h"

#include <QDir>
#include <QSet>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include "catchqt.h"

using namespace annostraat;

namespace {

struct Expected
{
    QString job;
    int items;
    MediaKind kind;
};

const QList<Expected> kExpected = {
        {QStringLiteral("dike-cracks"), 2, MediaKind::Image},
        {QStringLiteral("train-buffers"), 2, MediaKind::Image},
        {QStringLiteral("lamp-posts"), 2, MediaKind::Image},
        {QStringLiteral("erosion"), 2, MediaKind::Image},
        {QStringLiteral("thumbnails"), 3, MediaKind::Image},
        {QStringLiteral("thumbnail-pairs"), 3, MediaKind::ImagePair},
        {QStringLiteral("news"), 3, MediaKind::Text},
        {QStringLiteral("cv"), 3, MediaKind::Text},
        {QStringLiteral("weather-reports"), 3, MediaKind::Text},
        {QStringLiteral("program-parts"), 1, MediaKind::Video},
        {QStringLiteral("ad-breaks"), 1, MediaKind::Video},
};

struct Lab
{
    Lab()
    {
        REQUIRE(dir.isValid());
        auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        REQUIRE(opened.ok());
        store = std::move(*opened);
        auto added = store->addProfile(QStringLiteral("Bram"), Role::TeamLead);
        REQUIRE(added.ok());
        author = added->id;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString author;
};

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

/// Every file below the demo media folder with its hash, to see that nothing was rewritten.
QMap<QString, QString> mediaState(const QString &folder)
{
    QMap<QString, QString> state;
    const QStringList jobs = DemoTask::jobs();
    for (const QString &job : jobs)
        for (const QString &name : filesIn(QDir(folder).filePath(job)))
            state.insert(job + QLatin1Char('/') + name,
                         *sha256OfFile(QDir(folder).filePath(job + QLatin1Char('/') + name)));
    return state;
}

const QuestionSpec &question(const Task &task, const QString &id)
{
    const QuestionSpec *q = task.schema.question(id);
    INFO(id.toStdString());
    REQUIRE(q);
    return *q;
}

} // namespace

TEST_CASE("demo: eleven tasks, one per lab job - own items, valid schema, instructions", "[demo]")
{
    Lab lab;
    REQUIRE(DemoTask::jobs().size() == kExpected.size());
    auto installed = DemoTask::install(*lab.store, lab.author);
    INFO((installed ? QString() : installed.error().message()).toStdString());
    REQUIRE(installed.ok());
    REQUIRE(installed->size() == kExpected.size());
    REQUIRE(lab.store->tasks().size() == kExpected.size());

    for (int i = 0; i < kExpected.size(); ++i) {
        const Expected &e = kExpected.at(i);
        const Task &task = installed->at(i);
        INFO(e.job.toStdString());
        CHECK(DemoTask::jobs().at(i) == e.job);
        // Numbered, so the task list (sorted by name) shows them in job order.
        CHECK(task.name.startsWith(QStringLiteral("Demo %1: ").arg(i + 1)));
        CHECK(task.name == DemoTask::taskName(e.job));
        CHECK(task.mediaKind == e.kind);

        // The schema in the program is valid on its own, and the task holds it.
        QFile schemaFile(QStringLiteral(":/demo/%1/schema.json").arg(e.job));
        REQUIRE(schemaFile.open(QIODevice::ReadOnly));
        auto schema =
                Schema::fromJson(schemaFile.readAll(), e.job + QStringLiteral("/schema.json"));
        INFO((schema ? QString() : schema.error().message()).toStdString());
        REQUIRE(schema.ok());
        CHECK(schema->toJson() == task.schema.toJson());

        // Dutch first, English below it, and the undo key in both.
        CHECK(task.instructions.startsWith(QStringLiteral("# Demo: ")));
        CHECK(task.instructions.count(QStringLiteral("Ctrl+Z")) >= 2);
        CHECK(task.instructions.contains(QStringLiteral("\n## ")));

        const QList<Item> items = lab.store->items(task.id);
        REQUIRE(items.size() == e.items);
        const QString folder = DemoTask::mediaFolder(lab.store->path(), e.job);
        CHECK(folder == QDir(lab.dir.path()).filePath(QStringLiteral("demo-media/") + e.job));
        for (const Item &item : items) {
            CHECK(item.kind == e.kind);
            CHECK(QFileInfo(item.mediaPath).absolutePath() == folder);
            CHECK(*sha256OfFile(item.mediaPath) == item.sha256);
            if (e.kind == MediaKind::Video) {
                // The facts come from the video's packet index: 29 s and 30 s at 25 fps, and
                // the ad-break broadcast's own start timecode.
                CHECK(item.facts.frameCount == (e.job == QLatin1String("ad-breaks") ? 750 : 725));
                CHECK(item.facts.frameRateNumerator == 25);
                CHECK(item.facts.frameRateDenominator == 1);
                CHECK(item.facts.startTimecode ==
                      (e.job == QLatin1String("ad-breaks") ? QStringLiteral("10:00:00:00") : QString()));
            }
            if (e.kind == MediaKind::ImagePair) {
                const ItemMedium *b = item.medium(QStringLiteral("B"));
                REQUIRE(b);
                CHECK(QFileInfo(item.mediaPath).fileName().endsWith(QStringLiteral("_A.jpg")));
                CHECK(QFileInfo(b->mediaPath).fileName().endsWith(QStringLiteral("_B.jpg")));
                CHECK(QFileInfo(b->mediaPath).absolutePath() == folder);
            }
        }
        // Each job's folder holds exactly its media: 2 files per pair item and per text with
        // its reference, one otherwise.
        const bool twoEach = e.kind == MediaKind::ImagePair || e.job == QLatin1String("weather-reports");
        CHECK(filesIn(folder).size() == e.items * (twoEach ? 2 : 1));
        for (const Item &item : items) {
            const ItemMedium *reference = item.medium(QStringLiteral("reference"));
            CHECK(bool(reference) == (e.job == QLatin1String("weather-reports")));
            if (reference) {
                CHECK(QFileInfo(reference->mediaPath).absolutePath() == folder);
                CHECK(QFileInfo(reference->mediaPath).completeBaseName() ==
                      QFileInfo(item.mediaPath).completeBaseName() + QStringLiteral(".ref"));
            }
        }
        const auto found = DemoTask::find(*lab.store, e.job);
        REQUIRE(found);
        CHECK(found->id == task.id);
    }

    // What each job asks for.
    const QList<Task> &t = *installed;
    auto labelNames = [](const Task &task) {
        QStringList names;
        for (const LabelSpec &l : task.schema.labels())
            names << l.name;
        return names;
    };
    CHECK(labelNames(t.at(0)) == QStringList{QStringLiteral("Scheur")});
    CHECK(t.at(0).schema.labels().first().kinds == QList<AnnotationKind>{AnnotationKind::Crack});
    CHECK(labelNames(t.at(1)) == QStringList{QStringLiteral("Buffer")});
    CHECK(labelNames(t.at(2)) == QStringList{QStringLiteral("Schade")});
    CHECK(labelNames(t.at(3)) == QStringList{QStringLiteral("Kale plek")});
    CHECK(t.at(3).schema.labels().first().kinds == QList<AnnotationKind>{AnnotationKind::Polygon});
    for (int i = 0; i < 4; ++i)
        CHECK(t.at(i).schema.questions().isEmpty());
    for (int i = 4; i < 7; ++i)
        CHECK(t.at(i).schema.labels().isEmpty());
    // The CVs: the lab's 18 entity types as spans, each with its own key and colour.
    CHECK(t.at(7).schema.questions().isEmpty());
    REQUIRE(t.at(7).schema.labels().size() == 18);
    {
        QSet<QString> keys, colours;
        for (const LabelSpec &l : t.at(7).schema.labels()) {
            CHECK(l.kinds == QList<AnnotationKind>{AnnotationKind::Span});
            keys.insert(l.hotkey.toLower());
            colours.insert(l.colour.name());
        }
        CHECK(keys.size() == 18);
        CHECK(colours.size() == 18);
    }
    CHECK(labelNames(t.at(7)).contains(QStringLiteral("Persoonlijke_Eigenschap")));
    // The weather reports: spans for unsupported claims and questions on the whole report.
    CHECK(labelNames(t.at(8)) == QStringList{QStringLiteral("niet onderbouwd"),
                                             QStringLiteral("onjuist getal"),
                                             QStringLiteral("verkeerde plaats"),
                                             QStringLiteral("overdreven")});
    CHECK(question(t.at(8), QStringLiteral("juistheid")).required);
    CHECK(question(t.at(8), QStringLiteral("toon")).required);
    CHECK_FALSE(question(t.at(8), QStringLiteral("opmerking")).required);

    // The lamp posts: a box with the kind of damage and how bad it is.
    const LabelSpec &damage = t.at(2).schema.labels().first();
    CHECK(damage.kinds == QList<AnnotationKind>{AnnotationKind::Box});
    const AttributeSpec *kind = damage.attribute(QStringLiteral("soort"));
    REQUIRE(kind);
    CHECK(kind->type == AttributeSpec::Type::Choice);
    CHECK(kind->choices.contains(QStringLiteral("graffiti")));
    const AttributeSpec *severity = damage.attribute(QStringLiteral("ernst"));
    REQUIRE(severity);
    CHECK(severity->type == AttributeSpec::Type::Int);
    CHECK(severity->min == 1.0);
    CHECK(severity->max == 5.0);
    CHECK(severity->check(QJsonValue(6)).ok() == false);

    // The thumbnails: rating, genre, problems.
    CHECK(question(t.at(4), QStringLiteral("kwaliteit")).type == QuestionSpec::Type::Rating);
    CHECK(question(t.at(4), QStringLiteral("kwaliteit")).required);
    CHECK(question(t.at(4), QStringLiteral("genre")).type == QuestionSpec::Type::Choice);
    const QuestionSpec &problems = question(t.at(4), QStringLiteral("problemen"));
    CHECK(problems.type == QuestionSpec::Type::MultiChoice);
    CHECK(problems.choices == QStringList{QStringLiteral("wazig"), QStringLiteral("te licht"),
                                          QStringLiteral("te donker"),
                                          QStringLiteral("tekst onleesbaar")});

    // The pairs: A, B or no difference; "why" only after A or B.
    const QuestionSpec &better = question(t.at(5), QStringLiteral("beter"));
    CHECK(better.type == QuestionSpec::Type::AB);
    CHECK(better.noDifference);
    CHECK(better.check(QJsonValue(QStringLiteral("same"))).ok());

    // The news: the strength of a sentiment only when there is one, the same for the emotion.
    const Schema &news = t.at(6).schema;
    auto asked = [&](const QList<std::pair<QString, QString>> &answers) {
        Questions::ItemState state;
        state.mediaKind = MediaKind::Text;
        for (const auto &[id, answer] : answers)
            state.answers.insert(id, answer);
        QStringList ids;
        for (const QuestionSpec *q : Questions::visibleQuestions(news, state))
            ids << q->id;
        return ids;
    };
    const QString sentiment = QStringLiteral("sentiment"), strength = QStringLiteral("sterkte"),
                  emotion = QStringLiteral("emotie"),
                  emotionStrength = QStringLiteral("emotiesterkte");
    CHECK(asked({}) == QStringList{sentiment, emotion});
    CHECK(asked({{sentiment, QStringLiteral("neutraal")},
                 {emotion, QStringLiteral("geen emotie")}}) == QStringList{sentiment, emotion});
    CHECK(asked({{sentiment, QStringLiteral("negatief")}, {emotion, QStringLiteral("bang")}}) ==
          QStringList{sentiment, strength, emotion, emotionStrength});
    CHECK(asked({{sentiment, QStringLiteral("positief")}}) ==
          QStringList{sentiment, strength, emotion});
    for (const QuestionSpec &q : news.questions())
        CHECK(q.required);
}

TEST_CASE("demo: installing again creates nothing new and rewrites no file", "[demo]")
{
    Lab lab;
    auto first = DemoTask::install(*lab.store, lab.author);
    REQUIRE(first.ok());
    const QString media = DemoTask::mediaFolder(lab.store->path());
    const QMap<QString, QString> before = mediaState(media);
    REQUIRE(before.size() == 2 + 2 + 2 + 2 + 3 + 6 + 3 + 3 + 6 + 1 + 1);
    const qint64 opsBefore = lab.store->pendingOpCount();

    auto again = DemoTask::install(*lab.store, lab.author);
    REQUIRE(again.ok());
    REQUIRE(again->size() == kExpected.size());
    for (int i = 0; i < kExpected.size(); ++i)
        CHECK(again->at(i).id == first->at(i).id);
    CHECK(lab.store->tasks().size() == kExpected.size());
    CHECK(lab.store->pendingOpCount() == opsBefore);
    CHECK(mediaState(media) == before);
    CHECK(DemoTask::findAll(*lab.store).size() == kExpected.size());

    // One job's task missing (here: never made, its folder holding a stray file): only that
    // one is made, from exactly the job's files.
    Lab other;
    const QString newsFolder = DemoTask::mediaFolder(other.store->path(), QStringLiteral("news"));
    REQUIRE(QDir().mkpath(newsFolder));
    QFile stray(QDir(newsFolder).filePath(QStringLiteral("0-oud-bericht.txt")));
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.write("Een bericht van een eerdere versie.\n");
    stray.close();
    auto fresh = DemoTask::install(other.store.operator*(), other.author);
    REQUIRE(fresh.ok());
    const auto newsTask = DemoTask::find(*other.store, QStringLiteral("news"));
    REQUIRE(newsTask);
    CHECK(other.store->items(newsTask->id).size() == 3);
    CHECK_FALSE(QFileInfo::exists(stray.fileName()));
}

TEST_CASE("demo: a store with the earlier single demo task keeps it - the demo tasks come beside it",
          "[demo]")
{
    Lab lab;
    // The earlier program copied its media straight into demo-media/ and made one mixed task.
    const QString media = DemoTask::mediaFolder(lab.store->path());
    REQUIRE(QDir().mkpath(media));
    REQUIRE(QFile::copy(QStringLiteral(":/demo/dike-cracks/dike-crack-1.jpg"),
                        QDir(media).filePath(QStringLiteral("01-dike-crack.jpg"))));
    REQUIRE(QFile::copy(QStringLiteral(":/demo/news/bericht-1-bibliotheek.txt"),
                        QDir(media).filePath(QStringLiteral("06-cv-demo.txt"))));
    const QString schemaPath = lab.dir.filePath(QStringLiteral("old-schema.json"));
    QFile schema(schemaPath);
    REQUIRE(schema.open(QIODevice::WriteOnly));
    schema.write(R"({"format": 1,
      "labels": [{"name": "Scheur", "colour": "#d62728", "hotkey": "1", "kinds": ["crack"]},
                 {"name": "Naam", "colour": "#7ec8f0", "hotkey": "n", "kinds": ["span"]}],
      "questions": [{"id": "thumbnail", "text": "Hoe goed?", "type": "rating"}]})");
    schema.close();
    auto draft = draftTaskFromFolder(QStringLiteral("Demotaak"), schemaPath, media);
    REQUIRE(draft.ok());
    auto old = lab.store->createTask(draft->task, draft->items, lab.author);
    REQUIRE(old.ok());
    const QList<Item> oldItems = lab.store->items(old->id);
    REQUIRE(oldItems.size() == 2);
    CHECK(DemoTask::findAll(*lab.store).isEmpty()); // not one of the demo tasks

    auto installed = DemoTask::install(*lab.store, lab.author);
    REQUIRE(installed.ok());
    CHECK(installed->size() == kExpected.size());
    CHECK(lab.store->tasks().size() == kExpected.size() + 1);
    REQUIRE(lab.store->task(old->id));
    CHECK(lab.store->items(old->id) == oldItems);
    for (const Item &item : oldItems) {
        REQUIRE(QFileInfo::exists(item.mediaPath));
        CHECK(*sha256OfFile(item.mediaPath) == item.sha256);
    }
    for (const Task &task : *installed)
        CHECK(task.id != old->id);

    // …and again: still ten.
    REQUIRE(DemoTask::install(*lab.store, lab.author).ok());
    CHECK(lab.store->tasks().size() == kExpected.size() + 1);
}
