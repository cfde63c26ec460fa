// SPDX-License-Identifier: GPL-3.0-or-later
#include "eaf.h"

#include "registry.h"
#include "store/store.h"
#include "videodataset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QMap>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

QString mimeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("m4v"))
        return QStringLiteral("video/mp4");
    if (suffix == QLatin1String("mov"))
        return QStringLiteral("video/quicktime");
    if (suffix == QLatin1String("mpg") || suffix == QLatin1String("mpeg") ||
        suffix == QLatin1String("ts"))
        return QStringLiteral("video/mpeg");
    return QStringLiteral("video/*");
}

QByteArray writeEaf(const ExportedVideo &v, const QString &author)
{
    // A tier per person and label, in the order met (the marks are sorted by time).
    struct Tier
    {
        QString id;
        QString person;
        QList<const ExportedMark *> marks;
    };
    QList<Tier> tiers;
    QHash<QString, qsizetype> tierOf;
    QSet<QString> people;
    for (const ExportedMark &m : v.marks)
        if (m.kind == AnnotationKind::Segment)
            people.insert(m.layerName);
    for (const ExportedMark &m : v.marks) {
        if (m.kind != AnnotationKind::Segment)
            continue;
        const QString key = m.layerName + QChar(0) + m.label;
        if (!tierOf.contains(key)) {
            tierOf.insert(key, tiers.size());
            tiers.append({people.size() > 1 ? QStringLiteral("%1 (%2)").arg(m.label, m.layerName)
                                            : m.label,
                          m.layerName,
                          {}});
        }
        tiers[tierOf.value(key)].marks << &m;
    }
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ANNOTATION_DOCUMENT"));
    xml.writeAttribute(QStringLiteral("AUTHOR"), author);
    xml.writeAttribute(QStringLiteral("DATE"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("FORMAT"), QStringLiteral("3.0"));
    xml.writeAttribute(QStringLiteral("VERSION"), QStringLiteral("3.0"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("noNamespaceSchemaLocation"),
                       QStringLiteral("http://www.mpi.nl/tools/elan/EAFv3.0.xsd"));
    xml.writeStartElement(QStringLiteral("HEADER"));
    xml.writeAttribute(QStringLiteral("MEDIA_FILE"), QString());
    xml.writeAttribute(QStringLiteral("TIME_UNITS"), QStringLiteral("milliseconds"));
    xml.writeEmptyElement(QStringLiteral("MEDIA_DESCRIPTOR"));
    xml.writeAttribute(QStringLiteral("MEDIA_URL"),
                       QUrl::fromLocalFile(QFileInfo(v.item.mediaPath).absoluteFilePath())
                               .toString(QUrl::FullyEncoded));
    xml.writeAttribute(QStringLiteral("MIME_TYPE"), mimeOf(v.item.mediaPath));
    xml.writeAttribute(QStringLiteral("RELATIVE_MEDIA_URL"),
                       QStringLiteral("./") + QFileInfo(v.item.mediaPath).fileName());
    xml.writeEndElement(); // HEADER
    xml.writeStartElement(QStringLiteral("TIME_ORDER"));
    int slot = 0;
    QList<std::pair<int, int>> slotsOf; // per segment, in tier order
    for (const Tier &t : std::as_const(tiers))
        for (const ExportedMark *m : t.marks) {
            for (const qint64 frame : {m->start, m->end}) {
                xml.writeEmptyElement(QStringLiteral("TIME_SLOT"));
                xml.writeAttribute(QStringLiteral("TIME_SLOT_ID"),
                                   QStringLiteral("ts%1").arg(++slot));
                xml.writeAttribute(QStringLiteral("TIME_VALUE"), QString::number(v.msOf(frame)));
            }
            slotsOf.append({slot - 1, slot});
        }
    xml.writeEndElement(); // TIME_ORDER
    int annotation = 0;
    for (const Tier &t : std::as_const(tiers)) {
        xml.writeStartElement(QStringLiteral("TIER"));
        xml.writeAttribute(QStringLiteral("ANNOTATOR"), t.person);
        xml.writeAttribute(QStringLiteral("LINGUISTIC_TYPE_REF"), QStringLiteral("segment"));
        xml.writeAttribute(QStringLiteral("PARTICIPANT"), t.person);
        xml.writeAttribute(QStringLiteral("TIER_ID"), t.id);
        for (const ExportedMark *m : t.marks) {
            const auto [from, to] = slotsOf.at(annotation);
            xml.writeStartElement(QStringLiteral("ANNOTATION"));
            xml.writeStartElement(QStringLiteral("ALIGNABLE_ANNOTATION"));
            xml.writeAttribute(QStringLiteral("ANNOTATION_ID"),
                               QStringLiteral("a%1").arg(++annotation));
            xml.writeAttribute(QStringLiteral("TIME_SLOT_REF1"), QStringLiteral("ts%1").arg(from));
            xml.writeAttribute(QStringLiteral("TIME_SLOT_REF2"), QStringLiteral("ts%1").arg(to));
            xml.writeTextElement(QStringLiteral("ANNOTATION_VALUE"), m->label);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement(); // TIER
    }
    xml.writeEmptyElement(QStringLiteral("LINGUISTIC_TYPE"));
    xml.writeAttribute(QStringLiteral("GRAPHIC_REFERENCES"), QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("LINGUISTIC_TYPE_ID"), QStringLiteral("segment"));
    xml.writeAttribute(QStringLiteral("TIME_ALIGNABLE"), QStringLiteral("true"));
    xml.writeEndElement(); // ANNOTATION_DOCUMENT
    xml.writeEndDocument();
    return bytes;
}

Result<ExportSummary> exportEaf(const Store &store, const QString &taskId, QIODevice &out,
                                const ExportOptions &options, const FormatProgress &progress)
{
    auto data = collectVideoExport(store, taskId, options, true);
    if (!data)
        return data.error();
    int markers = 0;
    int attributes = 0;
    int segments = 0;
    for (const ExportedVideo &v : std::as_const(data->videos))
        for (const ExportedMark &m : v.marks) {
            if (m.kind == AnnotationKind::Segment) {
                ++segments;
                attributes += int(m.attributes.size());
            } else {
                ++markers;
            }
        }
    const QString author = QCoreApplication::applicationName();
    if (auto r = writeVideoFiles(
                *data, QStringLiteral("eaf"),
                [&](const ExportedVideo &v) { return writeEaf(v, author); }, out, progress);
        !r)
        return r.error();
    ExportSummary summary = videoExportSummary(*data);
    summary.counts[QStringLiteral("annotation")] = segments;
    if (markers)
        summary.counts[QStringLiteral("marker-not-in-format")] = markers;
    if (attributes)
        summary.counts[QStringLiteral("attribute-skipped")] = attributes;
    return summary;
}

Result<ImportSummary> importEaf(Store &store, QIODevice &in, const QString &fileName,
                                const ImportOptions &options, const FormatProgress &progress)
{
    if (in.size() > kMaxImportBytes)
        return Error::at(fileName, 0,
                         Tr::msg("the file is %1 MB; at most %2 MB can be imported at once")
                                 .arg(in.size() >> 20)
                                 .arg(kMaxImportBytes >> 20));
    auto eaf = parseEaf(in.read(kMaxImportBytes), fileName);
    if (!eaf)
        return eaf.error();
    VideoDataset dataset;
    VideoDocument doc;
    doc.place = DatasetPlace{fileName, 0, {}};
    doc.media = QUrl(eaf->mediaUrl).fileName();
    if (doc.media.isEmpty())
        doc.media = QFileInfo(eaf->mediaUrl).fileName();
    int refs = 0;
    int unaligned = 0;
    for (const EafTier &tier : std::as_const(eaf->tiers)) {
        refs += tier.refAnnotations;
        const QString layer = !tier.annotator.trimmed().isEmpty()     ? tier.annotator.trimmed()
                              : !tier.participant.trimmed().isEmpty() ? tier.participant.trimmed()
                                                                      : tier.id.trimmed();
        for (const EafAnnotation &a : tier.annotations) {
            if (a.startMs < 0 || a.endMs < 0) {
                ++unaligned;
                continue;
            }
            VideoMark m;
            m.kind = AnnotationKind::Segment;
            m.start = VideoTime::ms(a.startMs);
            m.end = VideoTime::ms(a.endMs);
            m.label = a.value.trimmed();
            m.layer = layer;
            m.place = DatasetPlace{fileName, a.line, {}};
            doc.marks << m;
        }
    }
    dataset.documents << doc;
    dataset.notes[QStringLiteral("eaf-reference-skipped")] = refs;
    dataset.notes[QStringLiteral("eaf-unaligned-skipped")] = unaligned;
    return importVideoDataset(store, dataset, options, progress);
}

} // namespace

Result<EafFile> parseEaf(const QByteArray &bytes, const QString &file)
{
    QXmlStreamReader xml(bytes);
    EafFile out;
    QHash<QString, qint64> slots; // id → ms, -1 when unaligned
    struct Pending
    {
        qsizetype tier, annotation;
        QString from, to;
    };
    QList<Pending> pending;
    bool root = false;
    EafAnnotation *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        const qint64 line = xml.lineNumber();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (!root) {
            if (name != QLatin1String("ANNOTATION_DOCUMENT"))
                return Error::at(file, line,
                                 Tr::msg("this is not an ELAN file: its root element is <%1>, "
                                         "not <ANNOTATION_DOCUMENT>")
                                         .arg(name.toString()));
            root = true;
            continue;
        }
        if (name == QLatin1String("HEADER")) {
            const QString units = attrs.value(QLatin1String("TIME_UNITS")).toString();
            if (!units.isEmpty() && units != QLatin1String("milliseconds"))
                return Error::at(
                        file, line,
                        Tr::msg("the time unit is \"%1\"; only milliseconds are read").arg(units));
        } else if (name == QLatin1String("MEDIA_DESCRIPTOR")) {
            if (out.mediaUrl.isEmpty())
                out.mediaUrl = attrs.value(QLatin1String("MEDIA_URL")).toString();
        } else if (name == QLatin1String("TIME_SLOT")) {
            const QString id = attrs.value(QLatin1String("TIME_SLOT_ID")).toString();
            qint64 ms = -1;
            if (attrs.hasAttribute(QLatin1String("TIME_VALUE"))) {
                bool ok = false;
                ms = attrs.value(QLatin1String("TIME_VALUE")).toLongLong(&ok);
                if (!ok || ms < 0)
                    return Error::at(
                            file, line,
                            Tr::msg("time slot \"%1\": \"%2\" is not a time in "
                                    "milliseconds of 0 or more")
                                    .arg(id, attrs.value(QLatin1String("TIME_VALUE")).toString()));
            }
            slots.insert(id, ms);
        } else if (name == QLatin1String("TIER")) {
            EafTier tier;
            tier.id = attrs.value(QLatin1String("TIER_ID")).toString();
            tier.participant = attrs.value(QLatin1String("PARTICIPANT")).toString();
            tier.annotator = attrs.value(QLatin1String("ANNOTATOR")).toString();
            tier.parent = attrs.value(QLatin1String("PARENT_REF")).toString();
            tier.line = line;
            out.tiers << tier;
            current = nullptr;
        } else if (name == QLatin1String("ALIGNABLE_ANNOTATION") && !out.tiers.isEmpty()) {
            EafAnnotation a;
            a.id = attrs.value(QLatin1String("ANNOTATION_ID")).toString();
            a.line = line;
            out.tiers.last().annotations << a;
            pending.append({out.tiers.size() - 1, out.tiers.last().annotations.size() - 1,
                            attrs.value(QLatin1String("TIME_SLOT_REF1")).toString(),
                            attrs.value(QLatin1String("TIME_SLOT_REF2")).toString()});
            current = &out.tiers.last().annotations.last();
        } else if (name == QLatin1String("REF_ANNOTATION") && !out.tiers.isEmpty()) {
            ++out.tiers.last().refAnnotations;
            current = nullptr;
        } else if (name == QLatin1String("ANNOTATION_VALUE") && current) {
            current->value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current = nullptr;
        }
    }
    if (xml.hasError())
        return Error::at(
                file, xml.lineNumber(),
                Tr::msg("the XML is not well-formed (cut short?): %1").arg(xml.errorString()));
    if (!root)
        return Error::at(file, 1, Tr::msg("this is not an ELAN file: it holds no XML element"));
    for (const Pending &p : std::as_const(pending)) {
        EafAnnotation &a = out.tiers[p.tier].annotations[p.annotation];
        for (const QString &ref : {p.from, p.to})
            if (!slots.contains(ref))
                return Error::at(file, a.line,
                                 Tr::msg("annotation \"%1\" refers to time slot \"%2\", which is "
                                         "not in the TIME_ORDER")
                                         .arg(a.id, ref));
        a.startMs = slots.value(p.from);
        a.endMs = slots.value(p.to);
    }
    return out;
}

Format eafFormat()
{
    Format f = videoDatasetFormat(
            QStringLiteral("eaf"), QT_TRANSLATE_NOOP("annostraat::Formats", "ELAN EAF 3.0"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "Segments as time-aligned ELAN annotations, a tier per person and "
                              "label, times in milliseconds."),
            QStringLiteral("eaf"), exportEaf, importEaf);
    f.annotationKinds = {AnnotationKind::Segment}; // ELAN annotations are stretches
    return f;
}

} // namespace annostraat
