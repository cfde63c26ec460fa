// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an annotation kind *is*, in one place per kind (STYLE 12, docs/decisions/0004):
// its id and name, the shape of its value and the checks on it (geometry included), how a
// value is fitted to the media, a one-line summary for lists, its extent on the media and
// its agreement metric. Each kind is one AnnotationKindInfo subclass in a file of its own
// (boxkind.h, polygonkind.h, …); AnnotationKinds (annotationkinds.h) finds them by
// AnnotationKind or by id. Code outside this folder asks the kind, never switches over it:
// a new kind adds files here, not a `case` elsewhere.
//
// The store validates every annotation value through validate(), on every write path (local
// edits, the CLI, merged ops, imported packages), so a bad value never reaches the tables.

#include "model/kinds.h"
#include "util/result.h"

#include <QJsonObject>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace annostraat {

/// Which annotation a value belongs to, so a message can name it. Both may be empty (a shape
/// being drawn has no id yet); the message then names only the kind.
struct ValueContext
{
    QString annotationId;
    QString label;
};

/// The extent of the media a value lies on. What is unknown stays empty or negative, and
/// fitToBounds() leaves the matching part of a value alone.
struct MediaBounds
{
    QSizeF imageSize;       ///< pixels
    qint64 frameCount = -1; ///< frames of a video
    qint64 codePoints = -1; ///< length of a text in Unicode code points
};

/// The space a kind's values live in: pixels of an image, frames of a video, code points of
/// a text, or none (an answer to a form question).
enum class KindSurface { Pixels, Frames, CodePoints, None };

/// How a kind on an image is drawn and edited, so tools handle shapes without knowing the
/// kind: a rectangle with eight handles, a closed outline or an open line of vertices.
enum class ImageShape { None, Rect, ClosedOutline, OpenPolyline };

/// Tolerances of the agreement metrics.
struct AgreementOptions
{
    double tolerancePx = 5; ///< cracks: how far apart two lines may lie and still agree
    qint64 toleranceFrames = 0;
};

class AnnotationKindInfo
{
public:
    virtual ~AnnotationKindInfo() = default;

    virtual AnnotationKind kind() const = 0;
    /// The stable id used in JSON, the store and on the command line ("box"); never translated.
    QString id() const { return toId(kind()); }
    /// The name in the user's language, made when called ("Box", "Kader").
    virtual QString displayName() const = 0;
    virtual KindSurface surface() const = 0;
    virtual ImageShape imageShape() const { return ImageShape::None; }
    /// Fewest vertices a shape of this kind keeps (outlines and lines); 0 for other kinds.
    virtual int minimumPoints() const { return 0; }
    /// Whether the annotation's label is a form question's id rather than a schema label.
    virtual bool answersQuestion() const { return false; }

    /// Whether \a value is a valid value of this kind: shape, types, ranges and geometry.
    /// The error names the annotation (from \a context) and the problem.
    virtual Result<void> validate(const QJsonObject &value,
                                  const ValueContext &context = {}) const = 0;
    /// \a value moved or cut to lie within \a bounds (clamped to the image for shapes on
    /// images). The result may still be invalid (a box entirely outside the image keeps no
    /// area): validate() tells. Values this kind cannot read come back unchanged.
    virtual QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
    {
        Q_UNUSED(bounds);
        return value;
    }
    /// One line for lists, in the user's language ("30 × 40 px at (10, 20)").
    virtual QString summary(const QJsonObject &value) const = 0;
    /// The rectangle a value covers on the image, for kinds that lie on one.
    virtual std::optional<QRectF> bounds(const QJsonObject &value) const
    {
        Q_UNUSED(value);
        return std::nullopt;
    }
    /// How well two values of this kind agree, from 0 (not at all) to 1 (the same), or
    /// nullopt when the kind has no pairwise metric (yet). Never fails: values that cannot
    /// be measured agree 0 (see quality/geometry.h).
    virtual std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                            const AgreementOptions &options = {}) const
    {
        Q_UNUSED(a);
        Q_UNUSED(b);
        Q_UNUSED(options);
        return std::nullopt;
    }

protected:
    AnnotationKindInfo() = default;
    /// The error for \a problem in a value of this kind: "annotation <id> (<kind> "<label>"):
    /// <problem>", or "<kind>: <problem>" when the context names no annotation.
    Error invalid(const ValueContext &context, const Message &problem) const;
    /// \a result with the annotation named in front of its message; ok stays ok.
    Result<void> named(const ValueContext &context, const Result<void> &result) const;
};

} // namespace annostraat
