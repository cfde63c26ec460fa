// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real annostraat-cli executable (exit codes, stdout and stderr as a script sees
// them) against a store in a fresh temporary folder.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace annostraat::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const;
    QStringList errLines() const;
    /// stdout parsed as one JSON object; fails the test when it is not one.
    QJsonObject json() const;
};

class CliTestBed
{
public:
    CliTestBed();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString storePath() const { return path(QStringLiteral("store.sqlite")); }

    /// Runs the CLI with "--store <storePath()>" in front of \a args.
    CliResult run(const QStringList &args) const;
    /// Runs the CLI with exactly \a args.
    static CliResult runRaw(const QStringList &args);
    /// Runs the CLI with "--store <store>" in front of \a args (another PC's store).
    static CliResult runWith(const QString &store, const QStringList &args);
    /// Runs \a args, requires exit code 0 and returns the first line of stdout.
    QString runOk(const QStringList &args) const;

    /// A schema with a box label (attribute "schade"), a crack label and one question.
    QString writeSchema(const QString &name = QStringLiteral("schema.json")) const;
    /// A folder with three PNGs, a .txt text and a file that is no media ("notes.md").
    QString writeMediaFolder(const QString &name = QStringLiteral("media")) const;

    /// A folder with \a count small PNG photos, each different.
    QString writePhotos(const QString &name, int count) const;

    QTemporaryDir &dir() { return m_dir; }

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);
/// Whether \a path has the shape of an id the store gives (a UUID without braces).
bool looksLikeId(const QString &text);

} // namespace annostraat::test
