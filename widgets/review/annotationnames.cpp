// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationnames.h"

#include "model/kinds/annotationkinds.h"

namespace annostraat {

QString AnnotationNames::describe(const Annotation &annotation, const Schema *schema)
{
    const AnnotationKindInfo &kind = AnnotationKinds::get(annotation.kind);
    const QString summary = kind.summary(annotation.value);
    const QString label = schema && !annotation.label.isEmpty() && !schema->label(annotation.label)
            ? tr("%1, a label no longer in the task").arg(annotation.label)
            : annotation.label;
    if (summary.isEmpty())
        return tr("%1 \u00B7 %2").arg(kind.displayName(), label);
    return tr("%1 \u00B7 %2 (%3)").arg(kind.displayName(), label, summary);
}

} // namespace annostraat
