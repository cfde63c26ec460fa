// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an item holds besides its main media file: facts about the media (pixel size, length,
// frame rate, start timecode) and further media (the B image of an A/B pair, a video's
// separate audio, a text's reference document). Both travel in item ops as JSON ("facts",
// "extraMedia"), in the store's items table and in task packages (docs/package-format.md).

#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace annostraat {

/// Whether \a label is written as a start timecode: "HH:MM:SS:FF", or "HH:MM:SS;FF" for
/// drop-frame, hours up to 23, minutes and seconds up to 59. Whether the frames fit a rate is
/// for Timecode to say.
bool isTimecodeLabel(const QString &label);

/// What is known about one media file; 0 or empty is "not known".
struct MediaFacts
{
    int width = 0;  ///< pixels, after orientation
    int height = 0;
    qint64 durationMs = 0;
    /// Frames per second as a rational, e.g. 25/1 or 30000/1001 (29.97).
    int frameRateNumerator = 0;
    int frameRateDenominator = 0;
    QString startTimecode; ///< SMPTE "HH:MM:SS:FF" (";" before FF for drop-frame)
    /// Frames of a video in display order (its packet index, core/media/videoindex.h);
    /// "frames" in JSON, absent in data written before it existed.
    qint64 frameCount = 0;

    bool isEmpty() const { return *this == MediaFacts{}; }
    QJsonObject toJson() const;
    /// Validates \a json; \a where starts every message (e.g. "item 7: facts").
    static Result<MediaFacts> fromJson(const QJsonObject &json, const Message &where);

    bool operator==(const MediaFacts &) const = default;
};

/// One more media file of an item, beside its main one.
struct ItemMedium
{
    QString role;      ///< what it is to the item: "B", "audio", "reference", … (plain id)
    QString mediaPath; ///< where the file is on the PC that made the task
    QString sha256;    ///< lower-case hex
    qint64 size = 0;
    MediaFacts facts;

    QJsonObject toJson() const;
    static Result<ItemMedium> fromJson(const QJsonObject &json, const Message &where);

    bool operator==(const ItemMedium &) const = default;
};

namespace ItemMedia {
QJsonArray toJson(const QList<ItemMedium> &media);
/// Validates every entry; roles must be unique.
Result<QList<ItemMedium>> fromJson(const QJsonArray &json, const Message &where);
} // namespace ItemMedia

} // namespace annostraat
