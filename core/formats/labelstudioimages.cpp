// SPDX-License-Identifier: GPL-3.0-or-later
// Label Studio JSON for images: tasks with several annotators' shapes as layers, in percent.

#include "labelstudioimages.h"

#include "imagedataset.h"
#include "labelstudiojson.h"
#include "store/store.h"
#include "store/taskbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The file name in an image reference as Label Studio writes it: an upload
/// ("/data/upload/3/1a2b3c4d-dike.jpg", where Label Studio put 8 hex digits and '-' before the
/// name), local files storage ("/data/local-files/?d=flight/dike.jpg"), a URL or a path.
QString imageFileName(const QString &reference)
{
    QString path = reference;
    const qsizetype d = path.indexOf(QLatin1String("?d="));
    if (d >= 0)
        path = path.mid(d + 3);
    else if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0)
        path = path.left(q);
    path = QUrl::fromPercentEncoding(path.toUtf8()).replace(QLatin1Char('\\'), QLatin1Char('/'));
    QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    static const QRegularExpression kUploadPrefix(QStringLiteral("^[0-9a-f]{8}-(.+)$"));
    if (reference.startsWith(QLatin1String("/data/upload/")))
        if (const auto m = kUploadPrefix.match(name); m.hasMatch())
            name = m.captured(1);
    return name;
}

/// The labels of a result: its value's "<type>" or "labels" list, else those of the "labels"
/// result with the same id (Label Studio writes <Rectangle> and <Labels> apart).
QStringList resultLabels(const QJsonObject &result, const QHash<QString, QStringList> &byId)
{
    const QJsonObject value = result.value(QStringLiteral("value")).toObject();
    QJsonArray list = value.value(result.value(QStringLiteral("type")).toString()).toArray();
    if (list.isEmpty())
        list = value.value(QStringLiteral("labels")).toArray();
    QStringList labels;
    for (const QJsonValue &v : std::as_const(list))
        labels << v.toString();
    if (labels.isEmpty())
        labels = byId.value(result.value(QStringLiteral("id")).toString());
    return labels;
}

/// Reads the results of one annotation or prediction of task \a image into \a dataset.
std::optional<Error> readResults(const QJsonArray &results, const QString &at,
                                 const DatasetPlace &taskPlace, const QString &layer, int image,
                                 ImageDataset &dataset)
{
    QHash<QString, QStringList> labelsById;
    for (const QJsonValue &v : results)
        if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("labels"))
            labelsById[v.toObject().value(QStringLiteral("id")).toString()]
                    << resultLabels(v.toObject(), {});
    DatasetImage &img = dataset.images[image];
    for (qsizetype r = 0; r < results.size(); ++r) {
        const QJsonObject result = results.at(r).toObject();
        const QString id = result.value(QStringLiteral("id")).toString();
        DatasetPlace place = taskPlace;
        place.entry = Message::plain(
                id.isEmpty() ? QStringLiteral("%1.result[%2]").arg(at).arg(r)
                             : QStringLiteral("%1.result[%2] (id %3)").arg(at).arg(r).arg(id));
        if (!results.at(r).isObject())
            return placedError(place, Tr::msg("a result is a JSON object"));
        const QString type = result.value(QStringLiteral("type")).toString();
        const bool box =
                type == QLatin1String("rectanglelabels") || type == QLatin1String("rectangle");
        const bool polygon =
                type == QLatin1String("polygonlabels") || type == QLatin1String("polygon");
        if (type == QLatin1String("labels"))
            continue; // the labels of a shape with the same id
        if (type == QLatin1String("keypointlabels") || type == QLatin1String("keypoint")) {
            ++dataset.notes[QStringLiteral("keypoint-skipped")];
            continue;
        }
        if (!box && !polygon) {
            ++dataset.notes[QStringLiteral("result-skipped")];
            continue;
        }

        // The image's size: the result says it; every result of a task must agree.
        const QJsonValue w = result.value(QStringLiteral("original_width"));
        const QJsonValue h = result.value(QStringLiteral("original_height"));
        if (!w.isUndefined() || !h.isUndefined()) {
            if (!isWholeNumber(w) || !isWholeNumber(h) || w.toDouble() < 1 || h.toDouble() < 1 ||
                w.toDouble() > 1e6 || h.toDouble() > 1e6)
                return placedError(place, Tr::msg("\"original_width\" and \"original_height\" "
                                                  "are whole numbers of pixels, 1 or more"));
            const int width = int(w.toDouble()), height = int(h.toDouble());
            if (img.width > 0 && (img.width != width || img.height != height))
                return placedError(place, Tr::msg("the image is %1 × %2 pixels here, %3 × %4 in an "
                                                  "earlier result of the task")
                                                  .arg(width)
                                                  .arg(height)
                                                  .arg(img.width)
                                                  .arg(img.height));
            img.width = width;
            img.height = height;
        } else if (img.width <= 0 && !img.path.isEmpty()) {
            const MediaFacts facts = mediaFactsOf(img.path, MediaKind::Image);
            img.width = facts.width;
            img.height = facts.height;
        }
        if (img.width <= 0 || img.height <= 0)
            return placedError(place, Tr::msg("\"original_width\" and \"original_height\" are "
                                              "missing, and the image \"%1\" is not beside the "
                                              "file to measure")
                                              .arg(img.name));
        const double sx = img.width / 100.0, sy = img.height / 100.0;

        const QJsonObject value = result.value(QStringLiteral("value")).toObject();
        DatasetShape shape;
        shape.image = image;
        shape.place = place;
        shape.layer = layer;
        if (box) {
            const char *const fields[] = {"x", "y", "width", "height"};
            double v[4];
            for (int i = 0; i < 4; ++i) {
                const QJsonValue n = value.value(QLatin1String(fields[i]));
                if (!n.isDouble())
                    return placedError(place, Tr::msg("\"value\" needs the number \"%1\"")
                                                      .arg(QLatin1String(fields[i])));
                v[i] = n.toDouble();
            }
            const double rotation =
                    std::fmod(value.value(QStringLiteral("rotation")).toDouble(0), 360.0);
            if (std::abs(rotation) > 1e-6 && std::abs(std::abs(rotation) - 360) > 1e-6)
                return placedError(place, Tr::msg("the rectangle is turned by %1°; boxes here "
                                                  "are upright, and turning it back would "
                                                  "change what was drawn")
                                                  .arg(numberText(rotation)));
            shape.kind = AnnotationKind::Box;
            shape.value = boxToValue(Box{v[0] * sx, v[1] * sy, v[2] * sx, v[3] * sy});
        } else {
            Polyline points;
            for (const QJsonValue &p : value.value(QStringLiteral("points")).toArray()) {
                const QJsonArray xy = p.toArray();
                if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                    return placedError(place, Tr::msg("\"points\" must be [x, y] pairs"));
                points << QPointF(xy.at(0).toDouble() * sx, xy.at(1).toDouble() * sy);
            }
            // Label Studio writes "closed": false for a polygon that was never finished: the
            // nearest it has to a line, which is what people use it for (a crack).
            const bool open = value.value(QStringLiteral("closed")).isBool() &&
                              !value.value(QStringLiteral("closed")).toBool();
            const qsizetype needed = open ? 2 : 3;
            if (points.size() < needed)
                return placedError(place,
                                   open ? Tr::msg("an open polygon (a line) with %1 points; it "
                                                  "needs at least 2")
                                                   .arg(points.size())
                                        : Tr::msg("a polygon with %1 points; a polygon needs at "
                                                  "least 3")
                                                   .arg(points.size()));
            shape.kind = open ? AnnotationKind::Crack : AnnotationKind::Polygon;
            shape.value = pointsValue(points);
        }
        const QStringList labels = resultLabels(result, labelsById);
        if (labels.isEmpty())
            return placedError(place, Tr::msg("the result has no label"));
        for (const QString &label : labels) {
            shape.label = label;
            if (!label.isEmpty() && !dataset.labels.contains(label))
                dataset.labels << label;
            dataset.shapes << shape;
        }
    }
    return std::nullopt;
}

Result<ImportSummary> importLabelStudioImages(Store &store, QIODevice &in, const QString &fileName,
                                              const ImportOptions &options,
                                              const FormatProgress &progress)
{
    auto read = readLabelStudioTasks(in, fileName);
    if (!read)
        return read.error();
    const QDir dir = QFileInfo(fileName).absoluteDir();
    ImageDataset dataset;
    dataset.name = QFileInfo(fileName).completeBaseName();
    int annotations = 0, predictions = 0;
    for (qsizetype i = 0; i < read->tasks.size(); ++i) {
        const DatasetPlace taskPlace{fileName, read->lines.value(i, 1), {}};
        const QString where = QStringLiteral("[%1]").arg(i);
        DatasetPlace place = taskPlace;
        place.entry = Message::plain(where);
        const QJsonObject task = read->tasks.at(i).toObject();
        const QJsonValue image =
                task.value(QStringLiteral("data")).toObject().value(QStringLiteral("image"));
        if (!read->tasks.at(i).isObject() || !image.isString() || image.toString().isEmpty())
            return placedError(place, Tr::msg("a task needs \"data\": {\"image\": \"…\"}"));
        DatasetImage img;
        img.name = imageFileName(image.toString());
        img.place = place;
        for (const QString &candidate :
             {dir.filePath(img.name), dir.filePath(QStringLiteral("images/") + img.name)})
            if (!img.name.isEmpty() && QFileInfo(candidate).isFile()) {
                img.path = QFileInfo(candidate).absoluteFilePath();
                break;
            }
        const int index = int(dataset.images.size());
        dataset.images << img;

        // People's annotations are layers; a model's predictions are suggestions.
        const QJsonArray people = task.value(QStringLiteral("annotations")).toArray();
        for (qsizetype a = 0; a < people.size(); ++a) {
            const QString at = QStringLiteral("%1.annotations[%2]").arg(where).arg(a);
            const QJsonObject annotation = people.at(a).toObject();
            if (annotation.value(QStringLiteral("was_cancelled")).toBool()) {
                ++dataset.notes[QStringLiteral("annotation-cancelled-skipped")];
                continue;
            }
            ++annotations;
            if (options.suggestions) {
                ++dataset.notes[QStringLiteral("annotation-skipped")];
                continue;
            }
            const auto layer = labelStudioLayer(annotation.value(QStringLiteral("completed_by")));
            if (!layer) {
                DatasetPlace p = taskPlace;
                p.entry = Message::plain(at);
                return placedError(p, layer.error().what());
            }
            if (auto e = readResults(annotation.value(QStringLiteral("result")).toArray(), at,
                                     taskPlace, *layer, index, dataset))
                return *e;
        }
        const QJsonArray model = task.value(QStringLiteral("predictions")).toArray();
        for (qsizetype p = 0; p < model.size(); ++p) {
            ++predictions;
            if (!options.suggestions) {
                ++dataset.notes[QStringLiteral("prediction-skipped")];
                continue;
            }
            const QString at = QStringLiteral("%1.predictions[%2]").arg(where).arg(p);
            if (auto e = readResults(
                        model.at(p).toObject().value(QStringLiteral("result")).toArray(), at,
                        taskPlace, QString(), index, dataset))
                return *e;
        }
        if (progress)
            progress(FormatStage::Reading, i + 1, read->tasks.size());
    }
    if (dataset.images.isEmpty())
        return Error::at(fileName, 1, Tr::msg("the file holds no tasks"));
    if (options.suggestions && predictions == 0 && annotations > 0)
        return Error::at(fileName, 1,
                         Tr::msg("the file has no predictions to load as suggestions; its %1 "
                                 "annotations are people's work: import them without "
                                 "suggestions, as layers")
                                 .arg(annotations));
    return importImageDataset(store, std::move(dataset), options, progress);
}

Result<ExportSummary> exportLabelStudioImages(const Store &store, const QString &taskId,
                                              QIODevice &out, const ExportOptions &options,
                                              const FormatProgress &progress)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    ExportSummary summary;
    QStringList layers;
    for (const ExportedImage &image : std::as_const(collected->images))
        for (const Annotation &a : image.annotations)
            if (!layers.contains(a.author))
                layers << a.author;
    layers.sort();
    const QHash<QString, int> users = labelStudioUserNumbers(layers);

    QJsonArray tasks;
    int annotationId = 0, resultId = 0;
    for (qsizetype i = 0; i < collected->images.size(); ++i) {
        const ExportedImage &image = collected->images.at(i);
        const double sx = 100.0 / image.width, sy = 100.0 / image.height;
        QJsonArray annotations;
        for (const QString &layer : std::as_const(layers)) {
            QJsonArray result;
            for (const Annotation &a : image.annotations) {
                if (a.author != layer)
                    continue;
                if (a.kind == AnnotationKind::Crack) {
                    // Label Studio has no line; an open polygon is one it cannot finish.
                    ++summary.counts[QStringLiteral("crack-skipped")];
                    continue;
                }
                if (!a.attributes.isEmpty())
                    summary.counts[QStringLiteral("attribute-skipped")] += int(a.attributes.size());
                QString type;
                QJsonObject value;
                if (a.kind == AnnotationKind::Box) {
                    const Box b = *boxFromValue(a.value);
                    type = QStringLiteral("rectanglelabels");
                    value = QJsonObject{{QStringLiteral("x"), b.x * sx},
                                        {QStringLiteral("y"), b.y * sy},
                                        {QStringLiteral("width"), b.w * sx},
                                        {QStringLiteral("height"), b.h * sy},
                                        {QStringLiteral("rotation"), 0}};
                } else {
                    type = QStringLiteral("polygonlabels");
                    QJsonArray points;
                    for (const QPointF &p : valuePoints(a.value))
                        points << QJsonArray{p.x() * sx, p.y() * sy};
                    value = QJsonObject{{QStringLiteral("points"), points},
                                        {QStringLiteral("closed"), true}};
                }
                value.insert(type, QJsonArray{a.label});
                result << QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(++resultId)},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("from_name"),
                                       a.kind == AnnotationKind::Box ? QStringLiteral("label")
                                                                     : QStringLiteral("polygon")},
                                      {QStringLiteral("to_name"), QStringLiteral("image")},
                                      {QStringLiteral("original_width"), image.width},
                                      {QStringLiteral("original_height"), image.height},
                                      {QStringLiteral("image_rotation"), 0},
                                      {QStringLiteral("origin"), QStringLiteral("manual")},
                                      {QStringLiteral("value"), value}};
                ++summary.counts[QStringLiteral("annotation")];
            }
            if (result.isEmpty())
                continue;
            annotations << QJsonObject{{QStringLiteral("id"), ++annotationId},
                                       {QStringLiteral("completed_by"), users.value(layer)},
                                       {QStringLiteral("was_cancelled"), false},
                                       {QStringLiteral("result"), result}};
        }
        tasks << QJsonObject{
                {QStringLiteral("id"), int(i + 1)},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("image"), image.fileName}}},
                {QStringLiteral("annotations"), annotations},
                {QStringLiteral("predictions"), QJsonArray{}}};
        if (progress)
            progress(FormatStage::Writing, i + 1, collected->images.size());
    }
    const QByteArray bytes = QJsonDocument(tasks).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return Error::plain(out.errorString(), Error::Fault::Access);
    summary.counts[QStringLiteral("image")] = int(collected->images.size());
    return summary;
}

} // namespace

Format labelStudioImagesFormat()
{
    return imageDatasetFormat(
            QStringLiteral("labelstudio-images"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "Label Studio JSON (images)"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "A JSON array of tasks with each annotator's rectangles and "
                              "polygons in percent of the image; every annotator is a layer, "
                              "predictions load as suggestions. Cracks are not written: Label "
                              "Studio has no lines."),
            QStringLiteral("json"), exportLabelStudioImages, importLabelStudioImages);
}

} // namespace annostraat
