// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaynames.h"

namespace annostraat {

QString DisplayNames::status(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Todo:
        return tr("To do");
    case SubmissionStatus::InProgress:
        return tr("In progress");
    case SubmissionStatus::Done:
        return tr("Done");
    case SubmissionStatus::Flagged:
        return tr("Flagged");
    case SubmissionStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString DisplayNames::statusSymbol(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Todo:
        return QStringLiteral("\u25CB"); // ○
    case SubmissionStatus::InProgress:
        return QStringLiteral("\u25D0"); // ◐
    case SubmissionStatus::Done:
        return QStringLiteral("\u2713"); // ✓
    case SubmissionStatus::Flagged:
        return QStringLiteral("\u2691"); // ⚑
    case SubmissionStatus::Skipped:
        return QStringLiteral("\u21B7"); // ↷
    }
    return {};
}

QString DisplayNames::role(Role role)
{
    switch (role) {
    case Role::Annotator:
        return tr("Annotator");
    case Role::Reviewer:
        return tr("Reviewer");
    case Role::TeamLead:
        return tr("Team lead");
    }
    return {};
}

QString DisplayNames::mediaKind(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return tr("Image");
    case MediaKind::Video:
        return tr("Video");
    case MediaKind::Text:
        return tr("Text");
    case MediaKind::ImagePair:
        return tr("Image pair");
    case MediaKind::Mixed:
        return tr("Mixed");
    }
    return {};
}

} // namespace annostraat
