// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AnnotationKindInfo)
};

} // namespace

Error AnnotationKindInfo::invalid(const ValueContext &context, const QString &problem) const
{
    // Ids, not translated names: these messages go to scripts and logs as well as to people.
    QString what = id();
    if (!context.label.isEmpty())
        what = Tr::tr("%1 \"%2\"").arg(what, context.label);
    if (context.annotationId.isEmpty())
        return Error(Tr::tr("%1: %2").arg(what, problem));
    return Error(Tr::tr("annotation %1 (%2): %3").arg(context.annotationId, what, problem));
}

Result<void> AnnotationKindInfo::named(const ValueContext &context,
                                       const Result<void> &result) const
{
    if (result)
        return {};
    return invalid(context, result.error().message());
}

} // namespace annostraat
