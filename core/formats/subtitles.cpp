// SPDX-License-Identifier: GPL-3.0-or-later
#include "subtitles.h"

#include "videodataset.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

QStringList linesOf(const QString &text)
{
    static const QRegularExpression kLineEnd(QStringLiteral("\r\n|\r|\n"));
    return text.split(kLineEnd);
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

/// Digits at \a at of \a s, moving \a at past them.
QStringView digits(QStringView s, qsizetype &at)
{
    const qsizetype from = at;
    while (at < s.size() && s.at(at).isDigit() && s.at(at).unicode() < 128)
        ++at;
    return s.mid(from, at - from);
}

/// "start --> end[ settings]" of WebVTT at \a line: both timestamps in ms, or false.
bool parseVttTiming(const QString &line, qint64 *start, qint64 *end)
{
    const qsizetype arrow = line.indexOf(QLatin1String("-->"));
    if (arrow < 0)
        return false;
    const QStringView left = QStringView(line).left(arrow).trimmed();
    QStringView right = QStringView(line).mid(arrow + 3);
    // The end timestamp is what follows the arrow's white space, up to the next white space.
    qsizetype i = 0;
    while (i < right.size() && right.at(i).isSpace())
        ++i;
    qsizetype j = i;
    while (j < right.size() && !right.at(j).isSpace())
        ++j;
    // The start must be followed by white space before the arrow, the end by none or some.
    if (arrow == 0 || !line.at(arrow - 1).isSpace() || i == 0)
        return false;
    *start = parseWebVttTimestamp(left);
    *end = parseWebVttTimestamp(right.mid(i, j - i));
    return *start >= 0 && *end >= 0;
}

/// An SRT timestamp "hh:mm:ss,ttt" in ms (hours of one or more digits), or -1.
qint64 parseSrtTimestamp(QStringView s)
{
    static const QRegularExpression kStamp(QStringLiteral("^(\\d+):(\\d{2}):(\\d{2}),(\\d{3})$"));
    const auto m = kStamp.match(s);
    if (!m.hasMatch())
        return -1;
    const qint64 h = m.capturedView(1).toLongLong();
    const qint64 min = m.capturedView(2).toLongLong();
    const qint64 sec = m.capturedView(3).toLongLong();
    if (min > 59 || sec > 59 || m.capturedView(1).size() > 6)
        return -1;
    return ((h * 60 + min) * 60 + sec) * 1000 + m.capturedView(4).toLongLong();
}

bool parseSrtTiming(const QString &line, qint64 *start, qint64 *end)
{
    const qsizetype arrow = line.indexOf(QLatin1String("-->"));
    if (arrow < 0)
        return false;
    const QStringView left = QStringView(line).left(arrow).trimmed();
    // SRT may carry position hints after the end ("X1:… Y1:…"): the first word only.
    const QStringView right = QStringView(line).mid(arrow + 3).trimmed();
    qsizetype j = 0;
    while (j < right.size() && !right.at(j).isSpace())
        ++j;
    *start = parseSrtTimestamp(left);
    *end = parseSrtTimestamp(right.left(j));
    return *start >= 0 && *end >= 0;
}

/// The label a cue's text gives: its lines joined by a space, tags ("<i>", "<c.red>", "<v
/// Anna>") removed and the character references WebVTT escapes with turned back.
QString labelOf(const QString &text)
{
    static const QRegularExpression kTag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    QString s = text;
    s.remove(kTag);
    s.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lrm;"), QString())
            .replace(QLatin1String("&rlm;"), QString())
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.replace(kSpace, QStringLiteral(" ")).trimmed();
}

/// The cues of \a parsed as segments, the bad, empty and reversed ones counted.
VideoDataset datasetOf(const SubtitleFile &parsed, const QString &fileName)
{
    VideoDataset dataset;
    VideoDocument doc;
    doc.place = DatasetPlace{fileName, 0, {}};
    int reversed = 0;
    int empty = 0;
    for (const SubtitleCue &cue : parsed.cues) {
        if (cue.endMs <= cue.startMs) {
            ++reversed; // the W3C parser keeps such cues; a segment cannot be one
            continue;
        }
        const QString label = labelOf(cue.text);
        if (label.isEmpty()) {
            ++empty;
            continue;
        }
        VideoMark m;
        m.kind = AnnotationKind::Segment;
        m.start = VideoTime::ms(cue.startMs);
        m.end = VideoTime::ms(cue.endMs);
        m.label = label;
        m.place = DatasetPlace{fileName, cue.line, {}};
        doc.marks << m;
    }
    dataset.documents << doc;
    dataset.notes[QStringLiteral("cue-skipped")] = int(parsed.badLines.size());
    dataset.notes[QStringLiteral("cue-reversed-skipped")] = reversed;
    dataset.notes[QStringLiteral("cue-without-text-skipped")] = empty;
    return dataset;
}

QString vttStamp(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
            .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
            .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString srtStamp(qint64 ms)
{
    return vttStamp(ms).replace(QLatin1Char('.'), QLatin1Char(','));
}

/// A label as cue text: one line; in WebVTT "&", "<" and ">" escaped.
QString cueText(const QString &label, bool vtt)
{
    QString s = label;
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (vtt)
        s.replace(QLatin1Char('&'), QLatin1String("&amp;"))
                .replace(QLatin1Char('<'), QLatin1String("&lt;"))
                .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return s.isEmpty() ? QStringLiteral(" ") : s;
}

Result<ExportSummary> exportSubtitles(const Store &store, const QString &taskId, QIODevice &out,
                                      const ExportOptions &options, const FormatProgress &progress,
                                      bool vtt)
{
    auto data = collectVideoExport(store, taskId, options, true);
    if (!data)
        return data.error();
    int markers = 0;
    int attributes = 0;
    int segments = 0;
    const auto write = [&](const ExportedVideo &v) {
        QString text = vtt ? QStringLiteral("WEBVTT\n\n") : QString();
        int n = 0;
        for (const ExportedMark &m : v.marks) {
            if (m.kind != AnnotationKind::Segment) {
                ++markers;
                continue;
            }
            attributes += int(m.attributes.size());
            ++segments;
            const qint64 start = v.msOf(m.start);
            const qint64 end = v.msOf(m.end);
            text += QStringLiteral("%1\n%2 --> %3\n%4\n\n")
                            .arg(++n)
                            .arg(vtt ? vttStamp(start) : srtStamp(start),
                                 vtt ? vttStamp(end) : srtStamp(end), cueText(m.label, vtt));
        }
        return text.toUtf8();
    };
    if (auto r = writeVideoFiles(*data, vtt ? QStringLiteral("vtt") : QStringLiteral("srt"), write,
                                 out, progress);
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

Result<ImportSummary> importSubtitles(Store &store, QIODevice &in, const QString &fileName,
                                      const ImportOptions &options, const FormatProgress &progress,
                                      bool vtt)
{
    auto text = readVideoText(in, fileName);
    if (!text)
        return text.error();
    auto parsed = vtt ? parseWebVtt(*text, fileName) : parseSrt(*text, fileName);
    if (!parsed)
        return parsed.error();
    return importVideoDataset(store, datasetOf(*parsed, fileName), options, progress);
}

} // namespace

qint64 parseWebVttTimestamp(QStringView s)
{
    // The W3C algorithm ("collect a WebVTT timestamp"): the first field is hours when it is not
    // exactly two digits or more than 59, else minutes unless a third field follows.
    qsizetype at = 0;
    const QStringView first = digits(s, at);
    if (first.isEmpty())
        return -1;
    bool hours = first.size() != 2 || first.toLongLong() > 59;
    if (first.size() > 9 || at >= s.size() || s.at(at) != QLatin1Char(':'))
        return -1;
    ++at;
    const QStringView second = digits(s, at);
    if (second.size() != 2)
        return -1;
    qint64 h = 0, m = 0, sec = 0;
    if (hours || (at < s.size() && s.at(at) == QLatin1Char(':'))) {
        if (at >= s.size() || s.at(at) != QLatin1Char(':'))
            return -1;
        ++at;
        const QStringView third = digits(s, at);
        if (third.size() != 2)
            return -1;
        h = first.toLongLong();
        m = second.toLongLong();
        sec = third.toLongLong();
    } else {
        m = first.toLongLong();
        sec = second.toLongLong();
    }
    if (at >= s.size() || s.at(at) != QLatin1Char('.'))
        return -1;
    ++at;
    const QStringView fraction = digits(s, at);
    if (fraction.size() != 3 || at != s.size() || m > 59 || sec > 59)
        return -1;
    return ((h * 60 + m) * 60 + sec) * 1000 + fraction.toLongLong();
}

Result<SubtitleFile> parseWebVtt(const QString &text, const QString &file)
{
    const QStringList lines = linesOf(text);
    const QString &signature = lines.first();
    if (!signature.startsWith(QLatin1String("WEBVTT")) ||
        (signature.size() > 6 && signature.at(6) != QLatin1Char(' ') &&
         signature.at(6) != QLatin1Char('\t')))
        return Error::at(file, 1,
                         Tr::msg("this is not a WebVTT file: it must start with \"WEBVTT\""));
    SubtitleFile out;
    qsizetype i = 1;
    // The header: up to the first blank line.
    while (i < lines.size() && !isBlank(lines.at(i)) && !lines.at(i).contains(QLatin1String("-->")))
        ++i;
    bool seenCue = false;
    while (i < lines.size()) {
        if (isBlank(lines.at(i))) {
            ++i;
            continue;
        }
        // A block: up to a blank line, or a second line with "-->".
        const qsizetype from = i;
        QStringList block;
        int arrows = 0;
        while (i < lines.size() && !isBlank(lines.at(i))) {
            if (lines.at(i).contains(QLatin1String("-->"))) {
                if (arrows > 0 || block.size() > 1)
                    break; // a timing line in the text begins the next cue
                ++arrows;
            }
            block << lines.at(i);
            ++i;
        }
        const QString &head = block.first();
        const auto isKeyword = [&](const char *word) {
            const QLatin1String w(word);
            return head.startsWith(w) && (head.size() == w.size() || head.at(w.size()).isSpace());
        };
        if (arrows == 0) {
            if (isKeyword("NOTE") || (!seenCue && (isKeyword("STYLE") || isKeyword("REGION"))))
                continue;
            out.badLines << from + 1; // text without timings: a cue whose timing line is missing
            continue;
        }
        const bool withId = !head.contains(QLatin1String("-->"));
        SubtitleCue cue;
        cue.id = withId ? head : QString();
        cue.line = from + (withId ? 2 : 1);
        if (!parseVttTiming(block.at(withId ? 1 : 0), &cue.startMs, &cue.endMs)) {
            out.badLines << cue.line;
            continue;
        }
        cue.text = block.mid(withId ? 2 : 1).join(QLatin1Char('\n'));
        out.cues << cue;
        seenCue = true;
    }
    return out;
}

Result<SubtitleFile> parseSrt(const QString &text, const QString &file)
{
    const QStringList lines = linesOf(text);
    SubtitleFile out;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (isBlank(lines.at(i))) {
            ++i;
            continue;
        }
        const qsizetype from = i;
        QStringList block;
        while (i < lines.size() && !isBlank(lines.at(i)))
            block << lines.at(i++);
        // "n", then the timing line; a missing number is forgiven.
        bool numbered = false;
        block.first().trimmed().toLongLong(&numbered);
        const qsizetype timing = numbered ? 1 : 0;
        SubtitleCue cue;
        cue.id = numbered ? block.first().trimmed() : QString();
        cue.line = from + timing + 1;
        if (timing >= block.size() || !parseSrtTiming(block.at(timing), &cue.startMs, &cue.endMs)) {
            out.badLines << from + 1;
            continue;
        }
        cue.text = block.mid(timing + 1).join(QLatin1Char('\n'));
        out.cues << cue;
    }
    if (out.cues.isEmpty())
        return Error::at(file, out.badLines.isEmpty() ? 1 : out.badLines.first(),
                         Tr::msg("this is not an SRT file: not one block in it is a numbered cue "
                                 "with a timing line (\"00:00:01,000 --> 00:00:02,500\")"));
    return out;
}

Format webVttFormat()
{
    Format f = videoDatasetFormat(
            QStringLiteral("webvtt"), QT_TRANSLATE_NOOP("annostraat::Formats", "WebVTT subtitles"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "Segments as WebVTT cues, the label as the cue's text, times in "
                              "milliseconds."),
            QStringLiteral("vtt"),
            [](const Store &store, const QString &taskId, QIODevice &out,
               const ExportOptions &options, const FormatProgress &progress) {
                return exportSubtitles(store, taskId, out, options, progress, true);
            },
            [](Store &store, QIODevice &in, const QString &fileName, const ImportOptions &options,
               const FormatProgress &progress) {
                return importSubtitles(store, in, fileName, options, progress, true);
            });
    f.annotationKinds = {AnnotationKind::Segment}; // cues have no points in time
    return f;
}

Format srtFormat()
{
    Format f = videoDatasetFormat(
            QStringLiteral("srt"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "SubRip subtitles (SRT)"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "Segments as numbered SRT cues, the label as the cue's text, times "
                              "in milliseconds."),
            QStringLiteral("srt"),
            [](const Store &store, const QString &taskId, QIODevice &out,
               const ExportOptions &options, const FormatProgress &progress) {
                return exportSubtitles(store, taskId, out, options, progress, false);
            },
            [](Store &store, QIODevice &in, const QString &fileName, const ImportOptions &options,
               const FormatProgress &progress) {
                return importSubtitles(store, in, fileName, options, progress, false);
            });
    f.annotationKinds = {AnnotationKind::Segment}; // cues have no points in time
    return f;
}

} // namespace annostraat
