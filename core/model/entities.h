// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain values for what the store keeps. Each is one row of a table that the op log
// materialises (see store/store.h); none of them writes itself anywhere.

#include "itemmedia.h"
#include "kinds.h"
#include "schema.h"
#include "util/hlc.h"

#include <QJsonObject>
#include <QString>

namespace annostraat {

struct Profile
{
    QString id;
    QString name;
    Role role = Role::Annotator;

    bool operator==(const Profile &) const = default;
};

struct Task
{
    QString id;
    QString name;
    QString instructions; ///< Markdown; its pictures are inside it as data: URLs
    QString client;       ///< who the work is for; empty when not said (store version 11)
    MediaKind mediaKind = MediaKind::Image;
    Schema schema;
    int version = 1;
    int annotatorsPerItem = 1;
};

struct Item
{
    QString id;
    QString taskId;
    QString mediaPath; ///< where the media file is on this PC
    QString sha256;    ///< lower-case hex of the media file
    qint64 size = 0;
    MediaKind kind = MediaKind::Image;
    int order = 0;
    MediaFacts facts;               ///< of the main media file
    QList<ItemMedium> extraMedia;   ///< further media: the B of a pair, a reference, …

    /// The extra medium with \a role, or nullptr.
    const ItemMedium *medium(const QString &role) const
    {
        for (const ItemMedium &m : extraMedia)
            if (m.role == role)
                return &m;
        return nullptr;
    }

    bool operator==(const Item &) const = default;
};

struct Annotation
{
    QString id;
    QString taskId;
    QString itemId;
    QString author; ///< profile id: whose layer this is
    AnnotationKind kind = AnnotationKind::Box;
    QString label;
    QJsonObject value;      ///< geometry or answer, shape per kind
    QJsonObject attributes; ///< attribute name → value, as the schema declares
    /// A pre-annotation (a model's output, a client's earlier labels) loaded into this layer
    /// for its person to accept or reject: not their work until they accept it, so exports,
    /// agreement and "done" leave it out (docs/text.md, "Suggestions").
    bool suggested = false;
    bool deleted = false;

    bool operator==(const Annotation &) const = default;
};

struct Submission
{
    QString taskId;
    QString itemId;
    QString annotator;
    SubmissionStatus status = SubmissionStatus::Todo;
    QString reason; ///< why the item was flagged
    qint64 timeSpentMs = 0;
    /// When the status was last set (its field's timestamp, read from the store): a review's
    /// verdict is about the work as it was marked then (decision 0018).
    Hlc statusAt{};

    QString id() const { return submissionId(itemId, annotator); }
    static QString submissionId(const QString &itemId, const QString &annotator)
    {
        return itemId + QLatin1Char('/') + annotator;
    }
};

struct Review
{
    QString taskId;
    QString itemId;
    QString annotator;
    QString reviewer;
    Verdict verdict = Verdict::Accepted;
    QString comment;
    /// The annotation of the annotator's layer the verdict is about (empty: the whole item).
    QString annotationId{};
    /// Where on that annotation: {"frame": N}, {"start": S, "end": E} for a span, {"x", "y",
    /// "w", "h"} for a region; empty when it is about the whole annotation.
    QJsonObject anchor{};
    /// A verdict taken back (undone): the work waits for a verdict again.
    bool deleted = false;
    /// When the verdict was given (its field's timestamp, read from the store).
    Hlc at{};

    QString id() const { return itemId + QLatin1Char('/') + annotator; }
};

/// An item the team lead marked as gold (issue 12, point 5; decision 0021): its reference is
/// the lead's own layer on the item. Never shown to annotators; their PCs never receive it.
struct GoldMark
{
    QString taskId;
    QString itemId;
    QString reference; ///< profile id of the team lead whose layer is the reference
    bool deleted = false; ///< unmarked
    Hlc at{};             ///< when it was marked (the reference field's timestamp)
};

} // namespace annostraat
