// SPDX-License-Identifier: GPL-3.0-or-later
#include "linetracer.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/imgproc/segmentation.hpp>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

// How the path's cost is made up (IntelligentScissorsMB::setWeights): mostly how dark the
// pixel is against its surroundings, some of it how well a step runs along the line, a little
// for leaving the line altogether. Tuned on generated cracks and the demo dike (tests/assist).
constexpr float kWeightOffLine = 0.15f;
constexpr float kWeightDirection = 0.15f;
constexpr float kWeightDarkness = 0.70f;
// Pixels this much darker than their surroundings (0…1 of the region's darkest line) count as
// "on the line" for the off-line cost.
constexpr float kOnLine = 0.25f;

cv::Mat greyOf(const QImage &pixels)
{
    const QImage grey = pixels.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                 size_t(grey.bytesPerLine()));
    return view.clone();
}

} // namespace

struct LineTracer::Private
{
    QRectF region;
    double sx = 1, sy = 1; // working pixels per image pixel
    cv::Mat grey;
    cv::segmentation::IntelligentScissorsMB scissors;
    bool hasSource = false;
    QPointF source;

    cv::Point toWork(QPointF p) const
    {
        const int x = int(std::floor((p.x() - region.left()) * sx));
        const int y = int(std::floor((p.y() - region.top()) * sy));
        return {std::clamp(x, 0, grey.cols - 1), std::clamp(y, 0, grey.rows - 1)};
    }
    QPointF toImage(cv::Point p) const
    {
        return {region.left() + (p.x + 0.5) / sx, region.top() + (p.y + 0.5) / sy};
    }
};

LineTracer::LineTracer()
    : d(std::make_unique<Private>())
{}

LineTracer::~LineTracer() = default;
LineTracer::LineTracer(LineTracer &&) noexcept = default;
LineTracer &LineTracer::operator=(LineTracer &&) noexcept = default;

double LineTracer::scaleFor(QSizeF regionSize)
{
    const double side = std::max(regionSize.width(), regionSize.height());
    return side > kMaxSide ? kMaxSide / side : 1.0;
}

bool LineTracer::setRegion(const QImage &pixels, const QRectF &imageRect)
{
    d->hasSource = false;
    d->region = QRectF();
    d->grey.release();
    if (pixels.isNull() || pixels.width() < 3 || pixels.height() < 3 || imageRect.isEmpty())
        return false;
    d->grey = greyOf(pixels);
    d->region = imageRect;
    d->sx = pixels.width() / imageRect.width();
    d->sy = pixels.height() / imageRect.height();

    // Dark lines: the black-hat (closing minus the image) is how much darker a pixel is than
    // the surroundings a kMaxLineWidth disc sees; it is highest along the middle of a line
    // narrower than the disc, and low on broad dark areas and on edges between light and dark.
    cv::Mat smooth;
    cv::GaussianBlur(d->grey, smooth, cv::Size(0, 0), 1.0);
    cv::Mat darkness;
    const cv::Mat disc =
            cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(kMaxLineWidth, kMaxLineWidth));
    cv::morphologyEx(smooth, darkness, cv::MORPH_BLACKHAT, disc);
    cv::Mat dark32;
    darkness.convertTo(dark32, CV_32F);
    cv::GaussianBlur(dark32, dark32, cv::Size(0, 0), 1.0);
    double maxDark = 0;
    cv::minMaxLoc(dark32, nullptr, &maxDark);
    // A region without any line still gets paths (straight-ish), not a division by zero; and
    // faint texture is not blown up to look like a line.
    dark32 *= float(1.0 / std::max(maxDark, 24.0));
    cv::Mat cost = 1.0f - cv::min(dark32, 1.0f);
    cv::Mat offLine = dark32 < kOnLine; // 255 where off the line
    offLine /= 255;                     // the scissors want 0 or 1

    // The line's normal: the eigenvector of the Hessian's larger eigenvalue (across a dark
    // line the grey value curves upwards the most). The scissors favour steps at right angles
    // to this "gradient" direction, that is along the line.
    cv::Mat blurred, dxx, dyy, dxy;
    smooth.convertTo(blurred, CV_32F);
    cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), 2.0);
    cv::Sobel(blurred, dxx, CV_32F, 2, 0, 3);
    cv::Sobel(blurred, dyy, CV_32F, 0, 2, 3);
    cv::Sobel(blurred, dxy, CV_32F, 1, 1, 3);
    cv::Mat direction(d->grey.size(), CV_32FC2);
    for (int y = 0; y < direction.rows; ++y) {
        const float *a = dxx.ptr<float>(y);
        const float *c = dyy.ptr<float>(y);
        const float *b = dxy.ptr<float>(y);
        auto *out = direction.ptr<cv::Vec2f>(y);
        for (int x = 0; x < direction.cols; ++x) {
            const float angle = 0.5f * std::atan2(2 * b[x], a[x] - c[x]);
            out[x] = cv::Vec2f(std::cos(angle), std::sin(angle));
        }
    }

    d->scissors = cv::segmentation::IntelligentScissorsMB();
    d->scissors.setWeights(kWeightOffLine, kWeightDirection, kWeightDarkness);
    d->scissors.applyImageFeatures(offLine, direction, cost);
    return true;
}

QRectF LineTracer::region() const
{
    return d->region;
}

bool LineTracer::hasRegion() const
{
    return !d->grey.empty();
}

bool LineTracer::covers(QPointF imagePos) const
{
    return hasRegion() && d->region.contains(imagePos);
}

bool LineTracer::setSource(QPointF imagePos)
{
    d->hasSource = false;
    if (!covers(imagePos))
        return false;
    d->scissors.buildMap(d->toWork(imagePos));
    d->source = imagePos;
    d->hasSource = true;
    return true;
}

bool LineTracer::hasSource() const
{
    return d->hasSource;
}

QPointF LineTracer::source() const
{
    return d->source;
}

Polyline LineTracer::pathTo(QPointF imagePos, double tolerance) const
{
    if (!d->hasSource || !covers(imagePos))
        return {};
    std::vector<cv::Point> contour;
    d->scissors.getContour(d->toWork(imagePos), contour);
    Polyline path;
    path.reserve(qsizetype(contour.size()) + 2);
    path.append(d->source);
    for (const cv::Point &p : contour)
        path.append(d->toImage(p));
    path.append(imagePos);
    return simplify(path, tolerance);
}

Polyline LineTracer::simplify(const Polyline &points, double tolerance)
{
    if (points.size() < 3)
        return points;
    std::vector<cv::Point2f> in;
    in.reserve(size_t(points.size()));
    for (const QPointF &p : points)
        in.emplace_back(float(p.x()), float(p.y()));
    std::vector<cv::Point2f> out;
    cv::approxPolyDP(in, out, std::max(tolerance, 0.0), false);
    Polyline result;
    result.reserve(qsizetype(out.size()));
    // approxPolyDP keeps input points, but as floats: the first and last are given back as
    // they came, exactly.
    for (size_t i = 0; i < out.size(); ++i) {
        if (i == 0)
            result.append(points.first());
        else if (i + 1 == out.size())
            result.append(points.last());
        else
            result.append(QPointF(out[i].x, out[i].y));
    }
    return result;
}

} // namespace annostraat
