// SPDX-License-Identifier: GPL-3.0-or-later
#include "timecodecsv.h"

#include "answerscsv.h"
#include "videodataset.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonValue>
#include <QSet>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

const QStringList kColumns{QStringLiteral("item"),        QStringLiteral("layer"),
                           QStringLiteral("label"),       QStringLiteral("kind"),
                           QStringLiteral("start_tc"),    QStringLiteral("end_tc"),
                           QStringLiteral("start_frame"), QStringLiteral("end_frame")};

QString cellText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

Result<ExportSummary> exportTimecodeCsv(const Store &store, const QString &taskId, QIODevice &out,
                                        const ExportOptions &options,
                                        const FormatProgress &progress)
{
    auto data = collectVideoExport(store, taskId, options, false);
    if (!data)
        return data.error();
    QStringList attributeNames;
    for (const ExportedVideo &v : std::as_const(data->videos))
        for (const ExportedMark &m : v.marks)
            for (auto it = m.attributes.begin(); it != m.attributes.end(); ++it)
                if (!attributeNames.contains(it.key()))
                    attributeNames << it.key();
    attributeNames.sort();
    QStringList header = kColumns;
    for (const QString &name : std::as_const(attributeNames))
        header << (kColumns.contains(name) ? QStringLiteral("attribute:") + name : name);
    QString text;
    const auto row = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    row(header);
    qint64 n = 0;
    for (const ExportedVideo &v : std::as_const(data->videos)) {
        const QString item = QFileInfo(v.item.mediaPath).fileName();
        for (const ExportedMark &m : v.marks) {
            const bool segment = m.kind == AnnotationKind::Segment;
            QStringList cells{item,
                              m.layerName,
                              m.label,
                              toId(m.kind),
                              v.rate.isValid() ? v.labelOf(m.start) : QString(),
                              segment && v.rate.isValid() ? v.labelOf(m.end) : QString(),
                              QString::number(m.start),
                              segment ? QString::number(m.end) : QString()};
            for (const QString &name : std::as_const(attributeNames))
                cells << cellText(m.attributes.value(name));
            row(cells);
        }
        if (progress)
            progress(FormatStage::Writing, ++n, data->videos.size());
    }
    const QByteArray bytes = text.toUtf8();
    if (out.write(bytes) != bytes.size())
        return Error(Tr::msg("cannot write the export: %1").arg(out.errorString()));
    ExportSummary summary = videoExportSummary(*data);
    summary.counts[QStringLiteral("row")] = data->markCount;
    return summary;
}

Result<qint64> wholeNumber(const QString &cell, const DatasetPlace &place, const QString &column)
{
    bool ok = false;
    const qint64 n = cell.trimmed().toLongLong(&ok);
    if (!ok)
        return placedError(place, Tr::msg("%1 \"%2\" is not a whole number").arg(column, cell));
    if (n < 0)
        return placedError(place, Tr::msg("%1 %2 is negative").arg(column).arg(n));
    return n;
}

Result<ImportSummary> importTimecodeCsv(Store &store, QIODevice &in, const QString &fileName,
                                        const ImportOptions &options,
                                        const FormatProgress &progress)
{
    auto text = readVideoText(in, fileName);
    if (!text)
        return text.error();
    auto records = parseCsv(*text, fileName);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::at(fileName, 1,
                         Tr::msg("the file is empty; a CSV with timecodes starts "
                                 "with the header %1")
                                 .arg(kColumns.join(QLatin1Char(','))));
    QStringList header = records->first().cells;
    for (QString &h : header)
        h = h.trimmed().toLower();
    if (header.mid(0, kColumns.size()) != kColumns)
        return Error::at(fileName, 1,
                         Tr::msg("this is not a CSV with timecodes: its header must start with "
                                 "%1")
                                 .arg(kColumns.join(QLatin1Char(','))));
    QStringList attributeNames;
    for (qsizetype i = kColumns.size(); i < header.size(); ++i) {
        QString name = records->first().cells.at(i).trimmed();
        if (name.startsWith(QLatin1String("attribute:")))
            name = name.mid(10);
        attributeNames << name;
    }
    VideoDataset dataset;
    QMap<QString, qsizetype> documentOf; // item column → document
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &rec = records->at(r);
        if (rec.cells.size() == 1 && rec.cells.first().trimmed().isEmpty())
            continue; // an empty line
        DatasetPlace place{fileName, rec.line, {}};
        if (rec.cells.size() != header.size())
            return placedError(place, Tr::msg("the row has %1 cells where the header has %2")
                                              .arg(rec.cells.size())
                                              .arg(header.size()));
        VideoMark m;
        m.place = place;
        m.layer = rec.cells.at(1).trimmed();
        m.label = rec.cells.at(2).trimmed();
        const auto kind = annotationKindFromId(rec.cells.at(3).trimmed().toLower());
        if (!kind || (*kind != AnnotationKind::Segment && *kind != AnnotationKind::Marker))
            return placedError(place, Tr::msg("kind \"%1\" is neither \"segment\" nor \"marker\"")
                                              .arg(rec.cells.at(3)));
        m.kind = *kind;
        const bool segment = m.kind == AnnotationKind::Segment;
        const auto timeOf = [&](int tcColumn, int frameColumn) -> Result<VideoTime> {
            const QString frame = rec.cells.at(frameColumn).trimmed();
            if (!frame.isEmpty()) {
                auto n = wholeNumber(frame, place, kColumns.at(frameColumn));
                if (!n)
                    return n.error();
                return VideoTime::frames(*n);
            }
            const QString tc = rec.cells.at(tcColumn).trimmed();
            if (tc.isEmpty())
                return placedError(place,
                                   Tr::msg("it has neither %1 nor %2")
                                           .arg(kColumns.at(frameColumn), kColumns.at(tcColumn)));
            return VideoTime::timecode(tc);
        };
        auto start = timeOf(4, 6);
        if (!start)
            return start.error();
        m.start = *start;
        if (segment) {
            auto end = timeOf(5, 7);
            if (!end)
                return end.error();
            m.end = *end;
        }
        for (qsizetype i = 0; i < attributeNames.size(); ++i)
            m.attributes.insert(attributeNames.at(i), rec.cells.at(kColumns.size() + i));
        const QString item = rec.cells.at(0).trimmed();
        if (!documentOf.contains(item)) {
            documentOf.insert(item, dataset.documents.size());
            VideoDocument doc;
            doc.media = item;
            doc.mediaMustMatch = true; // the column names the video; never another one
            doc.place = place;         // the first row naming the item
            dataset.documents << doc;
        }
        dataset.documents[documentOf.value(item)].marks << m;
    }
    return importVideoDataset(store, dataset, options, progress);
}

} // namespace

Result<QList<CsvRecord>> parseCsv(const QString &text, const QString &file, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord rec;
    QString cell;
    bool quoted = false;
    bool afterQuote = false;
    qint64 line = 1;
    qint64 quoteLine = 0;
    rec.line = 1;
    const auto endRecord = [&] {
        rec.cells << cell;
        cell.clear();
        records << rec;
        rec = CsvRecord{};
        rec.line = line;
        afterQuote = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !afterQuote) {
            quoted = true;
            quoteLine = line;
        } else if (c == separator) {
            rec.cells << cell;
            cell.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            return Error::at(file, line,
                             Tr::msg("a quoted cell must end at its closing quote (a quote inside "
                                     "is written twice)"));
        } else {
            cell += c;
        }
    }
    if (quoted)
        return Error::at(file, quoteLine, Tr::msg("a quote opened here is never closed"));
    if (!cell.isEmpty() || !rec.cells.isEmpty())
        endRecord();
    return records;
}

Format timecodeCsvFormat()
{
    return videoDatasetFormat(
            QStringLiteral("csv-timecodes"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "CSV with timecodes"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "The markers and segments of a video task, a row each, in frames and "
                              "SMPTE timecodes."),
            QStringLiteral("csv"), exportTimecodeCsv, importTimecodeCsv);
}

} // namespace annostraat
