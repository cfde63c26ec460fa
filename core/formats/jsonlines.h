// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "jsonl": the whole state of one task as JSON Lines (docs/formats.md): a header line, then
// one JSON object per profile, the task, each item (with its media), annotation (every
// person's layer), submission and review. It carries materialised entities, not ops: clients
// read it without knowing our op log, and importing it into a fresh store gives the same
// task, items, profiles, annotations (ids and authors kept), submissions and reviews.

#include "format.h"

namespace annostraat {

/// The value of the header's "format" field.
inline constexpr char kJsonLinesFormatName[] = "annostraat-jsonl";
/// The version this program writes and reads.
inline constexpr int kJsonLinesVersion = 1;
/// The longest line an import reads (16 MiB); a longer one is refused, not buffered.
inline constexpr qint64 kJsonLinesMaxLine = qint64(16) << 20;

Format jsonLinesFormat();

Result<ExportSummary> exportJsonLines(const Store &store, const QString &taskId, QIODevice &out,
                                      const FormatProgress &progress);
/// Checks every line first (JSON, fields and types, references between lines, ids already in
/// \a store), then writes all of it in one transaction; on any problem \a store is unchanged
/// and the error names \a fileName, the line and the problem.
Result<ImportSummary> importJsonLines(Store &store, QIODevice &in, const QString &fileName,
                                      const ImportOptions &options, const FormatProgress &progress);

} // namespace annostraat
