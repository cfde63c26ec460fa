// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the whole schema format, read and written, in one file so the two stay alike.
#include "schema.h"

#include "kinds/annotationkinds.h"
#include "kinds/kindvalues.h"
#include "questions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Schema)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Schema)
};

const char *const kAttributeTypes[] = {"bool", "int", "number", "text", "choice"};
const char *const kQuestionTypes[] = {"choice", "rating", "text", "ab", "multichoice"};

template<std::size_t N>
int indexOf(const char *const (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return int(i);
    return -1;
}

template<std::size_t N>
QString joined(const char *const (&names)[N])
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list.join(QStringLiteral(", "));
}

Result<void> checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed,
                       const Message &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            return Error(Tr::msg("%1: unknown field \"%2\"").arg(where, it.key()));
    }
    return {};
}

/// "box, polygon, …": the kinds a label may be drawn with.
QString labelKindIdList()
{
    QStringList ids;
    for (const AnnotationKindInfo *kind : AnnotationKinds::all())
        if (!kind->answersQuestion())
            ids << kind->id();
    return ids.join(QStringLiteral(", "));
}

/// The line (from 1) of the question with \a id in a schema file, 0 when it cannot be told.
int lineOfQuestion(const QByteArray &raw, const QString &id)
{
    if (id.isEmpty())
        return 0;
    const QString text = QString::fromUtf8(raw);
    const QRegularExpression re(QStringLiteral("\"id\"\\s*:\\s*\"") + QRegularExpression::escape(id)
                                + QLatin1Char('"'));
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return 0;
    const qsizetype at = it.next().capturedStart();
    if (it.hasNext()) // the same id twice: which one is meant cannot be told
        return 0;
    return int(QStringView(text).left(at).count(QLatin1Char('\n'))) + 1;
}

Message questionWhere(int index, const QString &id)
{
    return id.isEmpty() ? Tr::msg("question %1").arg(index + 1)
                        : Tr::msg("question %1 (\"%2\")").arg(index + 1).arg(id);
}

/// What answers a question can get, for error messages.
Message answerList(const QuestionSpec &q)
{
    switch (q.type) {
    case QuestionSpec::Type::Choice:
    case QuestionSpec::Type::MultiChoice:
        return Message::plain(q.choices.join(QStringLiteral(", ")));
    case QuestionSpec::Type::Rating:
        return Tr::msg("the whole numbers %1 to %2").arg(q.min).arg(q.max);
    case QuestionSpec::Type::AB:
        return Message::plain(q.noDifference ? QStringLiteral("A, B, same") : QStringLiteral("A, B"));
    case QuestionSpec::Type::Text:
        break;
    }
    return Tr::msg("any text");
}

Result<QuestionCondition> parseCondition(const QJsonValue &value, const Message &where,
                                         const Schema &earlier)
{
    if (!value.isObject())
        return Error(Tr::msg("%1: \"when\" must be an object like {\"question\": \"id\", \"answers\": [...]}").arg(where));
    const QJsonObject o = value.toObject();
    const Message whenWhere = Tr::msg("%1, \"when\"").arg(where);
    if (auto r = checkKeys(o, {"question", "answers"}, whenWhere); !r)
        return r.error();
    QuestionCondition condition;
    condition.question = o.value(QStringLiteral("question")).toString().trimmed();
    if (condition.question.isEmpty())
        return Error(Tr::msg("%1: \"question\" must name an earlier question").arg(whenWhere));
    const QuestionSpec *target = earlier.question(condition.question);
    if (!target)
        return Error(Tr::msg("%1: there is no earlier question \"%2\"; a question can only depend on one before it")
                             .arg(whenWhere, condition.question));
    if (target->type == QuestionSpec::Type::Text)
        return Error(Tr::msg("%1: question \"%2\" takes free text; a question can only depend on a choice, multichoice, rating or A/B question")
                             .arg(whenWhere, condition.question));
    const QJsonValue answers = o.value(QStringLiteral("answers"));
    if (!answers.isArray() || answers.toArray().isEmpty())
        return Error(Tr::msg("%1: \"answers\" must list at least one answer of question \"%2\"")
                             .arg(whenWhere, condition.question));
    for (const QJsonValue &a : answers.toArray()) {
        // Each listed answer must be one the earlier question can get.
        const QJsonValue asAnswer = target->type == QuestionSpec::Type::MultiChoice ? QJsonValue(QJsonArray{a}) : a;
        if (!validateAnswer(*target, asAnswer)) {
            const QString shown = a.isString() ? QStringLiteral("\"%1\"").arg(a.toString())
                                               : QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            return Error(Tr::msg("%1: question \"%2\" has no answer %3; its answers are: %4")
                                 .arg(whenWhere, condition.question, shown, answerList(*target)));
        }
        if (!condition.answers.contains(a))
            condition.answers << a;
    }
    return condition;
}

Result<QuestionSpec> parseQuestion(const QJsonValue &value, int index, const Schema &earlier)
{
    const QJsonObject o = value.toObject();
    QuestionSpec q;
    q.id = o.value(QStringLiteral("id")).toString().trimmed();
    const Message where = questionWhere(index, q.id);
    if (!value.isObject())
        return Error(Tr::msg("%1 must be an object").arg(where));
    if (auto r = checkKeys(o, {"id", "text", "type", "choices", "min", "max", "required", "noDifference", "mediaKinds", "labels", "when"}, where); !r)
        return r.error();
    if (q.id.isEmpty() || earlier.question(q.id))
        return Error(Tr::msg("%1: needs an id of its own").arg(where));
    q.text = o.value(QStringLiteral("text")).toString();
    const int type = indexOf(kQuestionTypes, o.value(QStringLiteral("type")).toString());
    if (type < 0)
        return Error(Tr::msg("%1: unknown type \"%2\"; known types: %3")
                             .arg(where, o.value(QStringLiteral("type")).toString(), joined(kQuestionTypes)));
    q.type = QuestionSpec::Type(type);
    // Multichoice answers are lists of choices, so each must be a text of its own (choice
    // questions keep what format 1 always accepted).
    const bool strictChoices = q.type == QuestionSpec::Type::MultiChoice;
    for (const QJsonValue &c : o.value(QStringLiteral("choices")).toArray()) {
        if (strictChoices && (!c.isString() || c.toString().isEmpty() || q.choices.contains(c.toString())))
            return Error(Tr::msg("%1: each choice must be a text of its own").arg(where));
        q.choices << c.toString();
    }
    if (q.type == QuestionSpec::Type::Choice && q.choices.isEmpty())
        return Error(Tr::msg("%1: a choice question needs \"choices\"").arg(where));
    if (q.type == QuestionSpec::Type::MultiChoice) {
        if (q.choices.isEmpty())
            return Error(Tr::msg("%1: a multichoice question needs \"choices\"").arg(where));
        const QJsonValue min = o.value(QStringLiteral("min")), max = o.value(QStringLiteral("max"));
        if ((!min.isUndefined() && !KindValues::isWholeNumber(min)) || (!max.isUndefined() && !KindValues::isWholeNumber(max)))
            return Error(Tr::msg("%1: \"min\" and \"max\" must be whole numbers").arg(where));
        q.min = min.isUndefined() ? 1 : min.toInt();
        q.max = max.isUndefined() ? int(q.choices.size()) : max.toInt();
        if (q.min < 1 || q.max < q.min || q.max > q.choices.size())
            return Error(Tr::msg("%1: a multichoice question needs \"min\" of 1 or more and \"max\" from \"min\" up to the number of choices (%2)")
                                 .arg(where).arg(q.choices.size()));
    } else {
        q.min = o.value(QStringLiteral("min")).toInt(1);
        q.max = o.value(QStringLiteral("max")).toInt(5);
    }
    if (q.type == QuestionSpec::Type::Rating && q.max <= q.min)
        return Error(Tr::msg("%1: \"max\" must be greater than \"min\"").arg(where));

    const QJsonValue required = o.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        return Error(Tr::msg("%1: \"required\" must be true or false").arg(where));
    q.required = required.toBool();
    const QJsonValue noDifference = o.value(QStringLiteral("noDifference"));
    if (!noDifference.isUndefined() && (!noDifference.isBool() || q.type != QuestionSpec::Type::AB))
        return Error(Tr::msg("%1: \"noDifference\" is true or false, and only for an \"ab\" question").arg(where));
    q.noDifference = noDifference.toBool();

    if (o.contains(QStringLiteral("mediaKinds"))) {
        const QJsonValue kinds = o.value(QStringLiteral("mediaKinds"));
        if (!kinds.isArray() || kinds.toArray().isEmpty())
            return Error(Tr::msg("%1: \"mediaKinds\" must list at least one media kind").arg(where));
        for (const QJsonValue &k : kinds.toArray()) {
            const auto kind = mediaKindFromId(k.toString());
            if (!kind || *kind == MediaKind::Mixed)
                return Error(Tr::msg("%1: unknown media kind \"%2\"; known kinds: %3")
                                     .arg(where, k.toString(), QStringLiteral("image, video, text, image-pair")));
            if (!q.mediaKinds.contains(*kind))
                q.mediaKinds << *kind;
        }
    }
    if (o.contains(QStringLiteral("labels"))) {
        const QJsonValue labels = o.value(QStringLiteral("labels"));
        if (!labels.isArray() || labels.toArray().isEmpty())
            return Error(Tr::msg("%1: \"labels\" must list at least one label").arg(where));
        for (const QJsonValue &l : labels.toArray()) {
            if (!earlier.label(l.toString()))
                return Error(Tr::msg("%1: \"labels\" names \"%2\", which is not a label of this schema")
                                     .arg(where, l.toString()));
            if (!q.labels.contains(l.toString()))
                q.labels << l.toString();
        }
    }
    if (o.contains(QStringLiteral("when"))) {
        auto condition = parseCondition(o.value(QStringLiteral("when")), where, earlier);
        if (!condition)
            return condition.error();
        q.when = *condition;
    }
    return q;
}

} // namespace

Result<void> AttributeSpec::check(const QJsonValue &value) const
{
    switch (type) {
    case Type::Bool:
        if (!value.isBool())
            return Error(Tr::msg("attribute \"%1\" must be true or false").arg(name));
        return {};
    case Type::Int:
    case Type::Number: {
        if (type == Type::Int ? !KindValues::isWholeNumber(value)
                              : !KindValues::isFiniteNumber(value))
            return Error(Tr::msg("attribute \"%1\" must be a %2").arg(name, type == Type::Int ? Tr::msg("whole number") : Tr::msg("number")));
        const double v = value.toDouble();
        if ((min && v < *min) || (max && v > *max))
            return Error(Tr::msg("attribute \"%1\" must be between %2 and %3")
                             .arg(name).arg(min.value_or(-INFINITY)).arg(max.value_or(INFINITY)));
        return {};
    }
    case Type::Text:
        if (!value.isString())
            return Error(Tr::msg("attribute \"%1\" must be text").arg(name));
        return {};
    case Type::Choice:
        if (!value.isString() || !choices.contains(value.toString()))
            return Error(Tr::msg("attribute \"%1\" must be one of: %2").arg(name, choices.join(QStringLiteral(", "))));
        return {};
    }
    return {};
}

const AttributeSpec *LabelSpec::attribute(const QString &attributeName) const
{
    for (const AttributeSpec &a : attributes)
        if (a.name == attributeName)
            return &a;
    return nullptr;
}

Result<void> QuestionSpec::check(const QJsonValue &answer) const
{
    return validateAnswer(*this, answer);
}

Result<Schema> Schema::fromJson(const QByteArray &json, const QString &sourceName)
{
    return fromJson(json, Message::plain(sourceName));
}

Result<Schema> Schema::fromJson(const QByteArray &json, const Message &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::msg("%1: not valid JSON at byte %2: %3")
                         .arg(sourceName).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(Tr::msg("%1: the schema must be a JSON object").arg(sourceName));
    return parse(doc.object(), sourceName, &json);
}

Result<Schema> Schema::fromJsonObject(const QJsonObject &root, const QString &sourceName)
{
    return parse(root, Message::plain(sourceName), nullptr);
}

Result<Schema> Schema::fromJsonObject(const QJsonObject &root, const Message &sourceName)
{
    return parse(root, sourceName, nullptr);
}

Result<Schema> Schema::parse(const QJsonObject &root, const Message &sourceName, const QByteArray *raw)
{
    auto fail = [&](const auto &problem) { return Error(problem).prefixed(sourceName); };

    if (auto r = checkKeys(root, {"format", "labels", "questions", "spans", "locators", "video", "tools", "agreement", "review", "flagReasons", "dashboard"}, Tr::msg("schema")); !r)
        return fail(r.error());
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toInt() != kFormatVersion)
        return fail(Tr::msg("schema format %1 is not supported; this version reads format %2")
                        .arg(format.isUndefined() ? Tr::msg("(missing)") : Message::plain(QString::number(format.toDouble())))
                        .arg(kFormatVersion));

    Schema schema;
    QSet<QString> labelNames, hotkeys;
    const QJsonArray labels = root.value(QStringLiteral("labels")).toArray();
    if (root.contains(QStringLiteral("labels")) && !root.value(QStringLiteral("labels")).isArray())
        return fail(Tr::msg("\"labels\" must be a list"));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QJsonObject o = labels.at(i).toObject();
        LabelSpec label;
        label.name = o.value(QStringLiteral("name")).toString().trimmed();
        const Message where = label.name.isEmpty() ? Tr::msg("label %1").arg(i + 1)
                                                   : Tr::msg("label %1 (\"%2\")").arg(i + 1).arg(label.name);
        if (!labels.at(i).isObject())
            return fail(Tr::msg("%1 must be an object").arg(where));
        if (auto r = checkKeys(o, {"name", "colour", "hotkey", "kinds", "attributes"}, where); !r)
            return fail(r.error());
        if (label.name.isEmpty())
            return fail(Tr::msg("%1 has no name").arg(where));
        if (labelNames.contains(label.name))
            return fail(Tr::msg("%1: the name is used twice").arg(where));
        labelNames.insert(label.name);

        const QString colour = o.value(QStringLiteral("colour")).toString();
        label.colour = QColor::fromString(colour);
        if (!colour.startsWith(QLatin1Char('#')) || !label.colour.isValid())
            return fail(Tr::msg("%1: colour \"%2\" is not a colour like \"#d62728\"").arg(where, colour));

        label.hotkey = o.value(QStringLiteral("hotkey")).toString();
        if (label.hotkey.size() > 1)
            return fail(Tr::msg("%1: hotkey \"%2\" must be a single key").arg(where, label.hotkey));
        if (!label.hotkey.isEmpty()) {
            if (hotkeys.contains(label.hotkey.toLower()))
                return fail(Tr::msg("%1: hotkey \"%2\" is used by another label").arg(where, label.hotkey));
            hotkeys.insert(label.hotkey.toLower());
        }

        const QJsonArray kinds = o.value(QStringLiteral("kinds")).toArray();
        if (kinds.isEmpty())
            return fail(Tr::msg("%1: \"kinds\" must list at least one annotation kind").arg(where));
        for (const QJsonValue &k : kinds) {
            // Answers belong to questions, never to labels.
            const AnnotationKindInfo *kind = AnnotationKinds::find(k.toString());
            if (!kind || kind->answersQuestion())
                return fail(Tr::msg("%1: unknown annotation kind \"%2\"; known kinds: %3")
                                    .arg(where, k.toString(), labelKindIdList()));
            if (!label.kinds.contains(kind->kind()))
                label.kinds << kind->kind();
        }

        const QJsonArray attributes = o.value(QStringLiteral("attributes")).toArray();
        QSet<QString> attributeNames;
        for (qsizetype j = 0; j < attributes.size(); ++j) {
            const QJsonObject a = attributes.at(j).toObject();
            const Message aWhere = Tr::msg("%1, attribute %2").arg(where).arg(j + 1);
            if (auto r = checkKeys(a, {"name", "type", "choices", "default", "min", "max"}, aWhere); !r)
                return fail(r.error());
            AttributeSpec spec;
            spec.name = a.value(QStringLiteral("name")).toString().trimmed();
            if (spec.name.isEmpty() || attributeNames.contains(spec.name))
                return fail(Tr::msg("%1: needs a name of its own").arg(aWhere));
            attributeNames.insert(spec.name);
            const int type = indexOf(kAttributeTypes, a.value(QStringLiteral("type")).toString());
            if (type < 0)
                return fail(Tr::msg("%1: unknown type \"%2\"; known types: %3")
                                .arg(aWhere, a.value(QStringLiteral("type")).toString(), joined(kAttributeTypes)));
            spec.type = AttributeSpec::Type(type);
            for (const QJsonValue &c : a.value(QStringLiteral("choices")).toArray())
                spec.choices << c.toString();
            if (spec.type == AttributeSpec::Type::Choice && spec.choices.isEmpty())
                return fail(Tr::msg("%1: a choice attribute needs \"choices\"").arg(aWhere));
            if (a.contains(QStringLiteral("min")))
                spec.min = a.value(QStringLiteral("min")).toDouble();
            if (a.contains(QStringLiteral("max")))
                spec.max = a.value(QStringLiteral("max")).toDouble();
            spec.defaultValue = a.value(QStringLiteral("default"));
            if (spec.defaultValue.isUndefined())
                spec.defaultValue = QJsonValue::Null;
            if (!spec.defaultValue.isNull())
                if (auto r = spec.check(spec.defaultValue); !r)
                    return fail(Tr::msg("%1: default value: %2").arg(aWhere, r.error().what()));
            label.attributes << spec;
        }
        schema.m_labels << label;
    }

    if (root.contains(QStringLiteral("questions")) && !root.value(QStringLiteral("questions")).isArray())
        return fail(Tr::msg("\"questions\" must be a list"));
    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        auto q = parseQuestion(questions.at(i), int(i), schema);
        if (!q) {
            // The line of the question, where its id finds it in the file.
            const int line = raw ? lineOfQuestion(*raw, questions.at(i).toObject().value(QStringLiteral("id")).toString().trimmed()) : 0;
            if (line > 0)
                return Error(Tr::msg("%1, line %2: %3").arg(sourceName).arg(line).arg(q.error().what()));
            return fail(q.error());
        }
        schema.m_questions << *q;
    }

    if (root.contains(QStringLiteral("spans"))) {
        const QJsonValue spans = root.value(QStringLiteral("spans"));
        if (!spans.isObject())
            return fail(Tr::msg("\"spans\" must be an object like {\"snap\": \"words\"}"));
        if (auto r = checkKeys(spans.toObject(), {"snap"}, Tr::msg("\"spans\"")); !r)
            return fail(r.error());
        const QJsonValue snap = spans.toObject().value(QStringLiteral("snap"));
        if (snap == QJsonValue(QStringLiteral("characters")))
            schema.m_spanSnap = SpanSnap::Characters;
        else if (!snap.isUndefined() && snap != QJsonValue(QStringLiteral("words")))
            return fail(Tr::msg("\"spans\": \"snap\" must be \"words\" or \"characters\", not %1")
                                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{snap}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
    }

    if (root.contains(QStringLiteral("locators"))) {
        const QJsonValue locators = root.value(QStringLiteral("locators"));
        if (!locators.isObject())
            return fail(Tr::msg("\"locators\" must be an object like {\"names\": [\"Recap\", \"Main program\"]}"));
        if (auto r = checkKeys(locators.toObject(), {"names", "mayOverlap"}, Tr::msg("\"locators\"")); !r)
            return fail(r.error());
        const QJsonValue names = locators.toObject().value(QStringLiteral("names"));
        if (!names.isArray() || names.toArray().isEmpty())
            return fail(Tr::msg("\"locators\": \"names\" must be a list of at least one name"));
        for (const QJsonValue &name : names.toArray()) {
            const QString text = name.toString().trimmed();
            if (!name.isString() || text.isEmpty())
                return fail(Tr::msg("\"locators\": every name must be a text that is not empty"));
            if (schema.m_locators.contains(text))
                return fail(Tr::msg("\"locators\": \"%1\" is named twice").arg(text));
            schema.m_locators << text;
        }
        const QJsonValue overlap = locators.toObject().value(QStringLiteral("mayOverlap"));
        if (!overlap.isUndefined() && !overlap.isBool())
            return fail(Tr::msg("\"locators\": \"mayOverlap\" must be true or false"));
        schema.m_locatorsMayOverlap = overlap.toBool(false);
    }

    if (root.contains(QStringLiteral("video"))) {
        const QJsonValue video = root.value(QStringLiteral("video"));
        if (!video.isObject())
            return fail(Tr::msg("\"video\" must be an object like {\"startTimecode\": \"10:00:00:00\"}"));
        if (auto r = checkKeys(video.toObject(), {"startTimecode"}, Tr::msg("\"video\"")); !r)
            return fail(r.error());
        const QJsonValue start = video.toObject().value(QStringLiteral("startTimecode"));
        if (!start.isUndefined() && (!start.isString() || !isTimecodeLabel(start.toString())))
            return fail(Tr::msg("\"video\": \"startTimecode\" must read HH:MM:SS:FF (or HH:MM:SS;FF for "
                                "drop-frame), like \"10:00:00:00\""));
        schema.m_startTimecode = start.toString();
    }

    if (root.contains(QStringLiteral("flagReasons"))) {
        const QJsonValue reasons = root.value(QStringLiteral("flagReasons"));
        if (!reasons.isArray())
            return fail(Tr::msg("\"flagReasons\" must be a list of texts, like [\"Not a dike\"]"));
        for (const QJsonValue &reason : reasons.toArray()) {
            const QString text = reason.toString().simplified();
            if (!reason.isString() || text.isEmpty() || text.size() > kMaxFlagReasonLength)
                return fail(Tr::msg("\"flagReasons\": every reason must be a text of 1 to %1 characters")
                                    .arg(kMaxFlagReasonLength));
            if (schema.m_flagReasons.contains(text))
                return fail(Tr::msg("\"flagReasons\": \"%1\" is named twice").arg(text));
            schema.m_flagReasons << text;
        }
    }

    if (root.contains(QStringLiteral("tools"))) {
        const QJsonValue tools = root.value(QStringLiteral("tools"));
        if (!tools.isObject())
            return fail(Tr::msg("\"tools\" must be an object like {\"assistedTracing\": true}"));
        if (auto r = checkKeys(tools.toObject(), {"assistedTracing"}, Tr::msg("\"tools\"")); !r)
            return fail(r.error());
        const QJsonValue assisted = tools.toObject().value(QStringLiteral("assistedTracing"));
        if (!assisted.isUndefined() && !assisted.isBool())
            return fail(Tr::msg("\"tools\": \"assistedTracing\" must be true or false"));
        schema.m_assistedTracing = assisted.toBool(false);
    }

    if (root.contains(QStringLiteral("dashboard"))) {
        const QJsonValue dashboard = root.value(QStringLiteral("dashboard"));
        if (!dashboard.isObject())
            return fail(Tr::msg("\"dashboard\" must be an object like {\"annotatorsSeePace\": true}"));
        if (auto r = checkKeys(dashboard.toObject(), {"annotatorsSeePace"}, Tr::msg("\"dashboard\"")); !r)
            return fail(r.error());
        const QJsonValue pace = dashboard.toObject().value(QStringLiteral("annotatorsSeePace"));
        if (!pace.isUndefined() && !pace.isBool())
            return fail(Tr::msg("\"dashboard\": \"annotatorsSeePace\" must be true or false"));
        schema.m_annotatorsSeePace = pace.toBool(false);
    }

    const auto agreement = AgreementSettings::fromJson(root.value(QStringLiteral("agreement")));
    if (!agreement)
        return fail(agreement.error());
    schema.m_agreement = *agreement;
    const auto review = ReviewPolicy::fromJson(root.value(QStringLiteral("review")));
    if (!review)
        return fail(review.error());
    schema.m_review = *review;
    if (schema.m_labels.isEmpty() && schema.m_questions.isEmpty() && schema.m_locators.isEmpty())
        return fail(Tr::msg("the schema has no labels and no questions"));
    return schema;
}

QJsonObject Schema::toJson() const
{
    QJsonArray labels;
    for (const LabelSpec &label : m_labels) {
        QJsonObject o{{QStringLiteral("name"), label.name},
                      {QStringLiteral("colour"), label.colour.name()}};
        if (!label.hotkey.isEmpty())
            o.insert(QStringLiteral("hotkey"), label.hotkey);
        QJsonArray kinds;
        for (AnnotationKind k : label.kinds)
            kinds << toId(k);
        o.insert(QStringLiteral("kinds"), kinds);
        QJsonArray attributes;
        for (const AttributeSpec &a : label.attributes) {
            QJsonObject ao{{QStringLiteral("name"), a.name},
                           {QStringLiteral("type"), QLatin1String(kAttributeTypes[int(a.type)])}};
            if (!a.choices.isEmpty())
                ao.insert(QStringLiteral("choices"), QJsonArray::fromStringList(a.choices));
            if (!a.defaultValue.isNull())
                ao.insert(QStringLiteral("default"), a.defaultValue);
            if (a.min)
                ao.insert(QStringLiteral("min"), *a.min);
            if (a.max)
                ao.insert(QStringLiteral("max"), *a.max);
            attributes << ao;
        }
        if (!attributes.isEmpty())
            o.insert(QStringLiteral("attributes"), attributes);
        labels << o;
    }
    QJsonArray questions;
    for (const QuestionSpec &q : m_questions) {
        QJsonObject o{{QStringLiteral("id"), q.id},
                      {QStringLiteral("text"), q.text},
                      {QStringLiteral("type"), QLatin1String(kQuestionTypes[int(q.type)])}};
        if (!q.choices.isEmpty())
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(q.choices));
        if (q.type == QuestionSpec::Type::Rating || q.type == QuestionSpec::Type::MultiChoice) {
            o.insert(QStringLiteral("min"), q.min);
            o.insert(QStringLiteral("max"), q.max);
        }
        if (q.required)
            o.insert(QStringLiteral("required"), true);
        if (q.noDifference)
            o.insert(QStringLiteral("noDifference"), true);
        if (!q.mediaKinds.isEmpty()) {
            QJsonArray kinds;
            for (MediaKind k : q.mediaKinds)
                kinds << toId(k);
            o.insert(QStringLiteral("mediaKinds"), kinds);
        }
        if (!q.labels.isEmpty())
            o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(q.labels));
        if (q.when)
            o.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("question"), q.when->question},
                                                         {QStringLiteral("answers"), q.when->answers}});
        questions << o;
    }
    QJsonObject root{{QStringLiteral("format"), kFormatVersion}, {QStringLiteral("labels"), labels}};
    if (!questions.isEmpty())
        root.insert(QStringLiteral("questions"), questions);
    if (m_spanSnap == SpanSnap::Characters)
        root.insert(QStringLiteral("spans"), QJsonObject{{QStringLiteral("snap"), QStringLiteral("characters")}});
    if (!m_locators.isEmpty()) {
        QJsonObject locators{{QStringLiteral("names"), QJsonArray::fromStringList(m_locators)}};
        if (m_locatorsMayOverlap)
            locators.insert(QStringLiteral("mayOverlap"), true);
        root.insert(QStringLiteral("locators"), locators);
    }
    if (!m_startTimecode.isEmpty())
        root.insert(QStringLiteral("video"), QJsonObject{{QStringLiteral("startTimecode"), m_startTimecode}});
    if (m_assistedTracing)
        root.insert(QStringLiteral("tools"), QJsonObject{{QStringLiteral("assistedTracing"), true}});
    if (m_annotatorsSeePace)
        root.insert(QStringLiteral("dashboard"), QJsonObject{{QStringLiteral("annotatorsSeePace"), true}});
    if (!m_agreement.isDefault())
        root.insert(QStringLiteral("agreement"), m_agreement.toJson());
    if (!m_flagReasons.isEmpty())
        root.insert(QStringLiteral("flagReasons"), QJsonArray::fromStringList(m_flagReasons));
    if (!m_review.isDefault())
        root.insert(QStringLiteral("review"), m_review.toJson());
    return root;
}

const LabelSpec *Schema::label(const QString &name) const
{
    for (const LabelSpec &l : m_labels)
        if (l.name == name)
            return &l;
    return nullptr;
}

const QuestionSpec *Schema::question(const QString &id) const
{
    for (const QuestionSpec &q : m_questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

bool Schema::hasConditionalQuestions() const
{
    for (const QuestionSpec &q : m_questions)
        if (q.when || !q.labels.isEmpty())
            return true;
    return false;
}

Result<void> Schema::checkAnnotation(AnnotationKind kind, const QString &label,
                                     const QJsonObject &value, const QJsonObject &attributes,
                                     const QString &annotationId) const
{
    const AnnotationKindInfo &info = AnnotationKinds::get(kind);
    if (auto r = info.validate(value, {annotationId, label}); !r)
        return r;
    if (info.answersQuestion()) {
        const QuestionSpec *q = question(label);
        if (!q)
            return Error(Tr::msg("the schema has no question \"%1\"").arg(label));
        if (!attributes.isEmpty())
            return Error(Tr::msg("answers have no attributes"));
        return validateAnswer(*q, value.value(QStringLiteral("answer")));
    }
    if (kind == AnnotationKind::Locator) {
        if (!m_locators.contains(label))
            return Error(Tr::msg("the schema has no locator \"%1\"").arg(label));
        if (!attributes.isEmpty())
            return Error(Tr::msg("locators have no attributes"));
        return {};
    }
    const LabelSpec *spec = this->label(label);
    if (!spec)
        return Error(Tr::msg("the schema has no label \"%1\"").arg(label));
    if (!spec->kinds.contains(kind))
        return Error(Tr::msg("label \"%1\" cannot be used for a %2").arg(label, toId(kind)));
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const AttributeSpec *a = spec->attribute(it.key());
        if (!a)
            return Error(Tr::msg("label \"%1\" has no attribute \"%2\"").arg(label, it.key()));
        if (auto r = a->check(it.value()); !r)
            return r;
    }
    return {};
}

} // namespace annostraat
