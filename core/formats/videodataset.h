// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the time formats (CSV with timecodes, WebVTT, SRT, CMX3600 EDL, ELAN EAF) share, as
// textdataset.h is for the text formats (docs/decisions/0016-time-formats.md). A format's own
// file parses its file into a VideoDataset, whose times stay as the file writes them (frames,
// milliseconds or timecode labels), or writes a VideoExport; everything else is done once here:
//
// - importVideoDataset() matches each document to a video item of an existing task (by the
//   media file it names, else by the file's own name, else the task's only video), turns its
//   times into frames with the item's own rate and start timecode (Timecode), checks every
//   marker and segment (not negative, not reversed, within the video's frame count when the
//   item facts have one, a label of the schema for that kind), and writes everything in one
//   transaction.
// - collectVideoExport() reads a task's video items, their rates and start timecodes and the
//   markers and segments that exportedAnnotations() chooses.

#include "format.h"
#include "imagedataset.h"
#include "media/timecode.h"
#include "model/entities.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace annostraat {

/// A time as a file writes it, made into a frame once the item (and its rate) is known.
struct VideoTime
{
    enum class Unit { None, Frame, Millisecond, Timecode };
    Unit unit = Unit::Frame;
    qint64 value = 0; ///< frames or milliseconds
    QString label;    ///< Unit::Timecode: "01:00:01:14" or drop-frame "01:00:01;14"
    /// Unit::Timecode: the label's separator says nothing (a sheet typed by hand writes ":"
    /// in a drop-frame video too); it is read as the video's timecodes are written.
    bool separatorFollowsVideo = false;

    static VideoTime frames(qint64 n) { return {Unit::Frame, n, {}, false}; }
    static VideoTime ms(qint64 n) { return {Unit::Millisecond, n, {}, false}; }
    static VideoTime timecode(const QString &label, bool separatorFollowsVideo = false)
    {
        return {Unit::Timecode, 0, label, separatorFollowsVideo};
    }
    /// No time: a locator's edge that is not set (a sheet's empty cell).
    static VideoTime none() { return {Unit::None, 0, {}, false}; }
    bool isSet() const { return unit != Unit::None; }
};

/// One marker, segment or locator read from a file.
struct VideoMark
{
    AnnotationKind kind = AnnotationKind::Segment;
    VideoTime start;
    VideoTime end; ///< segments and locators; exclusive
    /// Locators: the part is not in this video (start and end are then not set). A locator's
    /// start or end may be VideoTime::none() while the other is set. A locator replaces the
    /// layer's locator of the same name on the item, so a sheet imported twice stays one.
    bool skipped = false;
    QString label;
    /// Attribute values as the file writes them (text); made into the type the schema
    /// declares. An attribute the label does not have is left out and counted.
    QMap<QString, QString> attributes;
    /// Whose layer (a profile id or name) when the format has layers; empty:
    /// ImportOptions::layer, else the author's.
    QString layer;
    DatasetPlace place;
    /// Where the end is written when not at \a place (a locator sheet's "end" row).
    DatasetPlace endPlace;
};

struct VideoDocument
{
    /// The media file the document names (EAF's MEDIA_URL, the CSV's item column), matched
    /// against the items' file names; empty: matched by the file's own name.
    QString media;
    /// Whether \a media must name one of the task's videos (the CSV's item column), rather
    /// than being a hint that may fall back to the file's own name or the only video (EAF's
    /// MEDIA_URL often names the file on another PC, or an audio recording of the same scene).
    bool mediaMustMatch = false;
    QList<VideoMark> marks;
    DatasetPlace place; ///< the file (line 0)
};

struct VideoDataset
{
    QList<VideoDocument> documents;
    QMap<QString, int> notes; ///< what could not be carried, counted into ImportSummary::counts
};

/// Checks \a dataset whole and writes it into the task options.taskId in one transaction; on
/// any problem nothing is written and the error names the file, the line, the problem.
Result<ImportSummary> importVideoDataset(Store &store, const VideoDataset &dataset,
                                         const ImportOptions &options,
                                         const FormatProgress &progress);

struct ExportedMark
{
    AnnotationKind kind = AnnotationKind::Segment;
    qint64 start = 0; ///< frames
    qint64 end = 0;   ///< segments: exclusive; markers: start + 1
    QString label;
    QString layer;     ///< profile id
    QString layerName; ///< the profile's name (the id when it has none): what files write
    QJsonObject attributes;
};

/// One person's locator on a video (kind "locator"): a part the schema names.
struct ExportedLocator
{
    QString name;
    std::optional<qint64> start; ///< frames
    std::optional<qint64> end;   ///< exclusive
    bool skipped = false;
    QString layer;     ///< profile id
    QString layerName; ///< the profile's name (the id when it has none)
};

struct ExportedVideo
{
    Item item;
    QString stem;              ///< unique within the export: the media file name without extension
    FrameRate rate;            ///< invalid when the item has none
    qint64 startFrame = 0;     ///< of its start timecode (Timecode::startFrameOf), 0 when none
    bool dropFrame = false;    ///< labels written drop-frame (see labelOf)
    QList<ExportedMark> marks; ///< by start, then end, then kind, label, layer
    /// Its locators (only the formats that write locators read them; not in marks): by layer
    /// name, then the schema's order of the names.
    QList<ExportedLocator> locators;

    /// The timecode label of \a frame (the start timecode added).
    QString labelOf(qint64 frame) const;
    /// The millisecond \a frame starts at, counted from the video's first frame.
    qint64 msOf(qint64 frame) const { return Timecode::frameToMs(frame, rate); }
};

struct VideoExport
{
    Task task;
    QStringList labels; ///< marker and segment labels in schema order, then any other used
    QStringList layers; ///< profile ids of the layers exported, sorted
    QList<ExportedVideo> videos;
    int markCount = 0;
    QMap<QString, int> notes;
};

/// The task's video items with their live markers and segments (as \a options chooses).
/// \a needsRate: refuse an item with marks but without a frame rate (every format that writes
/// times rather than frames), naming the item.
Result<VideoExport> collectVideoExport(const Store &store, const QString &taskId,
                                       const ExportOptions &options, bool needsRate);

/// The counts of an export summary: "item", "annotation" and the notes.
ExportSummary videoExportSummary(const VideoExport &data);

/// One file per video for the formats that hold one video a file (WebVTT, SRT, EDL, EAF):
/// the only video's file as it is, or a ZIP archive of "<stem>.<extension>" per video.
Result<void> writeVideoFiles(const VideoExport &data, const QString &extension,
                             const std::function<QByteArray(const ExportedVideo &)> &write,
                             QIODevice &out, const FormatProgress &progress);

/// The description every time format shares: version 1, video tasks, markers and segments,
/// into an existing task. \a name and \a summary are untranslated (QT_TRANSLATE_NOOP).
Format videoDatasetFormat(QString id, const char *name, const char *summary, QString extension,
                          ExportFunction exporter, ImportFunction importer);

/// Reads all of \a in (at most kMaxImportBytes) as UTF-8 text (a byte order mark dropped);
/// invalid UTF-8 is an error naming \a file and the line.
Result<QString> readVideoText(QIODevice &in, const QString &file);

} // namespace annostraat
