// SPDX-License-Identifier: GPL-3.0-or-later
// YOLO: the three layouts' readers, the label lines, and the writer (a ZIP archive).

#include "yolo.h"

#include "imagedataset.h"
#include "store/store.h"
#include "store/taskbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The most a descriptor, list or label file may hold; YOLO label files are a few KB.
constexpr qint64 kMaxTextFile = qint64(64) << 20;

bool isImageFile(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    static const QStringList kImages{QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                     QStringLiteral("png"), QStringLiteral("bmp"),
                                     QStringLiteral("tif"), QStringLiteral("tiff"),
                                     QStringLiteral("webp")};
    return kImages.contains(ext);
}

/// The lines of a text file (UTF-8, any line ends, a BOM dropped).
Result<QStringList> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, Tr::msg("cannot read the file: %1").arg(file.errorString()),
                         Error::Fault::Access);
    if (file.size() > kMaxTextFile)
        return Error::at(path, 0,
                         Tr::msg("the file is %1 MB; at most %2 MB is read")
                                 .arg(file.size() >> 20)
                                 .arg(kMaxTextFile >> 20));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// Image files below \a dir, sorted by path.
QStringList imagesBelow(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (isImageFile(f))
            found << QFileInfo(f).absoluteFilePath();
    }
    found.sort();
    return found;
}

QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.completeBaseName() + suffix);
}

/// Ultralytics' rule: the label of …/images/…/x.jpg is …/labels/…/x.txt (the last "images").
QString ultralyticsLabel(const QString &image)
{
    QString path = withSuffix(image, QStringLiteral(".txt"));
    const qsizetype at = path.lastIndexOf(QStringLiteral("/images/"));
    if (at >= 0)
        path.replace(at, 8, QStringLiteral("/labels/"));
    return path;
}

struct YoloImage
{
    QString image;
    QString label;
    DatasetPlace place; ///< where the image was listed
};

/// One YOLO label file: each line a box or a polygon, checked and added to \a dataset.
std::optional<Error> readLabelFile(const YoloImage &entry, int imageIndex, ImageDataset &dataset)
{
    if (!QFileInfo(entry.label).isFile())
        return std::nullopt; // no objects on this image
    auto lines = readLines(entry.label);
    if (!lines)
        return lines.error();
    const DatasetImage &image = dataset.images.at(imageIndex);
    if (!lines->isEmpty() && (image.width <= 0 || image.height <= 0))
        return placedError(entry.place, Tr::msg("the size of the image \"%1\" cannot be read, "
                                                "and YOLO's coordinates are fractions of it")
                                                .arg(image.name));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (qsizetype n = 0; n < lines->size(); ++n) {
        const QString line = lines->at(n).trimmed();
        if (line.isEmpty())
            continue;
        const DatasetPlace at{entry.label, n + 1, {}};
        const QStringList fields = line.split(space);
        bool ok = false;
        const int cls = fields.first().toInt(&ok);
        if (!ok || cls < 0)
            return placedError(at, Tr::msg("\"%1\" is no class number").arg(fields.first()));
        if (cls >= dataset.labels.size())
            return placedError(at, Tr::msg("unknown class %1; the dataset names %2 classes "
                                           "(0 to %3)")
                                           .arg(cls)
                                           .arg(dataset.labels.size())
                                           .arg(dataset.labels.size() - 1));
        QList<double> numbers;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const double d = fields.at(i).toDouble(&ok);
            if (!ok || !std::isfinite(d))
                return placedError(at, Tr::msg("\"%1\" is not a number").arg(fields.at(i)));
            numbers << d;
        }
        const double w = image.width, h = image.height;
        DatasetShape shape{imageIndex, AnnotationKind::Box, dataset.labels.at(cls), {}, {}, at};
        if (numbers.size() == 4) {
            shape.value = boxToValue(Box{(numbers[0] - numbers[2] / 2) * w,
                                         (numbers[1] - numbers[3] / 2) * h, numbers[2] * w,
                                         numbers[3] * h});
        } else if (numbers.size() % 2 == 0 && numbers.size() >= 6) {
            Polyline points;
            for (qsizetype i = 0; i + 1 < numbers.size(); i += 2)
                points << QPointF(numbers[i] * w, numbers[i + 1] * h);
            shape.kind = AnnotationKind::Polygon;
            shape.value = pointsValue(points);
        } else if (numbers.size() % 2 == 0 && numbers.size() >= 2) {
            return placedError(at, Tr::msg("a polygon with %1 points; a polygon needs at least 3")
                                           .arg(numbers.size() / 2));
        } else {
            return placedError(at, Tr::msg("%1 numbers after the class; a box has 4 (centre x, "
                                           "centre y, width, height), a polygon 3 or more x y "
                                           "pairs")
                                           .arg(numbers.size()));
        }
        dataset.shapes << shape;
    }
    return std::nullopt;
}

/// The class names of obj.names or classes.txt: one a line.
Result<QStringList> readNames(const QString &path)
{
    auto lines = readLines(path);
    if (!lines)
        return lines.error();
    QStringList names;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const QString name = lines->at(i).trimmed();
        if (name.isEmpty())
            continue;
        if (names.contains(name))
            return Error::at(path, i + 1, Tr::msg("a second class named \"%1\"").arg(name));
        names << name;
    }
    if (names.isEmpty())
        return Error::at(path, 0, Tr::msg("the file names no classes"));
    return names;
}

/// A path as a Darknet file gives it: relative to the dataset's folder, where CVAT and
/// Datumaro write "data/" in front (Darknet's own folder).
QString darknetPath(const QDir &root, const QString &given)
{
    const QString plain = QDir::cleanPath(given.trimmed());
    if (QDir::isAbsolutePath(plain) && QFileInfo::exists(plain))
        return plain;
    if (QFileInfo::exists(root.filePath(plain)))
        return root.filePath(plain);
    if (plain.startsWith(QLatin1String("data/")) && QFileInfo::exists(root.filePath(plain.mid(5))))
        return root.filePath(plain.mid(5));
    return root.filePath(plain);
}

Result<QList<YoloImage>> darknetImages(const QString &objData, ImageDataset &dataset)
{
    auto lines = readLines(objData);
    if (!lines)
        return lines.error();
    const QDir root = QFileInfo(objData).absoluteDir();
    QMap<QString, std::pair<QString, qint64>> keys; // key → value, line
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const QString line = lines->at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            return Error::at(objData, i + 1, Tr::msg("expected \"key = value\""));
        keys.insert(line.left(eq).trimmed(), {line.mid(eq + 1).trimmed(), i + 1});
    }
    if (!keys.contains(QStringLiteral("names")))
        return Error::at(objData, 0,
                         Tr::msg("\"names\" is missing: the file that names the "
                                 "classes"));
    auto names = readNames(darknetPath(root, keys.value(QStringLiteral("names")).first));
    if (!names)
        return names.error();
    dataset.labels = *names;
    if (keys.contains(QStringLiteral("classes")) &&
        keys.value(QStringLiteral("classes")).first.toInt() != names->size())
        return Error::at(objData, keys.value(QStringLiteral("classes")).second,
                         Tr::msg("\"classes\" is %1, but the names file has %2")
                                 .arg(keys.value(QStringLiteral("classes")).first)
                                 .arg(names->size()));
    QList<YoloImage> images;
    for (const char *split : {"train", "valid", "test"}) {
        const auto value = keys.value(QLatin1String(split));
        if (value.first.isEmpty())
            continue;
        const QString list = darknetPath(root, value.first);
        auto listed = readLines(list);
        if (!listed)
            return listed.error();
        for (qsizetype i = 0; i < listed->size(); ++i) {
            if (listed->at(i).trimmed().isEmpty())
                continue;
            const QString image = darknetPath(root, listed->at(i));
            images << YoloImage{image, withSuffix(image, QStringLiteral(".txt")),
                                DatasetPlace{list, i + 1, {}}};
        }
    }
    if (images.isEmpty())
        for (const QString &image : imagesBelow(root.filePath(QStringLiteral("obj_train_data"))))
            images << YoloImage{image, withSuffix(image, QStringLiteral(".txt")),
                                DatasetPlace{image, 0, {}}};
    return images;
}

/// The small part of YAML that data.yaml files use: "key: value" at the top, a value as
/// text, an inline list [a, b] or a block of "- a" or "0: a" lines below its key.
struct YamlValue
{
    QString text;
    QStringList list;
    qint64 line = 0;
};

QString yamlScalar(QString text)
{
    text = text.trimmed();
    const qsizetype hash = text.indexOf(QStringLiteral(" #"));
    if (hash >= 0 && !text.startsWith(QLatin1Char('\'')) && !text.startsWith(QLatin1Char('"')))
        text = text.left(hash).trimmed();
    if (text.size() >= 2 &&
        (text.startsWith(QLatin1Char('\'')) || text.startsWith(QLatin1Char('"'))) &&
        text.endsWith(text.front()))
        text = text.mid(1, text.size() - 2);
    return text;
}

Result<QMap<QString, YamlValue>> readYaml(const QString &path)
{
    auto lines = readLines(path);
    if (!lines)
        return lines.error();
    QMap<QString, YamlValue> keys;
    QString current;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const QString raw = lines->at(i);
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool indented = raw.front().isSpace() || line.startsWith(QLatin1Char('-'));
        if (indented && !current.isEmpty()) {
            QString entry = line;
            if (entry.startsWith(QLatin1Char('-')))
                entry = entry.mid(1);
            else if (const qsizetype colon = entry.indexOf(QLatin1Char(':')); colon > 0)
                entry = entry.mid(colon + 1);
            keys[current].list << yamlScalar(entry);
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error::at(path, i + 1, Tr::msg("expected \"key: value\""));
        current = line.left(colon).trimmed();
        YamlValue value;
        value.line = i + 1;
        QString rest = line.mid(colon + 1).trimmed();
        if (rest.startsWith(QLatin1Char('[')) || rest.startsWith(QLatin1Char('{'))) {
            const QChar close = rest.startsWith(QLatin1Char('[')) ? u']' : u'}';
            if (!rest.endsWith(close))
                return Error::at(path, i + 1, Tr::msg("a list that does not end on its line"));
            for (const QString &part : rest.mid(1, rest.size() - 2).split(QLatin1Char(','))) {
                QString entry = part;
                if (close == u'}')
                    entry = entry.mid(entry.indexOf(QLatin1Char(':')) + 1);
                if (!yamlScalar(entry).isEmpty())
                    value.list << yamlScalar(entry);
            }
        } else {
            value.text = yamlScalar(rest);
        }
        keys.insert(current, value);
    }
    return keys;
}

Result<QList<YoloImage>> ultralyticsImages(const QString &yaml, ImageDataset &dataset)
{
    auto keys = readYaml(yaml);
    if (!keys)
        return keys.error();
    const YamlValue names = keys->value(QStringLiteral("names"));
    if (names.list.isEmpty())
        return Error::at(yaml, names.line, Tr::msg("\"names\" is missing or empty: the classes"));
    for (const QString &name : names.list) {
        if (dataset.labels.contains(name))
            return Error::at(yaml, names.line, Tr::msg("a second class named \"%1\"").arg(name));
        dataset.labels << name;
    }
    QDir root = QFileInfo(yaml).absoluteDir();
    if (const QString path = keys->value(QStringLiteral("path")).text; !path.isEmpty())
        root = QDir(root.filePath(path));
    QList<YoloImage> images;
    for (const char *split : {"train", "val", "test"}) {
        const YamlValue value = keys->value(QLatin1String(split));
        QStringList sources = value.list;
        if (!value.text.isEmpty())
            sources << value.text;
        for (const QString &source : std::as_const(sources)) {
            const QString path = root.filePath(source);
            const DatasetPlace place{yaml, value.line, {}};
            if (QFileInfo(path).isDir()) {
                for (const QString &image : imagesBelow(path))
                    images << YoloImage{image, ultralyticsLabel(image), place};
            } else if (QFileInfo(path).isFile()) {
                auto listed = readLines(path);
                if (!listed)
                    return listed.error();
                for (qsizetype i = 0; i < listed->size(); ++i)
                    if (!listed->at(i).trimmed().isEmpty()) {
                        const QString image = QDir(QFileInfo(path).absolutePath())
                                                      .filePath(listed->at(i).trimmed());
                        images << YoloImage{image, ultralyticsLabel(image),
                                            DatasetPlace{path, i + 1, {}}};
                    }
            } else {
                return Error::at(yaml, value.line,
                                 Tr::msg("\"%1\": there is no folder or list \"%2\"")
                                         .arg(QLatin1String(split), path));
            }
        }
    }
    return images;
}

Result<QList<YoloImage>> classesTxtImages(const QString &classes, ImageDataset &dataset)
{
    auto names = readNames(classes);
    if (!names)
        return names.error();
    dataset.labels = *names;
    const QDir root = QFileInfo(classes).absoluteDir();
    QList<YoloImage> images;
    for (const QString &image : imagesBelow(root.filePath(QStringLiteral("images"))))
        images << YoloImage{image,
                            root.filePath(QStringLiteral("labels/") +
                                          QFileInfo(image).completeBaseName() +
                                          QStringLiteral(".txt")),
                            DatasetPlace{image, 0, {}}};
    return images;
}

Result<ImportSummary> importYolo(Store &store, QIODevice &in, const QString &fileName,
                                 const ImportOptions &options, const FormatProgress &progress)
{
    Q_UNUSED(in); // the descriptor is read again by path, with the files it names
    ImageDataset dataset;
    const QFileInfo info(fileName);
    dataset.name = info.absoluteDir().dirName();
    const QString suffix = info.suffix().toLower();
    Result<QList<YoloImage>> images = QList<YoloImage>();
    if (suffix == QLatin1String("data"))
        images = darknetImages(fileName, dataset);
    else if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        images = ultralyticsImages(fileName, dataset);
    else if (suffix == QLatin1String("txt") || suffix == QLatin1String("names"))
        images = classesTxtImages(fileName, dataset);
    else
        return Error::at(fileName, 0,
                         Tr::msg("a YOLO dataset is imported from its obj.data (Darknet), its "
                                 "data.yaml (Ultralytics) or its classes.txt"));
    if (!images)
        return images.error();
    if (images->isEmpty())
        return Error::at(fileName, 0, Tr::msg("the dataset lists no images"));
    QHash<QString, int> seen;
    for (const YoloImage &entry : std::as_const(*images)) {
        const QString path = QFileInfo(entry.image).absoluteFilePath();
        if (seen.contains(path))
            continue; // in two splits: one item
        DatasetImage image;
        image.name = QFileInfo(path).fileName();
        image.path = QFileInfo(path).isFile() ? path : QString();
        image.place = entry.place;
        if (image.path.isEmpty())
            return placedError(entry.place, Tr::msg("the image \"%1\" is not there").arg(path));
        const MediaFacts facts = mediaFactsOf(path, MediaKind::Image);
        image.width = facts.width;
        image.height = facts.height;
        const int index = int(dataset.images.size());
        seen.insert(path, index);
        dataset.images << image;
        if (auto e = readLabelFile(entry, index, dataset))
            return *e;
        if (progress)
            progress(FormatStage::Reading, index + 1, images->size());
    }
    return importImageDataset(store, std::move(dataset), options, progress);
}

QString yoloNumber(double fraction)
{
    return numberText(std::clamp(fraction, 0.0, 1.0));
}

Result<ExportSummary> exportYolo(const Store &store, const QString &taskId, QIODevice &out,
                                 const ExportOptions &options, const FormatProgress &progress)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    const ImageExport &data = *collected;
    ExportSummary summary;
    QList<std::pair<QString, QByteArray>> files;
    QByteArray trainList;
    for (qsizetype i = 0; i < data.images.size(); ++i) {
        const ExportedImage &image = data.images.at(i);
        const double w = image.width, h = image.height;
        QByteArray text;
        for (const Annotation &a : image.annotations) {
            QStringList fields{QString::number(data.labels.indexOf(a.label))};
            if (a.kind == AnnotationKind::Polygon) {
                for (const QPointF &p : valuePoints(a.value))
                    fields << yoloNumber(p.x() / w) << yoloNumber(p.y() / h);
            } else {
                Box b = a.kind == AnnotationKind::Box ? *boxFromValue(a.value)
                                                      : crackBox(valuePoints(a.value), w, h);
                if (a.kind == AnnotationKind::Crack)
                    ++summary.counts[QStringLiteral("crack-as-box")];
                fields << yoloNumber((b.x + b.w / 2) / w) << yoloNumber((b.y + b.h / 2) / h)
                       << yoloNumber(b.w / w) << yoloNumber(b.h / h);
            }
            text += fields.join(QLatin1Char(' ')).toUtf8() + '\n';
            ++summary.counts[QStringLiteral("annotation")];
        }
        const QString base = QFileInfo(image.fileName).completeBaseName();
        files << std::pair{QStringLiteral("obj_train_data/%1.txt").arg(base), text};
        trainList += QStringLiteral("data/obj_train_data/%1\n").arg(image.fileName).toUtf8();
        if (progress)
            progress(FormatStage::Writing, i + 1, data.images.size());
    }
    QByteArray names;
    QByteArray yamlNames;
    for (qsizetype i = 0; i < data.labels.size(); ++i) {
        names += data.labels.at(i).toUtf8() + '\n';
        QString quoted = data.labels.at(i);
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        yamlNames += QStringLiteral("  %1: '%2'\n").arg(i).arg(quoted).toUtf8();
    }
    files.prepend(std::pair{QStringLiteral("train.txt"), trainList});
    files.prepend(std::pair{QStringLiteral("obj.names"), names});
    files.prepend(std::pair{
            QStringLiteral("obj.data"),
            QStringLiteral("classes = %1\ntrain = data/train.txt\nnames = data/obj.names\n"
                           "backup = backup/\n")
                    .arg(data.labels.size())
                    .toUtf8()});
    // Ultralytics finds a label beside its image when the path has no "images" folder: put
    // the images into obj_train_data/ and either descriptor reads the same labels.
    files.prepend(std::pair{QStringLiteral("data.yaml"),
                            QByteArray("path: .\ntrain: obj_train_data\nnames:\n") + yamlNames});
    if (auto r = writeZip(files, out); !r)
        return r.error();
    summary.counts[QStringLiteral("image")] = int(data.images.size());
    summary.counts[QStringLiteral("class")] = int(data.labels.size());
    return summary;
}

} // namespace

Format yoloFormat()
{
    return imageDatasetFormat(
            QStringLiteral("yolo"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "YOLO (Darknet and Ultralytics)"),
            QT_TRANSLATE_NOOP(
                    "annostraat::Formats",
                    "One text file of boxes and polygons per image, in fractions of the image's "
                    "size. "
                    "Imports obj.data, data.yaml or classes.txt with the files they name; exports "
                    "a ZIP "
                    "archive with both descriptors. Cracks go out as their bounding box."),
            QStringLiteral("zip"), exportYolo, importYolo);
}

} // namespace annostraat
