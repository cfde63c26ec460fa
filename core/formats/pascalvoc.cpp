// SPDX-License-Identifier: GPL-3.0-or-later
// Pascal VOC: the reader (QXmlStreamReader, so every problem has its line) and the writer.

#include "pascalvoc.h"

#include "imagedataset.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

constexpr qint64 kMaxXmlFile = qint64(64) << 20;
const QString kPolyline = QStringLiteral("polyline");
const QStringList kFlags{QStringLiteral("difficult"), QStringLiteral("truncated"),
                         QStringLiteral("occluded")};
const QStringList kActions{QStringLiteral("jumping"),     QStringLiteral("other"),
                           QStringLiteral("phoning"),     QStringLiteral("playinginstrument"),
                           QStringLiteral("reading"),     QStringLiteral("ridingbike"),
                           QStringLiteral("ridinghorse"), QStringLiteral("running"),
                           QStringLiteral("takingphoto"), QStringLiteral("usingcomputer"),
                           QStringLiteral("walking")};

/// A Datumaro <attributes> value back into JSON: true/false, a number, else text.
QJsonValue attributeValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok && std::isfinite(d))
        return d;
    return text;
}

QString attributeText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return numberText(v.toDouble());
    return v.toString();
}

/// Pascal VOC's own classes: a new task's labels when the dataset names none.
const QStringList kVocClasses{
        QStringLiteral("aeroplane"),   QStringLiteral("bicycle"),     QStringLiteral("bird"),
        QStringLiteral("boat"),        QStringLiteral("bottle"),      QStringLiteral("bus"),
        QStringLiteral("car"),         QStringLiteral("cat"),         QStringLiteral("chair"),
        QStringLiteral("cow"),         QStringLiteral("diningtable"), QStringLiteral("dog"),
        QStringLiteral("horse"),       QStringLiteral("motorbike"),   QStringLiteral("person"),
        QStringLiteral("pottedplant"), QStringLiteral("sheep"),       QStringLiteral("sofa"),
        QStringLiteral("train"),       QStringLiteral("tvmonitor")};

struct VocReader
{
    ImageDataset &dataset;

    /// Reads one annotation XML; \a imagePath: where its image is expected (JPEGImages).
    std::optional<Error> read(const QString &file, const QDir &images)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::at(file, 0, Tr::msg("cannot read the file: %1").arg(f.errorString()),
                             Error::Fault::Access);
        if (f.size() > kMaxXmlFile)
            return Error::at(file, 0,
                             Tr::msg("the file is %1 MB; at most %2 MB is read")
                                     .arg(f.size() >> 20)
                                     .arg(kMaxXmlFile >> 20));
        QXmlStreamReader xml(&f);
        auto at = [&](const Message &problem) {
            return Error::at(file, xml.lineNumber(), problem);
        };
        if (!xml.readNextStartElement() || xml.name() != QLatin1String("annotation"))
            return xml.hasError() ? at(Message::plain(xml.errorString()))
                                  : at(Tr::msg("a Pascal VOC file starts with <annotation>"));
        DatasetImage image;
        image.place = DatasetPlace{file, 1, {}};
        QList<DatasetShape> shapes;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("filename")) {
                image.name = xml.readElementText().trimmed();
            } else if (xml.name() == QLatin1String("size")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("width"))
                        image.width = xml.readElementText().trimmed().toInt();
                    else if (xml.name() == QLatin1String("height"))
                        image.height = xml.readElementText().trimmed().toInt();
                    else
                        xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("object")) {
                DatasetShape shape;
                shape.place = DatasetPlace{file, xml.lineNumber(), {}};
                if (auto e = readObject(xml, file, shape))
                    return e;
                shapes << shape;
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return at(Tr::msg("not valid XML: %1; is the file complete?").arg(xml.errorString()));
        if (image.name.isEmpty())
            image.name = QFileInfo(file).completeBaseName() + QStringLiteral(".jpg");
        const QString path = images.filePath(image.name);
        image.path = QFileInfo(path).isFile() ? QFileInfo(path).absoluteFilePath() : QString();
        const int index = int(dataset.images.size());
        dataset.images << image;
        for (DatasetShape &s : shapes) {
            s.image = index;
            if (!dataset.labels.contains(s.label))
                dataset.labels << s.label;
            dataset.shapes << s;
        }
        return std::nullopt;
    }

    std::optional<Error> readObject(QXmlStreamReader &xml, const QString &file, DatasetShape &shape)
    {
        const qint64 line = xml.lineNumber();
        std::optional<Box> box;
        QString polyline;
        for (const QString &flag : kFlags)
            shape.attributes.insert(flag, false);
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("name")) {
                shape.label = xml.readElementText().trimmed();
            } else if (kFlags.contains(name)) {
                shape.attributes.insert(name,
                                        xml.readElementText().trimmed() == QLatin1String("1"));
            } else if (name == QLatin1String("pose")) {
                const QString pose = xml.readElementText().trimmed();
                if (!pose.isEmpty() && pose != QLatin1String("Unspecified"))
                    shape.attributes.insert(name, pose);
            } else if (name == QLatin1String("bndbox")) {
                QMap<QString, double> c;
                const qint64 boxLine = xml.lineNumber();
                while (xml.readNextStartElement()) {
                    bool ok = false;
                    const QString key = xml.name().toString();
                    const double v = xml.readElementText().trimmed().toDouble(&ok);
                    if (!ok)
                        return Error::at(file, xml.lineNumber(),
                                         Tr::msg("<%1> must be a number").arg(key));
                    c.insert(key, v);
                }
                for (const char *k : {"xmin", "ymin", "xmax", "ymax"})
                    if (!c.contains(QLatin1String(k)))
                        return Error::at(file, boxLine,
                                         Tr::msg("<bndbox> needs <%1>").arg(QLatin1String(k)));
                box = Box{c.value(QStringLiteral("xmin")), c.value(QStringLiteral("ymin")),
                          c.value(QStringLiteral("xmax")) - c.value(QStringLiteral("xmin")),
                          c.value(QStringLiteral("ymax")) - c.value(QStringLiteral("ymin"))};
            } else if (name == QLatin1String("actions")) {
                while (xml.readNextStartElement())
                    shape.attributes.insert(xml.name().toString(),
                                            xml.readElementText().trimmed() == QLatin1String("1"));
            } else if (name == QLatin1String("attributes")) {
                while (xml.readNextStartElement()) {
                    QString key, value;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("name"))
                            key = xml.readElementText().trimmed();
                        else if (xml.name() == QLatin1String("value"))
                            value = xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                    if (key == kPolyline)
                        polyline = value;
                    else if (!key.isEmpty())
                        shape.attributes.insert(key, attributeValue(value));
                }
            } else if (name == QLatin1String("part")) {
                ++dataset.notes[QStringLiteral("part-skipped")];
                xml.skipCurrentElement();
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return Error::at(
                    file, xml.lineNumber(),
                    Tr::msg("not valid XML: %1; is the file complete?").arg(xml.errorString()));
        if (shape.label.isEmpty())
            return Error::at(file, line, Tr::msg("an <object> needs a <name>"));
        if (!polyline.isEmpty()) {
            Polyline points;
            const QStringList numbers = polyline.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype i = 0; i + 1 < numbers.size(); i += 2)
                points << QPointF(numbers[i].toDouble(), numbers[i + 1].toDouble());
            shape.kind = AnnotationKind::Crack;
            shape.value = pointsValue(points);
            for (const QString &flag : kFlags)
                if (!shape.attributes.value(flag).toBool())
                    shape.attributes.remove(flag);
            return std::nullopt;
        }
        if (!box)
            return Error::at(file, line, Tr::msg("an <object> needs a <bndbox>"));
        shape.value = boxToValue(*box);
        return std::nullopt;
    }
};

/// The labels of labelmap.txt ("name:colour:parts:actions" a line, as Datumaro and we write
/// it), in its order, when the dataset has one.
void readLabelmap(const QDir &root, ImageDataset &dataset)
{
    QFile file(root.filePath(QStringLiteral("labelmap.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &raw : file.read(qint64(1) << 20).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString name = line.section(QLatin1Char(':'), 0, 0).trimmed();
        if (!name.isEmpty() && !dataset.labels.contains(name))
            dataset.labels << name;
    }
}

Result<ImportSummary> importVoc(Store &store, QIODevice &in, const QString &fileName,
                                const ImportOptions &options, const FormatProgress &progress)
{
    ImageDataset dataset;
    VocReader reader{dataset};
    const QFileInfo info(fileName);
    if (info.suffix().toLower() == QLatin1String("xml")) {
        Q_UNUSED(in);
        const QDir root(QDir::cleanPath(info.absoluteDir().filePath(QStringLiteral(".."))));
        dataset.name = info.completeBaseName();
        readLabelmap(root, dataset);
        const QDir images(root.filePath(QStringLiteral("JPEGImages")));
        if (auto e = reader.read(fileName, images.exists() ? images : info.absoluteDir()))
            return *e;
    } else {
        // ImageSets/Main/<subset>.txt: "<id>" a line (class lists add " 1" or " -1").
        const QDir root(QDir::cleanPath(info.absoluteDir().filePath(QStringLiteral("../.."))));
        dataset.name = root.dirName();
        readLabelmap(root, dataset);
        const QStringList lines =
                QString::fromUtf8(in.read(qint64(64) << 20)).split(QLatin1Char('\n'));
        const QDir images(root.filePath(QStringLiteral("JPEGImages")));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString id = lines.at(i).trimmed().section(QLatin1Char(' '), 0, 0);
            if (id.isEmpty())
                continue;
            const QString xml = root.filePath(QStringLiteral("Annotations/%1.xml").arg(id));
            if (QFileInfo(xml).isFile()) {
                if (auto e = reader.read(xml, images))
                    return *e;
                continue;
            }
            // An image without objects has no annotation file.
            DatasetImage image;
            image.place = DatasetPlace{fileName, i + 1, {}};
            for (const QString &ext :
                 {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")})
                if (QFileInfo(images.filePath(id + QLatin1Char('.') + ext)).isFile()) {
                    image.name = id + QLatin1Char('.') + ext;
                    image.path = QFileInfo(images.filePath(image.name)).absoluteFilePath();
                    break;
                }
            if (image.path.isEmpty())
                return Error::at(fileName, i + 1,
                                 Tr::msg("\"%1\" has neither Annotations/%1.xml nor an image in "
                                         "JPEGImages/")
                                         .arg(id));
            dataset.images << image;
        }
        if (dataset.images.isEmpty())
            return Error::at(fileName, 0, Tr::msg("the list names no images"));
    }
    if (dataset.labels.isEmpty())
        dataset.labels = kVocClasses;
    return importImageDataset(store, std::move(dataset), options, progress);
}

QByteArray vocXml(const ImageExport &data, const ExportedImage &image, ExportSummary &summary)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("annotation"));
    xml.writeTextElement(QStringLiteral("folder"), QStringLiteral("JPEGImages"));
    xml.writeTextElement(QStringLiteral("filename"), image.fileName);
    xml.writeStartElement(QStringLiteral("source"));
    xml.writeTextElement(QStringLiteral("database"), data.task.name);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("size"));
    xml.writeTextElement(QStringLiteral("width"), QString::number(image.width));
    xml.writeTextElement(QStringLiteral("height"), QString::number(image.height));
    xml.writeTextElement(QStringLiteral("depth"), QStringLiteral("3"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("segmented"), QStringLiteral("0"));
    for (const Annotation &a : image.annotations) {
        QJsonObject attributes = a.attributes;
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeTextElement(QStringLiteral("name"), a.label);
        xml.writeTextElement(QStringLiteral("pose"),
                             attributes.contains(QStringLiteral("pose"))
                                     ? attributeText(attributes.take(QStringLiteral("pose")))
                                     : QStringLiteral("Unspecified"));
        for (const QString &flag : kFlags)
            xml.writeTextElement(flag, attributes.take(flag).toBool() ? QStringLiteral("1")
                                                                      : QStringLiteral("0"));
        Box b;
        if (a.kind == AnnotationKind::Box) {
            b = *boxFromValue(a.value);
        } else if (a.kind == AnnotationKind::Polygon) {
            b = pointsBounds(valuePoints(a.value));
            ++summary.counts[QStringLiteral("polygon-as-box")];
        } else {
            b = crackBox(valuePoints(a.value), image.width, image.height);
            QStringList numbers;
            for (const QPointF &p : valuePoints(a.value))
                numbers << numberText(p.x()) << numberText(p.y());
            attributes.insert(kPolyline, numbers.join(QLatin1Char(' ')));
            ++summary.counts[QStringLiteral("crack-as-box")];
        }
        xml.writeStartElement(QStringLiteral("bndbox"));
        xml.writeTextElement(QStringLiteral("xmin"), numberText(b.x));
        xml.writeTextElement(QStringLiteral("ymin"), numberText(b.y));
        xml.writeTextElement(QStringLiteral("xmax"), numberText(b.x + b.w));
        xml.writeTextElement(QStringLiteral("ymax"), numberText(b.y + b.h));
        xml.writeEndElement();
        QStringList actions;
        for (const QString &action : kActions)
            if (attributes.value(action).isBool())
                actions << action;
        if (!actions.isEmpty()) {
            xml.writeStartElement(QStringLiteral("actions"));
            for (const QString &action : std::as_const(actions))
                xml.writeTextElement(action, attributes.take(action).toBool()
                                                     ? QStringLiteral("1")
                                                     : QStringLiteral("0"));
            xml.writeEndElement();
        }
        if (!attributes.isEmpty()) {
            xml.writeStartElement(QStringLiteral("attributes"));
            for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                xml.writeStartElement(QStringLiteral("attribute"));
                xml.writeTextElement(QStringLiteral("name"), it.key());
                xml.writeTextElement(QStringLiteral("value"), attributeText(it.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        ++summary.counts[QStringLiteral("annotation")];
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Result<ExportSummary> exportVoc(const Store &store, const QString &taskId, QIODevice &out,
                                const ExportOptions &options, const FormatProgress &progress)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    ExportSummary summary;
    QList<std::pair<QString, QByteArray>> files;
    QByteArray list;
    for (qsizetype i = 0; i < collected->images.size(); ++i) {
        const ExportedImage &image = collected->images.at(i);
        const QString id = QFileInfo(image.fileName).completeBaseName();
        files << std::pair{QStringLiteral("Annotations/%1.xml").arg(id),
                           vocXml(*collected, image, summary)};
        list += id.toUtf8() + '\n';
        if (progress)
            progress(FormatStage::Writing, i + 1, collected->images.size());
    }
    files << std::pair{QStringLiteral("ImageSets/Main/default.txt"), list};
    QByteArray labelmap("# label:color_rgb:parts:actions\n");
    for (const QString &label : collected->labels)
        labelmap += label.toUtf8() + ":::\n";
    files << std::pair{QStringLiteral("labelmap.txt"), labelmap};
    if (auto r = writeZip(files, out); !r)
        return r.error();
    summary.counts[QStringLiteral("image")] = int(collected->images.size());
    return summary;
}

} // namespace

Format pascalVocFormat()
{
    return imageDatasetFormat(
            QStringLiteral("voc"), QT_TRANSLATE_NOOP("annostraat::Formats", "Pascal VOC (XML)"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "One XML file of boxes per image, with "
                                                     "difficult, truncated and occluded. Imports "
                                                     "an ImageSets/Main list or one Annotations "
                                                     "file; exports a ZIP archive. Polygons "
                                                     "and cracks go out as their bounding boxes."),
            QStringLiteral("zip"), exportVoc, importVoc);
}

} // namespace annostraat
