// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the task package reader (bundle/packagereader.h), the part that reads
// ZIP files from the lab's shared folder: any bytes must be accepted as a package or refused
// with a message that starts with the package's path, never crash, hang, leak or write a file
// outside its own folder. The input is written to fuzz.zip in a temporary folder and read by
// readPackage(), which checks the ZIP structure, entry names, the manifest, sizes and the
// SHA-256 of every entry (so a changed byte of a hashed entry stops at its hash: the seeds
// include a package with stored, uncompressed entries so that mutations reach the manifest
// and the ZIP directory rather than only the deflate streams).
//
//   tests/fuzz/run.sh 60 package     (on a copy of the corpus, in build-fuzz/fuzz-work/)
//
// Keep every input that crashed it in tests/fuzz/corpus/package/: bundle_tests replays them.

#include "bundle/packagereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace annostraat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.zip"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    auto read = readPackage(path);
    if (!read.ok() && !read.error().message().startsWith(QDir::toNativeSeparators(path)) &&
        read.error().file() != path)
        std::abort();
    // Reading never writes: the folder holds the input and nothing else.
    if (QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() !=
        1)
        std::abort();
    return 0;
}
