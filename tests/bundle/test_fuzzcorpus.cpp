// SPDX-License-Identifier: GPL-3.0-or-later
// Every input kept under tests/fuzz/corpus/package/ (the seeds, and each input that ever
// crashed fuzz_package) is read as a package in the ordinary test suite, on every compiler:
// accepted when its name starts with valid-, else refused with a message naming the file,
// and in neither case is a file written beside it.
#include "bundle/packagereader.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

TEST_CASE("bundle: every kept fuzz input is read or refused with the package named",
          "[bundle][fuzz][badinput]")
{
    const QString folder = QStringLiteral(ANNOSTRAAT_FUZZ_CORPUS) + QStringLiteral("/package");
    REQUIRE(QDir(folder).exists());
    int inputs = 0, valid = 0;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        const QString kept = it.next();
        INFO(kept.toStdString());
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("package.zip"));
        REQUIRE(QFile::copy(kept, input));
        auto read = readPackage(input);
        if (QFileInfo(kept).fileName().startsWith(QLatin1String("valid-"))) {
            INFO((read.ok() ? QString() : read.error().message()).toStdString());
            CHECK(read.ok());
            if (read.ok()) {
                CHECK(read->items.size() == 2);
                ++valid;
            }
        } else {
            REQUIRE_FALSE(read.ok());
            INFO(read.error().message().toStdString());
            CHECK((read.error().file() == input ||
                   read.error().message().startsWith(QDir::toNativeSeparators(input))));
        }
        CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() == 1);
        ++inputs;
    }
    CHECK(valid >= 2);
    CHECK(inputs >= 4);
}
