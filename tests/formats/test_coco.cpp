// SPDX-License-Identifier: GPL-3.0-or-later
// COCO instances (issue 13, points 1, 2 and 5) on Datumaro's own test assets
// (fixtures/datumaro/coco_instances): what they hold, export then import, the format's rules
// on what we write, and bad input refused whole with the store unchanged.

#include "formats/coco.h"
#include "formats/registry.h"
#include "imagetestutil.h"
#include "quality/geometry.h"
#include "statedump.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::fixture;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const Format &coco()
{
    return test::imageFormat("coco");
}

/// Checks \a json against the COCO rules: required fields, unique ids, references resolved,
/// boxes inside their images, area and bbox consistent with the polygon.
void checkCocoRules(const QJsonObject &json)
{
    QSet<int> categories;
    for (const QJsonValue &v : json.value(str("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        REQUIRE(c.value(str("id")).isDouble());
        CHECK_FALSE(c.value(str("name")).toString().isEmpty());
        CHECK_FALSE(categories.contains(c.value(str("id")).toInt()));
        categories.insert(c.value(str("id")).toInt());
    }
    QHash<int, QSizeF> images;
    for (const QJsonValue &v : json.value(str("images")).toArray()) {
        const QJsonObject i = v.toObject();
        CHECK_FALSE(i.value(str("file_name")).toString().isEmpty());
        CHECK(i.value(str("width")).toInt() > 0);
        CHECK(i.value(str("height")).toInt() > 0);
        CHECK_FALSE(images.contains(i.value(str("id")).toInt()));
        images.insert(i.value(str("id")).toInt(),
                      QSizeF(i.value(str("width")).toInt(), i.value(str("height")).toInt()));
    }
    QSet<int> ids;
    for (const QJsonValue &v : json.value(str("annotations")).toArray()) {
        const QJsonObject a = v.toObject();
        for (const char *field :
             {"id", "image_id", "category_id", "segmentation", "area", "bbox", "iscrowd"})
            CHECK(a.contains(str(field)));
        CHECK_FALSE(ids.contains(a.value(str("id")).toInt()));
        ids.insert(a.value(str("id")).toInt());
        CHECK(categories.contains(a.value(str("category_id")).toInt()));
        REQUIRE(images.contains(a.value(str("image_id")).toInt()));
        const QSizeF size = images.value(a.value(str("image_id")).toInt());
        const QJsonArray bbox = a.value(str("bbox")).toArray();
        REQUIRE(bbox.size() == 4);
        const double x = bbox[0].toDouble(), y = bbox[1].toDouble(), w = bbox[2].toDouble(),
                     h = bbox[3].toDouble();
        CHECK(x >= 0);
        CHECK(y >= 0);
        CHECK(x + w <= size.width());
        CHECK(y + h <= size.height());
        const QJsonArray segmentation = a.value(str("segmentation")).toArray();
        if (segmentation.isEmpty()) {
            if (!a.value(str("attributes")).toObject().contains(str("polyline")))
                CHECK(a.value(str("area")).toDouble() == Approx(w * h));
            continue;
        }
        REQUIRE(segmentation.size() == 1);
        const QJsonArray flat = segmentation[0].toArray();
        REQUIRE(flat.size() >= 6);
        Polyline points;
        for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
            points << QPointF(flat[i].toDouble(), flat[i + 1].toDouble());
        CHECK(a.value(str("area")).toDouble() == Approx(polygonArea(points)));
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (const QPointF &p : points) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
        CHECK(x == Approx(x0));
        CHECK(y == Approx(y0));
        CHECK(w == Approx(x1 - x0));
        CHECK(h == Approx(y1 - y0));
    }
}

} // namespace

TEST_CASE("coco: Datumaro's instances_val.json imports as a new task: a polygon, and a crowd "
          "mask traced into a polygon",
          "[formats][coco]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString file = fixture(str("datumaro/coco_instances/annotations/instances_val.json"));
    const ImportSummary summary = test::importOk(coco(), *store, file, {{}, str("lead")});

    CHECK(summary.taskName == str("instances_val"));
    CHECK(summary.counts.value(str("item")) == 1);
    CHECK(summary.counts.value(str("annotation")) == 2);
    CHECK(summary.counts.value(str("mask-traced")) == 1);
    CHECK(summary.counts.value(str("mask-part-dropped")) == 0);

    const auto task = store->task(summary.taskId);
    REQUIRE(task);
    // Categories by name, in the file's order; "c" is declared but not used.
    QStringList labels;
    for (const LabelSpec &l : task->schema.labels())
        labels << l.name;
    CHECK(labels == QStringList{str("a"), str("b"), str("c")});
    CHECK(task->schema.label(str("a"))->attribute(str("x"))->type == AttributeSpec::Type::Int);
    CHECK(task->schema.label(str("a"))->attribute(str("y"))->type == AttributeSpec::Type::Text);
    CHECK(task->schema.label(str("b"))->attribute(str("iscrowd"))->type ==
          AttributeSpec::Type::Bool);

    const QList<Item> items = store->items(summary.taskId);
    REQUIRE(items.size() == 1);
    CHECK(items[0].mediaPath.endsWith(str("images/val/b.jpg")));
    CHECK(items[0].facts.width == 5);
    CHECK(items[0].facts.height == 10);
    CHECK(items[0].sha256.size() == 64);

    // The polygon as written; the mask (columns 0 and 1, all 10 rows) as the outline through
    // its border pixels' centres: half a pixel in all round, the loss docs/formats.md states.
    CHECK(test::shapeLines(*store, summary.taskId) ==
          QStringList{str("b.jpg polygon a {\"points\":[[0,0],[1,0],[1,2],[0,2]]} "
                          "{\"x\":1,\"y\":\"hello\"}"),
                      str("b.jpg polygon b {\"points\":[[0.5,0.5],[0.5,9.5],[1.5,9.5],[1.5,0.5]]} "
                          "{\"iscrowd\":true}")});
    for (const Annotation &a : store->taskAnnotations(summary.taskId))
        CHECK(a.author == str("lead"));
}

TEST_CASE("coco: export then import gives the same annotations, and the export keeps COCO's "
          "rules",
          "[formats][coco]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString train = fixture(str("datumaro/coco_instances/annotations/instances_train.json"));
    const ImportSummary first = test::importOk(coco(), *store, train, {{}, str("lead")});
    CHECK(test::shapeLines(*store, first.taskId) ==
          QStringList{str("a.jpg box b {\"h\":1,\"w\":3,\"x\":2,\"y\":2} {}")});
    const ImportSummary second = test::importOk(
            coco(), *store, fixture(str("datumaro/coco_instances/annotations/instances_val.json")),
            {{}, str("lead")});

    // A crack of our own too, which COCO carries as a box with the line in "attributes".
    Annotation crack;
    crack.itemId = store->items(second.taskId).first().id;
    crack.author = str("lead");
    crack.kind = AnnotationKind::Crack;
    crack.label = str("c");
    crack.value = QJsonObject{{str("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{4, 8.5}}}};
    Task task = *store->task(second.taskId);
    {
        // The label "c" was made for boxes and polygons; let it take cracks.
        QList<LabelSpec> labels = task.schema.labels();
        labels[2].kinds << AnnotationKind::Crack;
        task.schema.setLabels(labels);
        REQUIRE(store->record({Store::taskChange(task, str("lead"))}).ok());
    }
    REQUIRE(store->addAnnotation(crack).ok());

    // Out, beside a copy of the image, and into a fresh store as a new task.
    const QString out = dir.filePath(str("out/instances_val.json"));
    test::copyFolder(fixture(str("datumaro/coco_instances/images/val")), dir.filePath(str("out")));
    auto written = exportToFile(coco(), *store, second.taskId, out);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    CHECK(written->counts.value(str("annotation")) == 3);
    CHECK(written->counts.value(str("crack-as-box")) == 1);
    const QJsonObject json = readJson(out);
    checkCocoRules(json);
    CHECK(json.value(str("images")).toArray().size() == 1);
    CHECK(json.value(str("categories")).toArray().size() == 3);

    auto fresh = test::openStore(dir.filePath(str("fresh.sqlite")));
    const ImportSummary back = test::importOk(coco(), *fresh, out, {{}, str("lead")});
    CHECK(test::shapeLines(*fresh, back.taskId) == test::shapeLines(*store, second.taskId));
    CHECK(fresh->task(back.taskId)->schema.toJson().value(str("labels")).toArray().size() == 3);

    // And onto the existing task, matched by file name, as another person's layer.
    const ImportSummary onto =
            test::importOk(coco(), *store, out, {second.taskId, str("lead"), str("bram")});
    CHECK(onto.taskId == second.taskId);
    CHECK(onto.counts.value(str("annotation")) == 3);
    CHECK(onto.counts.value(str("item")) == 0);
    CHECK(test::shapeLines(*store, second.taskId, str("bram")) ==
          test::shapeLines(*store, second.taskId, str("lead")));

    // One person's layer only.
    const QString bramOnly = dir.filePath(str("bram.json"));
    Annotation extra = crack;
    extra.kind = AnnotationKind::Box;
    extra.value = QJsonObject{{str("x"), 0}, {str("y"), 0}, {str("w"), 2}, {str("h"), 2}};
    REQUIRE(store->addAnnotation(extra).ok()); // in lead's layer
    REQUIRE(exportToFile(coco(), *store, second.taskId, bramOnly, ExistingFile::Refuse, {},
                         ExportOptions{str("bram")})
                    .ok());
    CHECK(readJson(bramOnly).value(str("annotations")).toArray().size() == 3);
}

TEST_CASE("coco: bad input is refused with the file, the entry or line and the problem, and "
          "nothing is imported",
          "[formats][coco][badinput]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(str("coco"));
    test::copyFolder(fixture(str("datumaro/coco_instances")), root);
    const QString file = root + str("/annotations/instances_train.json");
    const QJsonObject good = readJson(file);
    auto storePath = dir.filePath(str("store.sqlite"));
    auto store = test::openStore(storePath);
    // Something in the store already, so "unchanged" means more than "empty".
    const ImportSummary existing = test::importOk(
            coco(), *store, root + str("/annotations/instances_val.json"), {{}, str("lead")});
    const QString before = test::dumpLiveState(storePath);
    const qint64 opsBefore = store->opCount();

    auto withAnnotation = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = good;
        QJsonArray annotations = o.value(str("annotations")).toArray();
        QJsonObject a = annotations.at(0).toObject();
        edit(a);
        annotations[0] = a;
        o.insert(str("annotations"), annotations);
        return QJsonDocument(o).toJson();
    };
    struct Case
    {
        const char *what;
        QByteArray bytes;
        const char *problem;
        qint64 line; ///< -1: an entry, not a line
    };
    const QByteArray goodBytes = QJsonDocument(good).toJson();
    const QList<Case> cases{
            {"truncated JSON", goodBytes.left(goodBytes.size() / 2), "not valid JSON", -2},
            {"unknown category",
             withAnnotation([](QJsonObject &a) { a.insert(str("category_id"), 99); }),
             "unknown category 99", -1},
            {"a polygon with two points", withAnnotation([](QJsonObject &a) {
                 a.insert(str("segmentation"), QJsonArray{QJsonArray{0, 0, 1, 0}});
             }),
             "a polygon with 2 points", -1},
            {"a box outside its image", withAnnotation([](QJsonObject &a) {
                 a.insert(str("bbox"), QJsonArray{8, 2, 5, 1});
             }),
             "outside its image \"a.jpg\" (10 × 5 pixels)", -1},
            {"an image that is not there",
             withAnnotation([](QJsonObject &a) { a.insert(str("image_id"), 6); }),
             "\"image_id\" 6 is no image", -1},
            {"a box without size", withAnnotation([](QJsonObject &a) {
                 a.insert(str("bbox"), QJsonArray{1, 1, 0, 1});
             }),
             "box", -1},
            {"not COCO", QByteArray("{\"items\": []}"), "\"images\" is missing", 0},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            const QString bad = root + str("/annotations/instances_train.json");
            QFile f(bad);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(c.bytes);
            f.close();
            for (const QString &taskId : {QString(), existing.taskId}) {
                auto imported = importFromFile(coco(), *store, bad, {taskId, str("lead")});
                REQUIRE_FALSE(imported.ok());
                const Error &e = imported.error();
                INFO(e.message().toStdString());
                CHECK(e.file() == bad);
                CHECK(e.problem().contains(str(c.problem)));
                if (c.line == -1) {
                    CHECK(e.problem().startsWith(str("annotations[0] (id 1): ")));
                    // The entry's line, although Qt's JSON parser gives none.
                    const qsizetype at = c.bytes.indexOf("\"annotations\"");
                    CHECK(e.line() == 2 + c.bytes.left(at).count('\n'));
                } else if (c.line == -2)
                    CHECK(e.line() > 1);
                CHECK(e.message().startsWith(bad + str(":")));
            }
            CHECK(store->opCount() == opsBefore);
            CHECK(test::dumpLiveState(storePath) == before);
        }
    }
}

TEST_CASE("coco: a file above the size limit is refused with its size, before it is read",
          "[formats][coco][badinput]")
{
    QTemporaryDir dir;
    const QString big = dir.filePath(str("instances_huge.json"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(kCocoMaxBytes + (qint64(3) << 20))); // sparse: costs no disk
    }
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    auto imported = importFromFile(coco(), *store, big, {{}, str("lead")});
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(imported.error().file() == big);
    CHECK(imported.error().problem().contains(str("the file is 515 MB")));
    CHECK(imported.error().problem().contains(str("at most 512 MB")));
    CHECK(store->tasks().isEmpty());
}

TEST_CASE("coco: loading onto an existing task refuses an image the task does not have",
          "[formats][coco][badinput]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary val = test::importOk(
            coco(), *store, fixture(str("datumaro/coco_instances/annotations/instances_val.json")),
            {{}, str("lead")});
    const qint64 ops = store->opCount();
    const QString train = fixture(str("datumaro/coco_instances/annotations/instances_train.json"));
    auto imported = importFromFile(coco(), *store, train, {val.taskId, str("lead")});
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(imported.error().problem() ==
          str("images[0] (id 5): task \"instances_val\" has no item with the image \"a.jpg\" (by "
              "file name or content)"));
    CHECK(store->opCount() == ops);
}

TEST_CASE("coco: an image whose file name differs from the item's is matched by its content",
          "[formats][coco]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary val = test::importOk(
            coco(), *store, fixture(str("datumaro/coco_instances/annotations/instances_val.json")),
            {{}, str("lead")});
    // The client renamed b.jpg to dike-0001.jpg: the same bytes, another name.
    QJsonObject json =
            readJson(fixture(str("datumaro/coco_instances/annotations/instances_val.json")));
    QJsonArray images = json.value(str("images")).toArray();
    QJsonObject image = images[0].toObject();
    image.insert(str("file_name"), str("dike-0001.jpg"));
    images[0] = image;
    json.insert(str("images"), images);
    const QString renamed = dir.filePath(str("renamed/instances_val.json"));
    REQUIRE(QDir().mkpath(dir.filePath(str("renamed"))));
    REQUIRE(QFile::copy(fixture(str("datumaro/coco_instances/images/val/b.jpg")),
                        dir.filePath(str("renamed/dike-0001.jpg"))));
    {
        QFile f(renamed);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
    }
    const ImportSummary onto =
            test::importOk(coco(), *store, renamed, {val.taskId, str("lead"), str("model")});
    CHECK(onto.counts.value(str("annotation")) == 2);
    CHECK(store->items(val.taskId).size() == 1);
    CHECK(test::shapeLines(*store, val.taskId, str("model")) ==
          test::shapeLines(*store, val.taskId, str("lead")));
}

TEST_CASE("coco: loaded as suggestions onto a task, they stay out of the export until accepted",
          "[formats][coco][suggestions]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString train = fixture(str("datumaro/coco_instances/annotations/instances_train.json"));
    const ImportSummary first = test::importOk(coco(), *store, train, {{}, str("lead")});

    // A model's box waiting in lead's layer, beside the imported one.
    Annotation suggestion;
    suggestion.itemId = store->items(first.taskId).first().id;
    suggestion.author = str("lead");
    suggestion.kind = AnnotationKind::Box;
    suggestion.label = str("b");
    suggestion.value = QJsonObject{{str("x"), 0}, {str("y"), 0}, {str("w"), 2}, {str("h"), 2}};
    suggestion.suggested = true;
    const auto added = store->addAnnotation(suggestion);
    REQUIRE(added.ok());

    test::copyFolder(fixture(str("datumaro/coco_instances/images/train")), dir.filePath(str("out")));
    const QString out = dir.filePath(str("out/instances_train.json"));
    REQUIRE(exportToFile(coco(), *store, first.taskId, out).ok());
    CHECK(readJson(out).value(str("annotations")).toArray().size() == 1);

    // Accepted, it is the person's work and goes out.
    REQUIRE(store->updateAnnotation(added->id, {{str("suggested"), false}}, str("lead")).ok());
    REQUIRE(exportToFile(coco(), *store, first.taskId, out, ExistingFile::Replace).ok());
    CHECK(readJson(out).value(str("annotations")).toArray().size() == 2);

    // The same file loaded onto the task as suggestions in Bram's layer: all marked, none out.
    ImportOptions asSuggestions{first.taskId, str("lead"), str("bram")};
    asSuggestions.suggestions = true;
    const ImportSummary loaded = test::importOk(coco(), *store, train, asSuggestions);
    CHECK(loaded.counts.value(str("annotation")) == 1);
    const QList<Annotation> bram = store->annotations(suggestion.itemId, str("bram"));
    REQUIRE(bram.size() == 1);
    CHECK(bram.first().suggested);
    REQUIRE(exportToFile(coco(), *store, first.taskId, out, ExistingFile::Replace).ok());
    CHECK(readJson(out).value(str("annotations")).toArray().size() == 2);

    // Our own dump carries its marks: it cannot be loaded as suggestions, and says so.
    const QString dump = dir.filePath(str("dump.jsonl"));
    REQUIRE(exportToFile(*FormatRegistry::builtin().find(str("jsonl")), *store, first.taskId, dump)
                    .ok());
    QTemporaryDir other;
    auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
    ImportOptions dumpAsSuggestions{{}, str("lead")};
    dumpAsSuggestions.suggestions = true;
    const auto refused = importFromFile(*FormatRegistry::builtin().find(str("jsonl")), *fresh,
                                        dump, dumpAsSuggestions);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(str("suggestions")));
    CHECK(fresh->ops().isEmpty());
}

TEST_CASE("coco: an export takes every layer, the reviewed layers or the consensus",
          "[formats][coco][consensus]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString train = fixture(str("datumaro/coco_instances/annotations/instances_train.json"));
    const ImportSummary first = test::importOk(coco(), *store, train, {{}, str("lead")});
    const QString item = store->items(first.taskId).first().id;
    // Lead's box (2,2,3,1) came with the file. Bram draws nearly the same, Cem something else.
    const auto bram = store->addProfile(str("Bram"), Role::Annotator);
    const auto cem = store->addProfile(str("Cem"), Role::Annotator);
    REQUIRE(bram.ok());
    REQUIRE(cem.ok());
    const auto draw = [&](const QString &who, double x, double y) {
        Annotation a;
        a.itemId = item;
        a.author = who;
        a.kind = AnnotationKind::Box;
        a.label = str("b");
        a.value = QJsonObject{{str("x"), x}, {str("y"), y}, {str("w"), 3}, {str("h"), 1}};
        REQUIRE(store->addAnnotation(a).ok());
    };
    draw(bram->id, 2, 2);
    draw(cem->id, 0, 0);
    // The reviewer accepted Bram's work and rejected Cem's. ("lead" came with the import as an
    // annotator's layer, and annotators give no verdicts: decision 0018.)
    const auto rik = store->addProfile(str("Rik"), Role::Reviewer);
    REQUIRE(rik.ok());
    for (const auto &[who, verdict] : {std::pair{bram->id, Verdict::Accepted},
                                       std::pair{cem->id, Verdict::Rejected}}) {
        Review r;
        r.taskId = first.taskId;
        r.itemId = item;
        r.annotator = who;
        r.reviewer = rik->id;
        r.verdict = verdict;
        r.comment = str("zie hoek");
        const auto reviewed = store->setReview(r, rik->id);
        INFO((reviewed.ok() ? QString() : reviewed.error().message()).toStdString());
        REQUIRE(reviewed.ok());
    }

    test::copyFolder(fixture(str("datumaro/coco_instances/images/train")), dir.filePath(str("out")));
    const auto exported = [&](ExportSelection selection, const char *name) {
        const QString out = dir.filePath(str("out/") + str(name));
        ExportOptions options;
        options.selection = selection;
        auto written = exportToFile(coco(), *store, first.taskId, out, ExistingFile::Refuse, {},
                                    options);
        INFO((written.ok() ? QString() : written.error().message()).toStdString());
        REQUIRE(written.ok());
        QList<QJsonArray> boxes;
        for (const QJsonValue &a : readJson(out).value(str("annotations")).toArray())
            boxes << a.toObject().value(str("bbox")).toArray();
        return boxes;
    };
    CHECK(exported(ExportSelection::Everyone, "all.json").size() == 3);
    // Only Bram's layer was accepted.
    CHECK(exported(ExportSelection::Reviewed, "reviewed.json") ==
          QList<QJsonArray>{QJsonArray{2, 2, 3, 1}});
    // Lead and Bram agree (two of three people); Cem's box is his alone.
    CHECK(exported(ExportSelection::Consensus, "consensus.json") ==
          QList<QJsonArray>{QJsonArray{2, 2, 3, 1}});

    // Rik fixes Cem's work with a box of his own: a standing correction is the item's
    // consensus, as it is (decision 0021); taken back, the vote is back and Rik's layer, a
    // verdict-giver's on this item, does not vote.
    Annotation fix;
    fix.itemId = item;
    fix.author = rik->id;
    fix.kind = AnnotationKind::Box;
    fix.label = str("b");
    fix.value = QJsonObject{{str("x"), 1}, {str("y"), 1}, {str("w"), 4}, {str("h"), 2}};
    REQUIRE(store->addAnnotation(fix).ok());
    Review corrected{first.taskId, item, cem->id, rik->id, Verdict::Corrected, {}};
    REQUIRE(store->setReview(corrected, rik->id).ok());
    CHECK(exported(ExportSelection::Consensus, "corrected.json") == QList<QJsonArray>{QJsonArray{1, 1, 4, 2}});
    corrected.deleted = true;
    REQUIRE(store->setReview(corrected, rik->id).ok());
    CHECK(exported(ExportSelection::Consensus, "voted.json") == QList<QJsonArray>{QJsonArray{2, 2, 3, 1}});

    // One person's layer and a selection at once: refused, no file.
    ExportOptions both{bram->id};
    both.selection = ExportSelection::Consensus;
    const auto refused = exportToFile(coco(), *store, first.taskId, dir.filePath(str("both.json")),
                                      ExistingFile::Refuse, {}, both);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(str("consensus")));
    CHECK_FALSE(QFile::exists(dir.filePath(str("both.json"))));
}
