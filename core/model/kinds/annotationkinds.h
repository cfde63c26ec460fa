// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The registry of annotation kinds: one AnnotationKindInfo per AnnotationKind, made once and
// never changed (so it is safe to read from any thread). See annotationkindinfo.h.

#include "annotationkindinfo.h"

#include <QList>

namespace annostraat {

class AnnotationKinds
{
public:
    /// What \a kind is. Every AnnotationKind has an entry.
    static const AnnotationKindInfo &get(AnnotationKind kind);
    /// The kind with the stable id \a id ("box"), or nullptr.
    static const AnnotationKindInfo *find(QStringView id);
    /// Every kind, in the order of the AnnotationKind enum.
    static const QList<const AnnotationKindInfo *> &all();
};

} // namespace annostraat
