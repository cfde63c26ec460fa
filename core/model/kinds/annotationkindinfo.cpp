// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AnnotationKindInfo)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::AnnotationKindInfo)
};

} // namespace

Error AnnotationKindInfo::invalid(const ValueContext &context, const Message &problem) const
{
    // Ids, not translated names: these messages go to scripts and logs as well as to people.
    Message what = Message::plain(id());
    if (!context.label.isEmpty())
        what = Tr::msg("%1 \"%2\"").arg(what, context.label);
    if (context.annotationId.isEmpty())
        return Error(Tr::msg("%1: %2").arg(what, problem));
    return Error(Tr::msg("annotation %1 (%2): %3").arg(context.annotationId, what, problem));
}

Result<void> AnnotationKindInfo::named(const ValueContext &context,
                                       const Result<void> &result) const
{
    if (result)
        return {};
    return invalid(context, result.error().what());
}

} // namespace annostraat
