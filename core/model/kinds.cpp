// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinds.h"

#include <array>
#include <utility>

namespace annostraat {

namespace {

template<typename E, std::size_t N>
using IdTable = std::array<std::pair<E, const char16_t *>, N>;

constexpr IdTable<AnnotationKind, 8> kAnnotationKinds{{
    {AnnotationKind::Box, u"box"},
    {AnnotationKind::Polygon, u"polygon"},
    {AnnotationKind::Crack, u"crack"},
    {AnnotationKind::Marker, u"marker"},
    {AnnotationKind::Segment, u"segment"},
    {AnnotationKind::Span, u"span"},
    {AnnotationKind::Answer, u"answer"},
    {AnnotationKind::Locator, u"locator"},
}};
constexpr IdTable<MediaKind, 5> kMediaKinds{{
    {MediaKind::Image, u"image"},
    {MediaKind::Video, u"video"},
    {MediaKind::Text, u"text"},
    {MediaKind::ImagePair, u"image-pair"},
    {MediaKind::Mixed, u"mixed"},
}};
constexpr IdTable<Role, 3> kRoles{{
    {Role::Annotator, u"annotator"},
    {Role::Reviewer, u"reviewer"},
    {Role::TeamLead, u"teamlead"},
}};
constexpr IdTable<SubmissionStatus, 5> kStatuses{{
    {SubmissionStatus::Todo, u"todo"},
    {SubmissionStatus::InProgress, u"in-progress"},
    {SubmissionStatus::Done, u"done"},
    {SubmissionStatus::Flagged, u"flagged"},
    {SubmissionStatus::Skipped, u"skipped"},
}};
constexpr IdTable<Verdict, 3> kVerdicts{{
    {Verdict::Accepted, u"accepted"},
    {Verdict::Rejected, u"rejected"},
    {Verdict::Corrected, u"corrected"},
}};

template<typename E, std::size_t N>
QString idOf(const IdTable<E, N> &table, E value)
{
    for (const auto &[e, id] : table)
        if (e == value)
            return QString::fromUtf16(id);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromId(const IdTable<E, N> &table, QStringView id)
{
    for (const auto &[e, text] : table)
        if (id == QStringView(text))
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString idList(const IdTable<E, N> &table)
{
    QStringList ids;
    for (const auto &entry : table)
        ids << QString::fromUtf16(entry.second);
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString toId(AnnotationKind kind) { return idOf(kAnnotationKinds, kind); }
QString toId(MediaKind kind) { return idOf(kMediaKinds, kind); }
QString toId(Role role) { return idOf(kRoles, role); }
QString toId(SubmissionStatus status) { return idOf(kStatuses, status); }
QString toId(Verdict verdict) { return idOf(kVerdicts, verdict); }

std::optional<AnnotationKind> annotationKindFromId(QStringView id) { return fromId(kAnnotationKinds, id); }
std::optional<MediaKind> mediaKindFromId(QStringView id) { return fromId(kMediaKinds, id); }
std::optional<Role> roleFromId(QStringView id) { return fromId(kRoles, id); }
std::optional<SubmissionStatus> submissionStatusFromId(QStringView id) { return fromId(kStatuses, id); }
std::optional<Verdict> verdictFromId(QStringView id) { return fromId(kVerdicts, id); }

QList<AnnotationKind> allAnnotationKinds()
{
    QList<AnnotationKind> kinds;
    for (const auto &entry : kAnnotationKinds)
        kinds << entry.first;
    return kinds;
}

QString annotationKindIdList() { return idList(kAnnotationKinds); }
QString roleIdList() { return idList(kRoles); }
QString submissionStatusIdList() { return idList(kStatuses); }

} // namespace annostraat
