// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one text span importer (formats/textdataset.h), built once per format
// with ANNOSTRAAT_FUZZ_FORMAT its id: conll, doccano, labelstudio-text, brat. Any bytes must be
// imported or refused with a message naming a file, never crash, hang or leak. brat reads a
// folder: the input up to its first NUL byte is the .txt, the rest the .ann.
//
//   build-fuzz/bin/fuzz_conll tests/fuzz/corpus/conll -max_total_time=60
//
// Keep every input that crashed it in tests/fuzz/corpus/<id>/: formats_tests replays them.

#include "formats/registry.h"
#include "store/store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace annostraat;

namespace {

QTemporaryDir &fuzzDir()
{
    static QTemporaryDir dir;
    return dir;
}

Store &fuzzStore()
{
    static std::unique_ptr<Store> store = [] {
        auto opened = Store::open(fuzzDir().filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            std::abort();
        return std::move(opened).value();
    }();
    return *store;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString id = QStringLiteral(ANNOSTRAAT_FUZZ_FORMAT);
    const Format *format = FormatRegistry::builtin().find(id);
    if (!format)
        std::abort();
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString name = QStringLiteral("fuzz.") + format->extension;
    QBuffer buffer(&bytes);
    if (id == QLatin1String("brat")) {
        const QString folder = fuzzDir().filePath(QStringLiteral("brat"));
        QDir().mkpath(folder);
        const qsizetype nul = bytes.indexOf('\0');
        writeFile(folder + QStringLiteral("/fuzz.txt"), nul < 0 ? bytes : bytes.left(nul));
        writeFile(folder + QStringLiteral("/fuzz.ann"), nul < 0 ? QByteArray() : bytes.mid(nul + 1));
        name = folder + QStringLiteral("/fuzz.ann");
    }
    buffer.open(QIODevice::ReadOnly);
    auto imported = format->importer(fuzzStore(), buffer, name, {QString(), QStringLiteral("fuzz")}, {});
    // A refusal must say where: a file.
    if (!imported.ok() && imported.error().file().isEmpty())
        std::abort();
    return 0;
}
