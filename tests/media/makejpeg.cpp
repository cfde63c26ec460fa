// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large test JPEG with Qt's JPEG writer. The whole picture is in this program's
// memory while it is written (900 MB for 30,000 × 30,000 grey): that is why it is a separate
// program, so the tests' memory measurements do not see it, and why the tests cache its
// output in the build folder.
//
//   annostraat-make-test-jpeg OUTPUT WIDTH HEIGHT [gray|rgb] [progressive]
//
// The picture is a smooth gradient with a darker 512-pixel grid, cheap to compress, and
// easy to check: the pixel value at (x, y) is pixelValue(x, y) below, within JPEG error.

#include <QFile>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>

#include <cstdio>
#include <cstdlib>
#include <cstring>

static unsigned char pixelValue(qint64 x, qint64 y, qint64 w, qint64 h, int channel)
{
    if (x % 512 < 4 || y % 512 < 4)
        return 32;
    const qint64 v = channel == 0 ? 64 + 160 * x / w : channel == 1 ? 64 + 160 * y / h : 128;
    return static_cast<unsigned char>(v);
}

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s OUTPUT WIDTH HEIGHT [gray|rgb] [progressive]\n", argv[0]);
        return 2;
    }
    QCoreApplication app(argc, argv); // the JPEG writer is a plugin
    const int width = std::atoi(argv[2]);
    const int height = std::atoi(argv[3]);
    const bool rgb = argc > 4 && std::strcmp(argv[4], "rgb") == 0;
    const bool progressive = argc > 5 && std::strcmp(argv[5], "progressive") == 0;
    if (width <= 0 || height <= 0 || width > 65500 || height > 65500) {
        std::fprintf(stderr, "%s: bad size\n", argv[0]);
        return 2;
    }
    QImage image(width, height, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    if (image.isNull()) {
        std::fprintf(stderr, "%s: not enough memory for %d x %d\n", argv[0], width, height);
        return 1;
    }
    const int channels = rgb ? 3 : 1;
    for (int y = 0; y < height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c)
                row[qsizetype(x) * channels + c] = pixelValue(x, y, width, height, rgb ? c : 0);
    }
    const QString target = QFile::decodeName(argv[1]);
    const QString partial = target + QStringLiteral(".part");
    QImageWriter writer(partial, "jpeg");
    writer.setQuality(85);
    writer.setProgressiveScanWrite(progressive);
    if (!writer.write(image)) {
        std::fprintf(stderr, "%s: %s\n", argv[0], qPrintable(writer.errorString()));
        return 1;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        std::fprintf(stderr, "%s: cannot rename to %s\n", argv[0], argv[1]);
        return 1;
    }
    return 0;
}
