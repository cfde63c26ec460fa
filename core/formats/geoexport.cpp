// SPDX-License-Identifier: GPL-3.0-or-later
#include "geoexport.h"

#include "imagedataset.h"
#include "media/imagesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUuid>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <mutex>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

struct SrsDeleter
{
    void operator()(OGRSpatialReferenceH h) const { OSRDestroySpatialReference(h); }
};
using Srs = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;

Srs srsFromWkt(const QString &wkt)
{
    const QByteArray bytes = wkt.toUtf8();
    Srs srs(OSRNewSpatialReference(bytes.constData()));
    if (srs)
        OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

QString gdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

/// The fields every feature carries (docs/formats.md, "geojson" and "gpkg").
const char *const kFields[] = {"annotation_id", "item_id", "image",     "label",
                               "person",        "kind",    "attributes"};

Result<void> addFields(OGRLayerH layer)
{
    for (const char *name : kFields) {
        OGRFieldDefnH field = OGR_Fld_Create(name, OFTString);
        const OGRErr err = OGR_L_CreateField(layer, field, TRUE);
        OGR_Fld_Destroy(field);
        if (err != OGRERR_NONE)
            return Error::plain(gdalError());
    }
    return {};
}

OGRGeometryH geometryOf(const Annotation &a, const GeoReference &geo)
{
    Polyline points;
    if (a.kind == AnnotationKind::Box) {
        const auto box = boxFromValue(a.value);
        if (!box)
            return nullptr;
        points = {QPointF(box->x, box->y), QPointF(box->x + box->w, box->y),
                  QPointF(box->x + box->w, box->y + box->h), QPointF(box->x, box->y + box->h)};
    } else {
        points = valuePoints(a.value);
    }
    if (a.kind == AnnotationKind::Crack) {
        OGRGeometryH line = OGR_G_CreateGeometry(wkbLineString);
        for (const QPointF &p : points) {
            const QPointF m = geo.toMap(p);
            OGR_G_AddPoint_2D(line, m.x(), m.y());
        }
        return line;
    }
    OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
    for (const QPointF &p : points) {
        const QPointF m = geo.toMap(p);
        OGR_G_AddPoint_2D(ring, m.x(), m.y());
    }
    const QPointF first = geo.toMap(points.first());
    OGR_G_AddPoint_2D(ring, first.x(), first.y()); // rings are closed in GIS formats
    OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
    OGR_G_AddGeometryDirectly(polygon, ring);
    return polygon;
}

struct Georeferenced
{
    const ExportedImage *image = nullptr;
    GeoReference geo;
};

/// Every image with annotations, with its georeference; refused when one has none or when
/// two are in different coordinate systems.
Result<QList<Georeferenced>> georeference(const ImageExport &collected, const char *driver)
{
    QList<Georeferenced> out;
    Srs first;
    QString firstFile;
    for (const ExportedImage &image : collected.images) {
        if (image.annotations.isEmpty())
            continue;
        const QString file = QDir::toNativeSeparators(image.item.mediaPath);
        auto info = ImageSource::probe(image.item.mediaPath);
        if (!info)
            return Error(Tr::msg("item %1: its image cannot be read to place its annotations "
                                 "on the map: %2")
                                 .arg(image.item.order + 1)
                                 .arg(info.error().what()));
        if (!info->geo.valid)
            return Error(Tr::msg("%1 (item %2) is not georeferenced: it has no map coordinates "
                                 "and coordinate system, so its annotations cannot be exported "
                                 "as %3; export pixel coordinates in another format (COCO, CVAT)")
                                 .arg(file)
                                 .arg(image.item.order + 1)
                                 .arg(QString::fromLatin1(driver)));
        Srs srs = srsFromWkt(info->geo.crsWkt);
        if (!srs)
            return Error(Tr::msg("%1: its coordinate system cannot be read").arg(file));
        if (!first) {
            first = std::move(srs);
            firstFile = file;
        } else if (!OSRIsSame(first.get(), srs.get())) {
            return Error(Tr::msg("%1 is in %2 but %3 is in %4: one export holds one coordinate "
                                 "system; export the items apart")
                                 .arg(firstFile, out.first().geo.crsName, file, info->geo.crsName));
        }
        out << Georeferenced{&image, info->geo};
    }
    return out;
}

/// Removes a /vsimem/ file when it goes out of scope (on every return path).
struct MemFile
{
    QByteArray name;
    ~MemFile() { VSIUnlink(name.constData()); }
};

} // namespace

Result<ExportSummary> exportGeoVector(const Store &store, const QString &taskId, QIODevice &out,
                                      const ExportOptions &options, const FormatProgress &progress,
                                      const char *driverName, GeoLayers layout)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const auto popHandler = qScopeGuard([] { CPLPopErrorHandler(); });
    CPLErrorReset();

    auto images = georeference(*collected, driverName);
    if (!images)
        return images.error();
    const QString extension =
            layout == GeoLayers::One ? QStringLiteral("geojson") : QStringLiteral("gpkg");
    // OGR writes into GDAL's in-memory file system; the bytes then go to \a out, which
    // exportToFile() renames into place only when everything was written.
    MemFile mem{QStringLiteral("/vsimem/annostraat-%1.%2")
                        .arg(QUuid::createUuid().toString(QUuid::Id128), extension)
                        .toUtf8()};
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (!driver)
        return Error(Tr::msg("this program's GDAL has no %1 driver")
                             .arg(QString::fromLatin1(driverName)));
    GDALDatasetH ds = GDALCreate(driver, mem.name.constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return Error(Tr::msg("the %1 file cannot be created: %2")
                             .arg(QString::fromLatin1(driverName), gdalError()));
    auto closeDs = qScopeGuard([&ds] {
        if (ds)
            GDALClose(ds);
    });
    Srs srs = images->isEmpty() ? Srs() : srsFromWkt(images->first().geo.crsWkt);

    struct LayerOf
    {
        AnnotationKind kind;
        const char *name;
        OGRwkbGeometryType type;
    };
    const QList<LayerOf> wanted =
            layout == GeoLayers::One
                    ? QList<LayerOf>{{AnnotationKind::Box, "annotations", wkbUnknown}}
                    : QList<LayerOf>{{AnnotationKind::Crack, "cracks", wkbLineString},
                                     {AnnotationKind::Polygon, "polygons", wkbPolygon},
                                     {AnnotationKind::Box, "boxes", wkbPolygon}};
    QHash<AnnotationKind, OGRLayerH> layers;
    for (const LayerOf &l : wanted) {
        // GeoJSON in a projected CRS: the "crs" member GIS programs read (RFC 7946 allows
        // WGS 84 only, which would mean reprojecting the water board's own grid).
        const char *geojsonOptions[] = {"RFC7946=NO", "WRITE_NAME=NO", nullptr};
        OGRLayerH layer = GDALDatasetCreateLayer(
                ds, l.name, srs.get(), l.type,
                layout == GeoLayers::One ? const_cast<char **>(geojsonOptions) : nullptr);
        if (!layer)
            return Error(Tr::msg("the %1 file cannot be created: %2")
                                 .arg(QString::fromLatin1(driverName), gdalError()));
        if (auto r = addFields(layer); !r)
            return Error(Tr::msg("the %1 file cannot be created: %2")
                                 .arg(QString::fromLatin1(driverName), r.error().what()));
        if (layout == GeoLayers::One) {
            for (AnnotationKind k :
                 {AnnotationKind::Box, AnnotationKind::Polygon, AnnotationKind::Crack})
                layers.insert(k, layer);
        } else {
            layers.insert(l.kind, layer);
        }
    }

    const bool transaction = GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE;
    ExportSummary summary;
    for (qsizetype i = 0; i < images->size(); ++i) {
        const Georeferenced &g = images->at(i);
        for (const Annotation &a : g.image->annotations) {
            OGRLayerH layer = layers.value(a.kind);
            OGRGeometryH geometry = layer ? geometryOf(a, g.geo) : nullptr;
            if (!geometry)
                continue;
            OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            const QStringList values = {
                    a.id,
                    a.itemId,
                    g.image->fileName,
                    a.label,
                    a.author,
                    toId(a.kind),
                    QString::fromUtf8(QJsonDocument(a.attributes).toJson(QJsonDocument::Compact))};
            for (int f = 0; f < values.size(); ++f)
                OGR_F_SetFieldString(feature, f, values.at(f).toUtf8().constData());
            OGR_F_SetGeometryDirectly(feature, geometry);
            const OGRErr err = OGR_L_CreateFeature(layer, feature);
            OGR_F_Destroy(feature);
            if (err != OGRERR_NONE)
                return Error(Tr::msg("annotation %1 cannot be written: %2").arg(a.id, gdalError()));
            ++summary.counts[QStringLiteral("annotation")];
        }
        if (progress)
            progress(FormatStage::Writing, i + 1, images->size());
    }
    if (transaction && GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
        return Error(Tr::msg("the %1 file cannot be written: %2")
                             .arg(QString::fromLatin1(driverName), gdalError()));
    GDALClose(ds);
    ds = nullptr;
    if (CPLGetLastErrorType() >= CE_Failure)
        return Error(Tr::msg("the %1 file cannot be written: %2")
                             .arg(QString::fromLatin1(driverName), gdalError()));

    vsi_l_offset length = 0;
    GByte *bytes = VSIGetMemFileBuffer(mem.name.constData(), &length, FALSE);
    if (!bytes)
        return Error(Tr::msg("the %1 file cannot be written: %2")
                             .arg(QString::fromLatin1(driverName), gdalError()));
    if (out.write(reinterpret_cast<const char *>(bytes), qint64(length)) != qint64(length))
        return Error(Tr::msg("the file cannot be written: %1").arg(out.errorString()));
    summary.counts[QStringLiteral("image")] = int(images->size());
    return summary;
}

Format geoVectorFormat(QString id, const char *name, const char *summary, QString extension,
                       ExportFunction exporter)
{
    Format f;
    f.id = std::move(id);
    f.name = name;
    f.summary = summary;
    f.version = 1;
    f.extension = std::move(extension);
    f.mediaKinds = {MediaKind::Image};
    f.annotationKinds = {AnnotationKind::Box, AnnotationKind::Polygon, AnnotationKind::Crack};
    f.importTarget = ImportTarget::NewOrExistingTask;
    f.exporter = std::move(exporter);
    f.exportsSelection = true; // collected through exportedAnnotations()
    return f;
}

} // namespace annostraat
