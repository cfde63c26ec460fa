// SPDX-License-Identifier: GPL-3.0-or-later
// brat standoff: .txt/.ann pairs in a folder, written as a ZIP archive.

#include "brat.h"

#include "textdataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The most one .txt or .ann file may hold.
constexpr qint64 kMaxBratFile = qint64(256) << 20;

/// A label as brat's type: letters, digits, '-' and '_' only; others become '_'.
QString bratType(const QString &label, bool *changed)
{
    QString out = label;
    for (QChar &c : out)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    *changed = out != label;
    return out;
}

Result<ExportSummary> exportBrat(const Store &store, const QString &taskId, QIODevice &out,
                                 const ExportOptions &options, const FormatProgress &progress)
{
    auto data = collectTextExport(store, taskId, options);
    if (!data)
        return data.error();
    ExportSummary summary = textExportSummary(*data);
    QList<std::pair<QString, QByteArray>> files;
    QByteArray conf = "[entities]\n";
    for (const QString &label : std::as_const(data->labels)) {
        bool changed = false;
        conf += bratType(label, &changed).toUtf8() + '\n';
    }
    conf += "\n[relations]\n\n[events]\n\n[attributes]\n";
    files.append({QStringLiteral("annotation.conf"), conf});
    int n = 0;
    for (const ExportedText &doc : std::as_const(data->documents)) {
        QByteArray ann;
        int t = 0;
        for (const ExportedSpan &s : doc.spans) {
            bool changed = false;
            const QString type = bratType(s.label, &changed);
            if (changed)
                ++summary.counts[QStringLiteral("label-changed")];
            QString covered = doc.text.slice(s.start, s.end);
            covered.replace(QLatin1Char('\n'), QLatin1Char(' '))
                    .replace(QLatin1Char('\r'), QLatin1Char(' '))
                    .replace(QLatin1Char('\t'), QLatin1Char(' '));
            ann += QStringLiteral("T%1\t%2 %3 %4\t%5\n")
                           .arg(++t)
                           .arg(type)
                           .arg(s.start)
                           .arg(s.end)
                           .arg(covered)
                           .toUtf8();
        }
        files.append({doc.stem + QStringLiteral(".txt"), doc.text.text().toUtf8()});
        files.append({doc.stem + QStringLiteral(".ann"), ann});
        if (progress)
            progress(FormatStage::Writing, ++n, data->documents.size());
    }
    if (auto r = writeZip(files, out); !r)
        return r.error();
    return summary;
}

/// Reads one pair: \a txt, and \a ann when it is there.
Result<TextDocument> readPair(const QString &txt, const QString &ann, TextDataset &dataset)
{
    TextDocument doc;
    doc.name = QFileInfo(txt).fileName();
    auto bytes = readWholeFile(txt, kMaxBratFile);
    if (!bytes)
        return bytes.error();
    auto text = decodeUtf8(*bytes, txt);
    if (!text)
        return text.error();
    doc.text = *text;
    doc.place = DatasetPlace{txt, 1, {}};
    if (!QFileInfo::exists(ann))
        return doc;
    auto annBytes = readWholeFile(ann, kMaxBratFile);
    if (!annBytes)
        return annBytes.error();
    auto annText = decodeUtf8(*annBytes, ann);
    if (!annText)
        return annText.error();
    const QStringList lines = annText->split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const qint64 line = n + 1;
        QString raw = lines.at(n);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        const QChar kind = raw.at(0);
        if (kind != QLatin1Char('T')) {
            // Relations, events, attributes, normalisations, notes: no kind of ours.
            static const QString kOthers = QStringLiteral("RE*AMN#");
            if (!kOthers.contains(kind))
                return Error::at(ann, line, Tr::msg("\"%1\" is no brat annotation line").arg(raw));
            ++dataset.notes[QStringLiteral("brat-%1-skipped")
                                    .arg(kind == QLatin1Char('#')   ? QStringLiteral("note")
                                         : kind == QLatin1Char('R') ? QStringLiteral("relation")
                                         : kind == QLatin1Char('E') ? QStringLiteral("event")
                                         : kind == QLatin1Char('*') ? QStringLiteral("equiv")
                                         : kind == QLatin1Char('N')
                                                 ? QStringLiteral("normalization")
                                                 : QStringLiteral("attribute"))];
            continue;
        }
        const QStringList fields = raw.split(QLatin1Char('\t'));
        if (fields.size() < 3)
            return Error::at(ann, line,
                             Tr::msg("an entity line is \"T1<tab>LABEL start end<tab>text\""));
        const QString middle = fields.at(1);
        const qsizetype space = middle.indexOf(QLatin1Char(' '));
        if (space <= 0)
            return Error::at(ann, line,
                             Tr::msg("an entity line is \"T1<tab>LABEL start end<tab>text\""));
        const QString offsets = middle.mid(space + 1);
        if (offsets.contains(QLatin1Char(';')))
            return Error::at(ann, line,
                             Tr::msg("%1 is a discontinuous span (\"%2\"); Annostraat's spans are "
                                     "one stretch of text, so these are not imported")
                                     .arg(fields.at(0), offsets));
        const QStringList ends = offsets.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok1 = false, ok2 = false;
        const qint64 start = ends.size() == 2 ? ends.at(0).toLongLong(&ok1) : 0;
        const qint64 end = ends.size() == 2 ? ends.at(1).toLongLong(&ok2) : 0;
        if (!ok1 || !ok2)
            return Error::at(ann, line,
                             Tr::msg("\"%1\": the offsets are two whole numbers, start and end")
                                     .arg(offsets));
        TextSpan s;
        s.start = start;
        s.end = end;
        s.label = middle.left(space);
        s.text = fields.mid(2).join(QLatin1Char('\t'));
        s.hasText = true;
        s.place = DatasetPlace{ann, line, Message::plain(fields.at(0))};
        doc.spans << s;
        if (!dataset.labels.contains(s.label))
            dataset.labels << s.label;
    }
    return doc;
}

Result<ImportSummary> importBrat(Store &store, QIODevice &, const QString &fileName,
                                 const ImportOptions &options, const FormatProgress &progress)
{
    const QFileInfo chosen(fileName);
    const QString suffix = chosen.suffix().toLower();
    if (suffix != QLatin1String("ann") && suffix != QLatin1String("txt"))
        return Error::at(fileName, 1,
                         Tr::msg("choose a brat .ann or .txt file; every pair in its folder is "
                                 "imported"));
    const QDir folder = chosen.absoluteDir();
    QStringList stems;
    const QStringList anns = folder.entryList({QStringLiteral("*.ann")}, QDir::Files, QDir::Name);
    for (const QString &a : anns)
        stems << QFileInfo(a).completeBaseName();
    if (!stems.contains(chosen.completeBaseName()))
        stems << chosen.completeBaseName();
    stems.sort();
    TextDataset dataset;
    dataset.name = folder.dirName();
    qint64 done = 0;
    for (const QString &stem : std::as_const(stems)) {
        const QString txt = folder.filePath(stem + QStringLiteral(".txt"));
        const QString ann = folder.filePath(stem + QStringLiteral(".ann"));
        if (!QFileInfo::exists(txt))
            return Error::at(
                    QFileInfo::exists(ann) ? ann : fileName, 1,
                    Tr::msg("its text \"%1\" is not there").arg(stem + QStringLiteral(".txt")));
        auto doc = readPair(txt, ann, dataset);
        if (!doc)
            return doc.error();
        dataset.documents << *doc;
        if (progress)
            progress(FormatStage::Reading, ++done, stems.size());
    }
    return importTextDataset(store, std::move(dataset), options, progress);
}

} // namespace

Format bratFormat()
{
    return textDatasetFormat(
            QStringLiteral("brat"), QT_TRANSLATE_NOOP("annostraat::Formats", "brat standoff"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "A .txt and a .ann file per text, spans in code points. Importing "
                              "a file reads every pair in its folder; exports a ZIP archive."),
            QStringLiteral("zip"), exportBrat, importBrat);
}

} // namespace annostraat
