// SPDX-License-Identifier: GPL-3.0-or-later
// guessImportFormat(): the import dialog's first choice for a file, on other tools' real files
// (fixtures) and on files of our own formats.

#include "formats/formatguess.h"
#include "formats/registry.h"
#include "imagetestutil.h"
#include "labfixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::fixture;

namespace {

QString guessed(const QString &path)
{
    REQUIRE(QFile::exists(path));
    const Format *f = guessImportFormat(FormatRegistry::builtin(), path);
    return f ? f->id : QStringLiteral("(none)");
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("format guess: other tools' datasets are recognised by name, extension and first keys",
          "[formats][guess]")
{
    CHECK(guessed(fixture(
                  QStringLiteral("datumaro/coco_instances/annotations/instances_val.json"))) ==
          QStringLiteral("coco"));
    CHECK(guessed(fixture(QStringLiteral("datumaro/yolo_strict/obj.data"))) ==
          QStringLiteral("yolo"));
    CHECK(guessed(fixture(QStringLiteral("datumaro/voc_dataset1/ImageSets/Main/train.txt"))) ==
          QStringLiteral("voc"));
    CHECK(guessed(fixture(QStringLiteral("datumaro/cvat_for_images_task/train.xml"))) ==
          QStringLiteral("cvat-images"));
    CHECK(guessed(fixture(QStringLiteral("labelme/bbox_detection/2011_000003.json"))) ==
          QStringLiteral("labelme"));
    CHECK(guessed(fixture(QStringLiteral("brat-conll2002-ned/example-data/corpora/CoNLL-ST_2002/"
                                         "ned/ned.train-doc-123.ann"))) == QStringLiteral("brat"));
}

TEST_CASE("format guess: our own dump and doccano share .jsonl, Label Studio text and COCO .json",
          "[formats][guess]")
{
    test::FormatLab lab;
    const QString dump = lab.path(QStringLiteral("lab.jsonl"));
    REQUIRE(exportToFile(*FormatRegistry::builtin().find(QStringLiteral("jsonl")), *lab.store,
                         lab.task.id, dump)
                    .ok());
    CHECK(guessed(dump) == QStringLiteral("jsonl"));

    QTemporaryDir dir;
    const QString doccano = dir.filePath(QStringLiteral("cvs.jsonl"));
    write(doccano, "{\"text\": \"Jan woont in Delft\", \"label\": [[12, 17, \"LOC\"]]}\n");
    CHECK(guessed(doccano) == QStringLiteral("doccano"));

    const QString studio = dir.filePath(QStringLiteral("export.json"));
    write(studio,
          "[{\"id\": 1, \"annotations\": [], \"data\": {\"text\": \"Jan woont in Delft\"}}]");
    CHECK(guessed(studio) == QStringLiteral("labelstudio-text"));

    const QString nothing = dir.filePath(QStringLiteral("notes.odt"));
    write(nothing, "PK");
    CHECK(guessed(nothing) == QStringLiteral("(none)"));

    // Where several formats share the extension and nothing decides: no guess, not a wrong
    // one. A .zip is only ever one of our exports (every importer reads a file inside one).
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    write(zip, "PK\x03\x04");
    CHECK(guessed(zip) == QStringLiteral("(none)"));
    const QString geojson = dir.filePath(QStringLiteral("cracks.json"));
    write(geojson, R"({"type": "FeatureCollection", "features": []})");
    CHECK(guessed(geojson) == QStringLiteral("(none)"));

    // A Label Studio image task whose data holds another object before the image.
    const QString nested = dir.filePath(QStringLiteral("nested.json"));
    write(nested, R"([{"id": 1, "data": {"meta": {"flight": 3}, "image": "/data/upload/1/dijk.jpg"},
                      "annotations": []}])");
    CHECK(guessed(nested) == QStringLiteral("labelstudio-images"));
}

TEST_CASE("format guess: Label Studio's image export is told from its text export",
          "[formats][guess]")
{
    CHECK(guessed(fixture(QStringLiteral(
                  "label-studio-converter/tests/data/test_export_yolo/data.json"))) ==
          QStringLiteral("labelstudio-images"));
    CHECK(guessed(fixture(QStringLiteral(
                  "label-studio-converter/tests/data/test_export_json_min/data.json"))) ==
          QStringLiteral("labelstudio-images"));
}
