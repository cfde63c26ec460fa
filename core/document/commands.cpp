// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "itemdocument.h"
#include "model/displaynames.h"
#include "model/kinds/annotationkinds.h"
#include "model/questions.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QUndoCommand>

#include <algorithm>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Commands)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Commands)
};

enum CommandId { EditFieldId = 1 };

/// An undo step that can be written down, so the item's history outlives a restart
/// (Commands::keepHistory). What is written names annotations by id and fields by name, with
/// their values before and after: the store still has every annotation a step touched.
class Step : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    virtual QJsonObject toJson() const = 0;
    /// Whether the store still holds what this step's redo left (nothing has moved on since:
    /// another PC of the same person, the command line).
    virtual bool isCurrent(const Store &store) const = 0;
};

QJsonValue fieldOf(const Annotation &a, const QString &field)
{
    if (field == QLatin1String("label"))
        return a.label;
    if (field == QLatin1String("value"))
        return a.value;
    if (field == QLatin1String("attributes"))
        return a.attributes;
    if (field == QLatin1String("deleted"))
        return a.deleted;
    if (field == QLatin1String("suggested"))
        return a.suggested;
    return {};
}

/// Whether the stored annotation \a id has every field of \a fields as given.
bool holds(const Store &store, const QString &id, const QJsonObject &fields)
{
    const auto a = store.annotation(id, true);
    if (!a)
        return false;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (fieldOf(*a, it.key()) != it.value())
            return false;
    return true;
}

/// Sets one field of one annotation ("label", "value", "attributes" or "deleted"): the
/// generic edit that every annotation change is made of. Adding is "deleted: true → false"
/// after the first write, removing is "deleted: false → true".
class EditFieldCommand : public Step
{
public:
    EditFieldCommand(ItemDocument &doc, QString annotationId, QString field, QJsonValue before,
                     QJsonValue after, const QString &text, bool mergeable)
        : Step(text), m_doc(doc), m_id(std::move(annotationId)), m_field(std::move(field)),
          m_before(std::move(before)), m_after(std::move(after)), m_mergeable(mergeable)
    {}

    void redo() override
    {
        if (m_skipFirstRedo) { // the facade already wrote it, so it could report errors
            m_skipFirstRedo = false;
            return;
        }
        write(m_after);
    }
    void undo() override { write(m_before); }
    int id() const override { return EditFieldId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditFieldCommand *>(other);
        if (!m_mergeable || !o->m_mergeable || o->m_id != m_id || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

    QJsonObject toJson() const override
    {
        return {{QStringLiteral("type"), QStringLiteral("field")}, {QStringLiteral("text"), text()},
                {QStringLiteral("id"), m_id}, {QStringLiteral("field"), m_field},
                {QStringLiteral("before"), m_before}, {QStringLiteral("after"), m_after}};
    }
    bool isCurrent(const Store &store) const override
    {
        return holds(store, m_id, {{m_field, m_after}});
    }

private:
    void write(const QJsonValue &value)
    {
        if (auto r = m_doc.store().updateAnnotation(m_id, {{m_field, value}}, m_doc.user().id); !r)
            m_doc.notifyWriteFailed(r.error().message());
        m_doc.notifyAnnotationChanged(m_id);
    }

    ItemDocument &m_doc;
    QString m_id;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
    bool m_mergeable;
    bool m_skipFirstRedo = true;
};

/// Adds (redo) or removes (undo) several annotations at once, in one transaction each way:
/// the undo step of a copy.
class SetDeletedManyCommand : public Step
{
public:
    SetDeletedManyCommand(ItemDocument &doc, QList<Annotation> annotations, const QString &text)
        : Step(text), m_doc(doc), m_annotations(std::move(annotations))
    {}

    QJsonObject toJson() const override
    {
        QJsonArray ids;
        for (const Annotation &a : m_annotations)
            ids << a.id;
        return {{QStringLiteral("type"), QStringLiteral("added")}, {QStringLiteral("text"), text()},
                {QStringLiteral("ids"), ids}};
    }
    bool isCurrent(const Store &store) const override
    {
        for (const Annotation &a : m_annotations)
            if (!holds(store, a.id, {{QStringLiteral("deleted"), false}}))
                return false;
        return true;
    }

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        write(false);
    }
    void undo() override { write(true); }

private:
    void write(bool deleted)
    {
        QList<Change> changes;
        for (const Annotation &a : std::as_const(m_annotations)) {
            Change change = Store::annotationChange(a, false);
            change.author = m_doc.user().id;
            change.fields = {{QStringLiteral("deleted"), deleted}};
            changes << change;
        }
        if (auto r = m_doc.store().record(changes); !r)
            m_doc.notifyWriteFailed(r.error().message());
        for (const Annotation &a : std::as_const(m_annotations))
            m_doc.notifyAnnotationChanged(a.id);
    }

    ItemDocument &m_doc;
    QList<Annotation> m_annotations;
    bool m_skipFirstRedo = true;
};

/// One change of several annotations, written in one transaction each way: an answer together
/// with the answers it makes unasked, say. Each edit has the fields before and after.
struct Edit
{
    Annotation annotation; ///< as it was (kind, item and author say which row)
    QJsonObject before;
    QJsonObject after;
};

class EditManyCommand : public Step
{
public:
    EditManyCommand(ItemDocument &doc, QList<Edit> edits, const QString &text)
        : Step(text), m_doc(doc), m_edits(std::move(edits))
    {}

    QJsonObject toJson() const override
    {
        QJsonArray edits;
        for (const Edit &e : m_edits)
            edits << QJsonObject{{QStringLiteral("id"), e.annotation.id},
                                 {QStringLiteral("before"), e.before}, {QStringLiteral("after"), e.after}};
        return {{QStringLiteral("type"), QStringLiteral("many")}, {QStringLiteral("text"), text()},
                {QStringLiteral("edits"), edits}};
    }
    bool isCurrent(const Store &store) const override
    {
        for (const Edit &e : m_edits)
            if (!holds(store, e.annotation.id, e.after))
                return false;
        return true;
    }

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        if (auto r = write(m_doc, m_edits, true); !r)
            m_doc.notifyWriteFailed(r.error().message());
    }
    void undo() override
    {
        if (auto r = write(m_doc, m_edits, false); !r)
            m_doc.notifyWriteFailed(r.error().message());
    }

    static Result<void> write(ItemDocument &doc, const QList<Edit> &edits, bool forward)
    {
        QList<Change> changes;
        for (const Edit &e : edits) {
            Change change = Store::annotationChange(e.annotation, false);
            change.author = doc.user().id;
            change.fields = forward ? e.after : e.before;
            changes << change;
        }
        auto r = doc.store().record(changes);
        for (const Edit &e : edits)
            doc.notifyAnnotationChanged(e.annotation.id);
        if (!r)
            return r.error();
        return {};
    }

private:
    ItemDocument &m_doc;
    QList<Edit> m_edits;
    bool m_skipFirstRedo = true;
};

class StatusCommand : public Step
{
public:
    StatusCommand(ItemDocument &doc, Submission before, Submission after, const QString &text)
        : Step(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
    {}

    static QJsonObject toJson(const Submission &s)
    {
        return {{QStringLiteral("status"), toId(s.status)}, {QStringLiteral("reason"), s.reason},
                {QStringLiteral("timeSpentMs"), double(s.timeSpentMs)}};
    }
    QJsonObject toJson() const override
    {
        return {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("text"), text()},
                {QStringLiteral("before"), toJson(m_before)}, {QStringLiteral("after"), toJson(m_after)}};
    }
    bool isCurrent(const Store &store) const override
    {
        const auto now = store.submission(m_after.itemId, m_after.annotator);
        return now && now->status == m_after.status && now->reason == m_after.reason;
    }

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        write(m_after);
    }
    void undo() override
    {
        // Undo takes back the status, not the time worked: that was spent all the same.
        Submission restored = m_before;
        restored.timeSpentMs = m_after.timeSpentMs;
        write(restored);
    }

private:
    void write(const Submission &s)
    {
        if (auto r = m_doc.store().setSubmission(s, m_doc.user().id); !r)
            m_doc.notifyWriteFailed(r.error().message());
        m_doc.notifyStatusChanged();
    }

    ItemDocument &m_doc;
    Submission m_before;
    Submission m_after;
    bool m_skipFirstRedo = true;
};

/// Work that waits for a reviewer's verdict is read-only for its author (decision 0018).
Result<void> writable(ItemDocument &doc)
{
    if (doc.awaitsVerdict())
        return Error(Tr::msg("item \"%1\" is being reviewed; you can change your work on it again "
                             "once the reviewer has given a verdict")
                             .arg(QFileInfo(doc.item().mediaPath).fileName()));
    return {};
}

Result<Annotation> ownAnnotation(ItemDocument &doc, const QString &annotationId)
{
    if (auto r = writable(doc); !r)
        return r.error();
    const auto a = doc.store().annotation(annotationId);
    if (!a || a->itemId != doc.item().id)
        return Error(Tr::msg("there is no annotation \"%1\" on this item").arg(annotationId));
    if (a->author != doc.user().id)
        return Error(Tr::msg("annotation \"%1\" belongs to another person's layer").arg(annotationId));
    return *a;
}

/// \a a with \a fields written over it.
Annotation applied(Annotation a, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("label"))
            a.label = it->toString();
        else if (it.key() == QLatin1String("value"))
            a.value = it->toObject();
        else if (it.key() == QLatin1String("attributes"))
            a.attributes = it->toObject();
        else if (it.key() == QLatin1String("deleted"))
            a.deleted = it->toBool();
        else if (it.key() == QLatin1String("suggested"))
            a.suggested = it->toBool();
    }
    return a;
}

/// Adds to \a edits the removal of the answers that \a edits make unasked. Answers that were
/// unasked before (one that came from another PC under a newer schema, say) are not this
/// edit's to remove.
void dropUnaskedAnswers(ItemDocument &doc, QList<Edit> &edits)
{
    QList<Annotation> layer = doc.annotations();
    QSet<QString> unaskedBefore;
    for (const Annotation &a : Questions::answersNotAsked(doc.task().schema, doc.item().kind, layer))
        unaskedBefore.insert(a.id);
    for (const Edit &e : std::as_const(edits)) {
        const Annotation after = applied(e.annotation, e.after);
        auto it = std::find_if(layer.begin(), layer.end(),
                               [&](const Annotation &a) { return a.id == after.id; });
        if (it != layer.end())
            *it = after;
        else
            layer << after;
    }
    const QList<Annotation> stale =
            Questions::answersNotAsked(doc.task().schema, doc.item().kind, layer);
    for (const Annotation &a : stale)
        if (!unaskedBefore.contains(a.id))
            edits << Edit{a, {{QStringLiteral("deleted"), false}}, {{QStringLiteral("deleted"), true}}};
}

/// Checks \a edits, writes them in one transaction and pushes one undo step.
Result<void> editMany(ItemDocument &doc, QList<Edit> edits, const QString &text)
{
    for (const Edit &e : std::as_const(edits)) {
        const Annotation after = applied(e.annotation, e.after);
        if (!after.deleted)
            if (auto r = doc.store().checkAnnotation(after); !r)
                return r;
    }
    if (auto r = EditManyCommand::write(doc, edits, true); !r)
        return r;
    doc.undoStack()->push(new EditManyCommand(doc, std::move(edits), text));
    return {};
}

Result<void> editField(ItemDocument &doc, const QString &annotationId, const QString &field,
                       const QJsonValue &before, const QJsonValue &after, const QString &text,
                       bool mergeable)
{
    if (before == after)
        return {};
    if (doc.task().schema.hasConditionalQuestions()) {
        // The edit may make a question unasked: then its answer goes in the same step.
        if (const auto current = doc.store().annotation(annotationId)) {
            QList<Edit> edits{{*current, {{field, before}}, {{field, after}}}};
            dropUnaskedAnswers(doc, edits);
            if (edits.size() > 1)
                return editMany(doc, std::move(edits), text);
        }
    }
    if (auto r = doc.store().updateAnnotation(annotationId, {{field, after}}, doc.user().id); !r)
        return r;
    doc.undoStack()->push(new EditFieldCommand(doc, annotationId, field, before, after, text, mergeable));
    doc.notifyAnnotationChanged(annotationId);
    return {};
}

/// Sets \a field of the user's annotation \a a from \a before to \a after. On a suggestion the
/// same step accepts it: a person who corrects a suggestion has looked at it.
Result<void> editOwn(ItemDocument &doc, const Annotation &a, const QString &field,
                     const QJsonValue &before, const QJsonValue &after, const QString &text,
                     bool mergeable)
{
    if (!a.suggested)
        return editField(doc, a.id, field, before, after, text, mergeable);
    if (before == after) // the same label key on a suggestion: it is right as it is
        return editField(doc, a.id, QStringLiteral("suggested"), true, false, text, false);
    QList<Edit> edits{{a,
                       {{field, before}, {QStringLiteral("suggested"), true}},
                       {{field, after}, {QStringLiteral("suggested"), false}}}};
    dropUnaskedAnswers(doc, edits);
    return editMany(doc, std::move(edits), text);
}

/// The step \a json describes, for \a doc's own layer; nullptr when it does not fit (an
/// annotation gone from the store, another item's, a field this version does not know).
Step *stepFromJson(ItemDocument &doc, const QJsonObject &json)
{
    const QString type = json.value(QStringLiteral("type")).toString();
    const QString text = json.value(QStringLiteral("text")).toString();
    auto own = [&](const QString &id) -> std::optional<Annotation> {
        auto a = doc.store().annotation(id, true);
        if (!a || a->itemId != doc.item().id || a->author != doc.user().id)
            return std::nullopt;
        return a;
    };
    if (type == QLatin1String("field")) {
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString field = json.value(QStringLiteral("field")).toString();
        if (!own(id) || fieldOf(Annotation(), field).isUndefined())
            return nullptr;
        return new EditFieldCommand(doc, id, field, json.value(QStringLiteral("before")),
                                    json.value(QStringLiteral("after")), text, false);
    }
    if (type == QLatin1String("added")) {
        QList<Annotation> added;
        for (const QJsonValue &id : json.value(QStringLiteral("ids")).toArray()) {
            auto a = own(id.toString());
            if (!a)
                return nullptr;
            added << *a;
        }
        return added.isEmpty() ? nullptr : new SetDeletedManyCommand(doc, added, text);
    }
    if (type == QLatin1String("many")) {
        QList<Edit> edits;
        for (const QJsonValue &e : json.value(QStringLiteral("edits")).toArray()) {
            auto a = own(e.toObject().value(QStringLiteral("id")).toString());
            if (!a)
                return nullptr;
            edits << Edit{*a, e.toObject().value(QStringLiteral("before")).toObject(),
                          e.toObject().value(QStringLiteral("after")).toObject()};
        }
        return edits.isEmpty() ? nullptr : new EditManyCommand(doc, edits, text);
    }
    if (type == QLatin1String("status")) {
        auto submission = [&](const QJsonValue &v) -> std::optional<Submission> {
            const auto status = submissionStatusFromId(v.toObject().value(QStringLiteral("status")).toString());
            if (!status)
                return std::nullopt;
            Submission s;
            s.taskId = doc.item().taskId;
            s.itemId = doc.item().id;
            s.annotator = doc.user().id;
            s.status = *status;
            s.reason = v.toObject().value(QStringLiteral("reason")).toString();
            s.timeSpentMs = qint64(v.toObject().value(QStringLiteral("timeSpentMs")).toDouble());
            return s;
        };
        const auto before = submission(json.value(QStringLiteral("before")));
        const auto after = submission(json.value(QStringLiteral("after")));
        if (!before || !after)
            return nullptr;
        return new StatusCommand(doc, *before, *after, text);
    }
    return nullptr;
}

} // namespace

namespace Commands {

void keepHistory(ItemDocument &doc)
{
    Store &store = doc.store();
    const QString itemId = doc.item().id;
    const QString who = doc.user().id;
    QUndoStack *stack = doc.undoStack();
    const QMap<int, QJsonObject> kept = store.undoSteps(itemId, who);
    int base = kept.isEmpty() ? 0 : kept.firstKey();
    if (stack->count() == 0 && !kept.isEmpty()) {
        // Every step must fit, in an unbroken run, and the store must still hold what the
        // last one left; otherwise the history starts afresh (the work itself is all there).
        QList<Step *> steps;
        int expected = base;
        for (auto it = kept.begin(); it != kept.end(); ++it, ++expected) {
            Step *step = it.key() == expected ? stepFromJson(doc, it.value()) : nullptr;
            if (!step) {
                qDeleteAll(steps);
                steps.clear();
                break;
            }
            steps << step;
        }
        if (!steps.isEmpty() && !steps.last()->isCurrent(store)) {
            qDeleteAll(steps);
            steps.clear();
        }
        if (steps.isEmpty()) {
            if (auto r = store.setUndoStep(itemId, who, base, {}, kKeptUndoSteps); !r)
                doc.notifyWriteFailed(r.error().message());
            base = 0;
        }
        for (Step *step : steps)
            stack->push(step); // nothing is written: each skips its first redo
    }
    QObject::connect(stack, &QUndoStack::indexChanged, &doc, [&doc, base, itemId, who](int index) {
        const auto *top = index > 0 ? dynamic_cast<const Step *>(doc.undoStack()->command(index - 1)) : nullptr;
        const int number = base + index - (top ? 1 : 0);
        if (auto r = doc.store().setUndoStep(itemId, who, number, top ? top->toJson() : QJsonObject(),
                                             kKeptUndoSteps);
            !r)
            doc.notifyWriteFailed(r.error().message());
    });
}

Result<QString> addAnnotation(ItemDocument &doc, AnnotationKind kind, const QString &label,
                              const QJsonObject &value, const QJsonObject &attributes)
{
    if (auto r = writable(doc); !r)
        return r.error();
    Annotation a;
    a.taskId = doc.item().taskId;
    a.itemId = doc.item().id;
    a.author = doc.user().id;
    a.kind = kind;
    a.label = label;
    a.value = value;
    a.attributes = attributes;
    auto added = doc.store().addAnnotation(a);
    if (!added)
        return added.error();
    doc.undoStack()->push(new EditFieldCommand(
            doc, added->id, QStringLiteral("deleted"), true, false,
            Tr::tr("Add %1 \"%2\"").arg(AnnotationKinds::get(kind).displayName().toLower(), label),
            false));
    doc.notifyAnnotationChanged(added->id);
    return added->id;
}

Result<QStringList> copyAnnotations(ItemDocument &doc, const QList<Annotation> &sources)
{
    if (auto r = writable(doc); !r)
        return r.error();
    QList<Annotation> copies;
    QList<Change> changes;
    QStringList ids;
    for (const Annotation &source : sources) {
        Annotation a;
        a.id = newId();
        a.taskId = doc.item().taskId;
        a.itemId = doc.item().id;
        a.author = doc.user().id;
        a.kind = source.kind;
        a.label = source.label;
        a.value = source.value;
        a.attributes = source.attributes;
        // Checked one by one first, so a copy either fits entirely or nothing is written.
        if (auto r = doc.store().checkAnnotation(a); !r)
            return Error(Tr::msg("cannot copy %1 \"%2\": %3")
                                 .arg(AnnotationKinds::get(a.kind).displayName().toLower(), a.label,
                                      r.error().message()));
        changes << Store::annotationChange(a);
        copies << a;
        ids << a.id;
    }
    if (copies.isEmpty())
        return ids;
    if (auto r = doc.store().record(changes); !r)
        return r.error();
    doc.undoStack()->push(new SetDeletedManyCommand(
            doc, copies, Tr::tr("Copy %n annotation(s) from the previous item", nullptr, int(copies.size()))));
    for (const Annotation &a : std::as_const(copies))
        doc.notifyAnnotationChanged(a.id);
    return ids;
}

Result<void> removeAnnotation(ItemDocument &doc, const QString &annotationId)
{
    auto a = ownAnnotation(doc, annotationId);
    if (!a)
        return a.error();
    const QString kind = AnnotationKinds::get(a->kind).displayName().toLower();
    return editField(doc, annotationId, QStringLiteral("deleted"), false, true,
                     a->suggested ? Tr::tr("Reject suggested %1 \"%2\"").arg(kind, a->label)
                                  : Tr::tr("Delete %1 \"%2\"").arg(kind, a->label),
                     false);
}

Result<void> acceptSuggestion(ItemDocument &doc, const QString &annotationId)
{
    auto a = ownAnnotation(doc, annotationId);
    if (!a)
        return a.error();
    if (!a->suggested)
        return {};
    return editField(doc, annotationId, QStringLiteral("suggested"), true, false,
                     Tr::tr("Accept suggested %1 \"%2\"")
                             .arg(AnnotationKinds::get(a->kind).displayName().toLower(), a->label),
                     false);
}

Result<void> setLabel(ItemDocument &doc, const QString &annotationId, const QString &label)
{
    auto a = ownAnnotation(doc, annotationId);
    if (!a)
        return a.error();
    return editOwn(doc, *a, QStringLiteral("label"), a->label, label,
                   Tr::tr("Change label to \"%1\"").arg(label), false);
}

Result<void> setValue(ItemDocument &doc, const QString &annotationId, const QJsonObject &value,
                      bool continuing)
{
    auto a = ownAnnotation(doc, annotationId);
    if (!a)
        return a.error();
    return editOwn(doc, *a, QStringLiteral("value"), a->value, value,
                   Tr::tr("Edit %1").arg(AnnotationKinds::get(a->kind).displayName().toLower()),
                   continuing);
}

Result<void> setAttribute(ItemDocument &doc, const QString &annotationId, const QString &name,
                          const QJsonValue &value)
{
    auto a = ownAnnotation(doc, annotationId);
    if (!a)
        return a.error();
    QJsonObject attributes = a->attributes;
    attributes.insert(name, value);
    return editOwn(doc, *a, QStringLiteral("attributes"), a->attributes, attributes,
                   Tr::tr("Set %1").arg(name), false);
}

Result<void> setAnswer(ItemDocument &doc, const QString &questionId, const QJsonValue &answer)
{
    if (auto r = writable(doc); !r)
        return r;
    const QuestionSpec *question = doc.task().schema.question(questionId);
    if (!question)
        return Error(Tr::msg("the task has no question \"%1\"").arg(questionId));
    const QList<Annotation> layer = doc.annotations();
    if (!Questions::visibleQuestions(doc.task().schema, doc.item().kind, layer).contains(question))
        return Error(Tr::msg("question \"%1\" is not asked for this item").arg(Questions::displayName(*question)));
    std::optional<Annotation> existing;
    for (const Annotation &a : layer)
        if (a.kind == AnnotationKind::Answer && a.label == questionId && !existing)
            existing = a;
    const bool clear = !Questions::isAnswered(answer);
    if (!clear)
        if (auto r = validateAnswer(*question, answer); !r)
            return r;
    const QJsonObject value{{QStringLiteral("answer"), answer}};

    QList<Edit> edits;
    if (clear) {
        if (!existing)
            return {};
        edits << Edit{*existing, {{QStringLiteral("deleted"), false}}, {{QStringLiteral("deleted"), true}}};
    } else if (existing) {
        if (existing->value == value)
            return {};
        edits << Edit{*existing, {{QStringLiteral("value"), existing->value}}, {{QStringLiteral("value"), value}}};
    } else {
        Annotation a;
        a.id = newId();
        a.taskId = doc.item().taskId;
        a.itemId = doc.item().id;
        a.author = doc.user().id;
        a.kind = AnnotationKind::Answer;
        a.label = questionId;
        a.value = value;
        edits << Edit{a, {{QStringLiteral("deleted"), true}},
                      {{QStringLiteral("label"), a.label}, {QStringLiteral("value"), a.value},
                       {QStringLiteral("attributes"), QJsonObject()}, {QStringLiteral("deleted"), false}}};
    }
    dropUnaskedAnswers(doc, edits);
    const QString name = Questions::displayName(*question);
    return editMany(doc, std::move(edits),
                    clear ? Tr::tr("Clear the answer to \"%1\"").arg(name) : Tr::tr("Answer \"%1\"").arg(name));
}

Result<void> setStatus(ItemDocument &doc, SubmissionStatus status, const QString &reason)
{
    if (auto r = writable(doc); !r)
        return r;
    Submission before;
    before.taskId = doc.item().taskId;
    before.itemId = doc.item().id;
    before.annotator = doc.user().id;
    if (const auto current = doc.submission())
        before = *current;
    // Rejected work is to do again: marking it done sends it back to the reviewer, and undoing
    // that makes it to do (with the feedback) once more.
    if (doc.feedback()) {
        before.status = SubmissionStatus::Todo;
        before.reason.clear();
    }
    Submission after = before;
    after.status = status;
    after.reason = status == SubmissionStatus::Flagged ? reason.trimmed() : QString();
    if (after.status == before.status && after.reason == before.reason)
        return {};
    after.timeSpentMs = before.timeSpentMs + doc.uncountedMs();
    if (auto r = doc.store().setSubmission(after, doc.user().id); !r)
        return r;
    doc.markCounted();
    doc.undoStack()->push(new StatusCommand(doc, before, after, Tr::tr("Mark as \"%1\"").arg(DisplayNames::status(status))));
    doc.notifyStatusChanged();
    return {};
}

} // namespace Commands
} // namespace annostraat
