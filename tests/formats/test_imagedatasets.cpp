// SPDX-License-Identifier: GPL-3.0-or-later
// YOLO, Pascal VOC and labelme (issue 13, points 1, 2 and 5) on the other tools' real files:
// Datumaro's yolo_strict and voc_dataset1, Label Studio's converter's YOLO dataset, labelme's
// bbox_detection example. What they hold, export then import, the format's rules on what we
// write, and bad input refused whole with the store unchanged.

#include "formats/registry.h"
#include "imagetestutil.h"
#include "model/kinds/annotationkinds.h"
#include "quality/geometry.h"
#include "statedump.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::fixture;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Unpacks \a zip into \a folder.
QMap<QString, QByteArray> unzipTo(const QString &zip, const QString &folder)
{
    const QMap<QString, QByteArray> entries = test::readZip(zip);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        writeFile(QDir(folder).filePath(it.key()), it.value());
    return entries;
}

QString exportOk(const char *formatId, const Store &store, const QString &taskId,
                 const QString &path, ExportSummary *summary = nullptr)
{
    auto written = exportToFile(test::imageFormat(formatId), store, taskId, path);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    if (summary)
        *summary = *written;
    return path;
}

QList<Annotation> annotationsOf(const Store &store, const QString &taskId, const QString &label)
{
    QList<Annotation> out;
    for (const Annotation &a : store.taskAnnotations(taskId))
        if (a.label == label)
            out << a;
    return out;
}

Box boxOf(const Annotation &a)
{
    auto b = boxFromValue(a.value);
    REQUIRE(b.ok());
    return *b;
}

void checkBox(const Box &b, double x, double y, double w, double h)
{
    CHECK(b.x == Approx(x).margin(1e-3));
    CHECK(b.y == Approx(y).margin(1e-3));
    CHECK(b.w == Approx(w).margin(1e-3));
    CHECK(b.h == Approx(h).margin(1e-3));
}

/// Imports \a path, which must fail; checks the message and that \a storePath is unchanged.
Error refused(const char *formatId, Store &store, const QString &storePath, const QString &path,
              const ImportOptions &options = {{}, QStringLiteral("lead")})
{
    const QString before = test::dumpLiveState(storePath);
    const qint64 ops = store.opCount();
    auto imported = importFromFile(test::imageFormat(formatId), store, path, options);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(store.opCount() == ops);
    CHECK(test::dumpLiveState(storePath) == before);
    return imported.error();
}

} // namespace

// ---- YOLO ---------------------------------------------------------------------------------

TEST_CASE("yolo: Datumaro's Darknet dataset (obj.data) imports as a new task", "[formats][yolo]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s =
            test::importOk(test::imageFormat("yolo"), *store,
                           fixture(str("datumaro/yolo_strict/obj.data")), {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 1);
    CHECK(s.counts.value(str("annotation")) == 2);
    const auto task = store->task(s.taskId);
    REQUIRE(task);
    REQUIRE(task->schema.labels().size() == 10);
    CHECK(task->schema.labels().first().name == str("label_0"));
    CHECK(task->schema.labels().last().name == str("label_9"));
    // Datumaro's own test expects Bbox(0, 2, 4, 2, label=2) and Bbox(3, 3, 2, 3, label=4) on
    // its 15 × 10 image.
    const auto two = annotationsOf(*store, s.taskId, str("label_2"));
    const auto four = annotationsOf(*store, s.taskId, str("label_4"));
    REQUIRE(two.size() == 1);
    REQUIRE(four.size() == 1);
    checkBox(boxOf(two[0]), 0, 2, 4, 2);
    checkBox(boxOf(four[0]), 3, 3, 2, 3);
    CHECK(store->items(s.taskId).first().facts.width == 15);
}

TEST_CASE("yolo: Label Studio's converter's dataset (classes.txt), the same as an Ultralytics "
          "data.yaml, export and import back",
          "[formats][yolo]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString ls =
            fixture(str("label-studio-converter/tests/data/test_import_yolo_data_unif_dims"));
    const ImportSummary s = test::importOk(test::imageFormat("yolo"), *store,
                                           ls + str("/classes.txt"), {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 5);
    CHECK(s.counts.value(str("annotation")) == 19);
    CHECK(annotationsOf(*store, s.taskId, str("closed_door")).size() == 9);
    CHECK(annotationsOf(*store, s.taskId, str("opened_door")).isEmpty());
    CHECK(annotationsOf(*store, s.taskId, str("bus")).size() == 6);
    CHECK(annotationsOf(*store, s.taskId, str("number")).size() == 4);
    // img_1.txt line 1: "2 0.49765625 0.46200607902735563 0.9640625 0.8693009118541033" on
    // 640 × 329 pixels.
    bool found = false;
    for (const Annotation &a : annotationsOf(*store, s.taskId, str("bus")))
        if (std::abs(boxOf(a).w - 617) < 1e-6) {
            checkBox(boxOf(a), 10, 9, 617, 286);
            found = true;
        }
    CHECK(found);
    const QStringList original = test::shapeLines(*store, s.taskId);

    // The Ultralytics layout of the same files: images/train, labels/train, data.yaml.
    const QString ultra = dir.filePath(str("ultra"));
    test::copyFolder(ls + str("/images"), ultra + str("/images/train"));
    test::copyFolder(ls + str("/labels"), ultra + str("/labels/train"));
    writeFile(ultra + str("/data.yaml"),
              "# Ultralytics\npath: .\ntrain: images/train\nval: images/train\nnames:\n"
              "  0: closed_door\n  1: opened_door\n  2: bus\n  3: number\n");
    auto fromYaml = test::openStore(dir.filePath(str("yaml.sqlite")));
    const ImportSummary y = test::importOk(test::imageFormat("yolo"), *fromYaml,
                                           ultra + str("/data.yaml"), {{}, str("lead")});
    CHECK(y.counts.value(str("item")) == 5);
    CHECK(test::shapeLines(*fromYaml, y.taskId) == original);

    // Out as a ZIP archive, and back in through either descriptor.
    ExportSummary written;
    const QString zip = exportOk("yolo", *store, s.taskId, dir.filePath(str("out.zip")), &written);
    CHECK(written.counts.value(str("annotation")) == 19);
    const QString out = dir.filePath(str("out"));
    const auto entries = unzipTo(zip, out);
    CHECK(entries.contains(str("obj.data")));
    CHECK(entries.contains(str("data.yaml")));
    CHECK(entries.value(str("obj.names")) == "closed_door\nopened_door\nbus\nnumber\n");
    CHECK(entries.value(str("train.txt")).split('\n').size() == 6);
    // The rules: a class in range and four fractions per box line, all within 0–1.
    int lines = 0;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.key().startsWith(str("obj_train_data/")))
            continue;
        for (const QByteArray &line : it.value().split('\n')) {
            if (line.isEmpty())
                continue;
            ++lines;
            const QList<QByteArray> fields = line.split(' ');
            REQUIRE(fields.size() == 5);
            CHECK(fields[0].toInt() >= 0);
            CHECK(fields[0].toInt() < 4);
            const double x = fields[1].toDouble(), y = fields[2].toDouble(),
                         w = fields[3].toDouble(), h = fields[4].toDouble();
            CHECK(x - w / 2 >= -1e-9);
            CHECK(y - h / 2 >= -1e-9);
            CHECK(x + w / 2 <= 1 + 1e-9);
            CHECK(y + h / 2 <= 1 + 1e-9);
        }
    }
    CHECK(lines == 19);
    test::copyFolder(ls + str("/images"), out + str("/obj_train_data"));
    for (const char *descriptor : {"/obj.data", "/data.yaml"}) {
        auto back = test::openStore(dir.filePath(str("back%1.sqlite").arg(str(descriptor).mid(1))));
        const ImportSummary b = test::importOk(test::imageFormat("yolo"), *back,
                                               out + str(descriptor), {{}, str("lead")});
        CHECK(test::shapeLines(*back, b.taskId) == original);
    }

    // Onto the existing task (matched by file name), as Bram's layer.
    const ImportSummary onto =
            test::importOk(test::imageFormat("yolo"), *store, out + str("/obj.data"),
                           {s.taskId, str("lead"), str("bram")});
    CHECK(onto.counts.value(str("annotation")) == 19);
    CHECK(test::shapeLines(*store, s.taskId, str("bram")) == original);
}

TEST_CASE("yolo: polygons and cracks go out as segmentation lines and boxes", "[formats][yolo]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s =
            test::importOk(test::imageFormat("yolo"), *store,
                           fixture(str("datumaro/yolo_strict/obj.data")), {{}, str("lead")});
    Task task = *store->task(s.taskId);
    QList<LabelSpec> labels = task.schema.labels();
    labels[0].kinds = {AnnotationKind::Polygon, AnnotationKind::Crack};
    task.schema.setLabels(labels);
    REQUIRE(store->record({Store::taskChange(task, str("lead"))}).ok());
    const QString item = store->items(s.taskId).first().id;
    Annotation polygon{{},
                       s.taskId,
                       item,
                       str("lead"),
                       AnnotationKind::Polygon,
                       str("label_0"),
                       QJsonObject{{str("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{7.5, 1},
                                                              QJsonArray{7.5, 9}}}},
                       {}};
    Annotation crack = polygon;
    crack.kind = AnnotationKind::Crack;
    crack.value = QJsonObject{{str("points"), QJsonArray{QJsonArray{3, 5}, QJsonArray{12, 5}}}};
    REQUIRE(store->addAnnotation(polygon).ok());
    REQUIRE(store->addAnnotation(crack).ok());
    ExportSummary written;
    const QString zip = exportOk("yolo", *store, s.taskId, dir.filePath(str("out.zip")), &written);
    CHECK(written.counts.value(str("crack-as-box")) == 1);
    const QByteArray labelsOut = test::readZip(zip).value(str("obj_train_data/1.txt"));
    INFO(labelsOut.toStdString());
    CHECK(labelsOut.contains("0 0.06666666666666667 0.1 0.5 0.1 0.5 0.9\n"));
    // A straight crack has no height: it goes out as a box one pixel high around the line.
    CHECK(labelsOut.contains("0 0.5 0.5 0.6 0.1\n"));
}

TEST_CASE("yolo: bad label lines are refused with the file, the line and the problem",
          "[formats][yolo][badinput]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(str("ds"));
    test::copyFolder(
            fixture(str("label-studio-converter/tests/data/test_import_yolo_data_unif_dims")),
            root);
    const QString storePath = dir.filePath(str("store.sqlite"));
    auto store = test::openStore(storePath);
    const ImportSummary existing = test::importOk(test::imageFormat("yolo"), *store,
                                                  root + str("/classes.txt"), {{}, str("lead")});
    const QString label = root + str("/labels/img_3.txt");
    const QByteArray good = readFile(label);
    struct Case
    {
        const char *what;
        const char *line;
        const char *problem;
    };
    const QList<Case> cases{
            {"unknown class", "12 0.5 0.5 0.1 0.1",
             "unknown class 12; the dataset names 4 classes"},
            // Two points are four numbers: a box, in YOLO. An outline that crosses itself:
            {"a polygon that crosses itself", "1 0.1 0.1 0.5 0.5 0.5 0.1 0.1 0.5", "cross"},
            {"an odd number of coordinates", "1 0.1 0.1 0.5 0.5 0.5", "5 numbers after the class"},
            {"a box outside its image", "0 0.9 0.5 0.5 0.5",
             "lies outside its image \"img_3.jpg\" (640 × 329 pixels)"},
            {"not a number", "0 0.5 zero 0.1 0.1", "\"zero\" is not a number"},
            {"three numbers", "0 0.5 0.5 0.1", "3 numbers after the class"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            writeFile(label, good + QByteArray(c.line) + '\n');
            for (const QString &taskId : {QString(), existing.taskId}) {
                const Error e = refused("yolo", *store, storePath, root + str("/classes.txt"),
                                        {taskId, str("lead")});
                CHECK(e.file() == label);
                CHECK(e.line() == 5);
                CHECK(e.problem().contains(str(c.problem)));
            }
        }
    }
}

// ---- Pascal VOC ---------------------------------------------------------------------------

TEST_CASE("voc: Datumaro's voc_dataset1 imports from its ImageSets lists", "[formats][voc]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(
            test::imageFormat("voc"), *store,
            fixture(str("datumaro/voc_dataset1/ImageSets/Main/train.txt")), {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 1);
    CHECK(s.counts.value(str("annotation")) == 2);
    CHECK(s.counts.value(str("part-skipped")) == 1);
    const QList<Item> items = store->items(s.taskId);
    REQUIRE(items.size() == 1);
    CHECK(QFileInfo(items[0].mediaPath).fileName() == str("2007_000001.jpg"));
    CHECK(items[0].facts.width == 20);

    const auto cat = annotationsOf(*store, s.taskId, str("cat"));
    REQUIRE(cat.size() == 1);
    checkBox(boxOf(cat[0]), 1, 2, 2, 2);
    CHECK(cat[0].attributes == QJsonObject{{str("truncated"), true},
                                           {str("difficult"), false},
                                           {str("occluded"), false}});
    const auto person = annotationsOf(*store, s.taskId, str("person"));
    REQUIRE(person.size() == 1);
    checkBox(boxOf(person[0]), 4, 5, 2, 2);
    CHECK(person[0].attributes.value(str("jumping")) == QJsonValue(false));
    CHECK(person[0].attributes.value(str("walking")) == QJsonValue(true));
    CHECK(person[0].attributes.size() == 3 + 11);

    // test.txt names an image without objects: an item, no annotations.
    const ImportSummary t = test::importOk(
            test::imageFormat("voc"), *store,
            fixture(str("datumaro/voc_dataset1/ImageSets/Main/test.txt")), {{}, str("lead")});
    CHECK(t.counts.value(str("item")) == 1);
    CHECK(t.counts.value(str("annotation")) == 0);
}

TEST_CASE("voc: export then import gives the same boxes and attributes - the XML keeps VOC's "
          "rules",
          "[formats][voc]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(
            test::imageFormat("voc"), *store,
            fixture(str("datumaro/voc_dataset1/ImageSets/Main/train.txt")), {{}, str("lead")});
    const QStringList original = test::shapeLines(*store, s.taskId);
    const QString zip = exportOk("voc", *store, s.taskId, dir.filePath(str("voc.zip")));
    const QString out = dir.filePath(str("out"));
    const auto entries = unzipTo(zip, out);
    CHECK(entries.value(str("ImageSets/Main/default.txt")) == "2007_000001\n");
    const QByteArray xml = entries.value(str("Annotations/2007_000001.xml"));
    QXmlStreamReader reader(xml);
    int objects = 0;
    QString element;
    QMap<QString, double> box;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            element = reader.name().toString();
            if (element == str("object"))
                ++objects;
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            if (element == str("filename"))
                CHECK(reader.text() == str("2007_000001.jpg"));
            if (element == str("width"))
                CHECK(reader.text() == str("20"));
            if (element == str("xmin") || element == str("xmax"))
                CHECK(reader.text().toDouble() <= 20);
            if (element == str("ymin") || element == str("ymax"))
                CHECK(reader.text().toDouble() <= 10);
        }
    }
    CHECK_FALSE(reader.hasError());
    CHECK(objects == 2);
    CHECK(xml.contains("<truncated>1</truncated>"));
    CHECK(xml.contains("<difficult>0</difficult>"));

    test::copyFolder(fixture(str("datumaro/voc_dataset1/JPEGImages")), out + str("/JPEGImages"));
    auto back = test::openStore(dir.filePath(str("back.sqlite")));
    const ImportSummary b =
            test::importOk(test::imageFormat("voc"), *back,
                           out + str("/ImageSets/Main/default.txt"), {{}, str("lead")});
    CHECK(test::shapeLines(*back, b.taskId) == original);
}

TEST_CASE("voc: bad XML is refused with the file, the line and the problem",
          "[formats][voc][badinput]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(str("voc"));
    test::copyFolder(fixture(str("datumaro/voc_dataset1")), root);
    const QString storePath = dir.filePath(str("store.sqlite"));
    auto store = test::openStore(storePath);
    const QString list = root + str("/ImageSets/Main/train.txt");
    test::importOk(test::imageFormat("voc"), *store, list, {{}, str("lead")});
    const QString xmlFile = root + str("/Annotations/2007_000001.xml");
    const QByteArray good = readFile(xmlFile);

    SECTION("a box outside its image")
    {
        writeFile(xmlFile, QByteArray(good).replace("<xmax>3</xmax>", "<xmax>30</xmax>"));
        const Error e = refused("voc", *store, storePath, list);
        CHECK(e.file() == xmlFile);
        CHECK(e.line() == 11);
        CHECK(e.problem().contains(
                str("lies outside its image \"2007_000001.jpg\" (20 × 10 pixels)")));
    }
    SECTION("a truncated file")
    {
        writeFile(xmlFile, good.left(good.indexOf("<bndbox>")));
        const Error e = refused("voc", *store, storePath, list);
        CHECK(e.file() == xmlFile);
        CHECK(e.line() > 10);
        CHECK(e.problem().contains(str("not valid XML")));
    }
    SECTION("an object without a name")
    {
        writeFile(xmlFile, QByteArray(good).replace("<name>cat</name>", ""));
        const Error e = refused("voc", *store, storePath, list);
        CHECK(e.file() == xmlFile);
        CHECK(e.line() == 11);
        CHECK(e.problem() == str("an <object> needs a <name>"));
    }
    SECTION("a label the existing task does not have")
    {
        writeFile(xmlFile, QByteArray(good).replace("<name>cat</name>", "<name>dog</name>"));
        const Error e =
                refused("voc", *store, storePath, list, {store->tasks().first().id, str("lead")});
        CHECK(e.file() == xmlFile);
        CHECK(e.problem().contains(str("no label \"dog\"")));
    }
}

// ---- labelme ------------------------------------------------------------------------------

TEST_CASE("labelme: the bbox_detection example imports as a task of its three images",
          "[formats][labelme]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(test::imageFormat("labelme"), *store,
                                           fixture(str("labelme/bbox_detection/2011_000003.json")),
                                           {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 3);
    CHECK(s.counts.value(str("annotation")) == 9);
    CHECK(annotationsOf(*store, s.taskId, str("person")).size() == 6);
    CHECK(annotationsOf(*store, s.taskId, str("bus")).size() == 2);
    const auto car = annotationsOf(*store, s.taskId, str("car"));
    REQUIRE(car.size() == 1);
    checkBox(boxOf(car[0]), 409, 167, 91, 99); // to the image's right edge, x = 500
    bool found = false;
    for (const Annotation &a : annotationsOf(*store, s.taskId, str("person")))
        if (boxOf(a).x == 191) {
            checkBox(boxOf(a), 191, 107.36900369003689, 122, 222);
            found = true;
        }
    CHECK(found);
}

TEST_CASE("labelme: rectangles, polygons and linestrips out and back - points are skipped and "
          "counted",
          "[formats][labelme]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(str("lm"));
    test::copyFolder(fixture(str("labelme/bbox_detection")), root);
    // One more file with the other shapes labelme draws.
    QJsonObject extra = QJsonDocument::fromJson(readFile(root + str("/2011_000006.json"))).object();
    QJsonArray shapes = extra.value(str("shapes")).toArray();
    auto shape = [](const char *label, const char *type, const QJsonArray &points) {
        return QJsonObject{{str("label"), str(label)},
                           {str("shape_type"), str(type)},
                           {str("points"), points},
                           {str("group_id"), QJsonValue()},
                           {str("flags"), QJsonObject{{str("zeker"), true}}}};
    };
    shapes << shape("scheur", "linestrip",
                    QJsonArray{QJsonArray{10, 10}, QJsonArray{50, 60}, QJsonArray{90, 61}})
           << shape("vlek", "polygon",
                    QJsonArray{QJsonArray{100, 100}, QJsonArray{150, 100}, QJsonArray{120, 140}})
           << shape("punt", "point", QJsonArray{QJsonArray{5, 5}});
    extra.insert(str("shapes"), shapes);
    writeFile(root + str("/2011_000006.json"), QJsonDocument(extra).toJson());

    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(test::imageFormat("labelme"), *store,
                                           root + str("/2011_000006.json"), {{}, str("lead")});
    CHECK(s.counts.value(str("annotation")) == 11);
    CHECK(s.counts.value(str("point-skipped")) == 1);
    const auto scheur = annotationsOf(*store, s.taskId, str("scheur"));
    REQUIRE(scheur.size() == 1);
    CHECK(scheur[0].kind == AnnotationKind::Crack);
    CHECK(scheur[0].attributes == QJsonObject{{str("zeker"), true}});
    CHECK(annotationsOf(*store, s.taskId, str("vlek")).first().kind == AnnotationKind::Polygon);
    const QStringList original = test::shapeLines(*store, s.taskId);

    const QString zip = exportOk("labelme", *store, s.taskId, dir.filePath(str("lm.zip")));
    const QString out = dir.filePath(str("out"));
    const auto entries = unzipTo(zip, out);
    REQUIRE(entries.size() == 3);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QJsonObject o = QJsonDocument::fromJson(it.value()).object();
        CHECK(o.value(str("imagePath")).toString() ==
              QFileInfo(it.key()).completeBaseName() + str(".jpg"));
        const double w = o.value(str("imageWidth")).toDouble();
        const double h = o.value(str("imageHeight")).toDouble();
        CHECK(w == 500);
        for (const QJsonValue &v : o.value(str("shapes")).toArray()) {
            const QJsonObject sh = v.toObject();
            const QString type = sh.value(str("shape_type")).toString();
            CHECK((type == str("rectangle") || type == str("polygon") || type == str("linestrip")));
            if (type == str("rectangle"))
                CHECK(sh.value(str("points")).toArray().size() == 2);
            for (const QJsonValue &p : sh.value(str("points")).toArray()) {
                CHECK(p.toArray()[0].toDouble() >= 0);
                CHECK(p.toArray()[0].toDouble() <= w);
                CHECK(p.toArray()[1].toDouble() <= h);
            }
        }
    }
    CHECK(entries.value(str("2011_000006.json")).contains("\"linestrip\""));
    test::copyFolder(fixture(str("labelme/bbox_detection")), out + str("/img"));
    for (const QString &jpg : QDir(out + str("/img")).entryList({str("*.jpg")}))
        REQUIRE(QFile::rename(out + str("/img/") + jpg, out + QLatin1Char('/') + jpg));
    auto back = test::openStore(dir.filePath(str("back.sqlite")));
    const ImportSummary b = test::importOk(test::imageFormat("labelme"), *back,
                                           out + str("/2011_000003.json"), {{}, str("lead")});
    CHECK(test::shapeLines(*back, b.taskId) == original);
}

TEST_CASE("labelme: bad files are refused with the file, the shape and the problem",
          "[formats][labelme][badinput]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(str("lm"));
    test::copyFolder(fixture(str("labelme/bbox_detection")), root);
    const QString storePath = dir.filePath(str("store.sqlite"));
    auto store = test::openStore(storePath);
    test::importOk(test::imageFormat("labelme"), *store, root + str("/2011_000003.json"),
                   {{}, str("lead")});
    const QString file = root + str("/2011_000025.json");
    const QByteArray good = readFile(file);
    auto withShape = [&](const QJsonObject &sh) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        QJsonArray shapes = o.value(str("shapes")).toArray();
        shapes[1] = sh;
        o.insert(str("shapes"), shapes);
        return QJsonDocument(o).toJson();
    };
    SECTION("a polygon with two points")
    {
        writeFile(file,
                  withShape({{str("label"), str("bus")},
                             {str("shape_type"), str("polygon")},
                             {str("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{5, 5}}}}));
        const Error e = refused("labelme", *store, storePath, root + str("/2011_000003.json"));
        CHECK(e.file() == file);
        CHECK(e.problem() == str("shapes[1]: a polygon with 2 points; a polygon needs at least 3"));
        CHECK(e.line() > 2);
    }
    SECTION("a rectangle outside its image")
    {
        writeFile(file, withShape({{str("label"), str("bus")},
                                   {str("shape_type"), str("rectangle")},
                                   {str("points"),
                                    QJsonArray{QJsonArray{400, 300}, QJsonArray{520, 380}}}}));
        const Error e = refused("labelme", *store, storePath, root + str("/2011_000003.json"));
        CHECK(e.file() == file);
        CHECK(e.problem().startsWith(str("shapes[1]: the box (400, 300 to 520, 380) lies outside "
                                         "its image \"2011_000025.jpg\" (500 × 375 pixels)")));
    }
    SECTION("truncated JSON")
    {
        writeFile(file, good.left(good.size() / 2));
        const Error e = refused("labelme", *store, storePath, root + str("/2011_000003.json"));
        CHECK(e.file() == file);
        CHECK(e.line() > 1);
        CHECK(e.problem().contains(str("not valid JSON")));
    }
}

// ---- CVAT for images 1.1 -------------------------------------------------------------------

TEST_CASE("cvat-images: Datumaro's CVAT task export imports with its attributes - points are "
          "skipped and counted",
          "[formats][cvat]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(test::imageFormat("cvat-images"), *store,
                                           fixture(str("datumaro/cvat_for_images_task/train.xml")),
                                           {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 2);
    CHECK(s.counts.value(str("annotation")) == 3);
    CHECK(s.counts.value(str("points-skipped")) == 1);
    const auto task = store->task(s.taskId);
    REQUIRE(task);
    QStringList labels;
    for (const LabelSpec &l : task->schema.labels())
        labels << l.name;
    CHECK(labels == QStringList{str("label1"), str("label2"), str("unlabelled")});
    const LabelSpec *label1 = task->schema.label(str("label1"));
    CHECK(label1->attribute(str("a1"))->type == AttributeSpec::Type::Bool);
    CHECK(label1->attribute(str("a3"))->type == AttributeSpec::Type::Text);
    CHECK(label1->attribute(str("a4"))->type == AttributeSpec::Type::Number);
    // The same shapes Datumaro's own test expects: a box, an unlabelled polyline (our crack)
    // and an unlabelled polygon; "0003" stays text.
    CHECK(test::shapeLines(*store, s.taskId) ==
          QStringList{
                  str("img0.jpg box label1 {\"h\":2,\"w\":4,\"x\":0,\"y\":2} "
                      "{\"a1\":true,\"a2\":\"v3\",\"a3\":\"0003\",\"a4\":2.4,\"occluded\":true}"),
                  str("img0.jpg crack unlabelled {\"points\":[[1,2],[3,4],[5,6],[7,8]]} {}"),
                  str("img1.jpg polygon unlabelled {\"points\":[[1,2],[3,4],[6,5]]} {}")});
}

TEST_CASE("cvat-images: export then import gives the same shapes - the XML keeps CVAT's rules",
          "[formats][cvat]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(test::imageFormat("cvat-images"), *store,
                                           fixture(str("datumaro/cvat_for_images_task/train.xml")),
                                           {{}, str("lead")});
    const QString out = dir.filePath(str("out/annotations.xml"));
    REQUIRE(QDir().mkpath(dir.filePath(str("out"))));
    exportOk("cvat-images", *store, s.taskId, out);
    const QByteArray xml = readFile(out);
    QXmlStreamReader reader(xml);
    QSet<QString> declared;
    QStringList shapes;
    QString element;
    double width = 0, height = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            element = reader.name().toString();
            const auto a = reader.attributes();
            if (element == str("image")) {
                width = a.value(str("width")).toDouble();
                height = a.value(str("height")).toDouble();
                CHECK_FALSE(a.value(str("name")).isEmpty());
            }
            if (element == str("box") || element == str("polygon") || element == str("polyline")) {
                shapes << element;
                CHECK(declared.contains(a.value(str("label")).toString()));
                CHECK((a.value(str("occluded")) == str("0") ||
                       a.value(str("occluded")) == str("1")));
            }
            if (element == str("box")) {
                CHECK(a.value(str("xtl")).toDouble() >= 0);
                CHECK(a.value(str("xtl")).toDouble() < a.value(str("xbr")).toDouble());
                CHECK(a.value(str("xbr")).toDouble() <= width);
                CHECK(a.value(str("ybr")).toDouble() <= height);
            }
        } else if (reader.isCharacters() && element == str("name") && !reader.isWhitespace()) {
            declared.insert(reader.text().toString());
        }
    }
    CHECK_FALSE(reader.hasError());
    CHECK(xml.contains("<version>1.1</version>"));
    CHECK(xml.contains("<input_type>checkbox</input_type>"));
    CHECK(shapes == QStringList{str("box"), str("polyline"), str("polygon")});

    test::copyFolder(fixture(str("datumaro/cvat_for_images_task/images")),
                     dir.filePath(str("out/images")));
    auto back = test::openStore(dir.filePath(str("back.sqlite")));
    const ImportSummary b =
            test::importOk(test::imageFormat("cvat-images"), *back, out, {{}, str("lead")});
    CHECK(test::shapeLines(*back, b.taskId) == test::shapeLines(*store, s.taskId));
}

TEST_CASE("cvat-images: bad XML is refused with the file, the line and the problem",
          "[formats][cvat][badinput]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(str("cvat"));
    test::copyFolder(fixture(str("datumaro/cvat_for_images_task")), root);
    const QString file = root + str("/train.xml");
    const QByteArray good = readFile(file);
    const QString storePath = dir.filePath(str("store.sqlite"));
    auto store = test::openStore(storePath);
    test::importOk(test::imageFormat("cvat-images"), *store, file, {{}, str("lead")});

    SECTION("a polygon with two points")
    {
        writeFile(file, QByteArray(good).replace("points=\"1,2;3,4;6,5\"", "points=\"1,2;3,4\""));
        const Error e = refused("cvat-images", *store, storePath, file);
        CHECK(e.line() == 53);
        CHECK(e.problem() == str("a polygon with 2 points; a polygon needs at least 3"));
    }
    SECTION("a box outside its image")
    {
        writeFile(file, QByteArray(good).replace("xbr=\"4\"", "xbr=\"20\""));
        const Error e = refused("cvat-images", *store, storePath, file);
        CHECK(e.line() == 44);
        CHECK(e.problem().contains(str("lies outside its image \"img0.jpg\" (8 × 8 pixels)")));
    }
    SECTION("a truncated file")
    {
        writeFile(file, good.left(good.indexOf("<polygon")));
        const Error e = refused("cvat-images", *store, storePath, file);
        CHECK(e.line() >= 52);
        CHECK(e.problem().contains(str("not valid XML")));
    }
    SECTION("CVAT for video")
    {
        const QString video = fixture(str("datumaro/cvat_for_video/annotations.xml"));
        const Error e = refused("cvat-images", *store, storePath, video);
        CHECK(e.file() == video);
        CHECK(e.problem().contains(str("CVAT for video")));
    }
    CHECK(store->tasks().size() == 1);
}
