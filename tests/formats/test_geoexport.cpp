// SPDX-License-Identifier: GPL-3.0-or-later
// The GIS exports (geojson, gpkg): annotations on a georeferenced TIFF made with
// gdal_translate, exported and read back with OGR, coordinates checked to the centimetre.
#include "geotestutil.h"
#include "mediatestutil.h"
#include "testutil.h"

#include "formats/registry.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

struct GeoLab
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile anna;
    Profile bram;
    Task task;
    QList<Item> items;
    QString crackId;

    /// One item on a georeferenced 600 × 400 TIFF (0.25 m pixels, EPSG:28992) and, when
    /// \a plainSecond, a second item on a TIFF without georeference.
    explicit GeoLab(bool plainSecond = false)
    {
        REQUIRE(dir.isValid());
        const QString ortho = dir.filePath(QStringLiteral("ortho.tif"));
        REQUIRE(writeGeoTiff(quadrants(600, 400), ortho, 28992).isEmpty());
        store = openStore(dir.filePath(QStringLiteral("lab.sqlite")));
        anna = *store->addProfile(QStringLiteral("Anna"), Role::Annotator);
        bram = *store->addProfile(QStringLiteral("Bram"), Role::Annotator);
        Task t;
        t.name = QStringLiteral("Dijk");
        t.schema = demoSchema();
        QList<Item> list;
        Item item;
        item.mediaPath = ortho;
        item.sha256 = QString(64, QLatin1Char('a'));
        item.size = 1000;
        item.facts.width = 600;
        item.facts.height = 400;
        list << item;
        if (plainSecond) {
            const QString plain = dir.filePath(QStringLiteral("plain.tif"));
            REQUIRE(writeGeoTiff(quadrants(600, 400), plain, 0).isEmpty());
            item.mediaPath = plain;
            item.sha256 = QString(64, QLatin1Char('b'));
            item.order = 1;
            list << item;
        }
        auto created = store->createTask(t, list, anna.id);
        REQUIRE(created.ok());
        task = *created;
        items = store->items(task.id);
    }

    QString annotate(const Item &item, const Profile &who, AnnotationKind kind,
                     const QString &label, const QJsonObject &value,
                     const QJsonObject &attributes = {})
    {
        Annotation a;
        a.itemId = item.id;
        a.author = who.id;
        a.kind = kind;
        a.label = label;
        a.value = value;
        a.attributes = attributes;
        auto added = store->addAnnotation(a);
        INFO((added.ok() ? QString() : added.error().message()).toStdString());
        REQUIRE(added.ok());
        return added->id;
    }

    void annotateAll()
    {
        crackId = annotate(items[0], anna, AnnotationKind::Crack, QStringLiteral("Scheur"),
                           {{QStringLiteral("points"),
                             QJsonArray{QJsonArray{100, 50}, QJsonArray{300.5, 200.25},
                                        QJsonArray{410.04, 390.96}}}});
        annotate(items[0], anna, AnnotationKind::Box, QStringLiteral("Buffer"),
                 {{QStringLiteral("x"), 10},
                  {QStringLiteral("y"), 20},
                  {QStringLiteral("w"), 40},
                  {QStringLiteral("h"), 80}},
                 {{QStringLiteral("schade"), 3},
                  {QStringLiteral("soort"), QStringLiteral("roest")}});
        annotate(items[0], bram, AnnotationKind::Polygon, QStringLiteral("Buffer"),
                 {{QStringLiteral("points"),
                   QJsonArray{QJsonArray{0, 0}, QJsonArray{100, 0}, QJsonArray{100, 100}}}});
    }
};

/// Map coordinates of pixel (x, y) of the test raster: 0.25 m pixels from (155000, 463100).
QPointF mapOf(double x, double y)
{
    const MapCorners c;
    return {c.ulx + x * 0.25, c.uly - y * 0.25};
}

struct Feature
{
    QString kind, label, person, annotationId, attributes;
    QList<QPointF> points; ///< of the line, or the polygon's outer ring
};

/// Every feature of every layer of \a path, read with OGR, and the EPSG code of each layer.
QList<Feature> readFeatures(const QString &path, QStringList *layerNames = nullptr,
                            QStringList *crs = nullptr)
{
    GDALAllRegister();
    const QByteArray name = QFile::encodeName(path);
    GDALDatasetH ds = GDALOpenEx(name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                 nullptr, nullptr);
    REQUIRE(ds);
    QList<Feature> out;
    for (int l = 0; l < GDALDatasetGetLayerCount(ds); ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, l);
        if (layerNames)
            *layerNames << QString::fromUtf8(OGR_L_GetName(layer));
        if (crs) {
            OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
            crs->append(srs ? QString::fromUtf8(OSRGetAuthorityCode(srs, nullptr)) : QString());
        }
        OGR_L_ResetReading(layer);
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            Feature feature;
            const auto field = [f](const char *n) {
                const int i = OGR_F_GetFieldIndex(f, n);
                return i < 0 ? QString() : QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
            };
            feature.kind = field("kind");
            feature.label = field("label");
            feature.person = field("person");
            feature.annotationId = field("annotation_id");
            feature.attributes = field("attributes");
            OGRGeometryH g = OGR_F_GetGeometryRef(f);
            if (g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPolygon)
                g = OGR_G_GetGeometryRef(g, 0);
            for (int i = 0; g && i < OGR_G_GetPointCount(g); ++i)
                feature.points << QPointF(OGR_G_GetX(g, i), OGR_G_GetY(g, i));
            out << feature;
            OGR_F_Destroy(f);
        }
    }
    GDALClose(ds);
    return out;
}

const Feature *findKind(const QList<Feature> &features, const QString &kind)
{
    for (const Feature &f : features)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

void checkCentimetre(QPointF got, QPointF want)
{
    CHECK(got.x() == Approx(want.x()).margin(0.01));
    CHECK(got.y() == Approx(want.y()).margin(0.01));
}

void checkCrack(const Feature &crack)
{
    CHECK(crack.label == QStringLiteral("Scheur"));
    REQUIRE(crack.points.size() == 3);
    checkCentimetre(crack.points[0], mapOf(100, 50));
    checkCentimetre(crack.points[1], mapOf(300.5, 200.25));
    checkCentimetre(crack.points[2], mapOf(410.04, 390.96));
}

} // namespace

TEST_CASE("GeoJSON export writes cracks, boxes and polygons in the raster's map coordinates")
{
    GeoLab lab;
    lab.annotateAll();
    const Format *format = FormatRegistry::builtin().find(QStringLiteral("geojson"));
    REQUIRE(format);
    CHECK(format->canExport());
    CHECK_FALSE(format->canImport());
    const QString out = lab.dir.filePath(QStringLiteral("dijk.geojson"));
    auto exported = exportToFile(*format, *lab.store, lab.task.id, out);
    INFO((exported ? QString() : exported.error().message()).toStdString());
    REQUIRE(exported.ok());
    CHECK(exported->counts.value(QStringLiteral("annotation")) == 3);

    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(json.value(QStringLiteral("type")).toString() == QStringLiteral("FeatureCollection"));
    CHECK(json.value(QStringLiteral("crs"))
                  .toObject()
                  .value(QStringLiteral("properties"))
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString()
                  .contains(QStringLiteral("28992")));

    QStringList crs;
    const QList<Feature> features = readFeatures(out, nullptr, &crs);
    CHECK(crs == QStringList{QStringLiteral("28992")});
    REQUIRE(features.size() == 3);
    const Feature *crack = findKind(features, QStringLiteral("crack"));
    REQUIRE(crack);
    checkCrack(*crack);
    CHECK(crack->annotationId == lab.crackId);
    CHECK(crack->person == lab.anna.id);
    const Feature *box = findKind(features, QStringLiteral("box"));
    REQUIRE(box);
    REQUIRE(box->points.size() == 5); // closed ring
    checkCentimetre(box->points[0], mapOf(10, 20));
    checkCentimetre(box->points[2], mapOf(50, 100));
    CHECK(box->points.first() == box->points.last());
    const QJsonObject attributes = QJsonDocument::fromJson(box->attributes.toUtf8()).object();
    CHECK(attributes.value(QStringLiteral("schade")).toInt() == 3);
    CHECK(attributes.value(QStringLiteral("soort")).toString() == QStringLiteral("roest"));
    const Feature *polygon = findKind(features, QStringLiteral("polygon"));
    REQUIRE(polygon);
    CHECK(polygon->person == lab.bram.id);
    checkCentimetre(polygon->points[1], mapOf(100, 0));
}

TEST_CASE("GeoPackage export writes one layer per kind, and honours the person chosen")
{
    GeoLab lab;
    lab.annotateAll();
    const Format *format = FormatRegistry::builtin().find(QStringLiteral("gpkg"));
    REQUIRE(format);
    const QString out = lab.dir.filePath(QStringLiteral("dijk.gpkg"));

    SECTION("everyone")
    {
        auto exported = exportToFile(*format, *lab.store, lab.task.id, out);
        INFO((exported ? QString() : exported.error().message()).toStdString());
        REQUIRE(exported.ok());
        QStringList layers, crs;
        const QList<Feature> features = readFeatures(out, &layers, &crs);
        layers.sort();
        CHECK(layers == QStringList{QStringLiteral("boxes"), QStringLiteral("cracks"),
                                    QStringLiteral("polygons")});
        CHECK(crs == QStringList(3, QStringLiteral("28992")));
        REQUIRE(features.size() == 3);
        const Feature *crack = findKind(features, QStringLiteral("crack"));
        REQUIRE(crack);
        checkCrack(*crack);
    }
    SECTION("one person's layer")
    {
        ExportOptions options;
        options.layer = lab.bram.id;
        auto exported = exportToFile(*format, *lab.store, lab.task.id, out, ExistingFile::Refuse,
                                     {}, options);
        REQUIRE(exported.ok());
        const QList<Feature> features = readFeatures(out);
        REQUIRE(features.size() == 1);
        CHECK(features[0].kind == QStringLiteral("polygon"));
        CHECK(features[0].person == lab.bram.id);
    }
}

TEST_CASE("GIS export of an item without georeference is refused naming its file")
{
    GeoLab lab(true);
    lab.annotateAll();
    // Without annotations on the plain TIFF, the export goes through.
    const Format *format = FormatRegistry::builtin().find(QStringLiteral("geojson"));
    REQUIRE(format);
    const QString first = lab.dir.filePath(QStringLiteral("first.geojson"));
    REQUIRE(exportToFile(*format, *lab.store, lab.task.id, first).ok());

    lab.annotate(lab.items[1], lab.anna, AnnotationKind::Crack, QStringLiteral("Scheur"),
                 {{QStringLiteral("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{20, 30}}}});
    for (const char *id : {"geojson", "gpkg"}) {
        const Format *f = FormatRegistry::builtin().find(QString::fromLatin1(id));
        REQUIRE(f);
        const QString out = lab.dir.filePath(QStringLiteral("refused.") + f->extension);
        auto exported = exportToFile(*f, *lab.store, lab.task.id, out);
        REQUIRE_FALSE(exported.ok());
        const QString message = exported.error().message();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("plain.tif")));
        CHECK(message.contains(QStringLiteral("not georeferenced")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
