// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestbed.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace annostraat::test {

namespace {
QStringList lines(const QString &text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}
} // namespace

QStringList CliResult::outLines() const
{
    return lines(out);
}

QStringList CliResult::errLines() const
{
    return lines(err);
}

QJsonObject CliResult::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO("stdout: " << out.toStdString());
    INFO("JSON error: " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

CliTestBed::CliTestBed()
{
    REQUIRE(m_dir.isValid());
}

CliResult CliTestBed::run(const QStringList &args) const
{
    return runRaw(QStringList{QStringLiteral("--store"), storePath()} + args);
}

CliResult CliTestBed::runRaw(const QStringList &args)
{
    QProcess process;
    // English messages whatever the machine's language, and nothing from the user's home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    // Caches (the video index) in a folder of the tests, not the user's.
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir::tempPath() + QStringLiteral("/annostraat-cli-tests-cache"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNOSTRAAT_CLI), args);
    REQUIRE(process.waitForStarted(10000));
    // Generous: an ASan build on a loaded two-core machine once needed over a minute; a hang
    // still fails here.
    REQUIRE(process.waitForFinished(180000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliResult result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliTestBed::runWith(const QString &store, const QStringList &args)
{
    return runRaw(QStringList{QStringLiteral("--store"), store} + args);
}

QString CliTestBed::runOk(const QStringList &args) const
{
    const CliResult r = run(args);
    INFO("annostraat-cli " << args.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.outLines().value(0);
}

QString CliTestBed::writeSchema(const QString &name) const
{
    const QString file = path(name);
    writeFile(file, R"({
      "format": 1,
      "labels": [
        {"name": "Buffer", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box", "polygon"],
         "attributes": [{"name": "schade", "type": "int", "min": 0, "max": 5, "default": 0}]},
        {"name": "Scheur", "colour": "#d62728", "hotkey": "2", "kinds": ["crack"]}
      ],
      "questions": [
        {"id": "kwaliteit", "text": "Hoe goed is de foto?", "type": "rating", "min": 1, "max": 5}
      ]
    })");
    return file;
}

QString CliTestBed::writeMediaFolder(const QString &name) const
{
    const QString folder = path(name);
    REQUIRE(QDir().mkpath(folder));
    for (int i = 0; i < 3; ++i) {
        QImage image(16 + i, 12, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 100, 200, 200));
        REQUIRE(image.save(QDir(folder).filePath(QStringLiteral("img%1.png").arg(i)), "PNG"));
    }
    writeFile(QDir(folder).filePath(QStringLiteral("verslag.txt")), "Een kort verslag.\n");
    writeFile(QDir(folder).filePath(QStringLiteral("notes.md")), "# Not media\n");
    return folder;
}

QString CliTestBed::writePhotos(const QString &name, int count) const
{
    const QString folder = path(name);
    REQUIRE(QDir().mkpath(folder));
    for (int i = 0; i < count; ++i) {
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 180, 200));
        image.setPixel(i % 24, (i / 24) % 16, qRgb(0, 0, 0)); // distinct even when hues repeat
        REQUIRE(image.save(QDir(folder).filePath(
                                   QStringLiteral("dijk-%1.png").arg(i, 3, 10, QLatin1Char('0'))),
                           "PNG"));
    }
    return folder;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

bool looksLikeId(const QString &text)
{
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace annostraat::test
