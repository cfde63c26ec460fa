// SPDX-License-Identifier: GPL-3.0-or-later
#include "locatorsheet.h"

#include "timecodecsv.h"
#include "videodataset.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

const QString kLocator = QStringLiteral("locator");
const QString kPosition = QStringLiteral("position");
const QString kTimecode = QStringLiteral("timecode");
const QString kLayer = QStringLiteral("layer");
const QString kItem = QStringLiteral("item");

/// Tab-separated cells never hold tabs or line ends: those become spaces.
QString cell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

Result<ExportSummary> exportLocatorSheet(const Store &store, const QString &taskId,
                                         QIODevice &out, const ExportOptions &options,
                                         const FormatProgress &progress)
{
    auto data = collectVideoExport(store, taskId, options, false);
    if (!data)
        return data.error();
    QSet<QString> layers;
    int locators = 0;
    for (const ExportedVideo &v : std::as_const(data->videos)) {
        for (const ExportedLocator &l : v.locators)
            layers.insert(l.layer);
        if (!v.locators.isEmpty() && !v.rate.isValid())
            return Error(Tr::msg("item %1 (%2) has no frame rate, so its locators cannot be "
                                 "written as timecodes; probe the video first")
                                 .arg(v.item.order + 1)
                                 .arg(v.item.mediaPath));
    }
    const bool withLayer = layers.size() > 1;
    const QStringList &names = data->task.schema.locators();
    int unset = 0;
    int halfSet = 0;

    const auto sheet = [&](const ExportedVideo &v) {
        QString text;
        const auto row = [&](const QString &layer, const QString &name, const QString &position,
                             const std::optional<qint64> &frame) {
            QStringList cells;
            if (withLayer)
                cells << cell(layer);
            cells << cell(name) << position << (frame ? v.labelOf(*frame) : QString());
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        };
        QStringList header;
        if (withLayer)
            header << kLayer;
        header << kLocator << kPosition << kTimecode;
        text += header.join(QLatin1Char('\t')) + QLatin1Char('\n');

        // Per layer (or once, empty, when nobody set any): every locator the schema names, in
        // its order, then any other the layer has (from an older schema).
        QList<std::pair<QString, QString>> layerList; // id, name
        for (const ExportedLocator &l : v.locators)
            if (layerList.isEmpty() || layerList.last().first != l.layer)
                layerList.append({l.layer, l.layerName});
        // Nobody's locators on this video: the schema's rows, empty, unless the sheet has a
        // layer column (a row without a person would read back as the importer's).
        if (layerList.isEmpty() && !withLayer)
            layerList.append({QString(), QString()});
        for (const auto &[layer, layerName] : std::as_const(layerList)) {
            QStringList rowNames = names;
            for (const ExportedLocator &l : v.locators)
                if (l.layer == layer && !rowNames.contains(l.name))
                    rowNames << l.name;
            for (const QString &name : std::as_const(rowNames)) {
                const ExportedLocator *found = nullptr;
                for (const ExportedLocator &l : v.locators)
                    if (l.layer == layer && l.name == name)
                        found = &l;
                if (!found || (!found->skipped && !found->start && !found->end))
                    ++unset; // written empty, which reads back as "skipped"
                else if (!found->skipped && (!found->start || !found->end))
                    ++halfSet; // the one edge written, the other empty
                if (found)
                    ++locators;
                const bool skipped = !found || found->skipped;
                row(layerName, name, QStringLiteral("start"),
                    skipped ? std::nullopt : found->start);
                row(layerName, name, QStringLiteral("end"), skipped ? std::nullopt : found->end);
            }
        }
        return text.toUtf8();
    };
    if (auto r = writeVideoFiles(*data, QStringLiteral("tsv"), sheet, out, progress); !r)
        return r.error();
    ExportSummary summary;
    summary.counts[QStringLiteral("item")] = int(data->videos.size());
    summary.counts[QStringLiteral("locator")] = locators;
    if (unset)
        summary.counts[QStringLiteral("locator-unset-written-empty")] = unset;
    if (halfSet)
        summary.counts[QStringLiteral("locator-half-set")] = halfSet;
    return summary;
}

/// The rows of \a text: tab-separated when its first line has a tab, else comma-separated;
/// quoted as RFC 4180 either way.
Result<QList<CsvRecord>> sheetRecords(const QString &text, const QString &file)
{
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const bool tabs = text.left(firstEnd < 0 ? text.size() : firstEnd).contains(QLatin1Char('\t'));
    return parseCsv(text, file, tabs ? QLatin1Char('\t') : QLatin1Char(','));
}

Result<ImportSummary> importLocatorSheet(Store &store, QIODevice &in, const QString &fileName,
                                         const ImportOptions &options,
                                         const FormatProgress &progress)
{
    auto text = readVideoText(in, fileName);
    if (!text)
        return text.error();
    auto records = sheetRecords(*text, fileName);
    if (!records)
        return records.error();
    const QString expected = QStringList{kLocator, kPosition, kTimecode}.join(QLatin1Char('\t'));
    if (records->isEmpty())
        return Error::at(fileName, 1,
                         Tr::msg("the file is empty; a locator sheet starts with the header %1")
                                 .arg(expected));
    QStringList header = records->first().cells;
    for (QString &h : header)
        h = h.trimmed().toLower();
    for (const QString &h : std::as_const(header))
        if (!QStringList{kLocator, kPosition, kTimecode, kLayer, kItem}.contains(h) ||
            header.count(h) > 1)
            return Error::at(fileName, 1,
                             Tr::msg("this is not a locator sheet: column \"%1\" is not one of "
                                     "locator, position, timecode (and layer, item), or is "
                                     "there twice")
                                     .arg(h));
    const qsizetype locatorColumn = header.indexOf(kLocator);
    const qsizetype positionColumn = header.indexOf(kPosition);
    const qsizetype timecodeColumn = header.indexOf(kTimecode);
    if (locatorColumn < 0 || positionColumn < 0 || timecodeColumn < 0)
        return Error::at(fileName, 1,
                         Tr::msg("this is not a locator sheet: its header must have the columns "
                                 "%1")
                                 .arg(QStringList{kLocator, kPosition, kTimecode}.join(
                                         QStringLiteral(", "))));
    const qsizetype layerColumn = header.indexOf(kLayer);
    const qsizetype itemColumn = header.indexOf(kItem);

    VideoDataset dataset;
    QMap<QString, qsizetype> documentOf;        // item cell → document
    QMap<QString, qsizetype> markOf;            // item, layer, locator → mark in its document
    QHash<QString, qint64> edgeLine;            // item, layer, locator, position → its line
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &rec = records->at(r);
        const DatasetPlace place{fileName, rec.line, {}};
        QStringList cells = rec.cells;
        if (cells.join(QString()).trimmed().isEmpty())
            continue; // an empty line
        if (cells.size() > header.size())
            return placedError(place, Tr::msg("the row has %1 cells where the header has %2")
                                              .arg(cells.size())
                                              .arg(header.size()));
        while (cells.size() < header.size())
            cells << QString(); // an empty timecode at the end of the line
        const QString name = cells.at(locatorColumn).trimmed();
        if (name.isEmpty())
            return placedError(place, Tr::msg("the row names no locator"));
        const QString position = cells.at(positionColumn).trimmed().toLower();
        const bool isStart = position == QLatin1String("start") || position == QLatin1String("in");
        const bool isEnd = position == QLatin1String("end") || position == QLatin1String("out");
        if (!isStart && !isEnd)
            return placedError(place, Tr::msg("position \"%1\" is neither \"start\" nor \"end\"")
                                              .arg(cells.at(positionColumn).trimmed()));
        const QString item = itemColumn < 0 ? QString() : cells.at(itemColumn).trimmed();
        const QString layer = layerColumn < 0 ? QString() : cells.at(layerColumn).trimmed();
        if (!documentOf.contains(item)) {
            documentOf.insert(item, dataset.documents.size());
            VideoDocument doc;
            doc.media = item;
            doc.mediaMustMatch = itemColumn >= 0; // the column names the video
            doc.place = place;                    // the first row naming the video
            dataset.documents << doc;
        }
        VideoDocument &doc = dataset.documents[documentOf.value(item)];
        const QString key = item + QLatin1Char('\n') + layer + QLatin1Char('\n') + name;
        if (!markOf.contains(key)) {
            markOf.insert(key, doc.marks.size());
            VideoMark m;
            m.kind = AnnotationKind::Locator;
            m.label = name;
            m.layer = layer;
            m.start = VideoTime::none();
            m.end = VideoTime::none();
            m.place = place;
            doc.marks << m;
        }
        VideoMark &m = doc.marks[markOf.value(key)];
        const QString edge = key + (isStart ? QStringLiteral("\nstart") : QStringLiteral("\nend"));
        if (const qint64 earlier = edgeLine.value(edge); earlier > 0)
            return placedError(place, Tr::msg("locator \"%1\" has a second %2 row (the first is "
                                              "on line %3)")
                                              .arg(name, isStart ? QStringLiteral("start")
                                                                 : QStringLiteral("end"))
                                              .arg(earlier));
        edgeLine.insert(edge, rec.line);
        DatasetPlace &edgePlace = isStart ? m.place : m.endPlace;
        const QString tc = cells.at(timecodeColumn).trimmed();
        // Sheets are typed by hand: "01:00:02:28" in a drop-frame video means its labels.
        const VideoTime time = tc.isEmpty() ? VideoTime::none() : VideoTime::timecode(tc, true);
        if (isStart)
            m.start = time;
        else
            m.end = time;
        edgePlace = place;
    }
    return importVideoDataset(store, dataset, options, progress);
}

} // namespace

Format locatorSheetFormat()
{
    Format f = videoDatasetFormat(
            QStringLiteral("locator-sheet"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "Locator sheet"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "The broadcaster's sheet of program parts: the start and end "
                              "timecode of each locator, empty when the part is skipped."),
            QStringLiteral("tsv"), exportLocatorSheet, importLocatorSheet);
    f.annotationKinds = {AnnotationKind::Locator};
    return f;
}

} // namespace annostraat
