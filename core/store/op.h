// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An op records one change to one entity: which entity, its immutable identity ("key":
// e.g. the item an annotation belongs to) and the fields it sets. Applying an op sets each
// field whose stored timestamp is older than the op's, so ops can be applied in any order
// and any number of times with the same result (last writer wins per field, by HLC).
// Deletes are a "deleted" field set to true (a tombstone).

#include "util/hlc.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace annostraat {

enum class FieldType { Text, Int, Bool, Json };

struct FieldSpec
{
    const char *json;   ///< name in the op's JSON
    const char *column; ///< column in the entity's table
    FieldType type;
};

struct EntitySpec
{
    const char *entity; ///< "annotation", …
    const char *table;
    QList<FieldSpec> keys;   ///< immutable, carried by every op on the entity
    QList<FieldSpec> fields; ///< last-writer-wins

    const FieldSpec *field(const QString &name) const;
};

/// Whether \a id may name an entity: 1–64 letters, digits, '-' or '_'. Ids become folder
/// and file names on the share, so nothing else ("..", "/", spaces) is ever accepted.
bool isValidId(QStringView id);

/// All entity kinds the op log knows; nullptr for an unknown one.
const EntitySpec *entitySpec(const QString &entity);
const QList<EntitySpec> &entitySpecs();

struct Op
{
    QString id;
    Hlc hlc;
    QString author; ///< profile id of who made the change
    QString entity;
    QString entityId;
    QJsonObject key;
    QJsonObject fields;
    qint64 seq = 0; ///< where this store's log holds it (local only; not in the JSON)

    QString device() const { return hlc.device(); }
    /// The task this op belongs to; empty for profiles, which belong to no task.
    QString taskId() const;

    QJsonObject toJson() const;
    /// Reads and fully validates an op (shape, types, values per kind). \a where names the
    /// source for error messages, e.g. "ops.jsonl line 12".
    static Result<Op> fromJson(const QJsonObject &json, const Message &where);
    static Result<Op> fromJson(const QJsonObject &json, const QString &where)
    {
        return fromJson(json, Message::plain(where));
    }
    /// The checks fromJson() makes, for ops built in code.
    Result<void> validate() const;
};

/// A change before it becomes an op: the store gives it an id and a timestamp.
struct Change
{
    QString author;
    QString entity;
    QString entityId;
    QJsonObject key;
    QJsonObject fields;
};

} // namespace annostraat
