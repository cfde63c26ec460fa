// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A task's label schema: the labels an annotator can give (each with colour, hotkey, the
// annotation kinds it may be drawn with, and typed attributes) and the questions of a form.
// The JSON form is documented in docs/schema-format.md.

#include "agreementsettings.h"
#include "reviewpolicy.h"
#include "itemmedia.h"
#include "kinds.h"
#include "util/result.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace annostraat {

struct AttributeSpec
{
    enum class Type { Bool, Int, Number, Text, Choice };
    QString name;
    Type type = Type::Text;
    QStringList choices;      ///< for Choice
    QJsonValue defaultValue;  ///< null when there is none
    std::optional<double> min;
    std::optional<double> max;

    Result<void> check(const QJsonValue &value) const;
};

struct LabelSpec
{
    QString name;
    QColor colour;
    QString hotkey; ///< one key, e.g. "1" or "b"; empty for none
    QList<AnnotationKind> kinds;
    QList<AttributeSpec> attributes;

    const AttributeSpec *attribute(const QString &attributeName) const;
};

/// When a question is asked: only once an earlier question has one of these answers.
struct QuestionCondition
{
    QString question;    ///< id of an earlier question
    QJsonArray answers;  ///< the answers of that question that make this one apply

    bool operator==(const QuestionCondition &) const = default;
};

struct QuestionSpec
{
    enum class Type { Choice, Rating, Text, AB, MultiChoice };
    QString id;
    QString text;
    Type type = Type::Choice;
    QStringList choices;  ///< for Choice and MultiChoice
    int min = 1;          ///< Rating: lowest rating. MultiChoice: fewest choices for a finished answer
    int max = 5;          ///< Rating: highest rating. MultiChoice: most choices an answer may have
    bool required = false;
    /// AB: "no difference" is an answer too (stored as "same").
    bool noDifference = false;
    QList<MediaKind> mediaKinds;  ///< asked for items of these kinds; empty: for every item
    QStringList labels;           ///< asked only when the item has one of these labels; empty: always
    std::optional<QuestionCondition> when;

    /// Same as validateAnswer(*this, answer) (core/model/questions.h).
    Result<void> check(const QJsonValue &answer) const;
};

/// How the text editor cuts a selection into a span: to whole words (QTextBoundaryFinder),
/// or exactly as selected, for character-level jobs.
enum class SpanSnap { Words, Characters };

class Schema
{
public:
    static constexpr int kFormatVersion = 1;

    /// Parses and validates; \a sourceName (a file name) starts every error message.
    static Result<Schema> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<Schema> fromJson(const QByteArray &json, const Message &sourceName);
    static Result<Schema> fromJsonObject(const QJsonObject &object, const QString &sourceName);
    static Result<Schema> fromJsonObject(const QJsonObject &object, const Message &sourceName);
    QJsonObject toJson() const;

    const QList<LabelSpec> &labels() const { return m_labels; }
    const QList<QuestionSpec> &questions() const { return m_questions; }
    const LabelSpec *label(const QString &name) const;
    const QuestionSpec *question(const QString &id) const;
    /// Whether any question depends on an answer or on the labels drawn (so a change can hide
    /// a question and its answer has to go).
    bool hasConditionalQuestions() const;

    /// Whether an annotation of \a kind with \a label and \a attributes fits this schema,
    /// its value checked by its kind (model/kinds/) first. For answers the label is the
    /// question id. \a annotationId, when known, is named in the error.
    Result<void> checkAnnotation(AnnotationKind kind, const QString &label,
                                 const QJsonObject &value, const QJsonObject &attributes,
                                 const QString &annotationId = {}) const;

    /// "spans": {"snap": "words" | "characters"}; words when absent.
    SpanSnap spanSnap() const { return m_spanSnap; }
    void setSpanSnap(SpanSnap snap) { m_spanSnap = snap; }

    /// "locators": {"names": [...], "mayOverlap": false}: the parts of a broadcast a video job
    /// marks (trailer, recap, main program, …), in the order the locator list shows them.
    /// Their annotations are of kind "locator" with the name as label; no label is needed.
    const QStringList &locators() const { return m_locators; }
    /// Whether two parts may cover the same frames; when not, the locator list warns.
    bool locatorsMayOverlap() const { return m_locatorsMayOverlap; }
    void setLocators(QStringList names, bool mayOverlap = false)
    {
        m_locators = std::move(names);
        m_locatorsMayOverlap = mayOverlap;
    }

    /// "video": {"startTimecode": "10:00:00:00"}: the timecode of every video's first frame
    /// as the team lead sets it for the task (a broadcaster's house start, or a correction of
    /// the files' own tags); empty: each video's own (MediaFacts::startTimecode).
    const QString &startTimecode() const { return m_startTimecode; }
    void setStartTimecode(QString label) { m_startTimecode = std::move(label); }
    /// The start timecode that counts for a video with \a facts: the task's when set, else
    /// the file's.
    const QString &startTimecodeFor(const MediaFacts &facts) const
    {
        return m_startTimecode.isEmpty() ? facts.startTimecode : m_startTimecode;
    }
    /// "tools": {"assistedTracing": true}: the crack and polygon tools follow the dark line
    /// from the last point to the pointer (docs/tools.md "Assisted tracing"); off when absent.
    bool assistedTracing() const { return m_assistedTracing; }
    void setAssistedTracing(bool on) { m_assistedTracing = on; }
    /// "dashboard": {"annotatorsSeePace": true}: the lab lets annotators see their own time
    /// worked and items per hour in "My progress". Off by default: annotators never see speed
    /// figures (nor anyone's ranking, which their PCs cannot compute: they work blind).
    bool annotatorsSeePace() const { return m_annotatorsSeePace; }
    void setAnnotatorsSeePace(bool on) { m_annotatorsSeePace = on; }
    /// "agreement": how strictly two people's work is compared (agreementsettings.h).
    /// "flagReasons": the reasons the flag dialog offers for this task's items, in the team
    /// lead's words; empty: the program's general set (FlagDialog::generalReasons()).
    const QStringList &flagReasons() const { return m_flagReasons; }
    void setFlagReasons(QStringList reasons) { m_flagReasons = std::move(reasons); }
    /// The longest flag reason, preset or typed (the dialog's field takes no more).
    static constexpr int kMaxFlagReasonLength = 200;

    const AgreementSettings &agreement() const { return m_agreement; }
    void setAgreement(const AgreementSettings &settings) { m_agreement = settings; }
    /// "review": which work reviewers look at, and their quick comments (reviewpolicy.h).
    const ReviewPolicy &review() const { return m_review; }
    void setReview(const ReviewPolicy &policy) { m_review = policy; }

    void setLabels(QList<LabelSpec> labels) { m_labels = std::move(labels); }
    void setQuestions(QList<QuestionSpec> questions) { m_questions = std::move(questions); }

private:
    /// \a raw: the file's text when there is one, so errors can name the line.
    static Result<Schema> parse(const QJsonObject &root, const Message &sourceName, const QByteArray *raw);

    QList<LabelSpec> m_labels;
    QList<QuestionSpec> m_questions;
    SpanSnap m_spanSnap = SpanSnap::Words;
    QStringList m_locators;
    bool m_locatorsMayOverlap = false;
    QString m_startTimecode;
    bool m_assistedTracing = false;
    bool m_annotatorsSeePace = false;
    AgreementSettings m_agreement;
    QStringList m_flagReasons;
    ReviewPolicy m_review;
};

} // namespace annostraat
