// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// (Not videotestutil.h: tests/media has one, and the CLI tests see both folders.)
// Helpers for the time format tests (CSV with timecodes, WebVTT, SRT, EDL, EAF): a store with
// a video task whose items carry a rate and a start timecode, and its markers and segments in
// a form that compares across stores.

#include "formats/registry.h"
#include "store/store.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace annostraat::test {

/// A video task "Programma" with segment labels (recap, opening, main, credits, music with a
/// yes/no attribute "background" and a text attribute "note") and marker labels (ad-break,
/// note); one item per (file name, rate, start timecode) given.
struct VideoLab
{
    struct Video
    {
        QString name;
        int num = 25;
        int den = 1;
        QString startTimecode;
    };
    /// \a frameCount: every video's frame count in its facts (0: not known). \a schemaFields:
    /// further top-level fields of the schema ("locators", "video").
    explicit VideoLab(const QList<Video> &videos, const QStringList &extraLabels = {},
                      qint64 frameCount = 0, const QJsonObject &schemaFields = {});
    QString path(const QString &name) const { return dir.filePath(name); }
    /// Adds a segment (\a end exclusive) or, when \a end < 0, a marker to item \a item in
    /// \a who's layer.
    void add(int item, const QString &label, qint64 start, qint64 end, const QString &who = {},
             const QJsonObject &attributes = {});

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString lead;
    QString anna;
    Task task;
    QList<Item> items;
};

/// Every live marker and segment of \a taskId as "<file name> <kind> <label> <start> <end>
/// <layer> <attributes JSON>", sorted.
QStringList markLines(const Store &store, const QString &taskId, bool withLayer = true);

/// Imports \a path, which must fail; checks that the message names \a file (and \a line when
/// > 0) and that the store is unchanged. Returns the message.
QString refusedVideo(const Format &format, Store &store, const QString &path, const QString &file,
                     qint64 line, const ImportOptions &options);

const Format &videoFormat(const char *id);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace annostraat::test
