// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the fixtures, round trips and bad input of one format kept together.
// Label Studio JSON for images (issue 13, points 1, 2 and 5) on Label Studio's converter's own
// test exports (fixtures/label-studio-converter/tests/data): what they hold (two annotators as
// two layers, percent coordinates), export then import, Label Studio's rules on what we write,
// predictions as suggestions, and bad input refused whole with the store unchanged.

#include "formats/registry.h"
#include "imagetestutil.h"
#include "quality/geometry.h"
#include "statedump.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
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

const Format &ls()
{
    return test::imageFormat("labelstudio-images");
}

QString converterData(const char *relative)
{
    return fixture(str("label-studio-converter/tests/data/") + str(relative));
}

QJsonArray readArray(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    REQUIRE(doc.isArray());
    return doc.array();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

void writeArray(const QString &path, const QJsonArray &tasks)
{
    writeFile(path, QJsonDocument(tasks).toJson());
}

/// A real PNG of \a width × \a height at \a path (the fixtures come without their images).
void writeImage(const QString &path, int width, int height, QRgb colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    REQUIRE(image.save(path, "PNG"));
}

/// The converter's data.json in \a folder, with its two images beside it (2800 × 2800, as the
/// file's original_width and original_height say).
QString converterExportIn(const QString &folder)
{
    REQUIRE(QDir().mkpath(folder));
    const QString json = QDir(folder).filePath(str("data.json"));
    REQUIRE(QFile::copy(converterData("test_export_yolo/data.json"), json));
    writeImage(QDir(folder).filePath(str("image1")), 2800, 2800, qRgb(90, 110, 70));
    writeImage(QDir(folder).filePath(str("image2")), 2800, 2800, qRgb(120, 100, 80));
    return json;
}

Box boxOf(const Annotation &a)
{
    auto b = boxFromValue(a.value);
    REQUIRE(b.ok());
    return *b;
}

void checkBox(const Box &b, double x, double y, double w, double h)
{
    CHECK(b.x == Approx(x).margin(1e-6));
    CHECK(b.y == Approx(y).margin(1e-6));
    CHECK(b.w == Approx(w).margin(1e-6));
    CHECK(b.h == Approx(h).margin(1e-6));
}

/// The annotations of \a layer on the item whose file is named \a file, by label then x.
QList<Annotation> layerOn(const Store &store, const QString &taskId, const QString &file,
                          const QString &layer)
{
    for (const Item &item : store.items(taskId))
        if (QFileInfo(item.mediaPath).fileName() == file) {
            QList<Annotation> list = store.annotations(item.id, layer);
            std::sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) {
                return a.label != b.label ? a.label < b.label
                                          : a.value.value(str("x")).toDouble() <
                                                    b.value.value(str("x")).toDouble();
            });
            return list;
        }
    FAIL("no item " << file.toStdString());
    return {};
}

/// Imports \a path, which must fail; checks that the store did not change.
Error refused(Store &store, const QString &storePath, const QString &path,
              const ImportOptions &options = {{}, QStringLiteral("lead")})
{
    const QString before = test::dumpLiveState(storePath);
    const qint64 ops = store.opCount();
    auto imported = importFromFile(ls(), store, path, options);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(imported.error().file() == path);
    CHECK(store.opCount() == ops);
    CHECK(test::dumpLiveState(storePath) == before);
    return imported.error();
}

/// Checks \a tasks against what Label Studio needs of an import: unique task, annotation and
/// result ids, each result with its image's size and the kind's value, percentages within
/// 0…100, a label from the result's own list.
void checkLabelStudioRules(const QJsonArray &tasks)
{
    QSet<int> taskIds, annotationIds;
    QSet<QString> resultIds;
    for (const QJsonValue &t : tasks) {
        const QJsonObject task = t.toObject();
        REQUIRE(task.value(str("id")).isDouble());
        CHECK_FALSE(taskIds.contains(task.value(str("id")).toInt()));
        taskIds.insert(task.value(str("id")).toInt());
        CHECK_FALSE(task.value(str("data")).toObject().value(str("image")).toString().isEmpty());
        CHECK(task.value(str("predictions")).isArray());
        for (const QJsonValue &a : task.value(str("annotations")).toArray()) {
            const QJsonObject annotation = a.toObject();
            CHECK_FALSE(annotationIds.contains(annotation.value(str("id")).toInt()));
            annotationIds.insert(annotation.value(str("id")).toInt());
            CHECK(annotation.value(str("completed_by")).isDouble());
            for (const QJsonValue &r : annotation.value(str("result")).toArray()) {
                const QJsonObject result = r.toObject();
                const QString id = result.value(str("id")).toString();
                CHECK_FALSE(id.isEmpty());
                CHECK_FALSE(resultIds.contains(id));
                resultIds.insert(id);
                CHECK(result.value(str("original_width")).toInt() > 0);
                CHECK(result.value(str("original_height")).toInt() > 0);
                CHECK(result.value(str("to_name")).toString() == str("image"));
                CHECK_FALSE(result.value(str("from_name")).toString().isEmpty());
                const QString type = result.value(str("type")).toString();
                const QJsonObject value = result.value(str("value")).toObject();
                CHECK(value.value(type).toArray().size() == 1);
                const auto percent = [](double v) {
                    CHECK(v >= 0);
                    CHECK(v <= 100);
                };
                if (type == str("rectanglelabels")) {
                    const double x = value.value(str("x")).toDouble(),
                                 y = value.value(str("y")).toDouble(),
                                 w = value.value(str("width")).toDouble(),
                                 h = value.value(str("height")).toDouble();
                    percent(x);
                    percent(y);
                    CHECK(w > 0);
                    CHECK(h > 0);
                    CHECK(x + w <= 100 + 1e-9);
                    CHECK(y + h <= 100 + 1e-9);
                    CHECK(value.value(str("rotation")).toDouble() == 0);
                } else {
                    REQUIRE(type == str("polygonlabels"));
                    const QJsonArray points = value.value(str("points")).toArray();
                    CHECK(points.size() >= 3);
                    CHECK(value.value(str("closed")).toBool());
                    for (const QJsonValue &p : points) {
                        REQUIRE(p.toArray().size() == 2);
                        percent(p.toArray().at(0).toDouble());
                        percent(p.toArray().at(1).toDouble());
                    }
                }
            }
        }
    }
}

} // namespace

TEST_CASE("labelstudio-images: the converter's export imports as two annotators' layers, in "
          "pixels",
          "[formats][labelstudio][images]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString json = converterExportIn(dir.filePath(str("ls")));
    const ImportSummary s = test::importOk(ls(), *store, json, {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 2);
    CHECK(s.counts.value(str("annotation")) == 6);
    const auto task = store->task(s.taskId);
    REQUIRE(task);
    QStringList labels;
    for (const LabelSpec &l : task->schema.labels())
        labels << l.name;
    CHECK(labels == QStringList{str("parasites"), str("white")});

    // Task 1: user 2 drew C7oHaRDVVC and 9GLz8g9skg, user 1 ipBS_GBGZp and QtdGMXo-M0; task 2:
    // user 1 drew 1o3pxwJAxl and -GoXZ7Oj8k. Percent of 2800 pixels: × 28.
    const auto two = layerOn(*store, s.taskId, str("image1"), str("ls-2"));
    REQUIRE(two.size() == 2);
    CHECK(two[0].label == str("parasites"));
    checkBox(boxOf(two[0]), 37.15846994535519 * 28, 70.67395264116576 * 28, 4.189435336976321 * 28,
             4.735883424408015 * 28);
    CHECK(two[1].label == str("white"));
    checkBox(boxOf(two[1]), 57.79102500413977 * 28, 62.87464812054977 * 28, 3.808577579069383 * 28,
             4.636529226693169 * 28);
    const auto one = layerOn(*store, s.taskId, str("image1"), str("ls-1"));
    REQUIRE(one.size() == 2);
    checkBox(boxOf(one[0]), 37.88706739526412 * 28, 71.76684881602914 * 28, 3.8251366120218573 * 28,
             4.553734061930784 * 28);
    checkBox(boxOf(one[1]), 49.18032786885246 * 28, 23.13296903460838 * 28, 5.2823315118397085 * 28,
             4.007285974499089 * 28);
    const auto second = layerOn(*store, s.taskId, str("image2"), str("ls-1"));
    REQUIRE(second.size() == 2);
    CHECK(second[0].label == str("white"));
    checkBox(boxOf(second[0]), 19.672131147540984 * 28, 49.72677595628415 * 28,
             3.278688524590164 * 28, 2.914389799635701 * 28);
    checkBox(boxOf(second[1]), 61.74863387978142 * 28, 37.15846994535519 * 28,
             2.5500910746812386 * 28, 4.371584699453552 * 28);
    CHECK(layerOn(*store, s.taskId, str("image2"), str("ls-2")).isEmpty());
    // The annotators became profiles; the importer's own layer is empty.
    CHECK(store->findProfile(str("ls-1")));
    CHECK(store->findProfile(str("ls-2")));
    CHECK(test::shapeLines(*store, s.taskId, str("lead")).isEmpty());

    SECTION("the same file onto the existing task, from a folder without the images: matched by "
            "file name")
    {
        const QString elsewhere = dir.filePath(str("elsewhere/data.json"));
        REQUIRE(QDir().mkpath(dir.filePath(str("elsewhere"))));
        REQUIRE(QFile::copy(json, elsewhere));
        const ImportSummary onto = test::importOk(ls(), *store, elsewhere, {s.taskId, str("lead")});
        CHECK(onto.counts.value(str("annotation")) == 6);
        CHECK_FALSE(onto.counts.contains(str("item")));
        CHECK(store->items(s.taskId).size() == 2);
        CHECK(layerOn(*store, s.taskId, str("image1"), str("ls-1")).size() == 4);
    }
}

TEST_CASE("labelstudio-images: the converter's polygons, and an upload's path, in pixels",
          "[formats][labelstudio][images]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));

    // data_polygons.json: one polygon of 15 points on a 640 × 426 image ("/image2").
    const QString polygons = dir.filePath(str("polygons/data_polygons.json"));
    REQUIRE(QDir().mkpath(dir.filePath(str("polygons"))));
    REQUIRE(QFile::copy(converterData("test_export_yolo/data_polygons.json"), polygons));
    writeImage(dir.filePath(str("polygons/image2")), 640, 426, qRgb(10, 20, 30));
    const ImportSummary p = test::importOk(ls(), *store, polygons, {{}, str("lead")});
    CHECK(p.counts.value(str("annotation")) == 1);
    const auto shapes = layerOn(*store, p.taskId, str("image2"), str("ls-1"));
    REQUIRE(shapes.size() == 1);
    CHECK(shapes[0].kind == AnnotationKind::Polygon);
    const Polyline points = pointsFromValue(shapes[0].value);
    const QJsonArray inFile = readArray(polygons)[0]
                                      .toObject()
                                      .value(str("annotations"))
                                      .toArray()[0]
                                      .toObject()
                                      .value(str("result"))
                                      .toArray()[0]
                                      .toObject()
                                      .value(str("value"))
                                      .toObject()
                                      .value(str("points"))
                                      .toArray();
    REQUIRE(points.size() == inFile.size());
    // The first two points as the file has them: (60 %, 19.559… %), (61.100… %, 15.151… %).
    CHECK(points[0].x() == Approx(60 * 6.4));
    CHECK(points[0].y() == Approx(19.55922865013774 * 4.26));
    CHECK(points[1].x() == Approx(61.10091743119266 * 6.4));
    CHECK(points[1].y() == Approx(15.151515151515152 * 4.26));

    // json_min's data.json: a triangle "Airplane" on "/data/upload/29/example.png", 128 × 128.
    const QString upload = dir.filePath(str("upload/data.json"));
    REQUIRE(QDir().mkpath(dir.filePath(str("upload"))));
    REQUIRE(QFile::copy(converterData("test_export_json_min/data.json"), upload));
    writeImage(dir.filePath(str("upload/example.png")), 128, 128, qRgb(200, 200, 200));
    const ImportSummary u = test::importOk(ls(), *store, upload, {{}, str("lead")});
    const auto airplane = layerOn(*store, u.taskId, str("example.png"), str("ls-1"));
    REQUIRE(airplane.size() == 1);
    CHECK(airplane[0].label == str("Airplane"));
    const Polyline triangle = pointsFromValue(airplane[0].value);
    REQUIRE(triangle.size() == 3);
    CHECK(triangle[0].x() == Approx(44.44444444444444 * 1.28));
    CHECK(triangle[0].y() == Approx(48.25396825396825 * 1.28));
    CHECK(triangle[2].x() == Approx(56.19047619047619 * 1.28));
    CHECK(triangle[2].y() == Approx(50.79365079365079 * 1.28));
}

namespace {

/// Exports task \a taskId to \a out, checks Label Studio's rules on it, and imports it into a
/// fresh store with \a images (name → size) beside it: every layer must come back the same.
QJsonArray roundTrip(const Store &store, const QString &taskId, const QString &out,
                     const QMap<QString, QSize> &images, const QMap<QString, QString> &layers)
{
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    auto written = exportToFile(ls(), store, taskId, out);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    const QJsonArray tasks = readArray(out);
    checkLabelStudioRules(tasks);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        writeImage(QFileInfo(out).absoluteDir().filePath(it.key()), it->width(), it->height(),
                   qRgb(1, 2, 3));
    QTemporaryDir other;
    auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
    const ImportSummary back = test::importOk(ls(), *fresh, out, {{}, str("lead")});
    CHECK(back.counts.value(str("annotation")) == written->counts.value(str("annotation")));
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        INFO("layer " << it.key().toStdString());
        const QStringList before = test::shapeLines(store, taskId, it.key());
        CHECK_FALSE(before.isEmpty());
        CHECK(test::shapeLines(*fresh, back.taskId, it.value()) == before);
    }
    return tasks;
}

} // namespace

TEST_CASE("labelstudio-images: export then import gives the same layers - the file keeps Label "
          "Studio's rules",
          "[formats][labelstudio][images]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const ImportSummary s = test::importOk(ls(), *store, converterExportIn(dir.filePath(str("ls"))),
                                           {{}, str("lead")});
    const QMap<QString, QSize> sizes{{str("image1"), QSize(2800, 2800)},
                                     {str("image2"), QSize(2800, 2800)}};
    const QJsonArray tasks =
            roundTrip(*store, s.taskId, dir.filePath(str("out/export.json")), sizes,
                      {{str("ls-1"), str("ls-1")}, {str("ls-2"), str("ls-2")}});
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].toObject().value(str("data")).toObject().value(str("image")) == str("image1"));
    // Task 1 has both annotators, task 2 only user 1, as in the converter's file.
    QList<int> users;
    for (const QJsonValue &a : tasks[0].toObject().value(str("annotations")).toArray())
        users << a.toObject().value(str("completed_by")).toInt();
    CHECK(users == QList<int>{1, 2});
    CHECK(tasks[1].toObject().value(str("annotations")).toArray().size() == 1);

    SECTION("a layer that is not Label Studio's gets the next user number")
    {
        Annotation mine;
        mine.itemId = store->items(s.taskId).first().id;
        mine.author = str("lead");
        mine.kind = AnnotationKind::Box;
        mine.label = str("white");
        mine.value = boxToValue(Box{0, 0, 2800, 1400});
        REQUIRE(store->addAnnotation(mine).ok());
        const QJsonArray three =
                roundTrip(*store, s.taskId, dir.filePath(str("three/export.json")), sizes,
                          {{str("ls-1"), str("ls-1")},
                           {str("ls-2"), str("ls-2")},
                           {str("lead"), str("ls-3")}});
        QSet<int> numbers;
        for (const QJsonValue &t : three)
            for (const QJsonValue &a : t.toObject().value(str("annotations")).toArray())
                numbers.insert(a.toObject().value(str("completed_by")).toInt());
        CHECK(numbers == QSet<int>{1, 2, 3});
    }
    SECTION("one person's layer")
    {
        const QString only = dir.filePath(str("out/only.json"));
        REQUIRE(exportToFile(ls(), *store, s.taskId, only, ExistingFile::Refuse, {},
                             ExportOptions{str("ls-2")})
                        .ok());
        const QJsonArray one = readArray(only);
        checkLabelStudioRules(one);
        REQUIRE(one[0].toObject().value(str("annotations")).toArray().size() == 1);
        CHECK(one[0].toObject()
                      .value(str("annotations"))
                      .toArray()[0]
                      .toObject()
                      .value(str("completed_by")) == 2);
        CHECK(one[0].toObject()
                      .value(str("annotations"))
                      .toArray()[0]
                      .toObject()
                      .value(str("result"))
                      .toArray()
                      .size() == 2);
        CHECK(one[1].toObject().value(str("annotations")).toArray().isEmpty());
    }
}

TEST_CASE("labelstudio-images: polygons out and back - an open polygon comes in as a crack, "
          "which goes out as nothing (counted)",
          "[formats][labelstudio][images]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString polygons = dir.filePath(str("polygons/data_polygons.json"));
    REQUIRE(QDir().mkpath(dir.filePath(str("polygons"))));
    QJsonArray tasks = readArray(converterData("test_export_yolo/data_polygons.json"));
    // A second result: the same outline left open, as Label Studio keeps an unfinished polygon.
    QJsonObject task = tasks[0].toObject();
    QJsonArray annotations = task.value(str("annotations")).toArray();
    QJsonObject annotation = annotations[0].toObject();
    QJsonArray result = annotation.value(str("result")).toArray();
    QJsonObject open = result[0].toObject();
    QJsonObject value = open.value(str("value")).toObject();
    value.insert(str("closed"), false);
    open.insert(str("value"), value);
    open.insert(str("id"), str("open1"));
    result << open;
    annotation.insert(str("result"), result);
    annotations[0] = annotation;
    task.insert(str("annotations"), annotations);
    tasks[0] = task;
    writeArray(polygons, tasks);
    writeImage(dir.filePath(str("polygons/image2")), 640, 426, qRgb(10, 20, 30));
    const ImportSummary p = test::importOk(ls(), *store, polygons, {{}, str("lead")});
    CHECK(p.counts.value(str("annotation")) == 2);
    const auto shapes = layerOn(*store, p.taskId, str("image2"), str("ls-1"));
    REQUIRE(shapes.size() == 2);
    QList<AnnotationKind> kinds{shapes[0].kind, shapes[1].kind};
    std::sort(kinds.begin(), kinds.end());
    CHECK(kinds == QList<AnnotationKind>{AnnotationKind::Polygon, AnnotationKind::Crack});

    const QString out = dir.filePath(str("out/export.json"));
    REQUIRE(QDir().mkpath(dir.filePath(str("out"))));
    auto written = exportToFile(ls(), *store, p.taskId, out);
    REQUIRE(written.ok());
    CHECK(written->counts.value(str("crack-skipped")) == 1);
    CHECK(written->counts.value(str("annotation")) == 1);
    const QJsonArray back = readArray(out);
    checkLabelStudioRules(back);
    // The polygon as the converter's file has it, in percent again.
    const QJsonArray inFile = value.value(str("points")).toArray();
    const QJsonArray outPoints = back[0].toObject()
                                         .value(str("annotations"))
                                         .toArray()[0]
                                         .toObject()
                                         .value(str("result"))
                                         .toArray()[0]
                                         .toObject()
                                         .value(str("value"))
                                         .toObject()
                                         .value(str("points"))
                                         .toArray();
    REQUIRE(outPoints.size() == inFile.size());
    for (qsizetype i = 0; i < inFile.size(); ++i) {
        CHECK(outPoints[i].toArray()[0].toDouble() ==
              Approx(inFile[i].toArray()[0].toDouble()).margin(1e-9));
        CHECK(outPoints[i].toArray()[1].toDouble() ==
              Approx(inFile[i].toArray()[1].toDouble()).margin(1e-9));
    }
}

TEST_CASE("labelstudio-images: predictions load only as suggestions",
          "[formats][labelstudio][images][suggestions]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString json = converterExportIn(dir.filePath(str("ls")));
    // The converter's file with its second task's annotation made a model's prediction.
    QJsonArray tasks = readArray(json);
    QJsonObject second = tasks[1].toObject();
    QJsonObject prediction = second.value(str("annotations")).toArray()[0].toObject();
    prediction.remove(str("completed_by"));
    prediction.insert(str("model_version"), str("yolo-v8"));
    second.insert(str("predictions"), QJsonArray{prediction});
    second.insert(str("annotations"), QJsonArray{});
    tasks[1] = second;
    writeArray(json, tasks);

    const ImportSummary people = test::importOk(ls(), *store, json, {{}, str("lead")});
    CHECK(people.counts.value(str("annotation")) == 4);
    CHECK(people.counts.value(str("prediction-skipped")) == 1);

    ImportOptions asSuggestions{people.taskId, str("lead"), str("bram")};
    asSuggestions.suggestions = true;
    const ImportSummary model = test::importOk(ls(), *store, json, asSuggestions);
    CHECK(model.counts.value(str("annotation")) == 2);
    CHECK(model.counts.value(str("annotation-skipped")) == 2);
    const auto bram = layerOn(*store, people.taskId, str("image2"), str("bram"));
    REQUIRE(bram.size() == 2);
    CHECK(bram[0].suggested);
    CHECK(bram[1].suggested);
    checkBox(boxOf(bram[0]), 19.672131147540984 * 28, 49.72677595628415 * 28,
             3.278688524590164 * 28, 2.914389799635701 * 28);

    // A file of people's work only has nothing to suggest: refused, saying why.
    const QString original = converterExportIn(dir.filePath(str("plain")));
    const Error e = refused(*store, dir.filePath(str("store.sqlite")), original, asSuggestions);
    CHECK(e.problem().contains(str("no predictions")));
}

TEST_CASE("labelstudio-images: bad input is refused with the file, the entry and the problem, "
          "and nothing is imported",
          "[formats][labelstudio][images][badinput]")
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(str("store.sqlite"));
    auto store = test::openStore(storePath);
    const QString json = converterExportIn(dir.filePath(str("ls")));
    const QJsonArray tasks = readArray(json);
    // Changes the first result of task 0's annotation 1 (ipBS_GBGZp, user 1).
    const auto withResult = [&](const char *name, const std::function<void(QJsonObject &)> &edit) {
        QJsonArray copy = tasks;
        QJsonObject task = copy[0].toObject();
        QJsonArray annotations = task.value(str("annotations")).toArray();
        QJsonObject annotation = annotations[1].toObject();
        QJsonArray result = annotation.value(str("result")).toArray();
        QJsonObject r = result[0].toObject();
        edit(r);
        result[0] = r;
        annotation.insert(str("result"), result);
        annotations[1] = annotation;
        task.insert(str("annotations"), annotations);
        copy[0] = task;
        const QString path = dir.filePath(str("ls/") + str(name));
        writeArray(path, copy);
        return path;
    };
    const QString entry = str("[0].annotations[1].result[0] (id ipBS_GBGZp)");

    SECTION("truncated JSON")
    {
        QFile f(json);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString cut = dir.filePath(str("ls/cut.json"));
        writeFile(cut, f.readAll().left(1500));
        const Error e = refused(*store, storePath, cut);
        CHECK(e.line() > 1);
        CHECK(e.problem().contains(str("not valid JSON")));
    }
    SECTION("a box outside the image")
    {
        const QString path = withResult("outside.json", [](QJsonObject &r) {
            QJsonObject v = r.value(str("value")).toObject();
            v.insert(str("x"), 98.0); // 98 % + 3.8 % of 2800 pixels
            r.insert(str("value"), v);
        });
        const Error e = refused(*store, storePath, path);
        CHECK(e.line() == 2);
        CHECK(e.problem().startsWith(entry));
        CHECK(e.problem().contains(str("outside its image \"image1\" (2800 × 2800 pixels)")));
    }
    SECTION("a polygon with two points")
    {
        const QString path = withResult("two.json", [](QJsonObject &r) {
            r.insert(str("type"), str("polygonlabels"));
            r.insert(str("value"), QJsonObject{{str("points"),
                                                QJsonArray{QJsonArray{10, 10}, QJsonArray{20, 20}}},
                                               {str("closed"), true},
                                               {str("polygonlabels"), QJsonArray{str("white")}}});
        });
        const Error e = refused(*store, storePath, path);
        CHECK(e.problem() == entry + str(": a polygon with 2 points; a polygon needs at least 3"));
    }
    SECTION("an unknown label, onto an existing task")
    {
        const ImportSummary first = test::importOk(ls(), *store, json, {{}, str("lead")});
        const QString path = withResult("unknown.json", [](QJsonObject &r) {
            QJsonObject v = r.value(str("value")).toObject();
            v.insert(str("rectanglelabels"), QJsonArray{str("eggs")});
            r.insert(str("value"), v);
        });
        const Error e = refused(*store, storePath, path, {first.taskId, str("lead")});
        CHECK(e.problem().startsWith(entry));
        CHECK(e.problem().contains(str("eggs")));
    }
    SECTION("a turned rectangle (the converter's oriented boxes)")
    {
        const QString obb = dir.filePath(str("ls/data_obb.json"));
        REQUIRE(QFile::copy(converterData("test_export_yolo/data_obb.json"), obb));
        const Error e = refused(*store, storePath, obb);
        CHECK(e.problem().startsWith(str("[0].annotations[0].result[0] (id veUGPaahTw): the "
                                         "rectangle is turned by 328.33")));
    }
    SECTION("a task without an image")
    {
        QJsonArray copy = tasks;
        QJsonObject task = copy[1].toObject();
        task.insert(str("data"), QJsonObject{{str("text"), str("not an image")}});
        copy[1] = task;
        const QString path = dir.filePath(str("ls/text.json"));
        writeArray(path, copy);
        const Error e = refused(*store, storePath, path);
        CHECK(e.problem().startsWith(str("[1]: ")));
    }
}
