// SPDX-License-Identifier: GPL-3.0-or-later
// Every input kept under tests/fuzz/corpus/<importer>/ (the seeds, and each input that ever
// crashed a fuzz target) runs through its importer in the ordinary test suite, so a fixed
// crash stays fixed on every compiler, not only in clang's fuzz build.

#include "formats/registry.h"
#include "fuzztask.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

TEST_CASE("formats: every kept fuzz input is imported or refused with a line, never a crash",
          "[formats][fuzz][badinput]")
{
    const QDir corpus(QStringLiteral(ANNOSTRAAT_FUZZ_CORPUS));
    int inputs = 0;
    for (const Format &format : FormatRegistry::builtin().formats()) {
        if (!format.canImport())
            continue;
        // Each importer has its corpus, named after its id.
        const QString folder = corpus.filePath(format.id);
        INFO("corpus " << folder.toStdString());
        REQUIRE(QDir(folder).exists());
        QDirIterator it(folder, QDir::Files);
        while (it.hasNext()) {
            const QString kept = it.next();
            INFO(kept.toStdString());
            // Each input in a folder of its own, with the files of its name beside it (brat's
            // .txt for its .ann), as the fuzz target sees it: importers that read a whole
            // folder (labelme) must not meet the other inputs.
            QTemporaryDir dir;
            const QFileInfo keptInfo(kept);
            const QString input = dir.filePath(keptInfo.fileName());
            REQUIRE(QFile::copy(kept, input));
            for (const QFileInfo &sibling : QDir(folder).entryInfoList(
                         {keptInfo.completeBaseName() + QStringLiteral(".*")}, QDir::Files))
                if (sibling.fileName() != keptInfo.fileName())
                    REQUIRE(QFile::copy(sibling.filePath(), dir.filePath(sibling.fileName())));
            auto store = test::openStore(dir.filePath(QStringLiteral("fuzz.sqlite")));
            // Formats that load onto a task get the fuzz targets' task of one video.
            QString taskId;
            if (format.importTarget == ImportTarget::ExistingTask) {
                taskId = fuzz::videoTask(*store, QStringLiteral("fuzz"));
                REQUIRE_FALSE(taskId.isEmpty());
            }
            const qint64 before = store->opCount();
            auto imported = importFromFile(format, *store, input, {taskId, QStringLiteral("fuzz")});
            // Seeds named valid-* are files the importer must take.
            if (QFileInfo(input).fileName().startsWith(QLatin1String("valid-"))) {
                INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
                CHECK(imported.ok());
            }
            if (!imported.ok()) {
                // The file, and the line unless the problem is the file as a whole (line 0).
                INFO(imported.error().message().toStdString());
                // The input, or a file a dataset's descriptor names (obj.data's obj.names,
                // beside it or anywhere: Darknet's often hold absolute paths), as the fuzz
                // target allows.
                CHECK_FALSE(imported.error().file().isEmpty());
                if (!keptInfo.fileName().endsWith(QLatin1String(".data")))
                    CHECK((imported.error().file() == input ||
                           imported.error().file().startsWith(dir.path() + QLatin1Char('/'))));
                CHECK(imported.error().line() >= 0);
                CHECK(store->opCount() == before);
            }
            ++inputs;
        }
    }
    CHECK(inputs > 0);
}
