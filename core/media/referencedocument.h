// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A text item's reference document (docs/text.md, "The reference beside the text"): the source
// data a text was written from, shown beside it. It is an item's extra medium with role
// "reference" (ItemMedium), read here into a plain value: a table (header and rows of strings)
// from CSV or JSON, or a second text. Nothing here knows a model or a widget.
//
// CSV: RFC 4180 (fields in double quotes may hold the separator, line breaks and "" for a
// quote), the separator "," or ";" taken from the first line (the one found more often outside
// quotes), UTF-8 with or without a byte order mark, LF or CR LF. The first line is the header;
// every line must have as many cells as the header.
//
// JSON (docs/decisions/0011-reference-documents.md):
//  - an array of objects: one row per object; the columns are the keys in the order they first
//    appear, a key a row lacks is an empty cell;
//  - an object of arrays: one column per key (all arrays of the same length);
//  - an object of objects: one row per key, the key in a first column without a name, then
//    the inner objects' keys as for an array of objects.
// Cells: a string as it is, a number as JSON writes it, true/false, null as empty, an array or
// object as compact JSON.

#include "util/message.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace annostraat {

struct ReferenceDocument
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::ReferenceDocument)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::ReferenceDocument)

public:
    /// The role of the extra medium that holds an item's reference document.
    static QString role() { return QStringLiteral("reference"); }
    /// Files larger than this are refused rather than read whole.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    /// Tables with more cells than this are refused (a view of millions of cells helps nobody).
    static constexpr qint64 kMaxCells = 500'000;

    enum class Kind { Table, Text };
    Kind kind = Kind::Table;
    QStringList header;       ///< Table: the column names
    QList<QStringList> rows;  ///< Table: each as many cells as the header
    QString text;             ///< Text: the whole text

    /// Reads \a path by its name: NAME.csv, NAME.json or NAME.txt (any other is refused).
    /// Errors name the file and, where it applies, the line.
    static Result<ReferenceDocument> read(const QString &path);
    /// \a file only names the source in errors.
    static Result<ReferenceDocument> parseCsv(const QByteArray &bytes, const QString &file);
    static Result<ReferenceDocument> parseJson(const QByteArray &bytes, const QString &file);
    static Result<ReferenceDocument> parseText(const QByteArray &bytes, const QString &file);

    /// For a task folder: when \a fileName is "NAME.ref.csv", "NAME.ref.json" or
    /// "NAME.ref.txt" (any case), "NAME.txt", the text it belongs to; empty otherwise.
    static QString textFileFor(const QString &fileName);
};

} // namespace annostraat
