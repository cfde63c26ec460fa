// SPDX-License-Identifier: GPL-3.0-or-later
// Form questions per media kind and conditional (issue 9, point 6): the schema rules, which
// questions are asked, what keeps "done" back, and answers removed with their condition.

#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/questions.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QString errorOf(const QByteArray &json)
{
    auto schema = Schema::fromJson(json, QStringLiteral("lab/schema.json"));
    return schema.ok() ? QString() : schema.error().message();
}

/// A schema of one earlier question and one that depends on it by \a when.
QByteArray withWhen(const char *when,
                    const char *firstType = R"("type": "choice", "choices": ["ja", "nee"])")
{
    return QByteArray(R"({"format": 1, "questions": [
  {"id": "eerste", )") +
           firstType + R"(},
  {"id": "tweede", "type": "text",
   "when": )" +
           when + R"(}
]})";
}

QStringList ids(const QList<const QuestionSpec *> &questions)
{
    QStringList list;
    for (const QuestionSpec *q : questions)
        list << q->id;
    return list;
}

Annotation answer(const QString &question, const QJsonValue &value)
{
    Annotation a;
    a.kind = AnnotationKind::Answer;
    a.label = question;
    a.value = {{QStringLiteral("answer"), value}};
    return a;
}

/// A store with one annotator and the news task over an image, a text and a video item.
struct NewsFixture
{
    test::Fixture base{1};
    Task task = test::createTask(*base.store, base.annotator, test::newsSchema(),
                                 {MediaKind::Image, MediaKind::Text, MediaKind::Video},
                                 base.dir.path());
    QList<Item> items = base.store->items(task.id);

    const Item &item(MediaKind kind) const
    {
        for (const Item &i : items)
            if (i.kind == kind)
                return i;
        FAIL("no item of that kind");
        return items.first();
    }
};

/// The person's answers, "question=answer" sorted, for comparing states.
QString answers(const ItemDocument &doc)
{
    QStringList parts;
    for (const Annotation &a : doc.annotations())
        if (a.kind == AnnotationKind::Answer)
            parts << a.label + QLatin1Char('=') +
                             QString::fromUtf8(QJsonDocument(QJsonArray{a.value.value(
                                                                     QStringLiteral("answer"))})
                                                       .toJson(QJsonDocument::Compact));
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("questions: the new fields load, keep their meaning and round-trip", "[model][questions]")
{
    const Schema schema = test::newsSchema();
    REQUIRE(schema.questions().size() == 8);
    const QuestionSpec *sterkte = schema.question(QStringLiteral("sterkte"));
    REQUIRE(sterkte);
    CHECK(sterkte->required);
    REQUIRE(sterkte->when);
    CHECK(sterkte->when->question == QStringLiteral("sentiment"));
    CHECK(sterkte->when->answers ==
          QJsonArray{QStringLiteral("positief"), QStringLiteral("negatief")});
    const QuestionSpec *mis = schema.question(QStringLiteral("mis"));
    CHECK(mis->type == QuestionSpec::Type::MultiChoice);
    CHECK((mis->min == 1 && mis->max == 2));
    CHECK(mis->mediaKinds == QList<MediaKind>{MediaKind::Image});
    CHECK(schema.question(QStringLiteral("roest"))->labels ==
          QStringList{QStringLiteral("Buffer")});
    CHECK_FALSE(schema.question(QStringLiteral("emotie"))->required);
    CHECK(schema.hasConditionalQuestions());
    CHECK_FALSE(test::demoSchema().hasConditionalQuestions());

    auto again = Schema::fromJsonObject(schema.toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->toJson() == schema.toJson());
    CHECK(again->question(QStringLiteral("sterkte"))->when == sterkte->when);

    // A multichoice without min and max: at least one, at most all.
    auto plain = Schema::fromJson(
            R"({"format":1,"questions":[{"id":"m","type":"multichoice","choices":["a","b","c"]}]})",
            QStringLiteral("m.json"));
    REQUIRE(plain.ok());
    CHECK((plain->questions().first().min == 1 && plain->questions().first().max == 3));
    // Format 1 schemas without the new fields load as before.
    CHECK(test::demoSchema().questions().first().mediaKinds.isEmpty());
}

TEST_CASE("questions: a bad \"when\" names the file, the line and the problem",
          "[model][questions]")
{
    const QString unknown = errorOf(withWhen(R"({"question": "derde", "answers": ["ja"]})"));
    CHECK(unknown.startsWith(QLatin1String("lab/schema.json, line 3: ")));
    CHECK(unknown.contains(QLatin1String("question 2 (\"tweede\")")));
    CHECK(unknown.contains(QLatin1String("no earlier question \"derde\"")));

    // A question further down is refused as well: a condition looks back only.
    const QString forward = errorOf(R"({"format": 1, "questions": [
  {"id": "eerste", "type": "choice", "choices": ["ja", "nee"],
   "when": {"question": "tweede", "answers": ["ja"]}},
  {"id": "tweede", "type": "choice", "choices": ["ja", "nee"]}
]})");
    CHECK(forward.startsWith(QLatin1String("lab/schema.json, line 2: ")));
    CHECK(forward.contains(QLatin1String("no earlier question \"tweede\"")));
    // … and one that names itself.
    CHECK(errorOf(R"({"format":1,"questions":[{"id":"q","type":"choice","choices":["x"],
                     "when":{"question":"q","answers":["x"]}}]})")
                  .contains(QLatin1String("no earlier question \"q\"")));

    const QString answer =
            errorOf(withWhen(R"({"question": "eerste", "answers": ["ja", "misschien"]})"));
    CHECK(answer.startsWith(QLatin1String("lab/schema.json, line 3: ")));
    CHECK(answer.contains(QLatin1String(
            "question \"eerste\" has no answer \"misschien\"; its answers are: ja, nee")));

    const char rating[] = R"("type": "rating", "min": 1, "max": 5)";
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": [4, 5]})", rating)).isEmpty());
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": [6]})", rating))
                  .contains(QLatin1String("has no answer 6")));
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": [2.5]})", rating))
                  .contains(QLatin1String("has no answer 2.5")));
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": ["4"]})", rating))
                  .contains(QLatin1String("has no answer \"4\"")));
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": ["A"]})", R"("type": "ab")"))
                  .isEmpty());
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": ["C"]})", R"("type": "ab")"))
                  .contains(QLatin1String("has no answer \"C\"")));
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": ["wazig"]})",
                           R"("type": "multichoice", "choices": ["wazig", "te licht"])"))
                  .isEmpty());
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": ["x"]})", R"("type": "text")"))
                  .contains(QLatin1String("takes free text")));

    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": []})"))
                  .contains(QLatin1String("\"answers\" must list at least one answer")));
    CHECK(errorOf(withWhen(R"({"question": "eerste"})"))
                  .contains(QLatin1String("\"answers\" must list at least one answer")));
    CHECK(errorOf(withWhen(R"("eerste")")).contains(QLatin1String("\"when\" must be an object")));
    CHECK(errorOf(withWhen(R"({"question": "eerste", "answers": ["ja"], "not": true})"))
                  .contains(QLatin1String(
                          "question 2 (\"tweede\"), \"when\": unknown field \"not\"")));
    // Without the file's text (a stored schema) there is no line, but still the file and the
    // problem.
    const QJsonObject bad =
            QJsonDocument::fromJson(withWhen(R"({"question": "derde", "answers": ["ja"]})"))
                    .object();
    auto fromObject = Schema::fromJsonObject(bad, QStringLiteral("schema"));
    REQUIRE_FALSE(fromObject.ok());
    CHECK(fromObject.error().message().startsWith(
            QLatin1String("schema: question 2 (\"tweede\")")));
}

TEST_CASE("questions: media kinds, labels, required and multichoice rules are checked",
          "[model][questions]")
{
    auto q = [](const char *fields) {
        return errorOf(
                QByteArray(
                        R"({"format":1,"labels":[{"name":"Buffer","colour":"#ff0000","kinds":["box"]}],
                                      "questions":[{"id":"q",)") +
                fields + "}]}");
    };
    CHECK(q(R"("type":"text","mediaKinds":["image","video","text","image-pair"])").isEmpty());
    CHECK(q(R"("type":"text","mediaKinds":["photo"])")
                  .contains(QLatin1String("unknown media kind \"photo\"")));
    CHECK(q(R"("type":"text","mediaKinds":["mixed"])")
                  .contains(QLatin1String("unknown media kind \"mixed\"")));
    CHECK(q(R"("type":"text","mediaKinds":[])").contains(QLatin1String("at least one media kind")));
    CHECK(q(R"("type":"text","mediaKinds":"image")")
                  .contains(QLatin1String("at least one media kind")));
    CHECK(q(R"("type":"text","labels":["Buffer"])").isEmpty());
    CHECK(q(R"("type":"text","labels":["Stoeprand"])")
                  .contains(QLatin1String("\"Stoeprand\", which is not a label")));
    CHECK(q(R"("type":"text","required":"ja")")
                  .contains(QLatin1String("\"required\" must be true or false")));
    CHECK(q(R"("type":"multichoice")")
                  .contains(QLatin1String("a multichoice question needs \"choices\"")));
    CHECK(q(R"("type":"multichoice","choices":["a","a"])")
                  .contains(QLatin1String("each choice must be a text of its own")));
    CHECK(q(R"("type":"multichoice","choices":["a",1])")
                  .contains(QLatin1String("each choice must be a text of its own")));
    CHECK(q(R"("type":"multichoice","choices":["a","b"],"min":0)")
                  .contains(QLatin1String("\"min\" of 1 or more")));
    CHECK(q(R"("type":"multichoice","choices":["a","b"],"max":3)")
                  .contains(QLatin1String("the number of choices (2)")));
    CHECK(q(R"("type":"multichoice","choices":["a","b"],"min":2,"max":1)")
                  .contains(QLatin1String("\"max\" from \"min\"")));
    CHECK(q(R"("type":"multichoice","choices":["a","b"],"min":1.5)")
                  .contains(QLatin1String("whole numbers")));
    CHECK(q(R"("type":"text","whenever":{})")
                  .contains(QLatin1String("unknown field \"whenever\"")));
    CHECK(q(R"("type":"checkboxes")").contains(QLatin1String("multichoice")));
}

TEST_CASE("questions: answers are validated for every type", "[model][questions]")
{
    const Schema schema = test::newsSchema();
    auto check = [&](const char *question, const QJsonValue &value) {
        return validateAnswer(*schema.question(QLatin1String(question)), value).ok();
    };
    CHECK(check("sentiment", QStringLiteral("neutraal")));
    CHECK_FALSE(check("sentiment", QStringLiteral("boos")));
    CHECK_FALSE(check("sentiment", QJsonArray{QStringLiteral("positief")}));
    CHECK(check("sterkte", 5));
    CHECK_FALSE(check("sterkte", 6));
    CHECK_FALSE(check("sterkte", 2.5));
    CHECK_FALSE(check("sterkte", QStringLiteral("3")));
    CHECK(check("waarom", QStringLiteral("kop")));
    CHECK_FALSE(check("waarom", 3));
    CHECK(check("roest", QStringLiteral("B")));
    CHECK_FALSE(check("roest", QStringLiteral("C")));
    CHECK(check("mis", QJsonArray{QStringLiteral("wazig")}));
    CHECK(check("mis", QJsonArray{QStringLiteral("te donker"), QStringLiteral("wazig")}));
    CHECK_FALSE(check("mis", QJsonArray{}));
    CHECK_FALSE(check("mis", QStringLiteral("wazig")));
    CHECK_FALSE(check("mis", QJsonArray{QStringLiteral("wazig"), QStringLiteral("wazig")}));
    CHECK_FALSE(check("mis", QJsonArray{QStringLiteral("scheef")}));
    CHECK_FALSE(check("mis", QJsonArray{QStringLiteral("wazig"), QStringLiteral("te licht"),
                                        QStringLiteral("te donker")}));
    const QString tooMany =
            validateAnswer(*schema.question(QStringLiteral("mis")),
                           QJsonArray{QStringLiteral("wazig"), QStringLiteral("te licht"),
                                      QStringLiteral("te donker")})
                    .error()
                    .message();
    CHECK(tooMany.contains(QLatin1String("choose at most 2")));
    // The store path (Schema::checkAnnotation) uses the same rules.
    CHECK(schema.checkAnnotation(
                        AnnotationKind::Answer, QStringLiteral("mis"),
                        {{QStringLiteral("answer"), QJsonArray{QStringLiteral("te licht")}}}, {})
                  .ok());
    CHECK_FALSE(schema.checkAnnotation(
                              AnnotationKind::Answer, QStringLiteral("mis"),
                              {{QStringLiteral("answer"), QJsonArray{QStringLiteral("paars")}}}, {})
                        .ok());
}

TEST_CASE("questions: which are asked follows media kind, labels and earlier answers",
          "[model][questions]")
{
    const Schema schema = test::newsSchema();
    using Questions::visibleQuestions;
    CHECK(ids(visibleQuestions(schema, MediaKind::Image, {})) ==
          QStringList{QStringLiteral("sentiment"), QStringLiteral("emotie"), QStringLiteral("mis"),
                      QStringLiteral("thumbnail")});
    // A text (a news article) is not asked about the thumbnail or blur.
    CHECK(ids(visibleQuestions(schema, MediaKind::Text, {})) ==
          QStringList{QStringLiteral("sentiment"), QStringLiteral("emotie")});
    CHECK(ids(visibleQuestions(schema, MediaKind::ImagePair, {}))
                  .contains(QStringLiteral("thumbnail")));

    QList<Annotation> layer{answer(QStringLiteral("sentiment"), QStringLiteral("negatief"))};
    CHECK(ids(visibleQuestions(schema, MediaKind::Text, layer)) ==
          QStringList{QStringLiteral("sentiment"), QStringLiteral("sterkte"),
                      QStringLiteral("emotie")});
    layer << answer(QStringLiteral("sterkte"), 4);
    CHECK(ids(visibleQuestions(schema, MediaKind::Text, layer)).contains(QStringLiteral("waarom")));
    // Neutral: the strength goes, and with it the question that depends on the strength.
    layer.first() = answer(QStringLiteral("sentiment"), QStringLiteral("neutraal"));
    CHECK(ids(visibleQuestions(schema, MediaKind::Text, layer)) ==
          QStringList{QStringLiteral("sentiment"), QStringLiteral("emotie")});
    const QList<Annotation> stale = Questions::answersNotAsked(schema, MediaKind::Text, layer);
    REQUIRE(stale.size() == 1);
    CHECK(stale.first().label == QStringLiteral("sterkte"));

    // A multichoice answer meets a condition when any of its choices is listed.
    QuestionCondition condition{QStringLiteral("mis"), QJsonArray{QStringLiteral("te licht")}};
    CHECK(Questions::conditionHolds(
            condition, QJsonArray{QStringLiteral("wazig"), QStringLiteral("te licht")}));
    CHECK_FALSE(Questions::conditionHolds(condition, QJsonArray{QStringLiteral("wazig")}));
    CHECK_FALSE(Questions::conditionHolds(condition, QJsonValue()));

    // A label-bound question is asked once that label is drawn, not before.
    Annotation box;
    box.kind = AnnotationKind::Box;
    box.label = QStringLiteral("Buffer");
    CHECK_FALSE(
            ids(visibleQuestions(schema, MediaKind::Image, {})).contains(QStringLiteral("roest")));
    CHECK(ids(visibleQuestions(schema, MediaKind::Image, {box})).contains(QStringLiteral("roest")));
    box.deleted = true;
    CHECK_FALSE(ids(visibleQuestions(schema, MediaKind::Image, {box}))
                        .contains(QStringLiteral("roest")));
}

TEST_CASE("questions: required questions that are asked and unanswered keep done back",
          "[model][questions]")
{
    const Schema schema = test::newsSchema();
    using Questions::unfinishedQuestions;
    auto names = [](const QList<Questions::Unfinished> &list) {
        QStringList out;
        for (const auto &u : list)
            out << u.question->id + (u.reason == Questions::Unfinished::Reason::TooFewChoices
                                             ? QStringLiteral("<min")
                                             : QString());
        return out;
    };
    CHECK(names(unfinishedQuestions(schema, MediaKind::Text, {})) ==
          QStringList{QStringLiteral("sentiment")});
    CHECK(names(unfinishedQuestions(schema, MediaKind::Image, {})) ==
          QStringList{QStringLiteral("sentiment"), QStringLiteral("thumbnail")});
    QList<Annotation> layer{answer(QStringLiteral("sentiment"), QStringLiteral("positief"))};
    CHECK(names(unfinishedQuestions(schema, MediaKind::Text, layer)) ==
          QStringList{QStringLiteral("sterkte")});
    layer << answer(QStringLiteral("sterkte"), 2);
    CHECK(unfinishedQuestions(schema, MediaKind::Text, layer).isEmpty());
    // Neutral: the strength is not asked, so it is not missing either.
    CHECK(unfinishedQuestions(schema, MediaKind::Text,
                              {answer(QStringLiteral("sentiment"), QStringLiteral("neutraal"))})
                  .isEmpty());
    // Empty text counts as no answer.
    CHECK_FALSE(Questions::isAnswered(QStringLiteral("  ")));
    CHECK_FALSE(Questions::isAnswered(QJsonArray{}));
    CHECK(Questions::isAnswered(0));

    const QString message = Questions::describe(unfinishedQuestions(schema, MediaKind::Image, {}));
    CHECK(message.contains(QLatin1String("\"Positief, negatief of neutraal?\"")));
    CHECK(message.contains(QLatin1String("\"Hoe goed is de thumbnail?\"")));
    CHECK(Questions::describe({}).isEmpty());

    // A multichoice answer with fewer than "min" choices is not finished.
    auto two = Schema::fromJson(
            R"({"format":1,"questions":[{"id":"m","text":"Wat?","type":"multichoice","choices":["a","b","c"],"min":2}]})",
            QStringLiteral("m.json"));
    REQUIRE(two.ok());
    const auto few = unfinishedQuestions(
            *two, MediaKind::Image, {answer(QStringLiteral("m"), QJsonArray{QStringLiteral("a")})});
    CHECK(names(few) == QStringList{QStringLiteral("m<min")});
    CHECK(Questions::describe(few).contains(QLatin1String("\"Wat?\" (choose at least 2)")));
    CHECK(unfinishedQuestions(*two, MediaKind::Image, {}).isEmpty()); // not required
}

TEST_CASE("questions: an answer that hides others removes them in the same undo step",
          "[undo][questions]")
{
    NewsFixture fx;
    ItemDocument doc(*fx.base.store, fx.task, fx.item(MediaKind::Text), fx.base.annotator);
    QUndoStack &stack = *doc.undoStack();

    QStringList states{answers(doc)};
    auto step = [&](const char *question, const QJsonValue &value) {
        auto r = Commands::setAnswer(doc, QLatin1String(question), value);
        INFO((r.ok() ? QString() : r.error().message()).toStdString());
        REQUIRE(r.ok());
        states << answers(doc);
    };
    step("sentiment", QStringLiteral("positief"));
    step("sterkte", 5);
    step("waarom", QStringLiteral("grote kop"));
    step("emotie", QStringLiteral("blij"));
    CHECK(states.last() ==
          QStringLiteral(
                  R"(emotie=["blij"] sentiment=["positief"] sterkte=[5] waarom=["grote kop"])"));
    // Neutral: strength and (through it) the reason go, in one step; the emotion stays.
    step("sentiment", QStringLiteral("neutraal"));
    CHECK(states.last() == QStringLiteral(R"(emotie=["blij"] sentiment=["neutraal"])"));
    CHECK(stack.count() == 5);
    CHECK(stack.undoText() == QStringLiteral("Answer \"Positief, negatief of neutraal?\""));
    // The same answer again changes nothing and adds no step.
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("sentiment"), QStringLiteral("neutraal")).ok());
    CHECK(stack.count() == 5);
    // A hidden question cannot be answered.
    const auto hidden = Commands::setAnswer(doc, QStringLiteral("sterkte"), 3);
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().message().contains(QLatin1String("is not asked for this item")));
    CHECK(stack.count() == 5);
    // Nor with an answer the question does not have.
    CHECK_FALSE(Commands::setAnswer(doc, QStringLiteral("emotie"), QStringLiteral("bang")).ok());
    // Clearing the emotion takes its strength along (it was never answered: nothing to take).
    step("emotiesterkte", 2);
    step("emotie", QJsonValue());
    CHECK(states.last() == QStringLiteral(R"(sentiment=["neutraal"])"));

    const int n = int(states.size()) - 1;
    REQUIRE(stack.count() == n);
    for (int i = n; i > 0; --i) {
        stack.undo();
        INFO("after undoing step " << i);
        CHECK(answers(doc) == states[i - 1]);
    }
    for (int i = 1; i <= n; ++i) {
        stack.redo();
        INFO("after redoing step " << i);
        CHECK(answers(doc) == states[i]);
    }
    // Back before "neutraal": undo restored the answer and both that it removed.
    while (stack.index() > 4)
        stack.undo();
    CHECK(answers(doc) ==
          QStringLiteral(
                  R"(emotie=["blij"] sentiment=["positief"] sterkte=[5] waarom=["grote kop"])"));

    // What undo wrote is in the store itself.
    fx.base.reopen();
    ItemDocument reopened(*fx.base.store, fx.task, fx.item(MediaKind::Text), fx.base.annotator);
    CHECK(answers(reopened) == states[4]);
}

TEST_CASE("questions: removing an answer or the last labelled shape removes what depended on it",
          "[undo][questions]")
{
    NewsFixture fx;
    ItemDocument doc(*fx.base.store, fx.task, fx.item(MediaKind::Image), fx.base.annotator);
    QUndoStack &stack = *doc.undoStack();

    // Asked only once a buffer is drawn.
    CHECK_FALSE(Commands::setAnswer(doc, QStringLiteral("roest"), QStringLiteral("A")).ok());
    auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                       test::sampleValue(AnnotationKind::Box));
    REQUIRE(box.ok());
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("roest"), QStringLiteral("A")).ok());
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("sentiment"), QStringLiteral("negatief")).ok());
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("sterkte"), 1).ok());
    const QString full = answers(doc);
    REQUIRE(stack.count() == 4);

    // The box goes: so does the rust answer, in one step.
    REQUIRE(Commands::removeAnnotation(doc, *box).ok());
    CHECK(stack.count() == 5);
    CHECK(answers(doc) == QStringLiteral(R"(sentiment=["negatief"] sterkte=[1])"));
    CHECK(doc.annotations().size() == 2);
    stack.undo();
    CHECK(answers(doc) == full);
    CHECK(doc.annotations().size() == 4);

    // Removing the sentiment answer itself (the facade's removeAnnotation) takes the strength.
    QString sentimentId;
    for (const Annotation &a : doc.annotations())
        if (a.label == QStringLiteral("sentiment"))
            sentimentId = a.id;
    REQUIRE(Commands::removeAnnotation(doc, sentimentId).ok());
    CHECK(answers(doc) == QStringLiteral(R"(roest=["A"])"));
    stack.undo();
    CHECK(answers(doc) == full);
    stack.redo();
    CHECK(answers(doc) == QStringLiteral(R"(roest=["A"])"));

    // Edits that hide nothing stay single-field steps that merge as before.
    REQUIRE(Commands::setValue(doc, *box, test::sampleValue(AnnotationKind::Box, 1), true).ok());
    REQUIRE(Commands::setValue(doc, *box, test::sampleValue(AnnotationKind::Box, 2), true).ok());
    CHECK(stack.count() == 6);
}

TEST_CASE(
        "questions: the store refuses an answer to a question not asked for the item's media kind",
        "[store][questions]")
{
    NewsFixture fx;
    Annotation a = answer(QStringLiteral("thumbnail"), 4);
    a.author = fx.base.annotator.id;
    a.itemId = fx.item(MediaKind::Text).id;
    const auto refused = fx.base.store->addAnnotation(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QLatin1String("not asked for text items")));
    a.itemId = fx.item(MediaKind::Image).id;
    CHECK(fx.base.store->addAnnotation(a).ok());
}

TEST_CASE("questions: an edit removes only the answers it hides, not ones unasked before",
          "[undo][questions]")
{
    NewsFixture fx;
    ItemDocument doc(*fx.base.store, fx.task, fx.item(MediaKind::Text), fx.base.annotator);
    // An answer to a question not asked (yet): as if another PC's answers came in a
    // different order. The store takes it; the conditions are the commands' to keep.
    Annotation early = answer(QStringLiteral("emotiesterkte"), 2);
    early.author = fx.base.annotator.id;
    early.itemId = fx.item(MediaKind::Text).id;
    REQUIRE(fx.base.store->addAnnotation(early).ok());
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("sentiment"), QStringLiteral("positief")).ok());
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("sentiment"), QStringLiteral("neutraal")).ok());
    CHECK(answers(doc) == QStringLiteral(R"(emotiesterkte=[2] sentiment=["neutraal"])"));
    // Once its condition holds it is simply there; clearing the emotion then takes it along.
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("emotie"), QStringLiteral("boos")).ok());
    REQUIRE(Commands::setAnswer(doc, QStringLiteral("emotie"), QJsonValue()).ok());
    CHECK(answers(doc) == QStringLiteral(R"(sentiment=["neutraal"])"));
    doc.undoStack()->undo();
    CHECK(answers(doc) ==
          QStringLiteral(R"(emotie=["boos"] emotiesterkte=[2] sentiment=["neutraal"])"));
}
