// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerkind.h"

#include "kindvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace annostraat {

Result<void> AnswerKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"answer"}); !r)
        return named(context, r);
    if (!value.contains(QStringLiteral("answer")) || value.value(QStringLiteral("answer")).isNull())
        return invalid(context, msg("\"answer\" is missing"));
    return {};
}

QString AnswerKind::summary(const QJsonObject &value) const
{
    const QJsonValue answer = value.value(QStringLiteral("answer"));
    if (answer.isString())
        return answer.toString().simplified();
    if (answer.isDouble())
        return QString::number(answer.toDouble());
    if (answer.isBool())
        return answer.toBool() ? QStringLiteral("\u2713") : QStringLiteral("\u2717"); // ✓ ✗
    if (answer.isArray()) { // a multichoice answer: the choices, as a person reads them
        QStringList parts;
        for (const QJsonValue &choice : answer.toArray())
            parts << summary(QJsonObject{{QStringLiteral("answer"), choice}});
        return parts.join(QStringLiteral(", "));
    }
    if (answer.isObject())
        return QString::fromUtf8(QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact));
    return tr("no answer");
}

std::optional<double> AnswerKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                            const AgreementOptions &) const
{
    const QJsonValue answerA = a.value(QStringLiteral("answer"));
    return !answerA.isUndefined() && !answerA.isNull() &&
                           answerA == b.value(QStringLiteral("answer"))
                   ? 1.0
                   : 0.0;
}

} // namespace annostraat
