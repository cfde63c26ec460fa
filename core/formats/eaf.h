// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "eaf": ELAN's annotation format 3.0 (docs/formats.md). A time-aligned annotation is a
// segment: its value is the label, its tier's ANNOTATOR (else PARTICIPANT, else TIER_ID) names
// whose layer it is; time slots are milliseconds, converted with Timecode::msToFrame and
// frameToMs so that an export imports to the same frames. Reference annotations (symbolic
// associations, no times of their own) are skipped and counted. The export writes a tier per
// person and label (ELAN lets no two annotations of a tier overlap) and validates against MPI's
// EAFv3.0.xsd.

#include "format.h"

#include <QByteArray>

namespace annostraat {

Format eafFormat();

struct EafAnnotation
{
    QString id;
    QString value;
    qint64 startMs = -1; ///< -1: an unaligned time slot
    qint64 endMs = -1;
    qint64 line = 0;
};

struct EafTier
{
    QString id;
    QString participant;
    QString annotator;
    QString parent;
    QList<EafAnnotation> annotations; ///< the time-aligned ones, in file order
    int refAnnotations = 0;           ///< reference annotations, skipped
    qint64 line = 0;
};

struct EafFile
{
    QString mediaUrl; ///< the first MEDIA_DESCRIPTOR's MEDIA_URL
    QList<EafTier> tiers;
};

/// The tiers and annotations of EAF \a bytes. Not XML or cut short, not an
/// ANNOTATION_DOCUMENT, a time unit other than milliseconds, an annotation referring to a time
/// slot that is not there: an error naming \a file and the line.
Result<EafFile> parseEaf(const QByteArray &bytes, const QString &file);

} // namespace annostraat
