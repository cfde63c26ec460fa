// SPDX-License-Identifier: GPL-3.0-or-later
// ImportOptions::dryRun, the import dialog's "what will happen": for an image dataset (new
// and existing task), a text dataset and our own JSON Lines, a dry run reports the counts the
// real import then reports, and leaves the store (every entity, every op) and the store's
// folder as they were; a dry run of bad input is refused with the same message as the import.

#include "formats/registry.h"
#include "imagetestutil.h"
#include "labfixture.h"
#include "statedump.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::fixture;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

const Format &format(const char *id)
{
    const Format *f = FormatRegistry::builtin().find(str(id));
    REQUIRE(f);
    return *f;
}

/// Every file and folder under \a folder, files with their size: what a dry run must not
/// change.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        // SQLite's journal and WAL files come and go and grow with reads too.
        if (path.endsWith(str("-journal")) || path.endsWith(str("-wal")) ||
            path.endsWith(str("-shm")))
            continue;
        files << (info.isDir() ? path + str("/") : path + str(" ") + QString::number(info.size()));
    }
    files.sort();
    return files;
}

ImportOptions dry(ImportOptions options)
{
    options.dryRun = true;
    return options;
}

/// A dry run of \a path, then the real import: the same summary, and before the real one
/// the store holds exactly what it held.
ImportSummary dryThenReal(const Format &f, Store &store, const QString &path,
                          const ImportOptions &options)
{
    const QString folder = QFileInfo(store.path()).absolutePath();
    const QString entities = test::dumpEntities(store.path());
    const qint64 ops = store.opCount();
    const QStringList files = filesUnder(folder);

    auto preview = importFromFile(f, store, path, dry(options));
    INFO((preview.ok() ? QString() : preview.error().message()).toStdString());
    REQUIRE(preview.ok());
    CHECK(store.opCount() == ops);
    CHECK(test::dumpEntities(store.path()) == entities);
    CHECK(filesUnder(folder) == files);

    const ImportSummary real = test::importOk(f, store, path, options);
    CHECK(store.opCount() > ops);
    CHECK(preview->counts == real.counts);
    CHECK(preview->taskName == real.taskName);
    return real;
}

} // namespace

TEST_CASE("import dry run: a COCO dataset as a new task, then onto that task, counts what the "
          "import writes and writes nothing",
          "[formats][dryrun]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString val = fixture(str("datumaro/coco_instances/annotations/instances_val.json"));
    const ImportSummary created = dryThenReal(format("coco"), *store, val, {{}, str("lead")});
    CHECK(created.counts.value(str("item")) == 1);
    CHECK(created.counts.value(str("annotation")) == 2);

    // Onto the task just made, as another person's layer, as suggestions.
    ImportOptions onto{created.taskId, str("lead"), str("anna")};
    onto.suggestions = true;
    const ImportSummary loaded = dryThenReal(format("coco"), *store, val, onto);
    CHECK(loaded.counts.value(str("annotation")) == 2);
    CHECK(loaded.counts.value(str("profile")) == 1);
    CHECK(loaded.counts.value(str("item")) == 0);
}

TEST_CASE("import dry run: brat's Dutch documents as a new task leave no text files behind",
          "[formats][dryrun]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString ann = fixture(str("brat-conll2002-ned/example-data/corpora/CoNLL-ST_2002/ned/"
                                    "ned.train-doc-123.ann"));
    const ImportSummary s = dryThenReal(format("brat"), *store, ann, {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 10);
    CHECK(s.counts.value(str("annotation")) == 276);
    // The real import wrote the texts beside the store.
    CHECK(QDir(dir.filePath(str("imported/")) + s.taskId).entryList(QDir::Files).size() == 10);
}

TEST_CASE("import dry run: a JSON Lines dump into a fresh store", "[formats][dryrun][jsonl]")
{
    test::FormatLab lab;
    const QString dump = lab.path(str("lab.jsonl"));
    auto written = exportToFile(format("jsonl"), *lab.store, lab.task.id, dump);
    REQUIRE(written.ok());

    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("pc.sqlite")));
    const ImportSummary s = dryThenReal(format("jsonl"), *store, dump, {{}, str("lead")});
    CHECK(s.counts.value(str("item")) == 3);
    CHECK(s.counts.value(str("annotation")) > 0);
}

TEST_CASE("import dry run: bad input is refused with the import's own message",
          "[formats][dryrun][badinput]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString bad =
            QStringLiteral(ANNOSTRAAT_FUZZ_CORPUS) + str("/coco/polygon-two-points.json");
    const qint64 ops = store->opCount();
    auto preview = importFromFile(format("coco"), *store, bad, dry({{}, str("lead")}));
    auto real = importFromFile(format("coco"), *store, bad, {{}, str("lead")});
    REQUIRE_FALSE(preview.ok());
    REQUIRE_FALSE(real.ok());
    CHECK(preview.error().message() == real.error().message());
    CHECK(preview.error().file() == bad);
    CHECK(store->opCount() == ops);
}
