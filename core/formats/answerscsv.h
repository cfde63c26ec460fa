// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "csv-answers": the answers to a task's questions as CSV (RFC 4180, UTF-8, CRLF), one row per
// item and annotator, one column per question (docs/formats.md). Export only.

#include "format.h"

namespace annostraat {

Format answersCsvFormat();

Result<ExportSummary> exportAnswersCsv(const Store &store, const QString &taskId, QIODevice &out,
                                       const FormatProgress &progress);

/// \a text as one CSV field: quoted when it holds a comma, a quote, a line break or
/// leading or trailing spaces, with quotes doubled.
QString csvField(const QString &text);

} // namespace annostraat
