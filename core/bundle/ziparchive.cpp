// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include <QFile>

#include <algorithm>

namespace annostraat {

namespace {

/// Whether libzip's \a error is about reaching the bytes rather than what they say.
bool isAccessError(zip_error_t *error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
    case ZIP_ER_MEMORY:
    case ZIP_ER_TELL:
        return true;
    default:
        return false;
    }
}

QString errorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = errorText(&error);
    zip_error_fini(&error);
    return text;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

int ZipArchive::openRead(const QString &path, bool checkConsistency, QString *text)
{
    int code = ZIP_ER_OK;
    const QByteArray native = QFile::encodeName(path);
    m_zip = zip_open(native.constData(), ZIP_RDONLY | (checkConsistency ? ZIP_CHECKCONS : 0),
                     &code);
    if (!m_zip && text)
        *text = zipErrorText(code);
    return m_zip ? ZIP_ER_OK : code;
}

bool ZipArchive::create(const QString &path, QString *text)
{
    int code = ZIP_ER_OK;
    const QByteArray native = QFile::encodeName(path);
    m_zip = zip_open(native.constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!m_zip && text)
        *text = zipErrorText(code);
    return m_zip != nullptr;
}

qint64 ZipArchive::entryCount() const
{
    return m_zip ? qint64(zip_get_num_entries(m_zip, 0)) : 0;
}

bool ZipArchive::entry(qint64 index, Entry *out, QString *text) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), ZIP_FL_ENC_RAW, &st) != 0) {
        if (text)
            *text = errorText(zip_get_error(m_zip));
        return false;
    }
    out->index = index;
    out->rawName = (st.valid & ZIP_STAT_NAME) && st.name ? QByteArray(st.name) : QByteArray();
    out->name = QString::fromUtf8(out->rawName);
    out->size = (st.valid & ZIP_STAT_SIZE)
                        ? qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(INT64_MAX)))
                        : -1;
    out->method = (st.valid & ZIP_STAT_COMP_METHOD) ? quint16(st.comp_method) : 0;
    out->encryption = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) ? st.encryption_method : 0;
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(m_zip, zip_uint64_t(index), 0, &opsys, &attributes) != 0) {
        if (text)
            *text = errorText(zip_get_error(m_zip));
        return false;
    }
    out->opsys = opsys;
    out->attributes = attributes;
    return true;
}

ZipArchive::ReadOutcome ZipArchive::readEntry(qint64 index, qint64 declaredSize,
                                              const std::function<bool(const char *, qint64)> &sink,
                                              QString *text) const
{
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        if (text)
            *text = errorText(zip_get_error(m_zip));
        return isAccessError(zip_get_error(m_zip)) ? ReadOutcome::AccessFailed : ReadOutcome::Failed;
    }
    struct Closer
    {
        zip_file_t *f;
        ~Closer() { zip_fclose(f); }
    } closer{file};

    constexpr qint64 kBlock = 1 << 20;
    QByteArray block(int(kBlock), Qt::Uninitialized);
    qint64 produced = 0;
    for (;;) {
        // Ask for one byte more than the declared size in total: a longer entry shows itself
        // without being inflated any further.
        const qint64 want = std::min(kBlock, declaredSize + 1 - produced);
        if (want <= 0)
            return ReadOutcome::LongerThanDeclared;
        const zip_int64_t n = zip_fread(file, block.data(), zip_uint64_t(want));
        if (n < 0) {
            if (text)
                *text = errorText(zip_file_get_error(file));
            return isAccessError(zip_file_get_error(file)) ? ReadOutcome::AccessFailed
                                                           : ReadOutcome::Failed;
        }
        if (n == 0)
            break;
        produced += n;
        if (produced > declaredSize)
            return ReadOutcome::LongerThanDeclared;
        if (!sink(block.constData(), n))
            return ReadOutcome::Aborted;
    }
    return produced == declaredSize ? ReadOutcome::Ok : ReadOutcome::ShorterThanDeclared;
}

bool ZipArchive::addBuffer(const QString &name, const QByteArray &data, bool compress,
                           QString *text)
{
    m_buffers << data; // libzip reads the bytes at zip_close(); the list keeps them alive
    zip_source_t *source =
            zip_source_buffer(m_zip, m_buffers.last().constData(), zip_uint64_t(data.size()), 0);
    if (!source) {
        if (text)
            *text = errorText(zip_get_error(m_zip));
        return false;
    }
    return addSource(name, source, compress, text);
}

bool ZipArchive::addSource(const QString &name, zip_source_t *source, bool compress, QString *text)
{
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_file_add(m_zip, utf8.constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        if (text)
            *text = errorText(zip_get_error(m_zip));
        return false;
    }
    // Media are already compressed (JPEG, MP4, …): deflating them again costs time and gains
    // nothing, and stored entries can be read at any offset by other tools.
    if (zip_set_file_compression(m_zip, zip_uint64_t(index),
                                 compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0) {
        if (text)
            *text = errorText(zip_get_error(m_zip));
        return false;
    }
    return true;
}

bool ZipArchive::close(QString *text)
{
    if (!m_zip)
        return false;
    if (zip_close(m_zip) == 0) {
        m_zip = nullptr;
        m_buffers.clear();
        return true;
    }
    if (text)
        *text = errorText(zip_get_error(m_zip));
    zip_discard(m_zip);
    m_zip = nullptr;
    m_buffers.clear();
    return false;
}

} // namespace annostraat
