// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large test JPEG with Qt's JPEG writer. The whole picture is in this program's
// memory while it is written (900 MB for 30,000 × 30,000 grey): that is why it is a separate
// program, so the tests' memory measurements do not see it, and why the tests cache its
// output in the build folder.
//
//   annostraat-make-test-jpeg OUTPUT WIDTH HEIGHT [gray|rgb] [progressive|baseline] [photo]
//
// The picture is a smooth gradient with a darker 512-pixel grid, cheap to compress, and
// easy to check: the pixel value at (x, y) is pixelValue(x, y) below, within JPEG error.
// With "photo" it is made to decode like a drone photo instead (benchmarks, STYLE.md): the
// gradient under a texture of several scales (soil and grass at 4 to 256 pixels) and pixel
// noise (sensor grain), written at quality 90 as a camera does; its pixels are not checked.

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageWriter>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

static unsigned char pixelValue(qint64 x, qint64 y, qint64 w, qint64 h, int channel)
{
    if (x % 512 < 4 || y % 512 < 4)
        return 32;
    const qint64 v = channel == 0 ? 64 + 160 * x / w : channel == 1 ? 64 + 160 * y / h : 128;
    return static_cast<unsigned char>(v);
}

/// A tileable 1024 × 1024 texture: value noise of octaves 256 … 4 pixels, 0…255.
static QImage photoTexture()
{
    constexpr int n = 1024;
    std::vector<float> sum(size_t(n) * n, 0.0f);
    std::mt19937 rng(20261130);
    float amplitude = 1.0f, total = 0.0f;
    for (int cell = 256; cell >= 4; cell /= 2) {
        const int cells = n / cell;
        std::vector<float> lattice(size_t(cells) * cells);
        for (float &v : lattice)
            v = std::uniform_real_distribution<float>(-1.0f, 1.0f)(rng);
        for (int y = 0; y < n; ++y) {
            const int y0 = y / cell, y1 = (y0 + 1) % cells;
            const float fy = float(y % cell) / cell, sy = fy * fy * (3 - 2 * fy);
            for (int x = 0; x < n; ++x) {
                const int x0 = x / cell, x1 = (x0 + 1) % cells;
                const float fx = float(x % cell) / cell, sx = fx * fx * (3 - 2 * fx);
                const float top = lattice[size_t(y0) * cells + x0] * (1 - sx) +
                                  lattice[size_t(y0) * cells + x1] * sx;
                const float bottom = lattice[size_t(y1) * cells + x0] * (1 - sx) +
                                     lattice[size_t(y1) * cells + x1] * sx;
                sum[size_t(y) * n + x] += amplitude * (top * (1 - sy) + bottom * sy);
            }
        }
        total += amplitude;
        amplitude *= 0.9f; // fine detail nearly as strong as coarse, as grass and gravel are
    }
    QImage texture(n, n, QImage::Format_Grayscale8);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            texture.scanLine(y)[x] = uchar(
                    std::clamp(128.0f + 110.0f * sum[size_t(y) * n + x] / total, 0.0f, 255.0f));
    return texture;
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
    const bool photo = argc > 6 && std::strcmp(argv[6], "photo") == 0;
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
    const QImage texture = photo ? photoTexture() : QImage();
    std::uint32_t grain = 2463534242u; // xorshift32: fast enough for 900 million pixels
    for (int y = 0; y < height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c) {
                int v = pixelValue(x, y, width, height, rgb ? c : 0);
                if (photo) {
                    // Two samples of the texture at different scales and offsets per channel,
                    // so it does not repeat visibly, hard edges where the texture is bright, and
                    // grain of about ±16.
                    const uchar *t1 = texture.constScanLine((y + 97 * c) & 1023);
                    const uchar *t2 = texture.constScanLine(((y * 3) / 2 + 311 * c) & 1023);
                    grain ^= grain << 13;
                    grain ^= grain >> 17;
                    grain ^= grain << 5;
                    const int fine = t1[(x + 53 * c) & 1023];
                    v += (fine - 128) / 2 + (int(t2[((x * 3) / 2 + 17 * c) & 1023]) - 128) / 3 +
                         (fine > 150 ? 24 : 0) + int(grain % 33) - 16; // stones' hard edges
                }
                row[qsizetype(x) * channels + c] = uchar(std::clamp(v, 0, 255));
            }
    }
    const QString target = QFile::decodeName(argv[1]);
    const QString partial = target + QStringLiteral(".part");
    QImageWriter writer(partial, "jpeg");
    writer.setQuality(photo ? 90 : 85);
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
