// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The formats the program knows, by id, and the two entry points the CLI and the GUI use:
// exportToFile() and importFromFile(). They do what every format needs (find the task, open
// and close the file, write it whole or not at all, bound the input's size) so that a
// format's own file only turns store data into bytes and back.

#include "format.h"

#include <QList>

#include <optional>

namespace annostraat {

class FormatRegistry
{
public:
    /// The formats built into this program (registry.cpp lists them, one line each).
    static const FormatRegistry &builtin();

    /// Adds \a format; an id that is already registered, or an invalid one, is refused.
    Result<void> add(Format format);
    const QList<Format> &formats() const { return m_formats; }
    /// The format with id \a id (case-insensitive), or nullptr.
    const Format *find(const QString &id) const;
    /// "csv-answers, jsonl" for messages: the ids of the formats that can export (or import).
    QString exportIds() const;
    QString importIds() const;

private:
    QList<Format> m_formats;
};

/// What to do when the output file exists already.
enum class ExistingFile { Refuse, Replace };

/// Exports task \a taskId to \a path in \a format. The file appears complete or not at all
/// (written under a temporary name beside it, then renamed); on failure nothing is left.
Result<ExportSummary> exportToFile(const Format &format, const Store &store, const QString &taskId,
                                   const QString &path,
                                   ExistingFile existing = ExistingFile::Refuse,
                                   const FormatProgress &progress = {},
                                   const ExportOptions &options = {});

/// The largest input file importFromFile() reads (2 GiB): every importer checks the whole
/// input before it writes anything, so it all has to fit in memory.
inline constexpr qint64 kMaxImportBytes = qint64(2) << 30;

/// Imports \a path in \a format into \a store: all of it in one transaction, or nothing.
Result<ImportSummary> importFromFile(const Format &format, Store &store, const QString &path,
                                     const ImportOptions &options,
                                     const FormatProgress &progress = {});

} // namespace annostraat
