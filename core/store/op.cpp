// SPDX-License-Identifier: GPL-3.0-or-later
#include "op.h"

#include "model/itemmedia.h"
#include "model/kinds.h"
#include "model/kinds/annotationkinds.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Op)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Op)
};

QList<EntitySpec> makeSpecs()
{
    const FieldSpec deleted{"deleted", "deleted", FieldType::Bool};
    const FieldSpec task{"task", "task_id", FieldType::Text};
    const FieldSpec item{"item", "item_id", FieldType::Text};
    return {
        {"profile", "profiles", {},
         {{"name", "name", FieldType::Text}, {"role", "role", FieldType::Text}, deleted}},
        {"task", "tasks", {},
         {{"name", "name", FieldType::Text},
          {"instructions", "instructions", FieldType::Text},
          {"mediaKind", "media_kind", FieldType::Text},
          {"schema", "schema", FieldType::Json},
          {"version", "version", FieldType::Int},
          {"annotatorsPerItem", "annotators_per_item", FieldType::Int},
          // Since store version 11 (decision 0028): who the task is for.
          {"client", "client", FieldType::Text},
          deleted}},
        {"item", "items", {task},
         {{"media", "media_path", FieldType::Text},
          {"sha256", "sha256", FieldType::Text},
          {"size", "size", FieldType::Int},
          {"kind", "kind", FieldType::Text},
          {"order", "ord", FieldType::Int},
          {"facts", "facts", FieldType::Json},
          {"extraMedia", "extra_media", FieldType::Json},
          deleted}},
        {"annotation", "annotations",
         {task, item, {"author", "author", FieldType::Text}, {"kind", "kind", FieldType::Text}},
         {{"label", "label", FieldType::Text},
          {"value", "value", FieldType::Json},
          {"attributes", "attributes", FieldType::Json},
          {"suggested", "suggested", FieldType::Bool},
          deleted}},
        {"submission", "submissions", {task, item, {"annotator", "annotator", FieldType::Text}},
         {{"status", "status", FieldType::Text},
          {"reason", "reason", FieldType::Text},
          {"timeSpentMs", "time_spent_ms", FieldType::Int}}},
        {"review", "reviews", {task, item, {"annotator", "annotator", FieldType::Text}},
         {{"reviewer", "reviewer", FieldType::Text},
          {"verdict", "verdict", FieldType::Text},
          {"comment", "comment", FieldType::Text},
          // Since store version 8 (decision 0018): the annotation the verdict is about, where
          // on it (a frame, a span, a region), and "deleted" for a verdict taken back.
          {"annotation", "annotation", FieldType::Text},
          {"anchor", "anchor", FieldType::Json},
          deleted}},
        // Which annotator works on which item; "deleted" withdraws the assignment.
        {"assignment", "assignments", {task, item, {"annotator", "annotator", FieldType::Text}},
         {deleted}},
        // Since store version 10 (decision 0021): an item marked gold by a team lead, whose
        // own layer is the reference; the id is the item's, "deleted" unmarks it.
        {"gold", "gold", {task, item}, {{"reference", "reference", FieldType::Text}, deleted}},
    };
}

bool hasType(const QJsonValue &v, FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return v.isString();
    case FieldType::Int:
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::abs(v.toDouble()) < 9.0e15;
    case FieldType::Bool:
        return v.isBool();
    case FieldType::Json:
        return v.isObject() || v.isArray();
    }
    return false;
}

Message typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return Tr::msg("text");
    case FieldType::Int: return Tr::msg("a whole number");
    case FieldType::Bool: return Tr::msg("true or false");
    case FieldType::Json: return Tr::msg("a JSON object");
    }
    return {};
}

Result<void> checkEnum(const QJsonObject &o, const char *name, bool ok, const QString &known)
{
    if (o.contains(QLatin1String(name)) && !ok)
        return Error(Tr::msg("\"%1\" has the unknown value \"%2\"; known values: %3")
                         .arg(QLatin1String(name), o.value(QLatin1String(name)).toString(), known));
    return {};
}

} // namespace

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    return true;
}

const FieldSpec *EntitySpec::field(const QString &name) const
{
    for (const FieldSpec &f : fields)
        if (name == QLatin1String(f.json))
            return &f;
    return nullptr;
}

const QList<EntitySpec> &entitySpecs()
{
    static const QList<EntitySpec> specs = makeSpecs();
    return specs;
}

const EntitySpec *entitySpec(const QString &entity)
{
    for (const EntitySpec &spec : entitySpecs())
        if (entity == QLatin1String(spec.entity))
            return &spec;
    return nullptr;
}

QString Op::taskId() const
{
    if (entity == QLatin1String("task"))
        return entityId;
    if (entity == QLatin1String("profile"))
        return {};
    return key.value(QStringLiteral("task")).toString();
}

QJsonObject Op::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("hlc"), hlc.toString()},
            {QStringLiteral("author"), author},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entityId"), entityId},
            {QStringLiteral("key"), key},
            {QStringLiteral("fields"), fields}};
}

Result<Op> Op::fromJson(const QJsonObject &json, const Message &where)
{
    static const char *const kNames[] = {"id", "hlc", "author", "entity", "entityId", "key", "fields"};
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool known = false;
        for (const char *n : kNames)
            known = known || it.key() == QLatin1String(n);
        if (!known)
            return Error(Tr::msg("%1: unknown field \"%2\" in op").arg(where, it.key()));
    }
    for (const char *n : {"id", "hlc", "author", "entity", "entityId"})
        if (!json.value(QLatin1String(n)).isString())
            return Error(Tr::msg("%1: op field \"%2\" must be text").arg(where, QLatin1String(n)));
    for (const char *n : {"key", "fields"})
        if (!json.value(QLatin1String(n)).isObject())
            return Error(Tr::msg("%1: op field \"%2\" must be an object").arg(where, QLatin1String(n)));

    Op op;
    op.id = json.value(QStringLiteral("id")).toString();
    const auto hlc = Hlc::parse(json.value(QStringLiteral("hlc")).toString());
    if (!hlc)
        return Error(Tr::msg("%1: \"%2\" is not a timestamp").arg(where, json.value(QStringLiteral("hlc")).toString()));
    op.hlc = *hlc;
    op.author = json.value(QStringLiteral("author")).toString();
    op.entity = json.value(QStringLiteral("entity")).toString();
    op.entityId = json.value(QStringLiteral("entityId")).toString();
    op.key = json.value(QStringLiteral("key")).toObject();
    op.fields = json.value(QStringLiteral("fields")).toObject();
    if (auto r = op.validate(); !r)
        return r.error().prefixed(where);
    return op;
}

Result<void> Op::validate() const
{
    if (id.isEmpty() || author.isEmpty() || entityId.isEmpty() || hlc.isNull())
        return Error(Tr::msg("op %1 lacks an id, author, entity id or timestamp").arg(id));
    // Ids end up in paths on the share and in "<item>/<annotator>" ids: keep them plain.
    if (!isValidId(id) || !isValidId(author) || !isValidId(hlc.device()))
        return Error(Tr::msg("op %1: the op id, author or device is not a valid id "
                            "(1 to 64 letters, digits, '-' or '_')").arg(id));
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return Error(Tr::msg("op %1: unknown entity \"%2\"").arg(id, entity));
    const bool pairId = entity == QLatin1String("submission") || entity == QLatin1String("review")
        || entity == QLatin1String("assignment");
    if (!pairId && !isValidId(entityId))
        return Error(Tr::msg("op %1: \"%2\" is not a valid id (1 to 64 letters, digits, '-' or '_')")
                         .arg(id, entityId));

    if (key.size() != spec->keys.size())
        return Error(Tr::msg("op %1: a %2 op needs exactly %3 key fields")
                         .arg(id, entity).arg(spec->keys.size()));
    for (const FieldSpec &k : spec->keys) {
        const QJsonValue v = key.value(QLatin1String(k.json));
        if (v.isString() && QLatin1String(k.json) != QLatin1String("kind") && !isValidId(v.toString()))
            return Error(Tr::msg("op %1: key field \"%2\" is not a valid id").arg(id, QLatin1String(k.json)));
        if (!hasType(v, k.type) || v.toString().isEmpty())
            return Error(Tr::msg("op %1: key field \"%2\" is missing or not %3")
                             .arg(id, QLatin1String(k.json), typeName(k.type)));
    }
    if (fields.isEmpty())
        return Error(Tr::msg("op %1 changes no field").arg(id));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldSpec *f = spec->field(it.key());
        if (!f)
            return Error(Tr::msg("op %1: a %2 has no field \"%3\"").arg(id, entity, it.key()));
        if (!hasType(it.value(), f->type))
            return Error(Tr::msg("op %1: field \"%2\" must be %3").arg(id, it.key(), typeName(f->type)));
    }

    // Values that must be one of a known set, or have a shape of their own.
    const QString e = entity;
    Result<void> r;
    auto textOf = [this](const char *n) { return fields.value(QLatin1String(n)).toString(); };
    if (e == QLatin1String("profile")) {
        r = checkEnum(fields, "role", roleFromId(textOf("role")).has_value(), roleIdList());
    } else if (e == QLatin1String("task")) {
        r = checkEnum(fields, "mediaKind", mediaKindFromId(textOf("mediaKind")).has_value(), QStringLiteral("image, video, text, image-pair, mixed"));
        if (r && fields.contains(QStringLiteral("schema"))) {
            auto schema = Schema::fromJsonObject(fields.value(QStringLiteral("schema")).toObject(), Tr::msg("schema"));
            if (!schema)
                r = schema.error();
        }
    } else if (e == QLatin1String("item")) {
        r = checkEnum(fields, "kind", mediaKindFromId(textOf("kind")).has_value(), QStringLiteral("image, video, text, image-pair"));
        if (r && fields.contains(QStringLiteral("facts"))) {
            if (!fields.value(QStringLiteral("facts")).isObject())
                r = Error(Tr::msg("\"facts\" must be a JSON object"));
            else if (auto facts = MediaFacts::fromJson(fields.value(QStringLiteral("facts")).toObject(), Message::plain(QStringLiteral("facts"))); !facts)
                r = facts.error();
        }
        if (r && fields.contains(QStringLiteral("extraMedia"))) {
            if (!fields.value(QStringLiteral("extraMedia")).isArray())
                r = Error(Tr::msg("\"extraMedia\" must be a JSON array"));
            else if (auto media = ItemMedia::fromJson(fields.value(QStringLiteral("extraMedia")).toArray(), Message::plain(QStringLiteral("extraMedia"))); !media)
                r = media.error();
        }
    } else if (e == QLatin1String("annotation")) {
        const auto kind = annotationKindFromId(key.value(QStringLiteral("kind")).toString());
        if (!kind)
            r = Error(Tr::msg("unknown annotation kind \"%1\"; known kinds: %2")
                          .arg(key.value(QStringLiteral("kind")).toString(), annotationKindIdList()));
        else if (fields.contains(QStringLiteral("value")))
            // Geometry included: a self-crossing polygon from a package or a merge stops here.
            r = AnnotationKinds::get(*kind).validate(
                    fields.value(QStringLiteral("value")).toObject(),
                    {entityId, fields.value(QStringLiteral("label")).toString()});
    } else if (e == QLatin1String("submission") || e == QLatin1String("review")
               || e == QLatin1String("assignment")) {
        if (entityId != key.value(QStringLiteral("item")).toString() + QLatin1Char('/') + key.value(QStringLiteral("annotator")).toString())
            r = Error(Tr::msg("the id must be \"<item>/<annotator>\""));
        else if (e == QLatin1String("assignment"))
            r = {};
        else if (e == QLatin1String("submission"))
            r = checkEnum(fields, "status", submissionStatusFromId(textOf("status")).has_value(), submissionStatusIdList());
        else
            r = checkEnum(fields, "verdict", verdictFromId(textOf("verdict")).has_value(), QStringLiteral("accepted, rejected, corrected"));
        if (r && e == QLatin1String("review") && !textOf("annotation").isEmpty() && !isValidId(textOf("annotation")))
            r = Error(Tr::msg("\"annotation\" must be an annotation id (1 to 64 letters, digits, '-' or '_')"));
        if (r && e == QLatin1String("review") && fields.contains(QStringLiteral("anchor"))
            && !fields.value(QStringLiteral("anchor")).isObject())
            r = Error(Tr::msg("\"anchor\" must be a JSON object"));
    } else if (e == QLatin1String("gold")) {
        if (entityId != key.value(QStringLiteral("item")).toString())
            r = Error(Tr::msg("the id of a gold mark must be its item's"));
        else if (fields.contains(QStringLiteral("reference")) && !isValidId(textOf("reference")))
            r = Error(Tr::msg("\"reference\" must be a profile id (1 to 64 letters, digits, '-' or '_')"));
    }
    if (!r)
        return r.error().prefixed(Tr::msg("op %1").arg(id));
    return {};
}

} // namespace annostraat
