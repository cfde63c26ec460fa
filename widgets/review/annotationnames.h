// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the review panel and the feedback box name one annotation, the same on every PC: its
// kind, its label and where it is ("Box · Buffer (12, 30, 40 × 20)"), never a position in a
// list, which two PCs may order differently. A label the task's schema no longer has (a team
// lead took it out keeping its annotations) is said in words, not only by its grey or magenta.

#include "model/entities.h"

#include <QCoreApplication>

namespace annostraat {

class AnnotationNames
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AnnotationNames)

public:
    /// With \a schema, a label it does not have is named as such.
    static QString describe(const Annotation &annotation, const Schema *schema = nullptr);
};

} // namespace annostraat
