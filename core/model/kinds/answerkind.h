// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// The answer to a form question: {"answer": …}, whose label is the question's id. Whether
/// the answer fits its question (a choice, a rating in range) is the schema's to say
/// (Schema::checkAnnotation). Agreement: 1 when two answers are the same, else 0, the
/// pairwise judgement that kappa and alpha are built from.
class AnswerKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AnswerKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::AnswerKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Answer; }
    QString displayName() const override { return tr("Answer"); }
    KindSurface surface() const override { return KindSurface::None; }
    bool answersQuestion() const override { return true; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    QString summary(const QJsonObject &value) const override;
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;
};

} // namespace annostraat
