// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the text span formats (CoNLL IOB2, doccano JSONL, Label Studio, brat) share, as
// imagedataset.h is for the image formats. A format's own file only parses its files into a
// TextDataset (documents, each with its text and its spans in code points, each with the
// place it was read from) or writes a TextExport; everything else is done once here:
//
// - importTextDataset() checks every span (inside its text, covering the text it says it
//   covers, a label), then either creates a task of text items from the documents (their
//   texts written as UTF-8 files under "<store folder>/imported/<task id>/" before the
//   transaction, and removed again when the import fails) or matches the documents to the
//   text items of an existing task (by file name, else by the SHA-256 of the text, else, for
//   documents rebuilt from tokens, by finding the tokens in the item's text in order); then it
//   writes everything in one transaction. Every annotation it writes is made by
//   spanAnnotationChange(), the one place that turns an imported span into an op.
// - collectTextExport() reads a task's text items, their texts and the spans that
//   exportedAnnotations() chooses (every layer, one person, reviewed, consensus), each checked
//   against its text.

#include "format.h"
#include "imagedataset.h"
#include "model/codepointtext.h"
#include "model/entities.h"
#include "store/op.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

namespace annostraat {

struct TextSpan
{
    qint64 start = 0; ///< code points, end exclusive
    qint64 end = 0;
    QString label;
    /// The text the file says the span covers (brat, Label Studio); checked against the
    /// document. Empty: the file does not say.
    QString text;
    bool hasText = false;
    /// Whose layer (a profile id) when the format has layers (Label Studio's "ls-<user>");
    /// empty: ImportOptions::layer, else the author's.
    QString layer;
    DatasetPlace place;
};

/// A token of a document rebuilt from tokens (CoNLL): its text and where it is (code points).
struct TextToken
{
    QString text;
    qint64 start = 0;
    qint64 end = 0;
};

struct TextDocument
{
    QString name; ///< a file name for the new item ("cv-12.txt"); matched against items
    QString text;
    QList<TextSpan> spans;
    /// Non-empty when the text was rebuilt from these tokens (CoNLL): then the document also
    /// matches an existing item whose text holds the same tokens in order, and its spans are
    /// moved onto the item's text token by token.
    QList<TextToken> tokens;
    DatasetPlace place;
};

struct TextDataset
{
    QString name;       ///< the new task's name
    QStringList labels; ///< declared labels in order (more may be used)
    QList<TextDocument> documents;
    QMap<QString, int> notes; ///< what could not be carried, counted into ImportSummary::counts
};

/// Checks \a dataset whole and writes it in one transaction (see the note above); on any
/// problem nothing is written and the error names the file, the line or entry, the problem.
Result<ImportSummary> importTextDataset(Store &store, TextDataset dataset,
                                        const ImportOptions &options,
                                        const FormatProgress &progress);

/// The change that writes one imported span: into \a layer of item \a itemId, its value made
/// by SpanKind::makeValue from \a text (which holds the span), authored by \a author; a
/// suggestion for the layer's person to accept when \a suggested (ImportOptions::suggestions).
Change spanAnnotationChange(const Task &task, const QString &itemId, const QString &layer,
                            const QString &label, const CodePointText &text, qint64 start,
                            qint64 end, const QString &author, bool suggested);

struct ExportedSpan
{
    qint64 start = 0; ///< code points
    qint64 end = 0;
    QString label;
    QString layer; ///< profile id
};

struct ExportedText
{
    Item item;
    QString stem; ///< unique within the export: the file name without its extension
    CodePointText text;
    QList<ExportedSpan> spans; ///< by start, then end, then label
};

struct TextExport
{
    Task task;
    QStringList labels; ///< the task's span labels in schema order, then any other used
    QStringList layers; ///< profile ids of the layers exported, sorted
    QList<ExportedText> documents;
    int spanCount = 0;
    QMap<QString, int> notes; ///< what was left out ("span-not-on-text")
};

/// The task's text items with their texts (UTF-8 files) and live spans (every layer, or
/// options.layer's only). A span that no longer fits its text is left out and counted.
Result<TextExport> collectTextExport(const Store &store, const QString &taskId,
                                     const ExportOptions &options);

/// The counts of an export summary: "item", "span" and the notes.
ExportSummary textExportSummary(const TextExport &data);

/// \a bytes as UTF-8 (a byte order mark dropped); invalid UTF-8 is an error naming \a file
/// and the line of the first bad byte.
Result<QString> decodeUtf8(const QByteArray &bytes, const QString &file);

/// Reads a text file of at most \a maxBytes whole.
Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes);

/// The tokens of \a text (docs/formats.md, "conll"): runs separated by white space, where every
/// punctuation mark or symbol is a token of its own, except . , - ' ’ between two letters or
/// digits ("3.99", "SWOT-analyse", "d'r"). Works on grapheme clusters, so "e" + U+0301 and a
/// ZWJ emoji sequence stay whole.
QList<TextToken> tokenize(const CodePointText &text);

/// Where \a tokens lie in \a text when it holds them in order, separated by nothing but white
/// space; nullopt otherwise.
std::optional<QList<std::pair<qint64, qint64>>> alignTokens(const CodePointText &text,
                                                            const QList<TextToken> &tokens);

/// The description every text span format shares: version 1, text tasks, spans, into a new or
/// an existing task. \a name and \a summary are untranslated (QT_TRANSLATE_NOOP).
Format textDatasetFormat(QString id, const char *name, const char *summary, QString extension,
                         ExportFunction exporter, ImportFunction importer);

} // namespace annostraat
