// SPDX-License-Identifier: GPL-3.0-or-later
// doccano JSONL: UTF-16 offsets in the file, code points in the store.

#include "doccano.h"

#include "textdataset.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

Result<ExportSummary> exportDoccano(const Store &store, const QString &taskId, QIODevice &out,
                                    const ExportOptions &options, const FormatProgress &progress)
{
    auto data = collectTextExport(store, taskId, options);
    if (!data)
        return data.error();
    int n = 0;
    for (const ExportedText &doc : std::as_const(data->documents)) {
        QJsonArray labels;
        for (const ExportedSpan &s : doc.spans)
            labels << QJsonArray{qint64(doc.text.toUtf16(s.start)), qint64(doc.text.toUtf16(s.end)),
                                 s.label};
        const QJsonObject line{{QStringLiteral("id"), ++n},
                               {QStringLiteral("name"), doc.stem + QStringLiteral(".txt")},
                               {QStringLiteral("text"), doc.text.text()},
                               {QStringLiteral("label"), labels}};
        const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        if (out.write(bytes) != bytes.size())
            return Error::plain(out.errorString(), Error::Fault::Access);
        if (progress)
            progress(FormatStage::Writing, n, data->documents.size());
    }
    return textExportSummary(*data);
}

bool isWhole(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && v.toDouble() >= 0 &&
           v.toDouble() < 9e15;
}

Result<ImportSummary> importDoccano(Store &store, QIODevice &in, const QString &fileName,
                                    const ImportOptions &options, const FormatProgress &progress)
{
    const QByteArray bytes = in.readAll();
    TextDataset dataset;
    dataset.name = QFileInfo(fileName).completeBaseName();
    const QString stem = dataset.name;
    qsizetype from = 0;
    qint64 line = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        from = 3;
    while (from < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        ++line;
        QByteArray raw = bytes.mid(from, end - from);
        from = end + 1;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError parsed;
        const QJsonDocument json = QJsonDocument::fromJson(raw, &parsed);
        if (parsed.error != QJsonParseError::NoError)
            return Error::at(fileName, line,
                             Tr::msg("not valid JSON (%1, at character %2)")
                                     .arg(parsed.errorString())
                                     .arg(parsed.offset + 1));
        if (!json.isObject())
            return Error::at(fileName, line, Tr::msg("a line is a JSON object with \"text\""));
        const QJsonObject o = json.object();
        if (!o.value(QStringLiteral("text")).isString())
            return Error::at(fileName, line, Tr::msg("\"text\" is missing or not a string"));
        TextDocument doc;
        doc.text = o.value(QStringLiteral("text")).toString();
        doc.place = DatasetPlace{fileName, line, {}};
        doc.name =
                o.value(QStringLiteral("name")).isString()
                        ? o.value(QStringLiteral("name")).toString()
                        : QStringLiteral("%1-%2.txt").arg(stem).arg(line, 4, 10, QLatin1Char('0'));
        const CodePointText text(doc.text);
        const QString &s16 = doc.text;
        const QString key = o.contains(QStringLiteral("label")) ? QStringLiteral("label")
                                                                : QStringLiteral("labels");
        const QJsonValue labels = o.value(key);
        if (!labels.isUndefined() && !labels.isNull() && !labels.isArray())
            return Error::at(fileName, line, Tr::msg("\"%1\" is not a list of spans").arg(key));
        const QJsonArray list = labels.toArray();
        for (qsizetype k = 0; k < list.size(); ++k) {
            const Message entry = Message::pattern(QStringLiteral("%1[%2]")).arg(key).arg(k);
            const DatasetPlace place{fileName, line, entry};
            const QJsonArray span = list.at(k).toArray();
            if (!list.at(k).isArray() || span.size() != 3 || !span.at(2).isString())
                return placedError(place, Tr::msg("a span is [start, end, \"LABEL\"]"));
            if (!isWhole(span.at(0)) || !isWhole(span.at(1)))
                return placedError(place, Tr::msg("start and end are whole numbers, 0 or more"));
            const qint64 a = qint64(span.at(0).toDouble()), b = qint64(span.at(1).toDouble());
            if (a >= b)
                return placedError(place, Tr::msg("the span %1–%2 is empty or reversed; a span "
                                                  "needs start < end")
                                                  .arg(a)
                                                  .arg(b));
            if (b > s16.size())
                return placedError(place, Tr::msg("the span %1–%2 lies past the end of its text "
                                                  "(%3 UTF-16 units)")
                                                  .arg(a)
                                                  .arg(b)
                                                  .arg(s16.size()));
            for (const qint64 at : {a, b})
                if (at > 0 && at < s16.size() && s16.at(at).isLowSurrogate() &&
                    s16.at(at - 1).isHighSurrogate())
                    return placedError(place, Tr::msg("offset %1 falls inside a character (an "
                                                      "emoji's two UTF-16 units)")
                                                      .arg(at));
            TextSpan s;
            s.start = text.toCodePoint(a);
            s.end = text.toCodePoint(b);
            s.label = span.at(2).toString();
            s.place = place;
            doc.spans << s;
            if (!dataset.labels.contains(s.label))
                dataset.labels << s.label;
        }
        dataset.documents << doc;
        if (progress)
            progress(FormatStage::Reading, from, bytes.size());
    }
    if (dataset.documents.isEmpty())
        return Error::at(fileName, 1, Tr::msg("the file holds no texts"));
    return importTextDataset(store, std::move(dataset), options, progress);
}

} // namespace

Format doccanoFormat()
{
    return textDatasetFormat(
            QStringLiteral("doccano"), QT_TRANSLATE_NOOP("annostraat::Formats", "doccano JSONL"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "One JSON object per line: the text and its spans as [start, end, "
                              "label] in UTF-16 units."),
            QStringLiteral("jsonl"), exportDoccano, importDoccano);
}

} // namespace annostraat
