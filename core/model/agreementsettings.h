// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How strictly a task compares two people's work (the schema's optional "agreement" block,
// docs/schema-format.md): the least agreement for two annotations to be a match (for boxes and
// polygons their IoU; for other kinds their kind's own score) and the kinds' tolerances.

#include "kinds/annotationkindinfo.h"
#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace annostraat {

struct AgreementSettings
{
    /// "iou": least agreement of a matched pair, in (0, 1].
    double minAgreement = 0.5;
    /// "tolerancePx" and "toleranceFrames".
    AgreementOptions tolerances;

    bool isDefault() const
    {
        return minAgreement == 0.5 && tolerances.tolerancePx == AgreementOptions{}.tolerancePx &&
               tolerances.toleranceFrames == AgreementOptions{}.toleranceFrames;
    }
    /// Reads {"iou": 0.5, "tolerancePx": 5, "toleranceFrames": 0}; absent fields keep their
    /// defaults, and so does an undefined \a value (no block). The error names the field and what
    /// it must be.
    static Result<AgreementSettings> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

} // namespace annostraat
