// SPDX-License-Identifier: GPL-3.0-or-later
// labelme JSON: the reader (a folder of files) and the writer (a ZIP archive of files).

#include "labelme.h"

#include "imagedataset.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// Reads one labelme file into \a dataset; false in \a isLabelme when it is another JSON.
std::optional<Error> readLabelme(const QString &file, ImageDataset &dataset, bool *isLabelme)
{
    *isLabelme = true;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::at(file, 0, Tr::msg("cannot read the file: %1").arg(f.errorString()),
                         Error::Fault::Access);
    if (f.size() > kLabelmeMaxBytes)
        return Error::at(file, 0,
                         Tr::msg("the file is %1 MB; at most %2 MB is read")
                                 .arg(f.size() >> 20)
                                 .arg(kLabelmeMaxBytes >> 20));
    const QByteArray bytes = f.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::at(file, lineOfOffset(bytes, parseError.offset),
                         Tr::msg("not valid JSON (%1, at character %2); is the file complete?")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset + 1));
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("shapes")).isArray()) {
        *isLabelme = false;
        return std::nullopt;
    }
    DatasetImage image;
    image.name = root.value(QStringLiteral("imagePath")).toString();
    image.place = DatasetPlace{file, 0, {}};
    if (image.name.isEmpty())
        return Error::at(file, 0, Tr::msg("\"imagePath\" is missing"));
    image.width = root.value(QStringLiteral("imageWidth")).toInt();
    image.height = root.value(QStringLiteral("imageHeight")).toInt();
    const QString path = QFileInfo(file).absoluteDir().filePath(image.name);
    image.path = QFileInfo(path).isFile() ? QFileInfo(path).absoluteFilePath() : QString();
    const int index = int(dataset.images.size());
    dataset.images << image;

    const QJsonArray shapes = root.value(QStringLiteral("shapes")).toArray();
    const QList<qint64> lines = jsonElementLines(bytes).value(QStringLiteral("shapes"));
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        const QJsonObject s = shapes.at(i).toObject();
        const DatasetPlace at{file, lines.value(i, 0),
                              Message::pattern(QStringLiteral("shapes[%1]")).arg(i)};
        const QString type =
                s.value(QStringLiteral("shape_type")).toString(QStringLiteral("polygon"));
        DatasetShape shape;
        shape.image = index;
        shape.place = at;
        shape.label = s.value(QStringLiteral("label")).toString();
        const QJsonObject flags = s.value(QStringLiteral("flags")).toObject();
        for (auto it = flags.begin(); it != flags.end(); ++it)
            if (it->isBool())
                shape.attributes.insert(it.key(), it.value());
        Polyline points;
        for (const QJsonValue &p : s.value(QStringLiteral("points")).toArray()) {
            const QJsonArray xy = p.toArray();
            if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                return placedError(at, Tr::msg("\"points\" must be [x, y] pairs"));
            points << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        if (type == QLatin1String("rectangle")) {
            if (points.size() != 2)
                return placedError(at,
                                   Tr::msg("a rectangle has 2 points, not %1").arg(points.size()));
            shape.value = boxToValue(boxFromCorners(points.at(0), points.at(1)));
        } else if (type == QLatin1String("polygon")) {
            if (points.size() < 3)
                return placedError(at, Tr::msg("a polygon with %1 points; a polygon needs at "
                                               "least 3")
                                               .arg(points.size()));
            shape.kind = AnnotationKind::Polygon;
            shape.value = pointsValue(points);
        } else if (type == QLatin1String("linestrip") || type == QLatin1String("line")) {
            shape.kind = AnnotationKind::Crack;
            shape.value = pointsValue(points);
        } else if (type == QLatin1String("point") || type == QLatin1String("points") ||
                   type == QLatin1String("circle") || type == QLatin1String("mask")) {
            ++dataset.notes[QStringLiteral("%1-skipped").arg(type)];
            continue;
        } else {
            return placedError(at, Tr::msg("unknown \"shape_type\" \"%1\"").arg(type));
        }
        if (!dataset.labels.contains(shape.label) && !shape.label.isEmpty())
            dataset.labels << shape.label;
        dataset.shapes << shape;
    }
    return std::nullopt;
}

Result<ImportSummary> importLabelme(Store &store, QIODevice &in, const QString &fileName,
                                    const ImportOptions &options, const FormatProgress &progress)
{
    Q_UNUSED(in); // read by path with the other files of its folder
    const QDir dir = QFileInfo(fileName).absoluteDir();
    ImageDataset dataset;
    dataset.name = dir.dirName();
    QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(files)) {
        // The chosen file under the name it was given, so messages name it as the user did.
        const bool chosen = QFileInfo(dir.filePath(name)) == QFileInfo(fileName);
        bool isLabelme = true;
        if (auto e = readLabelme(chosen ? fileName : dir.filePath(name), dataset, &isLabelme))
            return *e;
        if (!isLabelme) {
            if (chosen)
                return Error::at(fileName, 0, Tr::msg("not a labelme file (it has no \"shapes\")"));
            ++dataset.notes[QStringLiteral("json-not-labelme")];
        }
    }
    return importImageDataset(store, std::move(dataset), options, progress);
}

QJsonArray pointsJson(const Polyline &points)
{
    QJsonArray out;
    for (const QPointF &p : points)
        out << QJsonArray{p.x(), p.y()};
    return out;
}

Result<ExportSummary> exportLabelme(const Store &store, const QString &taskId, QIODevice &out,
                                    const ExportOptions &options, const FormatProgress &progress)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    ExportSummary summary;
    QList<std::pair<QString, QByteArray>> files;
    for (qsizetype i = 0; i < collected->images.size(); ++i) {
        const ExportedImage &image = collected->images.at(i);
        QJsonArray shapes;
        for (const Annotation &a : image.annotations) {
            QJsonObject flags;
            for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
                if (it->isBool())
                    flags.insert(it.key(), it.value());
                else
                    ++summary.counts[QStringLiteral("attribute-not-a-flag")];
            }
            QString type;
            QJsonArray points;
            if (a.kind == AnnotationKind::Box) {
                const Box b = *boxFromValue(a.value);
                type = QStringLiteral("rectangle");
                points = pointsJson({QPointF(b.x, b.y), QPointF(b.x + b.w, b.y + b.h)});
            } else {
                type = a.kind == AnnotationKind::Polygon ? QStringLiteral("polygon")
                                                         : QStringLiteral("linestrip");
                points = pointsJson(valuePoints(a.value));
            }
            shapes << QJsonObject{{QStringLiteral("label"), a.label},
                                  {QStringLiteral("points"), points},
                                  {QStringLiteral("group_id"), QJsonValue()},
                                  {QStringLiteral("description"), QString()},
                                  {QStringLiteral("shape_type"), type},
                                  {QStringLiteral("flags"), flags}};
            ++summary.counts[QStringLiteral("annotation")];
        }
        const QJsonObject root{{QStringLiteral("version"), QStringLiteral("5.2.1")},
                               {QStringLiteral("flags"), QJsonObject()},
                               {QStringLiteral("shapes"), shapes},
                               {QStringLiteral("imagePath"), image.fileName},
                               {QStringLiteral("imageData"), QJsonValue()},
                               {QStringLiteral("imageHeight"), image.height},
                               {QStringLiteral("imageWidth"), image.width}};
        files << std::pair{QFileInfo(image.fileName).completeBaseName() + QStringLiteral(".json"),
                           QJsonDocument(root).toJson()};
        if (progress)
            progress(FormatStage::Writing, i + 1, collected->images.size());
    }
    if (auto r = writeZip(files, out); !r)
        return r.error();
    summary.counts[QStringLiteral("image")] = int(collected->images.size());
    return summary;
}

} // namespace

Format labelmeFormat()
{
    return imageDatasetFormat(QStringLiteral("labelme"),
                              QT_TRANSLATE_NOOP("annostraat::Formats", "labelme (JSON)"),
                              QT_TRANSLATE_NOOP("annostraat::Formats",
                                                "One JSON file per image: rectangles, polygons and "
                                                "linestrips (cracks). Importing a "
                                                "file reads every labelme file in its folder; "
                                                "exports a ZIP archive of the files."),
                              QStringLiteral("zip"), exportLabelme, importLabelme);
}

} // namespace annostraat
