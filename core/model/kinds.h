// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace annostraat {

/// What an annotation is; each kind has its own value shape (see docs/schema-format.md).
enum class AnnotationKind { Box, Polygon, Crack, Marker, Segment, Span, Answer, Locator };
enum class MediaKind { Image, Video, Text, ImagePair, Mixed };
enum class Role { Annotator, Reviewer, TeamLead };
enum class SubmissionStatus { Todo, InProgress, Done, Flagged, Skipped };
enum class Verdict { Accepted, Rejected, Corrected };

// Stable ids used in JSON, in the store and on the command line; never translated.
QString toId(AnnotationKind kind);
QString toId(MediaKind kind);
QString toId(Role role);
QString toId(SubmissionStatus status);
QString toId(Verdict verdict);

std::optional<AnnotationKind> annotationKindFromId(QStringView id);
std::optional<MediaKind> mediaKindFromId(QStringView id);
std::optional<Role> roleFromId(QStringView id);
std::optional<SubmissionStatus> submissionStatusFromId(QStringView id);
std::optional<Verdict> verdictFromId(QStringView id);

QList<AnnotationKind> allAnnotationKinds();
/// "box, polygon, …" for error messages.
QString annotationKindIdList();
QString roleIdList();
QString submissionStatusIdList();

} // namespace annostraat
