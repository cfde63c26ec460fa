// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemachange.h"

#include "store.h"

#include "model/kinds/annotationkinds.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::SchemaChange)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::SchemaChange)
};

Change schemaChange(const QString &taskId, const Schema &schema, const QString &author)
{
    return {author,
            QStringLiteral("task"),
            taskId,
            {},
            {{QStringLiteral("schema"), schema.toJson()}}};
}

Change labelChange(const Annotation &annotation, const QString &label, const QString &author)
{
    Change change = Store::annotationChange(annotation, false);
    change.author = author;
    change.fields = {{QStringLiteral("label"), label}};
    return change;
}

QByteArray compact(const Schema &schema)
{
    return QJsonDocument(schema.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

int SchemaChangePlan::annotationsKept() const
{
    int kept = 0;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        if (moveTo.value(it.key()).isEmpty())
            kept += it.value();
    return kept;
}

SchemaChangePlan SchemaChangePlan::inverse() const
{
    SchemaChangePlan back;
    back.taskId = taskId;
    back.author = author;
    back.before = after;
    back.after = before;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it)
        back.renames.insert(it.value(), it.key());
    back.relabelled = newLabels;
    back.newLabels = relabelled;
    back.changes << schemaChange(taskId, before, author);
    // The annotations' own changes, the other way round (the annotation key is the same).
    for (const Change &change : changes) {
        if (change.entity != QLatin1String("annotation"))
            continue;
        Change undo = change;
        undo.fields = {{QStringLiteral("label"), relabelled.value(change.entityId)}};
        back.changes << undo;
    }
    return back;
}

Result<SchemaChangePlan> planSchemaChange(const Store &store, const QString &taskId,
                                          const Schema &after,
                                          const QMap<QString, QString> &renames,
                                          const QMap<QString, QString> &moveTo,
                                          const QString &author)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("there is no task \"%1\"").arg(taskId));
    SchemaChangePlan plan;
    plan.taskId = taskId;
    plan.author = author;
    plan.before = task->schema;
    plan.after = after;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
        if (it.key() == it.value())
            continue;
        if (!plan.before.label(it.key()))
            return Error(Tr::msg("the task has no label \"%1\" to rename").arg(it.key()));
        if (!after.label(it.value()))
            return Error(
                    Tr::msg("label \"%1\" is renamed to \"%2\", which the new schema does not have")
                            .arg(it.key(), it.value()));
        plan.renames.insert(it.key(), it.value());
    }
    for (const LabelSpec &label : plan.before.labels())
        if (!plan.renames.contains(label.name) && !after.label(label.name))
            plan.removed.insert(label.name, 0);

    store.clearReadError();
    const QList<Annotation> annotations = store.taskAnnotations(taskId);
    if (store.hasReadError())
        return store.readError();
    QList<Change> relabels;
    for (const Annotation &annotation : annotations) {
        if (annotation.deleted || AnnotationKinds::get(annotation.kind).answersQuestion() ||
            annotation.kind == AnnotationKind::Locator)
            continue;
        QString target;
        // An annotation that its (new) label no longer takes: counted, kept as it is.
        const auto fits = [&](const QString &name) {
            if (after.label(name) && !after.checkAnnotation(annotation.kind, name, annotation.value,
                                                            annotation.attributes))
                ++plan.unfit[name];
        };
        if (const auto renamed = plan.renames.constFind(annotation.label);
            renamed != plan.renames.cend()) {
            target = renamed.value();
        } else if (plan.removed.contains(annotation.label)) {
            ++plan.removed[annotation.label];
            target = moveTo.value(annotation.label);
            if (target.isEmpty())
                continue; // kept as it is
            const LabelSpec *spec = after.label(target);
            if (!spec)
                return Error(Tr::msg("the annotations of \"%1\" cannot move to \"%2\": the new "
                                     "schema has no such label")
                                     .arg(annotation.label, target));
            if (!spec->kinds.contains(annotation.kind))
                return Error(Tr::msg("the annotations of \"%1\" cannot move to \"%2\": it cannot "
                                     "be drawn as a %3")
                                     .arg(annotation.label, target, toId(annotation.kind)));
            plan.moveTo.insert(annotation.label, target);
        } else {
            fits(annotation.label);
            continue;
        }
        fits(target);
        plan.relabelled.insert(annotation.id, annotation.label);
        plan.newLabels.insert(annotation.id, target);
        relabels << labelChange(annotation, target, author);
    }
    plan.changes << schemaChange(taskId, after, author) << relabels;
    return plan;
}

Result<int> applySchemaChange(Store &store, const SchemaChangePlan &plan)
{
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    // Under the write lock: the schema must still be the one the plan was made from.
    const auto task = store.task(plan.taskId);
    if (!task)
        return Error(Tr::msg("there is no task \"%1\"").arg(plan.taskId));
    if (compact(task->schema) != compact(plan.before))
        return Error(Tr::msg("the task's schema changed after this change was planned (a sync or "
                             "another window); nothing was written, plan it again"));
    for (const Change &change : plan.changes)
        if (auto op = tx->record(change); !op)
            return op.error().prefixed(store.path());
    if (auto r = tx->commit(); !r)
        return r.error();
    return plan.annotationsChanged();
}

} // namespace annostraat
