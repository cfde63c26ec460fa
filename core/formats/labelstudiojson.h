// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What Label Studio's two JSON formats share (labelstudio-text, labelstudio-images): the file
// read whole as an array of tasks with the line each task begins on, and who an annotation's
// "completed_by" is: the profile "ls-<N>" on import, and back to a number on export.

#include "imagedataset.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>

namespace annostraat {

/// The largest Label Studio file read: it is parsed whole.
inline constexpr qint64 kLabelStudioMaxBytes = qint64(512) << 20;

/// Prefix of the layers (profile ids) of Label Studio's users: "ls-7".
inline const QString kLabelStudioLayerPrefix = QStringLiteral("ls-");

struct LabelStudioTasks
{
    QJsonArray tasks;
    QList<qint64> lines; ///< the line (1-based) where each task begins
};

/// Reads \a in (named \a fileName in messages) whole: a JSON array of tasks, within
/// kLabelStudioMaxBytes.
Result<LabelStudioTasks> readLabelStudioTasks(QIODevice &in, const QString &fileName);

/// The layer of an annotation's "completed_by" (a number, or {"id": number, "email": …}):
/// "ls-<N>"; empty when it is missing. An error when it is something else.
Result<QString> labelStudioLayer(const QJsonValue &completedBy);

/// The Label Studio user number of each layer: "ls-7" is 7, the others get numbers after the
/// highest such one, in the order of \a layers.
QHash<QString, int> labelStudioUserNumbers(const QStringList &layers);

/// Whether \a v is a whole number, 0 or more.
bool isWholeNumber(const QJsonValue &v);

} // namespace annostraat
