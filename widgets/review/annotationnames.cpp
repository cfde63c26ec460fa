// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationnames.h"

#include "model/kinds/annotationkinds.h"

namespace annostraat {

QString AnnotationNames::describe(const Annotation &annotation)
{
    const AnnotationKindInfo &kind = AnnotationKinds::get(annotation.kind);
    const QString summary = kind.summary(annotation.value);
    if (summary.isEmpty())
        return tr("%1 \u00B7 %2").arg(kind.displayName(), annotation.label);
    return tr("%1 \u00B7 %2 (%3)").arg(kind.displayName(), annotation.label, summary);
}

} // namespace annostraat
