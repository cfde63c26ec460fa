// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Unpacking a ZIP archive in a benchmark: the formats that export a folder as a ZIP (brat,
// YOLO, …) import from the files in it. Only for the benchmarks that link libzip.

#include "benchutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace annostraat::bench {

/// Unpacks the ZIP archive \a zipPath into \a folder, or ends the benchmark with a message.
inline void unzip(const QString &zipPath, const QString &folder)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!zip)
        die(QStringLiteral("%1: cannot open the archive").arg(zipPath));
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
        zip_stat_t st;
        zip_file_t *file = zip_stat_index(zip, zip_uint64_t(i), 0, &st) == 0
                                   ? zip_fopen_index(zip, zip_uint64_t(i), 0)
                                   : nullptr;
        if (!file)
            die(QStringLiteral("%1: cannot read entry %2").arg(zipPath).arg(i));
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        const bool read = zip_fread(file, data.data(), st.size) == zip_int64_t(st.size);
        zip_fclose(file);
        const QString target = QDir(folder).filePath(QString::fromUtf8(st.name));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile f(target);
        if (!read || !f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            die(QStringLiteral("%1: cannot unpack %2").arg(zipPath, QString::fromUtf8(st.name)));
    }
    zip_close(zip);
}

} // namespace annostraat::bench
