// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: probing, pixel conversion and the overview cache share one GDAL boundary
// (opening with a list of drivers, quiet errors) and are kept together.
#include "georaster.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QUuid>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace annostraat {

namespace {

// Messages of this file, under the same context as imagesource.cpp's.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Media)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Media)
};

Error fileError(const QString &path, const Message &problem, const QString &gdalText = {})
{
    const Message told =
            gdalText.isEmpty()
                    ? problem
                    : Message::pattern(QStringLiteral("%1 (GDAL: %2)")).arg(problem, gdalText);
    return Error(told).prefixed(QDir::toNativeSeparators(path));
}

void initGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        GDALSetCacheMax64(GeoRaster::kGdalCacheBytes);
    });
}

/// GDAL's own words for the last failure on this thread.
QString gdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

/// Keeps GDAL from printing to stderr while it is in scope; the errors stay readable
/// through CPLGetLastErrorMsg().
class QuietGdal
{
public:
    QuietGdal()
    {
        initGdal();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal &) = delete;
    QuietGdal &operator=(const QuietGdal &) = delete;
};

struct Dataset
{
    GDALDatasetH handle = nullptr;
    explicit Dataset(GDALDatasetH h)
        : handle(h)
    {}
    ~Dataset()
    {
        if (handle)
            GDALClose(handle);
    }
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;
    explicit operator bool() const { return handle != nullptr; }
};

GDALDatasetH openRaster(const QString &path, const char *const *drivers)
{
    const QByteArray name = QFile::encodeName(path);
    return GDALOpenEx(name.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr,
                      nullptr);
}

const char *const kTiffDrivers[] = {"GTiff", nullptr};
// Rasters Qt cannot read that GDAL is trusted with here; VRT and the like are left out on
// purpose (a VRT names other files, which an untrusted package must not reach).
const char *const kOtherDrivers[] = {"JP2OpenJPEG", "HFA", nullptr};
// Our own cached VRTs (they name the source).
const char *const kCacheDrivers[] = {"VRT", nullptr};

/// Which bands make up the picture.
struct Layout
{
    int bands[3] = {1, 1, 1}; ///< red, green, blue (all the same for grey)
    bool grey = true;
    GDALColorTableH palette = nullptr;
    GDALRasterBandH mask = nullptr; ///< nullptr when every pixel is valid
};

Layout layoutOf(GDALDatasetH ds)
{
    Layout l;
    const int count = GDALGetRasterCount(ds);
    if (count >= 3) {
        l.grey = false;
        l.bands[0] = 1;
        l.bands[1] = 2;
        l.bands[2] = 3;
        for (int b = 1; b <= count; ++b) {
            switch (GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, b))) {
            case GCI_RedBand:
                l.bands[0] = b;
                break;
            case GCI_GreenBand:
                l.bands[1] = b;
                break;
            case GCI_BlueBand:
                l.bands[2] = b;
                break;
            default:
                break;
            }
        }
    } else {
        GDALRasterBandH band = GDALGetRasterBand(ds, 1);
        if (GDALGetRasterColorInterpretation(band) == GCI_PaletteIndex)
            l.palette = GDALGetRasterColorTable(band);
    }
    GDALRasterBandH first = GDALGetRasterBand(ds, l.bands[0]);
    if (!(GDALGetMaskFlags(first) & GMF_ALL_VALID))
        l.mask = GDALGetMaskBand(first);
    return l;
}

QString crsShortName(OGRSpatialReferenceH srs)
{
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (!authority || !code) {
        // Often the projected CRS has no code but can be matched to one.
        OSRAutoIdentifyEPSG(srs);
        authority = OSRGetAuthorityName(srs, nullptr);
        code = OSRGetAuthorityCode(srs, nullptr);
    }
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    const char *name = OSRGetName(srs);
    return name ? QString::fromUtf8(name) : QString();
}

GeoReference georeferenceOf(GDALDatasetH ds)
{
    GeoReference geo;
    double t[6];
    if (GDALGetGeoTransform(ds, t) != CE_None)
        return geo;
    // GDAL's default (0, 1, 0, 0, 0, 1) means "no georeference".
    if (t[0] == 0 && t[1] == 1 && t[2] == 0 && t[3] == 0 && t[4] == 0 && t[5] == 1)
        return geo;
    std::copy(t, t + 6, geo.transform.begin());
    if (OGRSpatialReferenceH srs = GDALGetSpatialRef(ds)) {
        geo.crsName = crsShortName(srs);
        geo.geographic = OSRIsGeographic(srs);
        char *wkt = nullptr;
        const char *options[] = {"FORMAT=WKT2_2018", nullptr};
        if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
            geo.crsWkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
    }
    // A geotransform without a CRS places nothing on a map.
    geo.valid = !geo.crsWkt.isEmpty();
    return geo;
}

/// For rasters of more than 8 bits: the range of values shown as 0…255, from the file's
/// statistics when it has them, else an approximate minimum and maximum.
void valueRange(GDALDatasetH ds, const Layout &layout, ImageInfo &info)
{
    GDALRasterBandH first = GDALGetRasterBand(ds, layout.bands[0]);
    const GDALDataType type = GDALGetRasterDataType(first);
    if (type == GDT_Byte) {
        info.valueMin = 0;
        info.valueMax = 255;
        return;
    }
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (int b : layout.bands) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        double minmax[2] = {0, 0};
        const char *smin = GDALGetMetadataItem(band, "STATISTICS_MINIMUM", nullptr);
        const char *smax = GDALGetMetadataItem(band, "STATISTICS_MAXIMUM", nullptr);
        if (smin && smax) {
            minmax[0] = CPLAtof(smin);
            minmax[1] = CPLAtof(smax);
        } else if (GDALComputeRasterMinMax(band, TRUE, minmax) != CE_None) {
            continue;
        }
        lo = std::min(lo, minmax[0]);
        hi = std::max(hi, minmax[1]);
    }
    if (!(hi > lo)) {
        lo = 0;
        hi = lo + 1;
    }
    info.valueMin = lo;
    info.valueMax = hi;
}

/// Whether the last block of a GeoTIFF lies inside the file: a cheap test that catches a
/// half-copied file before its tiles fail one by one.
bool blocksInsideFile(GDALDatasetH ds, qint64 fileSize)
{
    const int count = GDALGetRasterCount(ds);
    GDALRasterBandH band = GDALGetRasterBand(ds, count);
    int bw = 0, bh = 0;
    GDALGetBlockSize(band, &bw, &bh);
    if (bw <= 0 || bh <= 0)
        return true;
    const int bx = (GDALGetRasterXSize(ds) + bw - 1) / bw - 1;
    const int by = (GDALGetRasterYSize(ds) + bh - 1) / bh - 1;
    const QByteArray offsetKey = QStringLiteral("BLOCK_OFFSET_%1_%2").arg(bx).arg(by).toLatin1();
    const QByteArray sizeKey = QStringLiteral("BLOCK_SIZE_%1_%2").arg(bx).arg(by).toLatin1();
    const char *offset = GDALGetMetadataItem(band, offsetKey.constData(), "TIFF");
    const char *size = GDALGetMetadataItem(band, sizeKey.constData(), "TIFF");
    if (!offset || !size)
        return true; // sparse block or not a TIFF: nothing to check
    return QByteArray(offset).toLongLong() + QByteArray(size).toLongLong() <= fileSize;
}

Result<ImageInfo> probeWith(const QString &path, const char *const *drivers,
                            const Message &notReadable)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fileError(path, Tr::msg("the file does not exist"));
    if (!fi.isFile() || !fi.isReadable())
        return fileError(path, Tr::msg("the file cannot be read"));
    if (fi.size() == 0)
        return fileError(path, Tr::msg("the file is empty"));
    QuietGdal quiet;
    Dataset ds(openRaster(path, drivers));
    if (!ds)
        return fileError(path, notReadable, gdalError());
    ImageInfo info;
    info.gdal = true;
    info.regionDecode = true;
    info.format = QByteArray(GDALGetDriverShortName(GDALGetDatasetDriver(ds.handle))).toLower();
    if (info.format == "gtiff")
        info.format = "tiff";
    info.storedSize = QSize(GDALGetRasterXSize(ds.handle), GDALGetRasterYSize(ds.handle));
    info.size = info.storedSize;
    if (GDALGetRasterCount(ds.handle) < 1 || info.storedSize.isEmpty())
        return fileError(path, Tr::msg("the raster has no pixels or no bands"));
    const qint64 pixels = qint64(info.storedSize.width()) * info.storedSize.height();
    if (pixels > ImageSource::kMaxRegionDecodePixels)
        return fileError(path, Tr::msg("the image is %1 × %2 pixels; the limit is %3 megapixels")
                                       .arg(info.storedSize.width())
                                       .arg(info.storedSize.height())
                                       .arg(ImageSource::kMaxRegionDecodePixels / 1'000'000));
    if (info.format == "tiff" && !blocksInsideFile(ds.handle, fi.size()))
        return fileError(path, Tr::msg("the TIFF file is truncated (its last block lies beyond "
                                       "the end of the file)"));
    const Layout layout = layoutOf(ds.handle);
    valueRange(ds.handle, layout, info);
    info.geo = georeferenceOf(ds.handle);
    return info;
}

/// Reads the full-resolution window \a source of \a ds into an image of \a out pixels.
Result<QImage> readWindow(GDALDatasetH ds, const ImageInfo &info, const QRect &source, QSize out,
                          const QString &path)
{
    const Layout layout = layoutOf(ds);
    QImage image(out, QImage::Format_RGBA8888);
    if (image.isNull())
        return fileError(path, Tr::msg("there is not enough memory to decode the image"));
    image.fill(QColor(0, 0, 0, 255));
    uchar *bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    // Averaging keeps the thin lines of a crack visible when zoomed out; at full resolution
    // it costs nothing.
    extra.eResampleAlg = GRIORA_Average;

    const auto readBand = [&](GDALRasterBandH band, GDALDataType type, void *data, int pixelSpace,
                              qsizetype lineSpace) {
        return GDALRasterIOEx(band, GF_Read, source.x(), source.y(), source.width(),
                              source.height(), data, out.width(), out.height(), type, pixelSpace,
                              lineSpace, &extra);
    };
    const bool bytes = GDALGetRasterDataType(GDALGetRasterBand(ds, layout.bands[0])) == GDT_Byte;
    const int channels = layout.grey ? 1 : 3;
    for (int c = 0; c < channels; ++c) {
        GDALRasterBandH band = GDALGetRasterBand(ds, layout.bands[c]);
        CPLErr err = CE_None;
        if (bytes && !layout.palette) {
            err = readBand(band, GDT_Byte, bits + c, 4, stride);
        } else if (layout.palette) {
            std::vector<uchar> index(size_t(out.width()) * out.height());
            err = readBand(band, GDT_Byte, index.data(), 1, out.width());
            GDALColorEntry entries[256];
            const int n = std::min(GDALGetColorEntryCount(layout.palette), 256);
            for (int i = 0; i < 256; ++i) {
                entries[i] = GDALColorEntry{0, 0, 0, 255};
                if (i < n)
                    GDALGetColorEntryAsRGB(layout.palette, i, &entries[i]);
            }
            for (int y = 0; y < out.height(); ++y) {
                uchar *line = bits + y * stride;
                for (int x = 0; x < out.width(); ++x) {
                    const GDALColorEntry &e = entries[index[size_t(y) * out.width() + x]];
                    line[4 * x] = uchar(e.c1);
                    line[4 * x + 1] = uchar(e.c2);
                    line[4 * x + 2] = uchar(e.c3);
                    line[4 * x + 3] = uchar(e.c4);
                }
            }
        } else {
            std::vector<float> values(size_t(out.width()) * out.height());
            err = readBand(band, GDT_Float32, values.data(), sizeof(float),
                           qsizetype(out.width()) * sizeof(float));
            const double scale = 255.0 / (info.valueMax - info.valueMin);
            for (int y = 0; y < out.height(); ++y) {
                uchar *line = bits + y * stride + c;
                for (int x = 0; x < out.width(); ++x) {
                    const double v = (values[size_t(y) * out.width() + x] - info.valueMin) * scale;
                    line[4 * x] = uchar(std::clamp(std::lround(v), 0L, 255L));
                }
            }
        }
        if (err != CE_None)
            return fileError(path, Tr::msg("the image cannot be decoded"), gdalError());
    }
    if (layout.grey && !layout.palette) {
        for (int y = 0; y < out.height(); ++y) {
            uchar *line = bits + y * stride;
            for (int x = 0; x < out.width(); ++x)
                line[4 * x + 1] = line[4 * x + 2] = line[4 * x];
        }
    }
    bool alpha = layout.palette != nullptr;
    if (layout.mask) {
        if (readBand(layout.mask, GDT_Byte, bits + 3, 4, stride) != CE_None)
            return fileError(path, Tr::msg("the image cannot be decoded"), gdalError());
        alpha = true;
    }
    return std::move(image).convertToFormat(alpha ? QImage::Format_ARGB32_Premultiplied
                                                  : QImage::Format_RGB32);
}

QString cacheKey(const QString &path)
{
    const QFileInfo fi(path);
    const QByteArray id = QStringLiteral("%1\n%2\n%3")
                                  .arg(fi.absoluteFilePath())
                                  .arg(fi.size())
                                  .arg(fi.lastModified().toMSecsSinceEpoch())
                                  .toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(32));
}

QMutex &cacheMutex()
{
    static QMutex m;
    return m;
}

QString &cacheFolderSetting()
{
    static QString folder;
    return folder;
}

/// One build at a time: two threads asking for the same raster's overviews must not both
/// build them, and two different builds would only slow each other down.
QMutex &buildMutex()
{
    static QMutex m;
    return m;
}

struct ProgressRelay
{
    const MediaProgress *progress = nullptr;
};

int CPL_STDCALL relayProgress(double complete, const char *, void *data)
{
    const auto *relay = static_cast<const ProgressRelay *>(data);
    if (!relay->progress || !*relay->progress)
        return TRUE;
    return (*relay->progress)(std::clamp(complete, 0.0, 1.0)) ? TRUE : FALSE;
}

/// The dataset to read pixels from: the cached VRT (with its overviews) when there is one.
GDALDatasetH openForReading(const QString &path)
{
    const QString cached = GeoRaster::cachedOverviews(path);
    if (!cached.isEmpty()) {
        if (GDALDatasetH ds = openRaster(cached, kCacheDrivers))
            return ds;
    }
    if (GDALDatasetH ds = openRaster(path, kTiffDrivers))
        return ds;
    return openRaster(path, kOtherDrivers);
}

} // namespace

bool GeoRaster::handles(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    // Classic TIFF ("II*\0", "MM\0*") and BigTIFF ("II+\0", "MM\0+").
    return head == QByteArray("II*\0", 4) || head == QByteArray("MM\0*", 4) ||
           head == QByteArray("II+\0", 4) || head == QByteArray("MM\0+", 4);
}

Result<ImageInfo> GeoRaster::probe(const QString &path)
{
    return probeWith(path, kTiffDrivers,
                     Tr::msg("the TIFF file is damaged or not a raster the program can read"));
}

Result<ImageInfo> GeoRaster::probeOther(const QString &path)
{
    return probeWith(path, kOtherDrivers,
                     Tr::msg("this is not an image in a format the program can read"));
}

void GeoRaster::setCacheFolder(const QString &folder)
{
    const QMutexLocker lock(&cacheMutex());
    cacheFolderSetting() = folder;
}

QString GeoRaster::cacheFolder()
{
    const QMutexLocker lock(&cacheMutex());
    if (!cacheFolderSetting().isEmpty())
        return cacheFolderSetting();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/overviews");
}

QString GeoRaster::cachedOverviews(const QString &path)
{
    const QString vrt = cacheFolder() + QLatin1Char('/') + cacheKey(path) + QStringLiteral(".vrt");
    if (QFileInfo::exists(vrt) && QFileInfo::exists(vrt + QStringLiteral(".ovr")))
        return vrt;
    return {};
}

bool GeoRaster::needsOverviews(const QString &path, const ImageInfo &info)
{
    if (std::max(info.size.width(), info.size.height()) <= kOverviewThresholdSide)
        return false;
    if (!cachedOverviews(path).isEmpty())
        return false;
    QuietGdal quiet;
    Dataset ds(openRaster(path, kTiffDrivers));
    if (!ds)
        ds.handle = openRaster(path, kOtherDrivers);
    if (!ds)
        return false; // the read that follows says what is wrong
    return GDALGetOverviewCount(GDALGetRasterBand(ds.handle, 1)) == 0;
}

Result<void> GeoRaster::buildOverviews(const QString &path, const ImageInfo &info,
                                       const MediaProgress &progress)
{
    const QMutexLocker lock(&buildMutex());
    if (!needsOverviews(path, info))
        return {};
    const QString folder = cacheFolder();
    if (!QDir().mkpath(folder))
        return fileError(path, Tr::msg("the overview cache folder %1 cannot be created")
                                       .arg(QDir::toNativeSeparators(folder)));
    const QString key = cacheKey(path);
    const QString vrt = folder + QLatin1Char('/') + key + QStringLiteral(".vrt");
    // Built under a name of its own and renamed when complete, so that a crash, a cancel or
    // another process never leaves a half-built cache that looks finished.
    const QString temp = folder + QLatin1Char('/') + key + QLatin1Char('-') +
                         QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".vrt");
    const auto cleanUp = [&] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral(".ovr"));
    };

    QuietGdal quiet;
    {
        Dataset source(openRaster(QFileInfo(path).absoluteFilePath(), kTiffDrivers));
        if (!source)
            source.handle = openRaster(QFileInfo(path).absoluteFilePath(), kOtherDrivers);
        if (!source)
            return fileError(path, Tr::msg("the image cannot be decoded"), gdalError());
        GDALDriverH vrtDriver = GDALGetDriverByName("VRT");
        const QByteArray tempName = QFile::encodeName(temp);
        Dataset copy(GDALCreateCopy(vrtDriver, tempName.constData(), source.handle, FALSE, nullptr,
                                    nullptr, nullptr));
        if (!copy) {
            cleanUp();
            return fileError(path,
                             Tr::msg("the overviews cannot be written to %1")
                                     .arg(QDir::toNativeSeparators(folder)),
                             gdalError());
        }
    }
    std::vector<int> factors;
    const int side = std::max(info.size.width(), info.size.height());
    for (int f = 2; side / f >= 256; f *= 2)
        factors.push_back(f);
    if (factors.empty())
        factors.push_back(2);

    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE");
    CPLSetThreadLocalConfigOption("PREDICTOR_OVERVIEW", "2");
    CPLSetThreadLocalConfigOption("BIGTIFF_OVERVIEW", "IF_SAFER");
    CPLSetThreadLocalConfigOption("INTERLEAVE_OVERVIEW", "PIXEL");
    bool cancelled = false;
    CPLErr err = CE_None;
    {
        const QByteArray tempName = QFile::encodeName(temp);
        Dataset ds(GDALOpenEx(tempName.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                              kCacheDrivers, nullptr, nullptr));
        if (!ds) {
            err = CE_Failure;
        } else {
            bool stopped = false;
            const MediaProgress watch = [&](double f) {
                if (progress && !progress(f))
                    stopped = true;
                return !stopped;
            };
            ProgressRelay relay{&watch};
            err = GDALBuildOverviews(ds.handle, "AVERAGE", int(factors.size()), factors.data(), 0,
                                     nullptr, relayProgress, &relay);
            cancelled = stopped;
        }
    }
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
    CPLSetThreadLocalConfigOption("PREDICTOR_OVERVIEW", nullptr);
    CPLSetThreadLocalConfigOption("BIGTIFF_OVERVIEW", nullptr);
    CPLSetThreadLocalConfigOption("INTERLEAVE_OVERVIEW", nullptr);
    if (cancelled) {
        cleanUp();
        return fileError(path, Tr::msg("building the overviews was cancelled"));
    }
    if (err != CE_None) {
        const QString why = gdalError();
        cleanUp();
        return fileError(path,
                         Tr::msg("the overviews cannot be written to %1")
                                 .arg(QDir::toNativeSeparators(folder)),
                         why);
    }
    // The overviews first: the VRT's presence is what says the cache is complete.
    QFile::remove(vrt + QStringLiteral(".ovr"));
    if (!QFile::rename(temp + QStringLiteral(".ovr"), vrt + QStringLiteral(".ovr")) ||
        (QFile::exists(vrt) && !QFile::remove(vrt)) || !QFile::rename(temp, vrt)) {
        cleanUp();
        if (!cachedOverviews(path).isEmpty())
            return {}; // another process finished the same build
        return fileError(path, Tr::msg("the overviews cannot be written to %1")
                                       .arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

Result<QImage> GeoRaster::decodeOverview(const QString &path, const ImageInfo &info, int level,
                                         const MediaProgress &progress)
{
    if (level > 0 && needsOverviews(path, info)) {
        if (auto built = buildOverviews(path, info, progress); !built)
            return built.error();
    }
    const QSize out = ImageSource::levelSize(info.size, level);
    return decodeRegion(path, info, level, QRect(QPoint(0, 0), out));
}

Result<QImage> GeoRaster::decodeRegion(const QString &path, const ImageInfo &info, int level,
                                       const QRect &rect)
{
    const QSize levelSize = ImageSource::levelSize(info.size, level);
    const QRect wanted = rect & QRect(QPoint(0, 0), levelSize);
    if (wanted.isEmpty())
        return fileError(path, Tr::msg("the requested region lies outside the image"));
    const int f = 1 << level;
    const QRect source =
            QRect(wanted.x() * f, wanted.y() * f, wanted.width() * f, wanted.height() * f) &
            QRect(QPoint(0, 0), info.size);
    QuietGdal quiet;
    Dataset ds(openForReading(path));
    if (!ds)
        return fileError(path,
                         Tr::msg("the TIFF file is damaged or not a raster the program can read"),
                         gdalError());
    if (QSize(GDALGetRasterXSize(ds.handle), GDALGetRasterYSize(ds.handle)) != info.size)
        return fileError(path, Tr::msg("the image changed while it was open"));
    return readWindow(ds.handle, info, source, wanted.size(), path);
}

} // namespace annostraat
