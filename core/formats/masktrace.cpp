// SPDX-License-Identifier: GPL-3.0-or-later
#include "masktrace.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace annostraat {

std::optional<std::vector<quint32>> decodeCocoCounts(const QByteArray &text)
{
    // pycocotools maskApi.c rleFrString: 5 bits of value a character (offset 48), bit 0x20
    // "more follows", bit 0x10 of the last character the sign; from the third run on, each is
    // stored as the difference to the run two before.
    std::vector<qint64> runs;
    qsizetype p = 0;
    while (p < text.size()) {
        qint64 x = 0;
        int k = 0;
        bool more = true;
        int c = 0;
        while (more) {
            if (p >= text.size() || k > 12)
                return std::nullopt;
            c = int(uchar(text.at(p))) - 48;
            if (c < 0 || c > 63)
                return std::nullopt;
            x |= qint64(c & 0x1f) << (5 * k);
            more = c & 0x20;
            ++p;
            ++k;
        }
        if (c & 0x10)
            x |= ~qint64(0) << (5 * k);
        if (runs.size() > 2)
            x += runs[runs.size() - 2];
        if (x < 0 || x > 0xffffffffLL)
            return std::nullopt;
        runs.push_back(x);
    }
    return std::vector<quint32>(runs.begin(), runs.end());
}

TracedMask traceMask(const RunLengthMask &mask)
{
    TracedMask traced;
    cv::Mat pixels = cv::Mat::zeros(mask.height, mask.width, CV_8U);
    qint64 at = 0;
    const qint64 total = qint64(mask.height) * mask.width;
    for (size_t i = 0; i < mask.counts.size() && at < total; ++i) {
        const qint64 end = std::min<qint64>(total, at + mask.counts[i]);
        if (i % 2 == 1)
            for (qint64 j = at; j < end; ++j)
                pixels.at<uchar>(int(j % mask.height), int(j / mask.height)) = 1;
        at = end;
    }
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(pixels, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
    for (size_t i = 0; i < contours.size(); ++i) {
        if (hierarchy[i][3] >= 0) { // has a parent: a hole
            ++traced.holes;
            continue;
        }
        Polyline outline;
        for (const cv::Point &p : contours[i])
            outline << QPointF(p.x + 0.5, p.y + 0.5);
        if (checkPolygon(outline))
            traced.outlines << outline;
        else
            ++traced.droppedParts;
    }
    return traced;
}

} // namespace annostraat
