// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one importer of the formats registry, chosen when it is built
// (ANNOSTRAAT_FUZZ_FORMAT, the format's id): any bytes must be imported or refused with a
// message that names the input, and a refusal must leave the store as it was. One store per
// process, in a temporary folder. The input is written to the file fuzz.<suffix> in that
// folder (importName()) and imported through the registry (importFromFile), beside nothing else: a dataset's images and side files are missing, so what
// is fuzzed is the parsing and checking of the file itself, which is where other tools' bytes
// come in. brat alone reads a pair of files: the input up to its first NUL byte is the .txt,
// the rest the .ann. The formats that load onto an existing task (the video time formats) get
// a task of one video (fuzztask.h).
//
//   tests/fuzz/run.sh 60 coco     (on a copy of the corpus, in build-fuzz/fuzz-work/)
//
// Keep every input that crashed it in tests/fuzz/corpus/<id>/: formats_tests replays them.

#include "formats/registry.h"
#include "fuzztask.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace annostraat;

namespace {

struct Fuzzed
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    const Format *format = nullptr;
    QString fileName;
    QString taskId; ///< for ImportTarget::ExistingTask formats
};

Fuzzed &fuzzed()
{
    static Fuzzed f = [] {
        Fuzzed made;
        auto opened = Store::open(made.dir.filePath(QStringLiteral("fuzz.sqlite")));
        made.format = FormatRegistry::builtin().find(QStringLiteral(ANNOSTRAAT_FUZZ_FORMAT));
        if (!opened || !made.format || !made.format->canImport())
            std::abort();
        made.store = std::move(opened).value();
        if (made.format->importTarget == ImportTarget::ExistingTask) {
            made.taskId = fuzz::videoTask(*made.store, QStringLiteral("fuzz"));
            if (made.taskId.isEmpty())
                std::abort();
        }
        return made;
    }();
    return f;
}

/// The file an input is imported from. A format's extension is its export's; the formats
/// that export a ZIP archive import from one file of a dataset instead (docs/formats.md):
/// brat from the .ann of a pair, VOC from an annotation's .xml, labelme from a .json, YOLO
/// from Darknet's obj.data or (when the input looks like YAML) Ultralytics' data.yaml.
/// Fuzzing them as .zip only ever reached "not a file this format reads".
QString importName(const Format &format, const QByteArray &bytes)
{
    QString suffix = format.extension;
    if (format.id == QLatin1String("brat"))
        suffix = QStringLiteral("ann");
    else if (format.id == QLatin1String("voc"))
        suffix = QStringLiteral("xml");
    else if (format.id == QLatin1String("labelme"))
        suffix = QStringLiteral("json");
    else if (format.id == QLatin1String("yolo"))
        suffix = bytes.contains("names:") ? QStringLiteral("yaml") : QStringLiteral("data");
    return QStringLiteral("fuzz.") + suffix;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzzed &f = fuzzed();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QFile::remove(f.fileName); // the last input's file, perhaps under another name
    f.fileName = f.dir.filePath(importName(*f.format, bytes));
    if (f.format->id == QLatin1String("brat")) {
        const qsizetype nul = bytes.indexOf('\0');
        writeFile(f.dir.filePath(QStringLiteral("fuzz.txt")), nul < 0 ? bytes : bytes.left(nul));
        writeFile(f.fileName, nul < 0 ? QByteArray() : bytes.mid(nul + 1));
    } else {
        writeFile(f.fileName, bytes);
    }
    // Through the registry, as the CLI and the GUI import.
    const qint64 before = f.store->opCount();
    auto imported = importFromFile(*f.format, *f.store, f.fileName,
                                   {f.taskId, QStringLiteral("fuzz")});
    if (!imported.ok()) {
        // A refusal names a file and changes nothing. The file is the input, one beside it,
        // or one the input names: a dataset's descriptor may point anywhere (Darknet's
        // obj.data often holds absolute paths), and its problem is that file's.
        if (imported.error().file().isEmpty())
            std::abort();
        if (f.store->opCount() != before)
            std::abort();
    }
    return 0;
}
