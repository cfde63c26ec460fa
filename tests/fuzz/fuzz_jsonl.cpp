// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the JSON Lines importer (formats/jsonlines.h): any bytes must be
// imported or refused with a message, never crash, hang or leak. One store per process, in a
// temporary folder; an input that imports leaves its task there, so the same input then
// takes the "already in this store" path, which is fine for finding crashes.
//
//   tests/fuzz/run.sh 60 jsonl    (on a copy of the corpus, in build-fuzz/fuzz-work/)
//
// Keep every input that crashed it in tests/fuzz/corpus/jsonl/: formats_tests replays them.

#include "formats/jsonlines.h"
#include "store/store.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace annostraat;

namespace {

Store &fuzzStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store = [] {
        auto opened = Store::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            std::abort();
        return std::move(opened).value();
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto imported = importJsonLines(fuzzStore(), buffer, QStringLiteral("fuzz.jsonl"),
                                    {QString(), QStringLiteral("fuzz")}, {});
    // A refusal must say where: the file and a line.
    if (!imported.ok() && imported.error().file().isEmpty() &&
        !imported.error().message().startsWith(QStringLiteral("fuzz.jsonl")))
        std::abort();
    return 0;
}
