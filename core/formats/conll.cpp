// SPDX-License-Identifier: GPL-3.0-or-later
// CoNLL IOB2: the tagger (spans onto tokens) and the reader (tags back into spans).

#include "conll.h"

#include "textdataset.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

const QString kDocStart = QStringLiteral("-DOCSTART-");

/// A label as one column: white space inside it becomes '_'.
QString tagLabel(const QString &label, bool *changed)
{
    QString out = label;
    for (QChar &c : out)
        if (c.isSpace())
            c = QLatin1Char('_');
    *changed = out != label;
    return out;
}

Result<ExportSummary> exportConll(const Store &store, const QString &taskId, QIODevice &out,
                                  const ExportOptions &options, const FormatProgress &progress)
{
    auto data = collectTextExport(store, taskId, options);
    if (!data)
        return data.error();
    ExportSummary summary = textExportSummary(*data);
    QByteArray bytes;
    int done = 0;
    for (const ExportedText &doc : std::as_const(data->documents)) {
        const QList<TextToken> tokens = tokenize(doc.text);
        QStringList tags(tokens.size(), QStringLiteral("O"));
        // Longer spans first where two start together; a span that would overlap a tagged
        // token cannot be written in IOB2 and is left out (counted).
        QList<ExportedSpan> spans = doc.spans;
        std::stable_sort(spans.begin(), spans.end(),
                         [](const ExportedSpan &a, const ExportedSpan &b) {
                             return a.start != b.start ? a.start < b.start : a.end > b.end;
                         });
        for (const ExportedSpan &s : std::as_const(spans)) {
            // Spaces at either end are not part of the span.
            qint64 start = s.start, end = s.end;
            while (start < end && doc.text.slice(start, start + 1).trimmed().isEmpty())
                ++start;
            while (end > start && doc.text.slice(end - 1, end).trimmed().isEmpty())
                --end;
            qsizetype first = -1, last = -1;
            for (qsizetype t = 0; t < tokens.size(); ++t)
                if (tokens.at(t).start < end && tokens.at(t).end > start) {
                    if (first < 0)
                        first = t;
                    last = t;
                }
            if (first < 0) {
                ++summary.counts[QStringLiteral("span-without-token")];
                continue;
            }
            bool free = true;
            for (qsizetype t = first; t <= last; ++t)
                free = free && tags.at(t) == QLatin1String("O");
            if (!free) {
                ++summary.counts[QStringLiteral("span-overlap-dropped")];
                continue;
            }
            if (tokens.at(first).start != start || tokens.at(last).end != end)
                ++summary.counts[QStringLiteral("span-widened-to-tokens")];
            bool changed = false;
            const QString label = tagLabel(s.label, &changed);
            if (changed)
                ++summary.counts[QStringLiteral("label-space-replaced")];
            for (qsizetype t = first; t <= last; ++t)
                tags[t] = (t == first ? QStringLiteral("B-") : QStringLiteral("I-")) + label;
        }
        // Sentences from Unicode's sentence boundaries; a token belongs to the sentence it
        // starts in.
        QList<qint64> sentenceStarts;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, doc.text.text());
        for (qsizetype b = finder.toNextBoundary(); b > 0 && b < doc.text.text().size();
             b = finder.toNextBoundary())
            sentenceStarts << doc.text.toCodePoint(b);
        if (done > 0)
            bytes += '\n';
        bytes += kDocStart.toUtf8() + " O\n\n";
        qsizetype sentence = 0;
        bool any = false;
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            bool next = false;
            while (sentence < sentenceStarts.size() &&
                   tokens.at(t).start >= sentenceStarts.at(sentence)) {
                ++sentence;
                next = true;
            }
            if (next && any && !tags.at(t).startsWith(QLatin1String("I-")))
                bytes += '\n';
            bytes += tokens.at(t).text.toUtf8() + ' ' + tags.at(t).toUtf8() + '\n';
            any = true;
        }
        ++done;
        if (progress)
            progress(FormatStage::Writing, done, data->documents.size());
    }
    if (out.write(bytes) != bytes.size())
        return Error::plain(out.errorString(), Error::Fault::Access);
    return summary;
}

Result<ImportSummary> importConll(Store &store, QIODevice &in, const QString &fileName,
                                  const ImportOptions &options, const FormatProgress &progress)
{
    auto text = decodeUtf8(in.readAll(), fileName);
    if (!text)
        return text.error();
    TextDataset dataset;
    dataset.name = QFileInfo(fileName).completeBaseName();
    const QString stem = dataset.name;

    TextDocument doc;
    QString docText;
    qint64 cp = 0; // code points of docText
    bool sentenceOpen = false;
    bool spanOpen = false; // the last token's tag began or continued a span
    QString openLabel;
    const auto finishDocument = [&] {
        if (doc.tokens.isEmpty())
            return;
        doc.text = docText;
        dataset.documents << doc;
        doc = TextDocument{};
        docText.clear();
        cp = 0;
        sentenceOpen = false;
        spanOpen = false;
    };
    const QStringList lines = text->split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const qint64 line = n + 1;
        const QString raw = lines.at(n);
        if (progress && n % 4096 == 0)
            progress(FormatStage::Reading, n, lines.size());
        // Columns apart by spaces or tabs (a regular expression per line is several times slower).
        QString spaced = raw;
        spaced.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\r'), QLatin1Char(' '));
        const QStringList columns = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.isEmpty()) { // the end of a sentence
            sentenceOpen = false;
            spanOpen = false;
            continue;
        }
        if (columns.first() == kDocStart) {
            finishDocument();
            continue;
        }
        if (columns.size() < 2)
            return Error::at(fileName, line,
                             Tr::msg("\"%1\": a line holds a token and its tag (\"Jan B-PER\")")
                                     .arg(raw.trimmed()));
        const QString &token = columns.first();
        const QString &tag = columns.last();
        QString label;
        bool begins = false;
        if (tag == QLatin1String("O")) {
        } else if ((tag.startsWith(QLatin1String("B-")) || tag.startsWith(QLatin1String("I-"))) &&
                   tag.size() > 2) {
            label = tag.mid(2);
            begins = tag.startsWith(QLatin1Char('B'));
        } else {
            return Error::at(
                    fileName, line,
                    Tr::msg("\"%1\" is no IOB2 tag; a tag is O, B-LABEL or I-LABEL").arg(tag));
        }
        // The token goes into the rebuilt text.
        if (doc.tokens.isEmpty()) {
            doc.place = DatasetPlace{fileName, line, {}};
            doc.name = QStringLiteral("%1-%2.txt")
                               .arg(stem)
                               .arg(dataset.documents.size() + 1, 3, 10, QLatin1Char('0'));
        } else {
            docText += sentenceOpen ? QLatin1Char(' ') : QLatin1Char('\n');
            ++cp;
        }
        TextToken t;
        t.text = token;
        t.start = cp;
        cp += token.toUcs4().size();
        t.end = cp;
        docText += token;
        doc.tokens << t;
        sentenceOpen = true;
        if (label.isEmpty()) {
            spanOpen = false;
            continue;
        }
        if (!begins && spanOpen && openLabel == label) {
            doc.spans.last().end = t.end;
            continue;
        }
        if (!begins)
            ++dataset.notes[QStringLiteral("iob-i-begins-span")];
        TextSpan s;
        s.start = t.start;
        s.end = t.end;
        s.label = label;
        s.place = DatasetPlace{fileName, line, {}};
        doc.spans << s;
        if (!dataset.labels.contains(label))
            dataset.labels << label;
        spanOpen = true;
        openLabel = label;
    }
    finishDocument();
    if (dataset.documents.isEmpty())
        return Error::at(fileName, 1, Tr::msg("the file holds no tokens"));
    if (dataset.documents.size() == 1)
        dataset.documents.first().name = stem + QStringLiteral(".txt");
    return importTextDataset(store, std::move(dataset), options, progress);
}

} // namespace

Format conllFormat()
{
    return textDatasetFormat(
            QStringLiteral("conll"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "CoNLL-2002 IOB2 (token per line)"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "One token and its tag (O, B-LABEL, I-LABEL) per line, a blank "
                              "line between sentences. Importing rebuilds the texts from the "
                              "tokens."),
            QStringLiteral("conll"), exportConll, importConll);
}

} // namespace annostraat
