// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks a team lead's schema for what Schema::fromJson accepts but people at work would trip
// over (issue 14, point 2; docs/decisions/0027-schema-checks.md). They warn; nothing refuses:
// - two labels whose colours are too close to tell apart: CIEDE2000 on CIE L*a*b* (D65) under
//   kMinLabelDistance;
// - a label colour with too little contrast (WCAG 2 ratio) against the highlight of either
//   theme (selected shapes and text are drawn in it): under kMinHighlightContrast;
// - a label hotkey that another label has, or that is one of the program's own keys in an
//   editor the label is used in (programkeys.h);
// - answers of a question the question form gives no key (too many choices, ratings beyond
//   0–9), or the same answer twice. Answer keys are given by position (answerKeys()), so two
//   answers of one question never share a key, and they are live only while that question has
//   the focus, so they cannot clash with label hotkeys.
// Each warning keeps what it is about (label and question indexes) so an editor can show it
// beside the field, and its text is a Message, worded when shown.

#include "schema.h"
#include "util/message.h"

#include <QColor>
#include <QJsonValue>
#include <QList>

namespace annostraat {

/// CIE L*a*b* under D65, the reference white of sRGB.
struct LabColour
{
    double L = 0;
    double a = 0;
    double b = 0;
};

/// \a colour (sRGB) in CIE L*a*b* (D65).
LabColour toLab(const QColor &colour);
/// The CIEDE2000 colour difference ΔE00 of two Lab colours (Sharma, Wu and Dalal 2005).
double deltaE2000(const LabColour &x, const LabColour &y);
/// ΔE00 of two sRGB colours.
double colourDistance(const QColor &x, const QColor &y);

/// Below this ΔE00 two label colours count as too close to tell apart at a glance. About 2 is
/// the smallest difference people see side by side; label colours are seen apart (a box here,
/// one there, on a busy photo) and by people with weaker colour vision. matplotlib's tab10,
/// the program's own palette, has 16.2 between its closest pair (red and brown).
inline constexpr double kMinLabelDistance = 10.0;
/// Below this contrast ratio a label colour nearly vanishes into the theme's highlight. 3:1
/// (WCAG for marks) cannot be asked against both themes at once: their highlights (dark blue,
/// yellow) leave at most about 2.7:1 to a colour between them.
inline constexpr double kMinHighlightContrast = 1.5;

/// The highlight of one theme, in which selected shapes and text are drawn.
struct ThemeHighlight
{
    Message theme; ///< the theme's name, e.g. "the normal theme"
    QColor colour;
};

/// The highlight colours of the normal and the high-contrast theme (widgets/theme.cpp takes
/// them from here).
inline QColor normalThemeHighlight()
{
    return QColor(0x24, 0x52, 0x7b);
}
inline QColor highContrastThemeHighlight()
{
    return QColor(0xff, 0xff, 0x00);
}
QList<ThemeHighlight> themeHighlights();

/// The keys (Qt::Key values) that pick each answer of a question in the question form, in the
/// order the form shows the answers: choices 1–9 then a–z, multichoice a–z, ratings their own
/// digit, A/B "a"/"1", "b"/"2" and "="/"0" for no difference. Text questions have none. The
/// question form (widgets/questionform.cpp) takes its keys from here.
struct AnswerKey
{
    QJsonValue answer;
    QList<int> keys; ///< empty: the answer is picked with the mouse or the arrows only
};
QList<AnswerKey> answerKeys(const QuestionSpec &question);
/// How a key of answerKeys() is written: "1", "a", "=".
QString answerKeyText(int key);

struct SchemaWarning
{
    enum class Code {
        ColoursTooClose,      ///< label and otherLabel; value: ΔE00
        LowHighlightContrast, ///< label; value: contrast ratio; theme: which highlight
        HotkeyTwice,          ///< label and otherLabel share key
        HotkeyIsProgramKey,   ///< label's key is a program key (programKey)
        AnswerWithoutKey,     ///< question, answer
        AnswerTwice,          ///< question, answer (the second of the two)
    };
    Code code = Code::ColoursTooClose;
    int label = -1;      ///< index in the schema's labels
    int otherLabel = -1; ///< the other label, for the warnings about two
    int question = -1;   ///< index in the schema's questions
    int answer = -1;     ///< index of the answer in answerKeys()
    double value = 0;
    QString key;
    Message text; ///< the warning in words

    /// Whether the warning is about label \a index (as the one or the other label).
    bool isAboutLabel(int index) const { return label == index || otherLabel == index; }
};

/// Colours too close to each other, and too little contrast against \a highlights.
QList<SchemaWarning> checkLabelColours(const QList<LabelSpec> &labels,
                                       const QList<ThemeHighlight> &highlights = themeHighlights());
/// Hotkeys used twice (without case), and hotkeys that are program keys where the label is used.
QList<SchemaWarning> checkLabelHotkeys(const QList<LabelSpec> &labels);
/// Answers without a key, and answers given twice.
QList<SchemaWarning> checkAnswerKeys(const QList<QuestionSpec> &questions);
/// All of the above.
QList<SchemaWarning> checkSchema(const Schema &schema,
                                 const QList<ThemeHighlight> &highlights = themeHighlights());

} // namespace annostraat
