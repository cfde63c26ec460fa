// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The task an importer that loads onto an existing task (ImportTarget::ExistingTask: the video
// time formats) is fuzzed against, in the fuzz targets and in formats_tests' replay of the
// corpus: one video at 29.97 starting at 01:00:00;00, segment labels "recap" and "main",
// marker label "ad-break", locators "Recap" and "Main program". Returns its id, or an empty string when it cannot be made.

#include "model/schema.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace annostraat::fuzz {

inline QString videoTask(Store &store, const QString &author)
{
    const auto label = [](const char *name, const char *kind) {
        return QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                           {QStringLiteral("colour"), QStringLiteral("#1f77b4")},
                           {QStringLiteral("kinds"), QJsonArray{QString::fromUtf8(kind)}}};
    };
    auto schema = Schema::fromJsonObject(
            QJsonObject{{QStringLiteral("format"), Schema::kFormatVersion},
                        {QStringLiteral("labels"),
                         QJsonArray{label("recap", "segment"), label("main", "segment"),
                                    label("ad-break", "marker")}},
                        {QStringLiteral("locators"),
                         QJsonObject{{QStringLiteral("names"),
                                      QJsonArray{QStringLiteral("Recap"),
                                                 QStringLiteral("Main program")}}}}},
            QStringLiteral("fuzz"));
    if (!schema)
        return {};
    Task task;
    task.name = QStringLiteral("fuzz");
    task.mediaKind = MediaKind::Video;
    task.schema = *schema;
    Item item;
    item.mediaPath = QStringLiteral("/nonexistent/fuzz.mp4");
    item.sha256 = QString(64, QLatin1Char('f'));
    item.size = 1;
    item.kind = MediaKind::Video;
    item.facts.frameRateNumerator = 30000;
    item.facts.frameRateDenominator = 1001;
    item.facts.startTimecode = QStringLiteral("01:00:00;00");
    auto created = store.createTask(task, {item}, author);
    return created ? created->id : QString();
}

} // namespace annostraat::fuzz
