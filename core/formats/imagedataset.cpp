// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagedataset.h"

#include "bundle/ziparchive.h"
#include "exportselection.h"
#include "model/kinds/annotationkinds.h"
#include "model/palette.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

bool isImageKind(AnnotationKind kind)
{
    return kind == AnnotationKind::Box || kind == AnnotationKind::Polygon ||
           kind == AnnotationKind::Crack;
}

/// The attribute type that holds every value of \a values: bool, int, number, else text.
QString attributeType(const QList<QJsonValue> &values)
{
    bool allBool = true, allInt = true, allNumber = true;
    for (const QJsonValue &v : values) {
        allBool = allBool && v.isBool();
        allNumber = allNumber && v.isDouble();
        allInt = allInt && v.isDouble() && std::floor(v.toDouble()) == v.toDouble() &&
                 std::abs(v.toDouble()) < 9e15;
    }
    if (allBool)
        return QStringLiteral("bool");
    if (allInt)
        return QStringLiteral("int");
    if (allNumber)
        return QStringLiteral("number");
    return QStringLiteral("text");
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return numberText(v.toDouble());
    return {};
}

/// The schema of a task made from \a dataset: its labels, each with the kinds it is drawn
/// with (box and polygon when it is not used) and the attributes its shapes have.
Result<Schema> schemaFor(ImageDataset &dataset)
{
    QStringList labels = dataset.labels;
    QHash<QString, QList<AnnotationKind>> kinds;
    QHash<QString, QMap<QString, QList<QJsonValue>>> attributes;
    for (const DatasetShape &s : std::as_const(dataset.shapes)) {
        if (!labels.contains(s.label))
            labels << s.label;
        if (!kinds[s.label].contains(s.kind))
            kinds[s.label] << s.kind;
        for (auto it = s.attributes.begin(); it != s.attributes.end(); ++it)
            attributes[s.label][it.key()] << it.value();
    }
    QJsonArray list;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &name = labels.at(i);
        QList<AnnotationKind> used = kinds.value(name);
        if (used.isEmpty())
            used = {AnnotationKind::Box, AnnotationKind::Polygon};
        std::sort(used.begin(), used.end());
        QJsonArray kindIds;
        for (AnnotationKind k : used)
            kindIds << toId(k);
        QJsonArray attributeSpecs;
        const auto &byName = attributes[name];
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            const QString type = attributeType(it.value());
            attributeSpecs << QJsonObject{{QStringLiteral("name"), it.key()},
                                          {QStringLiteral("type"), type}};
            if (type == QLatin1String("text"))
                for (DatasetShape &s : dataset.shapes)
                    if (s.label == name && s.attributes.contains(it.key()))
                        s.attributes.insert(it.key(), valueText(s.attributes.value(it.key())));
        }
        QJsonObject label{{QStringLiteral("name"), name},
                          {QStringLiteral("colour"), paletteColour(i)},
                          {QStringLiteral("kinds"), kindIds}};
        if (!attributeSpecs.isEmpty())
            label.insert(QStringLiteral("attributes"), attributeSpecs);
        list << label;
    }
    return Schema::fromJsonObject(QJsonObject{{QStringLiteral("format"), Schema::kFormatVersion},
                                              {QStringLiteral("labels"), list}},
                                  Tr::msg("the labels of the dataset"));
}

QString fileNameOf(const QString &name)
{
    return QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
}

} // namespace

Result<void> writeImportChanges(Store &store, const QList<Change> &changes,
                                const QList<DatasetPlace> &places, const QString &author,
                                const FormatProgress &progress, bool dryRun)
{
    Q_ASSERT(changes.size() == places.size());
    // Each change checked as an op first, so that a refusal names its place and nothing is
    // written; then one transaction.
    const Hlc probe(1, 0, author);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &c = changes.at(i);
        const Op op{newId(), probe, c.author, c.entity, c.entityId, c.key, c.fields};
        if (auto r = op.validate(); !r)
            return placedError(places.at(i), r.error().what());
    }
    // A dry run stops here: a transaction would hold the store's write lock for as long as
    // the real import writes, and every other writer (the sync, a second window, the CLI)
    // would wait for it.
    if (dryRun)
        return {};
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (auto r = tx->record(changes.at(i)); !r)
            return placedError(places.at(i), r.error().what());
        if (progress && ((i + 1) % 256 == 0 || i + 1 == changes.size()))
            progress(FormatStage::Writing, i + 1, changes.size());
    }
    return tx->commit();
}

Error placedError(const DatasetPlace &place, const Message &problem)
{
    if (place.entry.isEmpty())
        return Error::at(place.file, place.line, problem);
    return Error::at(place.file, place.line,
                     Message::pattern(QStringLiteral("%1: %2")).arg(place.entry, problem));
}

Result<ImportSummary> importImageDataset(Store &store, ImageDataset dataset,
                                         const ImportOptions &options,
                                         const FormatProgress &progress)
{
    if (!isValidId(options.author))
        return Error(Tr::msg("an import needs a profile id as its author"));
    const QString layer = options.layer.isEmpty() ? options.author : options.layer;

    // ---- every image's size, and every shape on its own
    for (DatasetImage &image : dataset.images)
        if ((image.width <= 0 || image.height <= 0) && !image.path.isEmpty()) {
            const MediaFacts facts = mediaFactsOf(image.path, MediaKind::Image);
            image.width = facts.width;
            image.height = facts.height;
        }
    for (DatasetShape &s : dataset.shapes) {
        Q_ASSERT(s.image >= 0 && s.image < dataset.images.size());
        const DatasetImage &image = dataset.images.at(s.image);
        if (s.label.trimmed().isEmpty())
            return placedError(s.place, Tr::msg("the %1 has no label").arg(toId(s.kind)));
        const AnnotationKindInfo &kind = AnnotationKinds::get(s.kind);
        // Inside the image first: a kind refuses negative coordinates, and a dataset's rounding
        // (a box from x = -0.00001) is pulled inside rather than refused.
        if (image.width > 0 && image.height > 0) {
            const std::optional<QRectF> r = kind.bounds(s.value);
            const double t = kImageEdgeTolerance;
            if (r && (r->left() < -t || r->top() < -t || r->right() > image.width + t ||
                      r->bottom() > image.height + t))
                return placedError(
                        s.place,
                        Tr::msg("the %1 (%2, %3 to %4, %5) lies outside its image \"%6\" "
                                "(%7 × %8 pixels)")
                                .arg(toId(s.kind), numberText(r->left()), numberText(r->top()),
                                     numberText(r->right()), numberText(r->bottom()), image.name)
                                .arg(image.width)
                                .arg(image.height));
            s.value = kind.fitToBounds(s.value, MediaBounds{QSizeF(image.width, image.height)});
        }
        if (auto r = kind.validate(s.value); !r)
            return placedError(s.place, r.error().what());
    }

    // ---- where the shapes go: a new task from the images, or an existing task's items
    QList<Change> changes;
    QList<DatasetPlace> places; // one per change, for messages
    QList<QString> itemOfImage(dataset.images.size());
    ImportSummary summary;
    Task task;
    const bool newTask = options.taskId.isEmpty();
    int dropped = 0;
    if (newTask) {
        task.name = dataset.name.trimmed().isEmpty() ? QStringLiteral("Import") : dataset.name;
        task.mediaKind = MediaKind::Image;
        auto schema = schemaFor(dataset);
        if (!schema)
            return schema.error();
        task.schema = *schema;
        task.id = newId();
        changes << Store::taskChange(task, options.author);
        places << DatasetPlace{};
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < dataset.images.size(); ++i) {
            const DatasetImage &image = dataset.images.at(i);
            if (image.path.isEmpty())
                return placedError(image.place,
                                   Tr::msg("the image \"%1\" is not there; a new task needs the "
                                           "dataset's image files")
                                           .arg(image.name));
            const QString path = QFileInfo(image.path).absoluteFilePath();
            if (seen.contains(path))
                return placedError(image.place,
                                   Tr::msg("the image \"%1\" is listed twice").arg(image.name));
            seen.insert(path, int(i));
            auto hash = sha256OfFile(path);
            if (!hash)
                return hash.error();
            Item item;
            item.id = newId();
            item.taskId = task.id;
            item.mediaPath = path;
            item.sha256 = *hash;
            item.size = QFileInfo(path).size();
            item.kind = MediaKind::Image;
            item.order = int(i);
            item.facts.width = image.width;
            item.facts.height = image.height;
            itemOfImage[i] = item.id;
            changes << Store::itemChange(item, options.author);
            places << image.place;
            if (progress)
                progress(FormatStage::Reading, i + 1, dataset.images.size());
        }
        summary.counts[QStringLiteral("item")] = int(dataset.images.size());
    } else {
        const auto found = store.task(options.taskId);
        if (!found)
            return Error(Tr::msg("there is no task \"%1\" to import into").arg(options.taskId));
        task = *found;
        const QList<Item> items = store.items(task.id);
        QMultiHash<QString, const Item *> byName;
        QHash<QString, const Item *> byHash;
        for (const Item &item : items) {
            byName.insert(fileNameOf(item.mediaPath).toLower(), &item);
            if (!item.sha256.isEmpty())
                byHash.insert(item.sha256, &item);
        }
        QSet<int> used;
        for (const DatasetShape &s : std::as_const(dataset.shapes))
            used.insert(s.image);
        for (qsizetype i = 0; i < dataset.images.size(); ++i) {
            const DatasetImage &image = dataset.images.at(i);
            const QList<const Item *> named = byName.values(fileNameOf(image.name).toLower());
            const Item *match = named.size() == 1 ? named.first() : nullptr;
            if (!match && !image.path.isEmpty()) {
                auto hash = sha256OfFile(image.path);
                if (!hash)
                    return hash.error();
                match = byHash.value(*hash);
            }
            if (match) {
                itemOfImage[i] = match->id;
            } else if (used.contains(int(i))) {
                return placedError(
                        image.place,
                        named.size() > 1
                                ? Tr::msg("task \"%1\" has %2 items named \"%3\"; with the image "
                                          "file beside the dataset they are told apart by content")
                                          .arg(task.name)
                                          .arg(named.size())
                                          .arg(fileNameOf(image.name))
                                : Tr::msg("task \"%1\" has no item with the image \"%2\" (by "
                                          "file name or content)")
                                          .arg(task.name, fileNameOf(image.name)));
            } else {
                ++summary.counts[QStringLiteral("image-not-in-task")];
            }
        }
        // The task's schema decides: a label it lacks is refused; attributes it does not
        // declare are left out (and counted), the rest checked.
        for (DatasetShape &s : dataset.shapes) {
            const LabelSpec *spec = task.schema.label(s.label);
            if (spec)
                for (const QString &key : s.attributes.keys())
                    if (!spec->attribute(key)) {
                        s.attributes.remove(key);
                        ++dropped;
                    }
            if (auto r = task.schema.checkAnnotation(s.kind, s.label, s.value, s.attributes); !r)
                return placedError(s.place, r.error().what());
        }
        if (dropped)
            summary.counts[QStringLiteral("attribute-not-in-schema")] = dropped;
    }

    // ---- whose layers: each one named that is no profile yet becomes an annotator
    QHash<QString, QString> layerIds; // as named → profile id
    int newProfiles = 0;
    const auto layerOf = [&](const QString &named) -> Result<QString> {
        const QString wanted = named.isEmpty() ? layer : named;
        if (layerIds.contains(wanted))
            return layerIds.value(wanted);
        if (const auto person = store.findProfile(wanted)) {
            layerIds.insert(wanted, person->id);
            return person->id;
        }
        if (!isValidId(wanted))
            return Error(Tr::msg("there is no profile \"%1\" whose layer the annotations could "
                                 "be")
                                 .arg(wanted));
        changes.insert(newProfiles, Store::profileChange(Profile{wanted, wanted, Role::Annotator},
                                                         options.author));
        places.insert(newProfiles, DatasetPlace{});
        ++newProfiles;
        layerIds.insert(wanted, wanted);
        return wanted;
    };
    // The default layer is named even when every shape has its own, as before: a wrong
    // --annotator is refused whatever the file holds.
    if (auto r = layerOf({}); !r)
        return r.error();

    for (const DatasetShape &s : std::as_const(dataset.shapes)) {
        auto layerId = layerOf(s.layer);
        if (!layerId)
            return placedError(s.place, layerId.error().what());
        Annotation a;
        a.id = newId();
        a.taskId = task.id;
        a.itemId = itemOfImage.at(s.image);
        a.author = *layerId;
        a.kind = s.kind;
        a.label = s.label;
        a.value = s.value;
        a.attributes = s.attributes;
        a.suggested = options.suggestions;
        Change c = Store::annotationChange(a);
        c.author = options.author;
        changes << c;
        places << s.place;
    }
    if (newProfiles)
        summary.counts[QStringLiteral("profile")] = newProfiles;
    summary.counts[QStringLiteral("annotation")] = int(dataset.shapes.size());
    for (auto it = dataset.notes.cbegin(); it != dataset.notes.cend(); ++it)
        if (it.value())
            summary.counts[it.key()] = it.value();

    if (auto r = writeImportChanges(store, changes, places, options.author, progress,
                                      options.dryRun);
        !r)
        return r.error();
    summary.taskId = task.id;
    summary.taskName = task.name;
    return summary;
}

Result<ImageExport> collectImageExport(const Store &store, const QString &taskId,
                                       const ExportOptions &options)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    ImageExport out;
    out.task = *task;
    for (const LabelSpec &label : task->schema.labels())
        for (AnnotationKind k : label.kinds)
            if (isImageKind(k)) {
                out.labels << label.name;
                break;
            }
    const QList<Item> items = store.items(taskId);
    const auto annotations = exportedAnnotations(store, taskId, options);
    if (!annotations)
        return annotations.error();
    QHash<QString, QList<Annotation>> byItem;
    for (const Annotation &a : *annotations)
        if (isImageKind(a.kind))
            byItem[a.itemId] << a;

    QHash<QString, int> names;
    for (const Item &item : items) {
        if (item.kind != MediaKind::Image)
            continue;
        ExportedImage image;
        image.item = item;
        image.fileName = fileNameOf(item.mediaPath);
        // Two items with one file name (from different folders) stay apart by their order.
        if (names.contains(image.fileName.toLower()))
            image.fileName = QStringLiteral("%1_%2")
                                     .arg(item.order, 5, 10, QLatin1Char('0'))
                                     .arg(image.fileName);
        names.insert(image.fileName.toLower(), 1);
        image.width = item.facts.width;
        image.height = item.facts.height;
        if (image.width <= 0 || image.height <= 0) {
            const MediaFacts facts = mediaFactsOf(item.mediaPath, MediaKind::Image);
            image.width = facts.width;
            image.height = facts.height;
        }
        if (image.width <= 0 || image.height <= 0)
            return Error(Tr::msg("item %1 (%2): the image's size is not known and its file "
                                 "cannot be read to find out")
                                 .arg(item.order + 1)
                                 .arg(item.mediaPath));
        const MediaBounds bounds{QSizeF(image.width, image.height)};
        for (Annotation a : byItem.value(item.id)) {
            a.value = AnnotationKinds::get(a.kind).fitToBounds(a.value, bounds);
            if (!AnnotationKinds::get(a.kind).validate(a.value))
                continue; // nothing of it inside the image
            if (!out.labels.contains(a.label))
                out.labels << a.label;
            image.annotations << a;
            ++out.annotationCount;
        }
        out.images << image;
    }
    return out;
}

QString numberText(double value)
{
    if (value == std::round(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Polyline valuePoints(const QJsonObject &value)
{
    return pointsFromValue(value);
}

QJsonObject pointsValue(const Polyline &points)
{
    return polylineToValue(points);
}

Box pointsBounds(const Polyline &points)
{
    if (points.isEmpty())
        return {};
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF &p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

Box crackBox(const Polyline &points, double width, double height)
{
    Box b = pointsBounds(points);
    if (b.w < 1) {
        b.x = std::clamp(b.x - (1 - b.w) / 2, 0.0, std::max(0.0, width - 1));
        b.w = 1;
    }
    if (b.h < 1) {
        b.y = std::clamp(b.y - (1 - b.h) / 2, 0.0, std::max(0.0, height - 1));
        b.h = 1;
    }
    return b;
}

QHash<QString, QList<qint64>> jsonElementLines(const QByteArray &json)
{
    QHash<QString, QList<qint64>> lines;
    int depth = 0;
    bool inString = false, escaped = false, expectElement = false;
    qint64 stringStart = 0, line = 1;
    QString lastKey, arrayKey;
    for (qint64 i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = QString::fromUtf8(json.mid(stringStart + 1, i - stringStart - 1));
            }
            continue;
        }
        if (expectElement && c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ']') {
            lines[arrayKey] << line;
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '[':
            if (depth == 1) {
                arrayKey = lastKey;
                expectElement = true;
            }
            ++depth;
            break;
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            --depth;
            expectElement = false;
            break;
        case ',':
            if (depth == 2 && !arrayKey.isEmpty())
                expectElement = true;
            break;
        default:
            break;
        }
        if (depth <= 1)
            arrayKey.clear();
    }
    return lines;
}

qint64 lineOfOffset(const QByteArray &bytes, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, bytes.size());
    return 1 + std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n');
}

Result<void> writeZip(const QList<std::pair<QString, QByteArray>> &files, QIODevice &out)
{
    // libzip writes archives to files; this one goes to a temporary folder first, then to
    // the export's own (atomic) output.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::plain(dir.errorString(), Error::Fault::Access);
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    ZipArchive zip;
    QString problem;
    if (!zip.create(path, &problem))
        return Error::plain(problem, Error::Fault::Access);
    for (const auto &[name, bytes] : files)
        if (!zip.addBuffer(name, bytes, true, &problem))
            return Error::plain(problem, Error::Fault::Access);
    if (!zip.close(&problem))
        return Error::plain(problem, Error::Fault::Access);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::plain(file.errorString(), Error::Fault::Access);
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty() || out.write(block) != block.size())
            return Error::plain(out.errorString(), Error::Fault::Access);
    }
    return {};
}

Format imageDatasetFormat(QString id, const char *name, const char *summary, QString extension,
                          ExportFunction exporter, ImportFunction importer)
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
    f.importer = std::move(importer);
    f.exportsSelection = true; // collected through exportedAnnotations()
    f.importsSuggestions = true; // the image editor accepts them (Enter) one by one
    return f;
}

} // namespace annostraat
