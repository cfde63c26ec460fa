// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The video editor's timeline: a ruler in timecode, the audio waveform, the segments and
// markers in their label colours, and the playhead; zoom from the whole program down to
// single frames (a frame is then several pixels wide).
//
// Design note. The view knows frames, not annotations: the editor gives it Marks (an id, a
// colour, a start and an end frame) and turns its signals into Commands. A click moves the
// playhead; a click on a mark chooses it; dragging a segment's edge moves it, snapped to whole
// frames, as one gesture (edgeDragged with finished = false while dragging, true at release).
// The waveform comes through a callback, so the view needs no audio code.

#include "media/timecode.h"

#include <QColor>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

namespace annostraat {

class TimelineView : public QWidget
{
    Q_OBJECT

public:
    struct Mark
    {
        QString id;
        QString text;      ///< the label, shown on the bar when it fits
        QColor colour;
        qint64 start = 0;  ///< first frame
        qint64 end = -1;   ///< exclusive; -1 for a marker (one frame, drawn as a line)
        int lane = 0;      ///< 0: segments, 1: markers and locators' single edges, 2: theirs
        bool draggable = true;
        /// Another person's (a reviewer compares): hatched in its colour with a dashed edge,
        /// never dragged.
        bool theirs = false;
    };
    /// Min and max of the audio in [-1, 1] for each of \a buckets between two times (ms).
    using Peaks = std::function<QList<QPair<float, float>>(qint64 fromMs, qint64 toMs, int buckets)>;

    explicit TimelineView(QWidget *parent = nullptr);

    void setVideo(qint64 frameCount, FrameRate rate, bool dropFrame, qint64 startFrame);
    qint64 frameCount() const { return m_frameCount; }
    void setCurrentFrame(qint64 frame);
    qint64 currentFrame() const { return m_current; }
    /// The lanes grow to hold the highest lane of \a marks (two at least).
    void setMarks(QList<Mark> marks);
    int laneCount() const { return m_lanes; }
    const QList<Mark> &marks() const { return m_marks; }
    void setSelected(const QString &id);
    const QString &selected() const { return m_selected; }
    void setPeaks(Peaks peaks);
    /// Draws the waveform again (it grew, or it is ready).
    void updateWaveform() { update(); }

    /// Frames per pixel; the whole program fits at fitZoom().
    double zoom() const { return m_framesPerPixel; }
    void setZoom(double framesPerPixel);
    double fitZoom() const;
    void zoomIn() { setZoom(m_framesPerPixel / 2); }
    void zoomOut() { setZoom(m_framesPerPixel * 2); }
    void zoomToFit() { setZoom(fitZoom()); }
    /// The first frame at the left edge.
    double firstVisibleFrame() const { return m_first; }

    /// The x of the left edge of \a frame, and the frame under \a x.
    double xOf(double frame) const;
    qint64 frameAt(double x) const;
    /// Where the lanes are (for tests that click on a mark).
    QRect laneRect(int lane) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 frame);
    void markClicked(const QString &id);
    void edgeDragged(const QString &id, bool startEdge, qint64 frame, bool finished);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Keeps the playhead in view, scrolling by pages as it moves.
    void followPlayhead();
    void clampFirst();
    QString tickLabel(qint64 frame) const;
    /// The mark edge under \a pos, if any: the mark's index and whether it is its start.
    std::optional<std::pair<int, bool>> edgeAt(const QPoint &pos) const;
    int markAt(const QPoint &pos) const;

    qint64 m_frameCount = 0;
    FrameRate m_rate{25, 1};
    bool m_dropFrame = false;
    qint64 m_startFrame = 0;
    qint64 m_current = 0;
    double m_framesPerPixel = 1;
    double m_first = 0;
    bool m_fitted = true; ///< zoomed to fit: stays so when the width changes
    QList<Mark> m_marks;
    int m_lanes = 2;
    QString m_selected;
    Peaks m_peaks;
    // A drag in progress: the mark's id, which edge, and the frame it started at.
    QString m_dragId;
    bool m_dragStart = false;
    qint64 m_dragFrame = -1;
    bool m_scrubbing = false;
};

} // namespace annostraat
