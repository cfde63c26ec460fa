// SPDX-License-Identifier: GPL-3.0-or-later
// COCO instances JSON: the reader (parse, check, then importImageDataset) and the writer.

#include "coco.h"

#include "imagedataset.h"
#include "masktrace.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

const QString kPolyline = QStringLiteral("polyline");
const QString kIsCrowd = QStringLiteral("iscrowd");

bool isWhole(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() &&
           std::abs(v.toDouble()) < 9e15;
}

/// A flat [x1, y1, x2, y2, …] list as points; nullopt when it is not numbers in pairs.
std::optional<Polyline> flatPoints(const QJsonArray &flat)
{
    if (flat.size() % 2)
        return std::nullopt;
    Polyline points;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        if (!flat.at(i).isDouble() || !flat.at(i + 1).isDouble())
            return std::nullopt;
        points << QPointF(flat.at(i).toDouble(), flat.at(i + 1).toDouble());
    }
    return points;
}

QJsonArray flatArray(const Polyline &points)
{
    QJsonArray flat;
    for (const QPointF &p : points)
        flat << p.x() << p.y();
    return flat;
}

/// Where the images of a COCO file are: beside it, in images/ beside it, or (Datumaro's and
/// COCO 2017's layouts) in ../images/<subset>/, ../images/ or ../<subset>/ when the file is
/// annotations/instances_<subset>.json.
QString findImage(const QFileInfo &json, const QString &fileName)
{
    const QDir dir = json.absoluteDir();
    QString subset = json.completeBaseName();
    if (subset.startsWith(QLatin1String("instances_")))
        subset = subset.mid(10);
    const QStringList candidates{
            dir.filePath(fileName), dir.filePath(QStringLiteral("images/") + fileName),
            dir.filePath(QStringLiteral("../images/%1/%2").arg(subset, fileName)),
            dir.filePath(QStringLiteral("../images/") + fileName),
            dir.filePath(QStringLiteral("../%1/%2").arg(subset, fileName))};
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    return {};
}

struct CocoReader
{
    QString file;
    ImageDataset dataset;
    QHash<qint64, QString> categories;   ///< id → name
    QHash<qint64, int> images;           ///< id → index in dataset.images
    QHash<QString, QList<qint64>> lines; ///< line of each entry of the root's lists

    DatasetPlace place(const QString &list, qsizetype index, const QJsonObject &o) const
    {
        const qint64 line = lines.value(list).value(index, 0);
        const QJsonValue id = o.value(QStringLiteral("id"));
        Message entry = isWhole(id)
                                ? Message::pattern(QStringLiteral("%1[%2] (id %3)"))
                                          .arg(list)
                                          .arg(index)
                                          .arg(qint64(id.toDouble()))
                                : Message::pattern(QStringLiteral("%1[%2]")).arg(list).arg(index);
        return DatasetPlace{file, line, entry};
    }

    std::optional<Error> readCategories(const QJsonArray &list)
    {
        QSet<QString> names;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            const DatasetPlace at = place(QStringLiteral("categories"), i, o);
            const QJsonValue id = o.value(QStringLiteral("id"));
            const QString name = o.value(QStringLiteral("name")).toString().trimmed();
            if (!list.at(i).isObject() || !isWhole(id))
                return placedError(at, Tr::msg("a category needs a whole number \"id\""));
            if (name.isEmpty())
                return placedError(at, Tr::msg("a category needs a \"name\""));
            if (categories.contains(qint64(id.toDouble())))
                return placedError(
                        at, Tr::msg("a second category with id %1").arg(qint64(id.toDouble())));
            if (names.contains(name))
                return placedError(at, Tr::msg("a second category named \"%1\"").arg(name));
            names.insert(name);
            categories.insert(qint64(id.toDouble()), name);
            dataset.labels << name;
        }
        return std::nullopt;
    }

    std::optional<Error> readImages(const QJsonArray &list)
    {
        const QFileInfo json(file);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            const DatasetPlace at = place(QStringLiteral("images"), i, o);
            const QJsonValue id = o.value(QStringLiteral("id"));
            if (!list.at(i).isObject() || !isWhole(id))
                return placedError(at, Tr::msg("an image needs a whole number \"id\""));
            if (images.contains(qint64(id.toDouble())))
                return placedError(at,
                                   Tr::msg("a second image with id %1").arg(qint64(id.toDouble())));
            DatasetImage image;
            image.name = o.value(QStringLiteral("file_name")).toString();
            if (image.name.isEmpty())
                return placedError(at, Tr::msg("an image needs a \"file_name\""));
            const QJsonValue w = o.value(QStringLiteral("width"));
            const QJsonValue h = o.value(QStringLiteral("height"));
            if (!isWhole(w) || !isWhole(h) || w.toDouble() < 1 || h.toDouble() < 1)
                return placedError(at, Tr::msg("an image needs its \"width\" and \"height\" in "
                                               "pixels (whole numbers of 1 or more)"));
            image.width = int(w.toDouble());
            image.height = int(h.toDouble());
            image.path = findImage(json, image.name);
            image.place = at;
            images.insert(qint64(id.toDouble()), int(dataset.images.size()));
            dataset.images << image;
        }
        return std::nullopt;
    }

    std::optional<Error> readAnnotations(const QJsonArray &list)
    {
        QSet<qint64> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            const DatasetPlace at = place(QStringLiteral("annotations"), i, o);
            const QJsonValue id = o.value(QStringLiteral("id"));
            if (!list.at(i).isObject() || !isWhole(id))
                return placedError(at, Tr::msg("an annotation needs a whole number \"id\""));
            if (ids.contains(qint64(id.toDouble())))
                return placedError(
                        at, Tr::msg("a second annotation with id %1").arg(qint64(id.toDouble())));
            ids.insert(qint64(id.toDouble()));
            const QJsonValue imageId = o.value(QStringLiteral("image_id"));
            if (!isWhole(imageId) || !images.contains(qint64(imageId.toDouble())))
                return placedError(
                        at,
                        Tr::msg("\"image_id\" %1 is no image of the file").arg(valueText(imageId)));
            const QJsonValue categoryId = o.value(QStringLiteral("category_id"));
            if (!isWhole(categoryId) || !categories.contains(qint64(categoryId.toDouble())))
                return placedError(at, Tr::msg("unknown category %1 (\"category_id\")")
                                               .arg(valueText(categoryId)));
            const int image = images.value(qint64(imageId.toDouble()));
            const QString label = categories.value(qint64(categoryId.toDouble()));

            QJsonObject attributes;
            const QJsonValue extra = o.value(QStringLiteral("attributes"));
            if (!extra.isUndefined() && !extra.isObject())
                return placedError(at, Tr::msg("\"attributes\" must be a JSON object"));
            attributes = extra.toObject();
            const QJsonValue polyline = attributes.take(kPolyline);
            const QJsonValue crowd = o.value(kIsCrowd);
            if (!crowd.isUndefined() &&
                !(isWhole(crowd) && (crowd.toDouble() == 0 || crowd.toDouble() == 1)))
                return placedError(at, Tr::msg("\"iscrowd\" must be 0 or 1"));
            if (crowd.toDouble() == 1)
                attributes.insert(kIsCrowd, true);

            auto shape = [&](AnnotationKind kind, const QJsonObject &value) {
                dataset.shapes << DatasetShape{image, kind, label, value, attributes, at};
            };

            // Our crack mapping first: a box for other tools, the line in "attributes".
            if (!polyline.isUndefined()) {
                const auto points = flatPoints(polyline.toArray());
                if (!polyline.isArray() || !points)
                    return placedError(at, Tr::msg("\"attributes\": \"polyline\" must be a list "
                                                   "of numbers [x1, y1, x2, y2, …]"));
                shape(AnnotationKind::Crack, pointsValue(*points));
                continue;
            }
            const QJsonValue segmentation = o.value(QStringLiteral("segmentation"));
            if (segmentation.isObject()) {
                if (auto problem = readMask(segmentation.toObject(), image, at, shape))
                    return problem;
                continue;
            }
            const QJsonArray parts = segmentation.toArray();
            if (!segmentation.isUndefined() && !segmentation.isArray())
                return placedError(at, Tr::msg("\"segmentation\" must be a list of polygons or "
                                               "a run-length mask"));
            if (parts.isEmpty()) {
                const QJsonArray bbox = o.value(QStringLiteral("bbox")).toArray();
                if (bbox.size() != 4 || !flatPoints(bbox))
                    return placedError(at, Tr::msg("\"bbox\" must be [x, y, width, height]"));
                shape(AnnotationKind::Box, QJsonObject{{QStringLiteral("x"), bbox.at(0)},
                                                       {QStringLiteral("y"), bbox.at(1)},
                                                       {QStringLiteral("w"), bbox.at(2)},
                                                       {QStringLiteral("h"), bbox.at(3)}});
                continue;
            }
            // One polygon per part: we have no multi-part polygon.
            for (qsizetype p = 0; p < parts.size(); ++p) {
                const auto points = flatPoints(parts.at(p).toArray());
                if (!parts.at(p).isArray() || !points)
                    return placedError(at, Tr::msg("\"segmentation\"[%1] must be a list of "
                                                   "numbers [x1, y1, x2, y2, …]")
                                                   .arg(p));
                if (points->size() < 3)
                    return placedError(at, Tr::msg("\"segmentation\"[%1] is a polygon with %2 "
                                                   "points; a polygon needs at least 3")
                                                   .arg(p)
                                                   .arg(points->size()));
                shape(AnnotationKind::Polygon, pointsValue(*points));
            }
            if (parts.size() > 1)
                dataset.notes[QStringLiteral("polygon-part-split")] += int(parts.size()) - 1;
        }
        return std::nullopt;
    }

    template<typename Shape>
    std::optional<Error> readMask(const QJsonObject &rle, int image, const DatasetPlace &at,
                                  const Shape &shape)
    {
        const QJsonArray size = rle.value(QStringLiteral("size")).toArray();
        const DatasetImage &target = dataset.images.at(image);
        if (size.size() != 2 || !isWhole(size.at(0)) || !isWhole(size.at(1)))
            return placedError(at, Tr::msg("a run-length mask needs \"size\": [height, width]"));
        RunLengthMask mask;
        mask.height = int(size.at(0).toDouble());
        mask.width = int(size.at(1).toDouble());
        if (mask.height != target.height || mask.width != target.width)
            return placedError(at, Tr::msg("the mask is %1 × %2 pixels, its image %3 × %4")
                                           .arg(mask.width)
                                           .arg(mask.height)
                                           .arg(target.width)
                                           .arg(target.height));
        const QJsonValue counts = rle.value(QStringLiteral("counts"));
        if (counts.isString()) {
            auto decoded = decodeCocoCounts(counts.toString().toLatin1());
            if (!decoded)
                return placedError(at, Tr::msg("the mask's \"counts\" text is not run-length "
                                               "data"));
            mask.counts = std::move(*decoded);
        } else if (counts.isArray()) {
            for (const QJsonValue &c : counts.toArray()) {
                if (!isWhole(c) || c.toDouble() < 0 || c.toDouble() > 4294967295.0)
                    return placedError(at, Tr::msg("the mask's \"counts\" must be whole numbers "
                                                   "of 0 or more"));
                mask.counts.push_back(quint32(c.toDouble()));
            }
        } else {
            return placedError(at, Tr::msg("a run-length mask needs \"counts\""));
        }
        qint64 total = 0;
        for (quint32 c : mask.counts)
            total += c;
        if (total != qint64(mask.height) * mask.width)
            return placedError(at, Tr::msg("the mask's runs cover %1 pixels, its size %2")
                                           .arg(total)
                                           .arg(qint64(mask.height) * mask.width));
        const TracedMask traced = traceMask(mask);
        for (const Polyline &outline : traced.outlines)
            shape(AnnotationKind::Polygon, pointsValue(outline));
        ++dataset.notes[QStringLiteral("mask-traced")];
        dataset.notes[QStringLiteral("mask-part-dropped")] += traced.droppedParts;
        dataset.notes[QStringLiteral("mask-hole-dropped")] += traced.holes;
        return std::nullopt;
    }

    static QString valueText(const QJsonValue &v)
    {
        if (v.isDouble())
            return numberText(v.toDouble());
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        return QStringLiteral("(none)");
    }
};

Result<ImportSummary> importCoco(Store &store, QIODevice &in, const QString &fileName,
                                 const ImportOptions &options, const FormatProgress &progress)
{
    const qint64 size = in.isSequential() ? 0 : in.size();
    if (size > kCocoMaxBytes)
        return Error::at(fileName, 0,
                         Tr::msg("the file is %1 MB; a COCO file is read whole, and at most %2 "
                                 "MB can be")
                                 .arg(size >> 20)
                                 .arg(kCocoMaxBytes >> 20));
    if (progress)
        progress(FormatStage::Reading, 0, size);
    // Read what the file holds, not the most it may hold: QIODevice::read(n) allocates n
    // bytes first, and a 10-byte file would cost the limit's worth of memory (found by
    // fuzz_coco: its empty input took 30 s under AddressSanitizer).
    const QByteArray bytes = in.read(in.isSequential() ? kCocoMaxBytes + 1 : size + 1);
    if (bytes.size() > kCocoMaxBytes)
        return Error::at(fileName, 0,
                         Tr::msg("the file is larger than %1 MB, the most a COCO file can be")
                                 .arg(kCocoMaxBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::at(fileName, lineOfOffset(bytes, parseError.offset),
                         Tr::msg("not valid JSON (%1, at character %2); is the file complete?")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset + 1));
    if (!doc.isObject())
        return Error::at(fileName, 1, Tr::msg("a COCO file is one JSON object ({…})"));
    const QJsonObject root = doc.object();
    for (const char *list : {"images", "annotations", "categories"})
        if (!root.value(QLatin1String(list)).isArray())
            return Error::at(fileName, 0,
                             Tr::msg("\"%1\" is missing; is this a COCO instances file?")
                                     .arg(QLatin1String(list)));

    CocoReader reader;
    reader.file = fileName;
    reader.lines = jsonElementLines(bytes);
    reader.dataset.name = QFileInfo(fileName).completeBaseName();
    if (auto e = reader.readCategories(root.value(QStringLiteral("categories")).toArray()))
        return *e;
    if (auto e = reader.readImages(root.value(QStringLiteral("images")).toArray()))
        return *e;
    if (auto e = reader.readAnnotations(root.value(QStringLiteral("annotations")).toArray()))
        return *e;
    return importImageDataset(store, std::move(reader.dataset), options, progress);
}

Result<ExportSummary> exportCoco(const Store &store, const QString &taskId, QIODevice &out,
                                 const ExportOptions &options, const FormatProgress &progress)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    const ImageExport &data = *collected;

    QJsonArray categories;
    for (qsizetype i = 0; i < data.labels.size(); ++i)
        categories << QJsonObject{{QStringLiteral("id"), int(i + 1)},
                                  {QStringLiteral("name"), data.labels.at(i)},
                                  {QStringLiteral("supercategory"), QString()}};
    QJsonArray images;
    QJsonArray annotations;
    int nextId = 1;
    ExportSummary summary;
    for (qsizetype i = 0; i < data.images.size(); ++i) {
        const ExportedImage &image = data.images.at(i);
        images << QJsonObject{{QStringLiteral("id"), int(i + 1)},
                              {QStringLiteral("file_name"), image.fileName},
                              {QStringLiteral("width"), image.width},
                              {QStringLiteral("height"), image.height}};
        for (const Annotation &a : image.annotations) {
            QJsonObject attributes = a.attributes;
            const bool crowd = attributes.take(kIsCrowd).toBool();
            QJsonArray segmentation;
            Box bbox;
            double area = 0;
            if (a.kind == AnnotationKind::Box) {
                bbox = *boxFromValue(a.value);
                area = bbox.w * bbox.h;
            } else {
                const Polyline points = valuePoints(a.value);
                bbox = pointsBounds(points);
                if (a.kind == AnnotationKind::Polygon) {
                    segmentation << flatArray(points);
                    area = polygonArea(points);
                } else {
                    attributes.insert(kPolyline, flatArray(points));
                    ++summary.counts[QStringLiteral("crack-as-box")];
                }
            }
            QJsonObject o{{QStringLiteral("id"), nextId++},
                          {QStringLiteral("image_id"), int(i + 1)},
                          {QStringLiteral("category_id"), int(data.labels.indexOf(a.label) + 1)},
                          {QStringLiteral("segmentation"), segmentation},
                          {QStringLiteral("area"), area},
                          {QStringLiteral("bbox"), QJsonArray{bbox.x, bbox.y, bbox.w, bbox.h}},
                          {QStringLiteral("iscrowd"), crowd ? 1 : 0}};
            if (!attributes.isEmpty())
                o.insert(QStringLiteral("attributes"), attributes);
            annotations << o;
        }
        if (progress)
            progress(FormatStage::Writing, i + 1, data.images.size());
    }
    const QJsonObject root{
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("description"), data.task.name},
                         {QStringLiteral("version"), QString::number(data.task.version)},
                         {QStringLiteral("date_created"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}},
            {QStringLiteral("licenses"), QJsonArray()},
            {QStringLiteral("categories"), categories},
            {QStringLiteral("images"), images},
            {QStringLiteral("annotations"), annotations}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (out.write(bytes) != bytes.size())
        return Error::plain(out.errorString(), Error::Fault::Access);
    summary.counts[QStringLiteral("image")] = int(data.images.size());
    summary.counts[QStringLiteral("annotation")] = int(annotations.size());
    summary.counts[QStringLiteral("category")] = int(categories.size());
    return summary;
}

} // namespace

Format cocoFormat()
{
    return imageDatasetFormat(
            QStringLiteral("coco"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "COCO instances (JSON)"),
            QT_TRANSLATE_NOOP(
                    "annostraat::Formats",
                    "Boxes and polygons of an image task with their categories, as COCO object "
                    "detection datasets hold them. Masks are imported as traced polygons; cracks "
                    "go out "
                    "as boxes with their line kept in \"attributes\"."),
            QStringLiteral("json"), exportCoco, importCoco);
}

} // namespace annostraat
