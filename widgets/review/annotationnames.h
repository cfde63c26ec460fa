// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the review panel and the feedback box name one annotation, the same on every PC: its
// kind, its label and where it is ("Box · Buffer (12, 30, 40 × 20)"), never a position in a
// list, which two PCs may order differently.

#include "model/entities.h"

#include <QCoreApplication>

namespace annostraat {

class AnnotationNames
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AnnotationNames)

public:
    static QString describe(const Annotation &annotation);
};

} // namespace annostraat
