// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/bundle: a thin RAII layer over libzip, so that every early return closes
// (or discards) the archive and every read of an entry is bounded. Package semantics and
// user-facing messages live in packagereader.cpp and packagewriter.cpp, not here.

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

#include <zip.h>

namespace annostraat {

class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens \a path read-only; returns ZIP_ER_OK or libzip's error code (text in \a errorText).
    /// \a checkConsistency adds libzip's ZIP_CHECKCONS (local headers must agree with the
    /// central directory, names must be unique).
    int openRead(const QString &path, bool checkConsistency, QString *errorText);
    /// Creates a new archive at \a path, which must not exist yet.
    bool create(const QString &path, QString *errorText);

    zip_t *handle() const { return m_zip; }
    qint64 entryCount() const;

    struct Entry
    {
        qint64 index = -1;
        QByteArray rawName; ///< bytes as stored in the central directory
        QString name;       ///< rawName decoded as UTF-8
        qint64 size = -1;   ///< uncompressed size the central directory declares
        quint16 method = 0;
        quint16 encryption = 0;
        quint8 opsys = 0;
        quint32 attributes = 0; ///< external attributes (Unix mode in the high 16 bits)
    };
    /// What the central directory says about entry \a index; false on a libzip error.
    bool entry(qint64 index, Entry *out, QString *errorText) const;

    /// Failed: the entry's data is wrong (a CRC or inflate error); AccessFailed: the file could not
    /// be read (an I/O error), which says nothing about the data.
    enum class ReadOutcome { Ok, LongerThanDeclared, ShorterThanDeclared, Failed, AccessFailed, Aborted };
    /// Streams entry \a index to \a sink in blocks. Never asks the decompressor for more than
    /// \a declaredSize + 1 bytes in total, so an entry whose header lies about its size
    /// (a decompression bomb) costs at most one extra byte of work. \a sink returns false
    /// to abort.
    ReadOutcome readEntry(qint64 index, qint64 declaredSize,
                          const std::function<bool(const char *data, qint64 size)> &sink,
                          QString *errorText) const;

    /// Adds \a data (kept alive until close()) as entry \a name.
    bool addBuffer(const QString &name, const QByteArray &data, bool compress, QString *errorText);
    /// Adds a libzip source (owned by the archive from here on) as entry \a name.
    bool addSource(const QString &name, zip_source_t *source, bool compress, QString *errorText);

    /// Writes the archive (libzip writes it to a temporary file and renames it over the
    /// archive path). On failure the archive is discarded and nothing is left at the path.
    bool close(QString *errorText);

private:
    zip_t *m_zip = nullptr;
    QList<QByteArray> m_buffers; ///< data of addBuffer() entries, read by libzip at close()
};

/// libzip's text for one of its error codes.
QString zipErrorText(int code);

} // namespace annostraat
