// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks and conversions that several kinds' values share: known keys, numbers, [x, y]
// point lists and start/end intervals. Messages name only the problem; the kind puts the
// annotation in front (AnnotationKindInfo::invalid).

#include "quality/geometry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>

namespace annostraat {

class KindValues
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::KindValues)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::KindValues)

public:
    static bool isFiniteNumber(const QJsonValue &v);
    /// A whole number that a double holds exactly (|v| < 9e15).
    static bool isWholeNumber(const QJsonValue &v);

    /// Refuses any key of \a object not in \a allowed.
    static Result<void> checkKeys(const QJsonObject &object,
                                  std::initializer_list<const char *> allowed);
    /// "points" is a list of at least \a minimum finite [x, y] pairs, none negative.
    static Result<void> checkPoints(const QJsonObject &value, int minimum);
    /// "start" and "end" are whole numbers, 0 <= start < end; \a unit names what they count.
    static Result<void> checkInterval(const QJsonObject &value, const Message &unit);

    /// The "points" of \a value clamped into (0,0)–\a bounds; unchanged when \a bounds is empty.
    static QJsonObject clampPoints(const QJsonObject &value, QSizeF bounds);
    /// "start" and "end" clamped to [0, \a length]; unchanged when \a length < 0.
    static QJsonObject clampInterval(const QJsonObject &value, qint64 length);
    /// A number for summaries: whole pixels, in the user's locale.
    static QString pixels(double v);
};

} // namespace annostraat
