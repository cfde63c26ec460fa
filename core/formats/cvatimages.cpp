// SPDX-License-Identifier: GPL-3.0-or-later
// CVAT for images 1.1 XML: the reader (QXmlStreamReader, every problem with its line) and the
// writer (QXmlStreamWriter).

#include "cvatimages.h"

#include "imagedataset.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
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

constexpr qint64 kMaxCvatBytes = qint64(512) << 20;
const QString kOccluded = QStringLiteral("occluded");

/// "x1,y1;x2,y2;…" as points; nullopt when it is not that.
std::optional<Polyline> cvatPoints(const QString &text)
{
    Polyline points;
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(QLatin1Char(','));
        bool okX = false, okY = false;
        if (xy.size() != 2)
            return std::nullopt;
        const double x = xy[0].trimmed().toDouble(&okX), y = xy[1].trimmed().toDouble(&okY);
        if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
            return std::nullopt;
        points << QPointF(x, y);
    }
    return points;
}

QString cvatPointsText(const Polyline &points)
{
    QStringList pairs;
    for (const QPointF &p : points)
        pairs << numberText(p.x()) + QLatin1Char(',') + numberText(p.y());
    return pairs.join(QLatin1Char(';'));
}

struct CvatReader
{
    QString file;
    ImageDataset &dataset;
    QDir images;
    /// label → attribute → CVAT input type ("checkbox", "number", "radio", "select", "text")
    QHash<QString, QHash<QString, QString>> inputTypes;

    QJsonValue attributeValue(const QString &label, const QString &name, const QString &text) const
    {
        const QString type = inputTypes.value(label).value(name);
        if (type == QLatin1String("checkbox"))
            return text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        if (type == QLatin1String("number")) {
            bool ok = false;
            const double d = text.trimmed().toDouble(&ok);
            if (ok && std::isfinite(d))
                return d;
        }
        return text;
    }

    /// <meta> and anything in it, down to <labels> (under <task> or <project>).
    void readMeta(QXmlStreamReader &xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("labels"))
                readLabels(xml);
            else
                readMeta(xml);
        }
    }

    void readLabels(QXmlStreamReader &xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("label")) {
                xml.skipCurrentElement();
                continue;
            }
            QString label;
            QHash<QString, QString> types;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    label = xml.readElementText().trimmed();
                } else if (xml.name() == QLatin1String("attributes")) {
                    while (xml.readNextStartElement()) {
                        QString name, type;
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("name"))
                                name = xml.readElementText().trimmed();
                            else if (xml.name() == QLatin1String("input_type"))
                                type = xml.readElementText().trimmed();
                            else
                                xml.skipCurrentElement();
                        }
                        types.insert(name, type);
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (label.isEmpty())
                continue;
            inputTypes.insert(label, types);
            if (!dataset.labels.contains(label))
                dataset.labels << label;
        }
    }

    std::optional<Error> readImage(QXmlStreamReader &xml)
    {
        const qint64 imageLine = xml.lineNumber();
        const auto attrs = xml.attributes();
        DatasetImage image;
        image.name = attrs.value(QStringLiteral("name")).toString();
        image.width = attrs.value(QStringLiteral("width")).toInt();
        image.height = attrs.value(QStringLiteral("height")).toInt();
        image.place = DatasetPlace{file, imageLine, {}};
        if (image.name.isEmpty())
            return Error::at(file, imageLine, Tr::msg("an <image> needs a \"name\""));
        for (const QString &candidate :
             {images.filePath(image.name), images.filePath(QStringLiteral("images/") + image.name)})
            if (QFileInfo(candidate).isFile()) {
                image.path = QFileInfo(candidate).absoluteFilePath();
                break;
            }
        const int index = int(dataset.images.size());
        dataset.images << image;

        while (xml.readNextStartElement()) {
            const QString type = xml.name().toString();
            const qint64 line = xml.lineNumber();
            const auto a = xml.attributes();
            DatasetShape shape;
            shape.image = index;
            shape.place = DatasetPlace{file, line, {}};
            shape.label = a.value(QStringLiteral("label")).toString().trimmed();
            if (shape.label.isEmpty())
                shape.label = QLatin1String(kCvatUnlabelled);
            if (a.value(kOccluded) == QLatin1String("1"))
                shape.attributes.insert(kOccluded, true);
            if (type == QLatin1String("box")) {
                bool ok[4] = {};
                const double xtl = a.value(QStringLiteral("xtl")).toDouble(&ok[0]);
                const double ytl = a.value(QStringLiteral("ytl")).toDouble(&ok[1]);
                const double xbr = a.value(QStringLiteral("xbr")).toDouble(&ok[2]);
                const double ybr = a.value(QStringLiteral("ybr")).toDouble(&ok[3]);
                if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
                    return Error::at(file, line,
                                     Tr::msg("a <box> needs xtl, ytl, xbr and ybr "
                                             "(numbers)"));
                shape.value = boxToValue(Box{xtl, ytl, xbr - xtl, ybr - ytl});
            } else if (type == QLatin1String("polygon") || type == QLatin1String("polyline")) {
                const auto points = cvatPoints(a.value(QStringLiteral("points")).toString());
                if (!points)
                    return Error::at(file, line, Tr::msg("\"points\" must be \"x1,y1;x2,y2;…\""));
                if (type == QLatin1String("polygon") && points->size() < 3)
                    return Error::at(file, line,
                                     Tr::msg("a polygon with %1 points; a polygon "
                                             "needs at least 3")
                                             .arg(points->size()));
                shape.kind = type == QLatin1String("polygon") ? AnnotationKind::Polygon
                                                              : AnnotationKind::Crack;
                shape.value = pointsValue(*points);
            } else {
                ++dataset.notes[QStringLiteral("%1-skipped").arg(type)];
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("attribute")) {
                    const QString name = xml.attributes().value(QStringLiteral("name")).toString();
                    const QString text = xml.readElementText();
                    if (!name.isEmpty())
                        shape.attributes.insert(name, attributeValue(shape.label, name, text));
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!dataset.labels.contains(shape.label))
                dataset.labels << shape.label;
            dataset.shapes << shape;
        }
        return std::nullopt;
    }
};

Result<ImportSummary> importCvatImages(Store &store, QIODevice &in, const QString &fileName,
                                       const ImportOptions &options, const FormatProgress &progress)
{
    if (!in.isSequential() && in.size() > kMaxCvatBytes)
        return Error::at(fileName, 0,
                         Tr::msg("the file is %1 MB; at most %2 MB is read")
                                 .arg(in.size() >> 20)
                                 .arg(kMaxCvatBytes >> 20));
    ImageDataset dataset;
    dataset.name = QFileInfo(fileName).completeBaseName();
    CvatReader reader{fileName, dataset, QFileInfo(fileName).absoluteDir(), {}};
    QXmlStreamReader xml(&in);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("annotations"))
        return Error::at(fileName, std::max<qint64>(1, xml.lineNumber()),
                         xml.hasError() ? Tr::msg("not valid XML: %1").arg(xml.errorString())
                                        : Tr::msg("a CVAT file starts with <annotations>"));
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("version")) {
            const QString version = xml.readElementText().trimmed();
            if (version != QLatin1String("1.1"))
                return Error::at(fileName, xml.lineNumber(),
                                 Tr::msg("the file is CVAT XML version %1; this program reads "
                                         "version 1.1")
                                         .arg(version));
        } else if (xml.name() == QLatin1String("meta")) {
            reader.readMeta(xml);
        } else if (xml.name() == QLatin1String("image")) {
            if (auto e = reader.readImage(xml))
                return *e;
        } else if (xml.name() == QLatin1String("track")) {
            return Error::at(fileName, xml.lineNumber(),
                             Tr::msg("this is CVAT for video (it has tracks); import CVAT for "
                                     "images"));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Error::at(
                fileName, xml.lineNumber(),
                Tr::msg("not valid XML: %1; is the file complete?").arg(xml.errorString()));
    if (progress)
        progress(FormatStage::Reading, in.pos(), in.isSequential() ? 0 : in.size());
    return importImageDataset(store, std::move(dataset), options, progress);
}

QString inputType(const AttributeSpec &a)
{
    switch (a.type) {
    case AttributeSpec::Type::Bool:
        return QStringLiteral("checkbox");
    case AttributeSpec::Type::Int:
    case AttributeSpec::Type::Number:
        return QStringLiteral("number");
    case AttributeSpec::Type::Choice:
        return QStringLiteral("select");
    case AttributeSpec::Type::Text:
        break;
    }
    return QStringLiteral("text");
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return numberText(v.toDouble());
    return v.toString();
}

Result<ExportSummary> exportCvatImages(const Store &store, const QString &taskId, QIODevice &out,
                                       const ExportOptions &options, const FormatProgress &progress)
{
    auto collected = collectImageExport(store, taskId, options);
    if (!collected)
        return collected.error();
    const ImageExport &data = *collected;
    ExportSummary summary;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("annotations"));
    xml.writeTextElement(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeStartElement(QStringLiteral("task"));
    xml.writeTextElement(QStringLiteral("name"), data.task.name);
    xml.writeTextElement(QStringLiteral("size"), QString::number(data.images.size()));
    xml.writeTextElement(QStringLiteral("mode"), QStringLiteral("annotation"));
    xml.writeStartElement(QStringLiteral("labels"));
    for (const QString &name : data.labels) {
        xml.writeStartElement(QStringLiteral("label"));
        xml.writeTextElement(QStringLiteral("name"), name);
        xml.writeStartElement(QStringLiteral("attributes"));
        if (const LabelSpec *spec = data.task.schema.label(name))
            for (const AttributeSpec &a : spec->attributes) {
                xml.writeStartElement(QStringLiteral("attribute"));
                xml.writeTextElement(QStringLiteral("name"), a.name);
                xml.writeTextElement(QStringLiteral("mutable"), QStringLiteral("False"));
                xml.writeTextElement(QStringLiteral("input_type"), inputType(a));
                xml.writeTextElement(QStringLiteral("default_value"), valueText(a.defaultValue));
                xml.writeTextElement(QStringLiteral("values"),
                                     a.type == AttributeSpec::Type::Choice
                                             ? a.choices.join(QLatin1Char('\n'))
                                             : QString());
                xml.writeEndElement();
            }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // labels
    xml.writeEndElement(); // task
    xml.writeEndElement(); // meta
    for (qsizetype i = 0; i < data.images.size(); ++i) {
        const ExportedImage &image = data.images.at(i);
        xml.writeStartElement(QStringLiteral("image"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(i));
        xml.writeAttribute(QStringLiteral("name"), image.fileName);
        xml.writeAttribute(QStringLiteral("width"), QString::number(image.width));
        xml.writeAttribute(QStringLiteral("height"), QString::number(image.height));
        for (const Annotation &a : image.annotations) {
            QJsonObject attributes = a.attributes;
            const bool occluded = attributes.take(kOccluded).toBool();
            if (a.kind == AnnotationKind::Box) {
                const Box b = *boxFromValue(a.value);
                xml.writeStartElement(QStringLiteral("box"));
                xml.writeAttribute(QStringLiteral("label"), a.label);
                xml.writeAttribute(QStringLiteral("xtl"), numberText(b.x));
                xml.writeAttribute(QStringLiteral("ytl"), numberText(b.y));
                xml.writeAttribute(QStringLiteral("xbr"), numberText(b.x + b.w));
                xml.writeAttribute(QStringLiteral("ybr"), numberText(b.y + b.h));
            } else {
                xml.writeStartElement(a.kind == AnnotationKind::Polygon
                                              ? QStringLiteral("polygon")
                                              : QStringLiteral("polyline"));
                xml.writeAttribute(QStringLiteral("label"), a.label);
                xml.writeAttribute(QStringLiteral("points"), cvatPointsText(valuePoints(a.value)));
            }
            xml.writeAttribute(kOccluded, occluded ? QStringLiteral("1") : QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("source"), QStringLiteral("manual"));
            xml.writeAttribute(QStringLiteral("z_order"), QStringLiteral("0"));
            for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                xml.writeStartElement(QStringLiteral("attribute"));
                xml.writeAttribute(QStringLiteral("name"), it.key());
                xml.writeCharacters(valueText(it.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            ++summary.counts[QStringLiteral("annotation")];
        }
        xml.writeEndElement();
        if (progress)
            progress(FormatStage::Writing, i + 1, data.images.size());
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError())
        return Error::plain(out.errorString(), Error::Fault::Access);
    summary.counts[QStringLiteral("image")] = int(data.images.size());
    return summary;
}

} // namespace

Format cvatImagesFormat()
{
    return imageDatasetFormat(
            QStringLiteral("cvat-images"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "CVAT for images 1.1 (XML)"),
            QT_TRANSLATE_NOOP(
                    "annostraat::Formats",
                    "Boxes, polygons and polylines (cracks) with their attributes, per image, as "
                    "CVAT "
                    "writes and reads them. Points and other CVAT shapes are skipped on import."),
            QStringLiteral("xml"), exportCvatImages, importCvatImages);
}

} // namespace annostraat
