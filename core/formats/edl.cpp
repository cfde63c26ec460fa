// SPDX-License-Identifier: GPL-3.0-or-later
#include "edl.h"

#include "videodataset.h"

#include <QColor>
#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The marker colours of Avid and OpenTimelineIO, as LOC lines name them.
const struct
{
    const char *name;
    QRgb rgb;
} kLocColours[] = {{"RED", 0xff0000},    {"GREEN", 0x00ff00},   {"BLUE", 0x0000ff},
                   {"CYAN", 0x00ffff},   {"MAGENTA", 0xff00ff}, {"YELLOW", 0xffff00},
                   {"BLACK", 0x000000},  {"WHITE", 0xffffff},   {"PINK", 0xffc0cb},
                   {"ORANGE", 0xffa500}, {"PURPLE", 0x800080}};

bool isLocColour(const QString &word)
{
    for (const auto &c : kLocColours)
        if (word == QLatin1String(c.name))
            return true;
    return false;
}

QString nearestLocColour(const QColor &colour)
{
    QString best = QStringLiteral("RED");
    double bestDistance = 1e18;
    for (const auto &c : kLocColours) {
        const QColor other(c.rgb);
        const double d = std::pow(colour.red() - other.red(), 2) +
                         std::pow(colour.green() - other.green(), 2) +
                         std::pow(colour.blue() - other.blue(), 2);
        if (d < bestDistance) {
            bestDistance = d;
            best = QLatin1String(c.name);
        }
    }
    return best;
}

bool isTimecode(const QString &word)
{
    static const QRegularExpression kTc(QStringLiteral("^\\d{1,2}:\\d{2}:\\d{2}[:;.,]\\d{2,3}$"));
    return kTc.match(word).hasMatch();
}

/// \a label written drop-frame (";" before the frames) when \a dropFrame.
QString withFcm(const QString &label, bool dropFrame)
{
    if (!dropFrame || Timecode::isDropFrameLabel(label))
        return label;
    QString out = label;
    out[out.size() - 3] = QLatin1Char(';');
    return out;
}

/// The text after "NAME:" on a clip name line, or nullopt when \a line is not one of \a kind
/// ("FROM" or "TO"), with or without the leading "*".
std::optional<QString> clipNameOn(const QString &line, const char *kind)
{
    QString s = line.trimmed();
    if (s.startsWith(QLatin1Char('*')))
        s = s.mid(1).trimmed();
    const QString head = QLatin1String(kind) + QStringLiteral(" CLIP NAME:");
    if (!s.startsWith(head, Qt::CaseInsensitive))
        return std::nullopt;
    return s.mid(head.size()).trimmed();
}

Result<ExportSummary> exportEdl(const Store &store, const QString &taskId, QIODevice &out,
                                const ExportOptions &options, const FormatProgress &progress)
{
    auto data = collectVideoExport(store, taskId, options, true);
    if (!data)
        return data.error();
    int attributes = 0;
    const auto write = [&](const ExportedVideo &v) {
        QString text = QStringLiteral("TITLE: %1\nFCM: %2\n\n")
                               .arg(QString(data->task.name).simplified(),
                                    v.dropFrame ? QStringLiteral("DROP FRAME")
                                                : QStringLiteral("NON-DROP FRAME"));
        int event = 0;
        for (const ExportedMark &m : v.marks) {
            const QString label = QString(m.label).simplified();
            if (m.kind == AnnotationKind::Segment) {
                attributes += int(m.attributes.size());
                const QString in = v.labelOf(m.start);
                const QString outTc = v.labelOf(m.end);
                // The source is the video itself: its timecodes are the record's.
                text += QStringLiteral("%1  AX       V     C        %2 %3 %2 %3\n"
                                       "* FROM CLIP NAME:  %4\n")
                                .arg(++event % 1000, 3, 10, QLatin1Char('0'))
                                .arg(in, outTc, label);
            } else {
                const LabelSpec *spec = data->task.schema.label(m.label);
                QString colour = m.attributes.value(QStringLiteral("colour")).toString().toUpper();
                if (!isLocColour(colour))
                    colour = nearestLocColour(spec ? spec->colour : QColor(Qt::red));
                text += QStringLiteral("* LOC: %1 %2 %3\n").arg(v.labelOf(m.start), colour, label);
            }
        }
        return text.toUtf8();
    };
    if (auto r = writeVideoFiles(*data, QStringLiteral("edl"), write, out, progress); !r)
        return r.error();
    ExportSummary summary = videoExportSummary(*data);
    if (attributes)
        summary.counts[QStringLiteral("attribute-skipped")] = attributes;
    return summary;
}

Result<ImportSummary> importEdl(Store &store, QIODevice &in, const QString &fileName,
                                const ImportOptions &options, const FormatProgress &progress)
{
    auto text = readVideoText(in, fileName);
    if (!text)
        return text.error();
    auto edl = parseEdl(*text, fileName);
    if (!edl)
        return edl.error();
    VideoDataset dataset;
    VideoDocument doc;
    doc.place = DatasetPlace{fileName, 0, {}};
    int audio = 0;
    int empty = 0;
    for (const EdlEvent &e : std::as_const(edl->events)) {
        if (!e.video) {
            ++audio;
            continue;
        }
        if (e.recordIn == e.recordOut) {
            ++empty; // the cut before a transition: no picture of its own
            continue;
        }
        VideoMark m;
        m.kind = AnnotationKind::Segment;
        m.start = VideoTime::timecode(e.recordIn);
        m.end = VideoTime::timecode(e.recordOut);
        m.label = e.clipName.isEmpty() ? e.reel : e.clipName;
        m.place = DatasetPlace{fileName, e.line, {}};
        doc.marks << m;
    }
    for (const EdlLocator &l : std::as_const(edl->locators)) {
        VideoMark m;
        m.kind = AnnotationKind::Marker;
        m.start = VideoTime::timecode(l.timecode);
        m.label = l.comment.isEmpty() ? l.colour : l.comment;
        m.attributes.insert(QStringLiteral("colour"), l.colour);
        m.place = DatasetPlace{fileName, l.line, {}};
        doc.marks << m;
    }
    dataset.documents << doc;
    dataset.notes[QStringLiteral("edl-audio-event-skipped")] = audio;
    dataset.notes[QStringLiteral("edl-empty-event-skipped")] = empty;
    return importVideoDataset(store, dataset, options, progress);
}

} // namespace

Result<EdlFile> parseEdl(const QString &text, const QString &file)
{
    static const QRegularExpression kLineEnd(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    const QStringList lines = text.split(kLineEnd);
    EdlFile out;
    bool dropFrame = false;
    bool anything = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const qint64 lineNo = i + 1;
        if (line.isEmpty())
            continue;
        const QStringList words = line.split(kSpace, Qt::SkipEmptyParts);
        const QString first = words.first().toUpper();
        if (first == QLatin1String("TITLE:")) {
            out.title = line.mid(6).trimmed();
            anything = true;
            continue;
        }
        if (first == QLatin1String("FCM:")) {
            const QString mode = line.mid(4).simplified().toUpper();
            if (mode == QLatin1String("DROP FRAME"))
                dropFrame = true;
            else if (mode == QLatin1String("NON-DROP FRAME") ||
                     mode == QLatin1String("NON DROP FRAME"))
                dropFrame = false;
            else
                return Error::at(file, lineNo,
                                 Tr::msg("\"%1\" is neither \"FCM: DROP FRAME\" nor \"FCM: "
                                         "NON-DROP FRAME\"")
                                         .arg(line));
            out.dropFrame = dropFrame;
            anything = true;
            continue;
        }
        if (line.startsWith(QLatin1Char('*')) || clipNameOn(line, "FROM") ||
            clipNameOn(line, "TO")) {
            if (out.events.isEmpty() && !line.startsWith(QLatin1Char('*')))
                return Error::at(file, lineNo, Tr::msg("a clip name before the first event"));
            if (const auto name = clipNameOn(line, "FROM")) {
                // A transition's event takes the clip it goes to; a cut's the clip it shows.
                if (out.events.last().clipName.isEmpty() ||
                    out.events.last().transition.startsWith(QLatin1Char('C')))
                    out.events.last().clipName = *name;
                continue;
            }
            if (const auto name = clipNameOn(line, "TO")) {
                out.events.last().clipName = *name;
                continue;
            }
            const QString comment = line.mid(1).trimmed();
            if (comment.startsWith(QLatin1String("LOC:"), Qt::CaseInsensitive)) {
                const QStringList loc = comment.mid(4).trimmed().split(kSpace, Qt::SkipEmptyParts);
                if (loc.isEmpty() || !isTimecode(loc.first()))
                    return Error::at(
                            file, lineNo,
                            Tr::msg("a LOC line must start with a timecode: \"%1\"").arg(line));
                EdlLocator l;
                l.timecode = withFcm(loc.first(), dropFrame);
                qsizetype rest = 1;
                if (loc.size() > 1 && isLocColour(loc.at(1).toUpper())) {
                    l.colour = loc.at(1).toUpper();
                    rest = 2;
                }
                l.comment = loc.mid(rest).join(QLatin1Char(' '));
                l.event = out.events.size() - 1;
                l.line = lineNo;
                out.locators << l;
            }
            continue; // other comments (SOURCE FILE, effects) carry nothing of ours
        }
        if (first == QLatin1String("M2") || first == QLatin1String("AUD") ||
            first.startsWith(QLatin1String("SPLIT")))
            continue; // motion effects, extra audio channels, split edits: nothing of ours
        // An event: number, reel, track, transition [duration], four timecodes.
        bool numbered = false;
        words.first().toInt(&numbered);
        if (!numbered || words.size() < 8)
            return Error::at(file, lineNo,
                             Tr::msg("this line is not an EDL event, comment or header: \"%1\"")
                                     .arg(line.left(80)));
        EdlEvent e;
        e.number = words.at(0);
        e.reel = words.at(1);
        e.track = words.at(2).toUpper();
        e.transition = words.at(3).toUpper();
        const QStringList tcs = words.mid(words.size() - 4);
        for (const QString &tc : tcs)
            if (!isTimecode(tc))
                return Error::at(file, lineNo,
                                 Tr::msg("event %1: \"%2\" is not a timecode (HH:MM:SS:FF)")
                                         .arg(e.number, tc));
        e.sourceIn = withFcm(tcs.at(0), dropFrame);
        e.sourceOut = withFcm(tcs.at(1), dropFrame);
        e.recordIn = withFcm(tcs.at(2), dropFrame);
        e.recordOut = withFcm(tcs.at(3), dropFrame);
        e.video = e.track.contains(QLatin1Char('V')) || e.track == QLatin1String("B");
        e.line = lineNo;
        out.events << e;
        anything = true;
    }
    if (!anything)
        return Error::at(file, 1,
                         Tr::msg("this is not a CMX3600 EDL: it has no title and no event"));
    return out;
}

Format edlFormat()
{
    return videoDatasetFormat(
            QStringLiteral("edl"), QT_TRANSLATE_NOOP("annostraat::Formats", "CMX3600 EDL"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "Segments as edit events (record in and out, the clip name as the "
                              "label) and markers as LOC comments, in SMPTE timecode."),
            QStringLiteral("edl"), exportEdl, importEdl);
}

} // namespace annostraat
