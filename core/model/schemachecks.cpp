// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemachecks.h"

#include "contrast.h"
#include "programkeys.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <numbers>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::SchemaChecks)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::SchemaChecks)
};

constexpr double kPi = std::numbers::pi;

double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

double degrees(double radians)
{
    return radians * 180.0 / kPi;
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double labF(double t)
{
    constexpr double epsilon = 216.0 / 24389.0;
    constexpr double kappa = 24389.0 / 27.0;
    return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0;
}

/// "\"Name\"" as labels are named in the warnings.
QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

/// How a hotkey reads in a warning: "b", or "Space".
Message keyWords(const QString &key)
{
    if (key == QLatin1String(" "))
        return Tr::msg("Space");
    return Message::plain(key);
}

} // namespace

LabColour toLab(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    const double r = linear(rgb.redF()), g = linear(rgb.greenF()), b = linear(rgb.blueF());
    // sRGB to XYZ (D65), then XYZ to Lab with the D65 white.
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const double fx = labF(x / 0.95047), fy = labF(y / 1.0), fz = labF(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double deltaE2000(const LabColour &x, const LabColour &y)
{
    // Sharma, Wu, Dalal: "The CIEDE2000 color-difference formula: implementation notes,
    // supplementary test data, and mathematical observations" (2005), with kL = kC = kH = 1.
    const double c1 = std::hypot(x.a, x.b), c2 = std::hypot(y.a, y.b);
    const double cMean = (c1 + c2) / 2.0;
    const double pow7 = std::pow(cMean, 7.0);
    const double g = 0.5 * (1.0 - std::sqrt(pow7 / (pow7 + std::pow(25.0, 7.0))));
    const double a1 = (1.0 + g) * x.a, a2 = (1.0 + g) * y.a;
    const double c1p = std::hypot(a1, x.b), c2p = std::hypot(a2, y.b);
    auto hue = [](double b, double a) {
        if (a == 0.0 && b == 0.0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0.0 ? h + 360.0 : h;
    };
    const double h1 = hue(x.b, a1), h2 = hue(y.b, a2);
    const double dL = y.L - x.L;
    const double dC = c2p - c1p;
    double dh = 0.0;
    if (c1p * c2p != 0.0) {
        dh = h2 - h1;
        if (dh > 180.0)
            dh -= 360.0;
        else if (dh < -180.0)
            dh += 360.0;
    }
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));
    const double lMean = (x.L + y.L) / 2.0;
    const double cpMean = (c1p + c2p) / 2.0;
    double hMean = h1 + h2;
    if (c1p * c2p != 0.0) {
        if (std::abs(h1 - h2) <= 180.0)
            hMean = (h1 + h2) / 2.0;
        else if (h1 + h2 < 360.0)
            hMean = (h1 + h2 + 360.0) / 2.0;
        else
            hMean = (h1 + h2 - 360.0) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hMean - 30.0)) +
                     0.24 * std::cos(radians(2.0 * hMean)) +
                     0.32 * std::cos(radians(3.0 * hMean + 6.0)) -
                     0.20 * std::cos(radians(4.0 * hMean - 63.0));
    const double dTheta = 30.0 * std::exp(-std::pow((hMean - 275.0) / 25.0, 2.0));
    const double cpPow7 = std::pow(cpMean, 7.0);
    const double rC = 2.0 * std::sqrt(cpPow7 / (cpPow7 + std::pow(25.0, 7.0)));
    const double lShift = std::pow(lMean - 50.0, 2.0);
    const double sL = 1.0 + 0.015 * lShift / std::sqrt(20.0 + lShift);
    const double sC = 1.0 + 0.045 * cpMean;
    const double sH = 1.0 + 0.015 * cpMean * t;
    const double rT = -std::sin(radians(2.0 * dTheta)) * rC;
    const double l = dL / sL, c = dC / sC, h = dH / sH;
    return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

double colourDistance(const QColor &x, const QColor &y)
{
    return deltaE2000(toLab(x), toLab(y));
}

QList<ThemeHighlight> themeHighlights()
{
    return {{Tr::msg("the normal theme"), normalThemeHighlight()},
            {Tr::msg("the high-contrast theme"), highContrastThemeHighlight()}};
}

QList<AnswerKey> answerKeys(const QuestionSpec &question)
{
    QList<AnswerKey> keys;
    switch (question.type) {
    case QuestionSpec::Type::Rating:
        // The digit is the rating itself.
        for (int v = question.min; v <= question.max; ++v)
            keys << AnswerKey{QJsonValue(v),
                              v >= 0 && v <= 9 ? QList<int>{Qt::Key_0 + v} : QList<int>{}};
        break;
    case QuestionSpec::Type::Choice:
        for (qsizetype i = 0; i < question.choices.size(); ++i) {
            QList<int> key;
            if (i < 9)
                key << Qt::Key_1 + int(i);
            else if (i < 9 + 26)
                key << Qt::Key_A + int(i - 9);
            keys << AnswerKey{QJsonValue(question.choices.at(i)), key};
        }
        break;
    case QuestionSpec::Type::MultiChoice:
        for (qsizetype i = 0; i < question.choices.size(); ++i)
            keys << AnswerKey{QJsonValue(question.choices.at(i)),
                              i < 26 ? QList<int>{Qt::Key_A + int(i)} : QList<int>{}};
        break;
    case QuestionSpec::Type::AB:
        keys << AnswerKey{QJsonValue(QStringLiteral("A")), {Qt::Key_A, Qt::Key_1}}
             << AnswerKey{QJsonValue(QStringLiteral("B")), {Qt::Key_B, Qt::Key_2}};
        if (question.noDifference)
            keys << AnswerKey{QJsonValue(QStringLiteral("same")), {Qt::Key_Equal, Qt::Key_0}};
        break;
    case QuestionSpec::Type::Text:
        break;
    }
    return keys;
}

QString answerKeyText(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return QString(QLatin1Char(char('a' + key - Qt::Key_A)));
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return QString(QLatin1Char(char('0' + key - Qt::Key_0)));
    if (key == Qt::Key_Equal)
        return QStringLiteral("=");
    return {};
}

QList<SchemaWarning> checkLabelColours(const QList<LabelSpec> &labels,
                                       const QList<ThemeHighlight> &highlights)
{
    QList<SchemaWarning> warnings;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const LabelSpec &label = labels.at(i);
        if (!label.colour.isValid())
            continue;
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            const LabelSpec &other = labels.at(j);
            if (!other.colour.isValid())
                continue;
            const double distance = colourDistance(label.colour, other.colour);
            if (distance >= kMinLabelDistance)
                continue;
            SchemaWarning w;
            w.code = SchemaWarning::Code::ColoursTooClose;
            w.label = int(i);
            w.otherLabel = int(j);
            w.value = distance;
            w.text = Tr::msg("The colours of %1 and %2 are too close to tell apart (difference %3, "
                             "at least %4 is clear)")
                             .arg(quoted(label.name), quoted(other.name))
                             .arg(distance, 'f', 1)
                             .arg(kMinLabelDistance, 'f', 0);
            warnings << w;
        }
        for (const ThemeHighlight &highlight : highlights) {
            const double ratio = contrastRatio(label.colour, highlight.colour);
            if (ratio >= kMinHighlightContrast)
                continue;
            SchemaWarning w;
            w.code = SchemaWarning::Code::LowHighlightContrast;
            w.label = int(i);
            w.value = ratio;
            w.text = Tr::msg("The colour of %1 is hard to see against the highlight of %2 "
                             "(contrast %3:1, at least %4:1 is clear)")
                             .arg(quoted(label.name))
                             .arg(highlight.theme)
                             .arg(ratio, 'f', 1)
                             .arg(kMinHighlightContrast, 'f', 1);
            warnings << w;
        }
    }
    return warnings;
}

QList<SchemaWarning> checkLabelHotkeys(const QList<LabelSpec> &labels)
{
    QList<SchemaWarning> warnings;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const LabelSpec &label = labels.at(i);
        if (label.hotkey.isEmpty())
            continue;
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            const LabelSpec &other = labels.at(j);
            if (other.hotkey.compare(label.hotkey, Qt::CaseInsensitive) != 0)
                continue;
            SchemaWarning w;
            w.code = SchemaWarning::Code::HotkeyTwice;
            w.label = int(i);
            w.otherLabel = int(j);
            w.key = label.hotkey.toLower();
            w.text = Tr::msg("%1 and %2 both have the key %3")
                             .arg(quoted(label.name), quoted(other.name))
                             .arg(keyWords(w.key));
            warnings << w;
        }
        for (const ProgramKey &key : programKeysFor(label.hotkey, label.kinds)) {
            SchemaWarning w;
            w.code = SchemaWarning::Code::HotkeyIsProgramKey;
            w.label = int(i);
            w.key = key.key;
            w.text = Tr::msg("The key %1 of %2 is the program's key for \u201c%3\u201d in %4; "
                             "there the program's key wins")
                             .arg(keyWords(key.key))
                             .arg(quoted(label.name))
                             .arg(key.what)
                             .arg(editorName(key.where));
            warnings << w;
        }
    }
    return warnings;
}

QList<SchemaWarning> checkAnswerKeys(const QList<QuestionSpec> &questions)
{
    QList<SchemaWarning> warnings;
    for (qsizetype q = 0; q < questions.size(); ++q) {
        const QuestionSpec &question = questions.at(q);
        const QList<AnswerKey> keys = answerKeys(question);
        QStringList withoutKey;
        int firstWithoutKey = -1;
        for (qsizetype a = 0; a < keys.size(); ++a) {
            const AnswerKey &key = keys.at(a);
            const QString shown = key.answer.isString() ? key.answer.toString()
                                                        : QString::number(key.answer.toInt());
            for (qsizetype b = 0; b < a; ++b) {
                if (keys.at(b).answer != key.answer)
                    continue;
                SchemaWarning w;
                w.code = SchemaWarning::Code::AnswerTwice;
                w.question = int(q);
                w.answer = int(a);
                w.text = Tr::msg("Question %1 has the answer %2 twice; people cannot tell which "
                                 "one they pick")
                                 .arg(quoted(question.id), quoted(shown));
                warnings << w;
                break;
            }
            if (key.keys.isEmpty()) {
                if (firstWithoutKey < 0)
                    firstWithoutKey = int(a);
                withoutKey << shown;
            }
        }
        if (!withoutKey.isEmpty()) {
            SchemaWarning w;
            w.code = SchemaWarning::Code::AnswerWithoutKey;
            w.question = int(q);
            w.answer = firstWithoutKey;
            w.text = Tr::msg("Question %1: %n answer(s) get no key and are picked with the mouse "
                             "or the arrow keys only: %2",
                             nullptr, int(withoutKey.size()))
                             .arg(quoted(question.id), withoutKey.join(QStringLiteral(", ")));
            warnings << w;
        }
    }
    return warnings;
}

QList<SchemaWarning> checkSchema(const Schema &schema, const QList<ThemeHighlight> &highlights)
{
    return checkLabelColours(schema.labels(), highlights) + checkLabelHotkeys(schema.labels()) +
           checkAnswerKeys(schema.questions());
}

} // namespace annostraat
