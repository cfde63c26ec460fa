// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "model/contrast.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

constexpr int kRulerHeight = 22;
constexpr int kWaveHeight = 40;
constexpr int kLaneHeight = 24;
constexpr int kEdgeGrab = 5; ///< pixels either side of an edge that grab it
constexpr double kMinLabelGap = 110; ///< pixels between two timecode labels

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::NoFocus); // the keys belong to the editor's frame view
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize TimelineView::sizeHint() const
{
    return {800, kRulerHeight + kWaveHeight + m_lanes * kLaneHeight + 6};
}

QSize TimelineView::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void TimelineView::setVideo(qint64 frameCount, FrameRate rate, bool dropFrame, qint64 startFrame)
{
    m_frameCount = std::max<qint64>(0, frameCount);
    m_rate = rate.isValid() ? rate : FrameRate{25, 1};
    m_dropFrame = dropFrame;
    m_startFrame = startFrame;
    m_current = std::clamp<qint64>(m_current, 0, std::max<qint64>(0, m_frameCount - 1));
    m_fitted = true;
    m_framesPerPixel = fitZoom();
    m_first = 0;
    update();
}

void TimelineView::setCurrentFrame(qint64 frame)
{
    frame = std::clamp<qint64>(frame, 0, std::max<qint64>(0, m_frameCount - 1));
    if (frame == m_current)
        return;
    m_current = frame;
    followPlayhead();
    update();
}

void TimelineView::setMarks(QList<Mark> marks)
{
    m_marks = std::move(marks);
    int lanes = 2;
    for (const Mark &m : std::as_const(m_marks))
        lanes = std::max(lanes, m.lane + 1);
    if (lanes != m_lanes) {
        m_lanes = lanes;
        updateGeometry();
    }
    update();
}

void TimelineView::setSelected(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    update();
}

void TimelineView::setPeaks(Peaks peaks)
{
    m_peaks = std::move(peaks);
    update();
}

double TimelineView::fitZoom() const
{
    return std::max(1.0 / 16, double(std::max<qint64>(1, m_frameCount)) / std::max(1, width()));
}

void TimelineView::setZoom(double framesPerPixel)
{
    // From 16 pixels a frame to the whole program.
    const double fit = fitZoom();
    framesPerPixel = std::clamp(framesPerPixel, 1.0 / 16, std::max(fit, 1.0 / 16));
    m_fitted = framesPerPixel >= fit;
    // Zoom around the playhead: it stays where it is on screen (or in the middle).
    const double x = xOf(double(m_current));
    const double anchor = (x >= 0 && x <= width()) ? x : width() / 2.0;
    m_framesPerPixel = framesPerPixel;
    m_first = double(m_current) - anchor * m_framesPerPixel;
    clampFirst();
    update();
}

void TimelineView::clampFirst()
{
    const double visible = width() * m_framesPerPixel;
    m_first = std::clamp(m_first, 0.0, std::max(0.0, double(m_frameCount) - visible));
}

void TimelineView::followPlayhead()
{
    const double x = xOf(double(m_current));
    const double frameWidth = 1 / m_framesPerPixel;
    if (x < 0 || x + frameWidth > width()) {
        m_first = double(m_current) - width() * m_framesPerPixel / 4; // a quarter in
        clampFirst();
    }
}

double TimelineView::xOf(double frame) const
{
    return (frame - m_first) / m_framesPerPixel;
}

qint64 TimelineView::frameAt(double x) const
{
    const qint64 frame = qint64(std::floor(m_first + x * m_framesPerPixel));
    return std::clamp<qint64>(frame, 0, std::max<qint64>(0, m_frameCount - 1));
}

QRect TimelineView::laneRect(int lane) const
{
    return QRect(0, kRulerHeight + kWaveHeight + 2 + lane * kLaneHeight, width(), kLaneHeight - 2);
}

QString TimelineView::tickLabel(qint64 frame) const
{
    return Timecode::label(frame, m_rate, m_dropFrame, m_startFrame);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlpha(90);

    // Ruler: ticks at a step that leaves room for a label, in frames, seconds or minutes.
    const int nominal = std::max(1, m_rate.nominal());
    const qint64 steps[] = {1, 2, 5, 10, nominal, 2LL * nominal, 5LL * nominal, 10LL * nominal,
                            30LL * nominal, 60LL * nominal, 300LL * nominal, 600LL * nominal,
                            1800LL * nominal, 3600LL * nominal};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps)
        if (s / m_framesPerPixel >= kMinLabelGap) {
            step = s;
            break;
        }
    p.setPen(text);
    const QFontMetrics fm(font());
    const qint64 firstTick = qint64(std::floor(m_first / step)) * step;
    for (qint64 f = firstTick; f <= m_frameCount; f += step) {
        const double x = xOf(double(f));
        if (x > width())
            break;
        if (x < -kMinLabelGap)
            continue;
        p.drawLine(QPointF(x, kRulerHeight - 6), QPointF(x, kRulerHeight));
        p.drawText(QPointF(x + 3, fm.ascent() + 2), tickLabel(f));
        // Minor ticks: five between labels.
        for (int i = 1; i < 5; ++i) {
            const double mx = xOf(double(f) + double(step) * i / 5);
            p.drawLine(QPointF(mx, kRulerHeight - 3), QPointF(mx, kRulerHeight));
        }
    }
    p.setPen(faint);
    p.drawLine(0, kRulerHeight, width(), kRulerHeight);

    // Waveform: one min/max pair per pixel column.
    const QRect wave(0, kRulerHeight + 1, width(), kWaveHeight);
    if (m_peaks && m_frameCount > 0) {
        const qint64 fromMs = Timecode::frameToMs(qint64(std::max(0.0, m_first)), m_rate);
        const double lastFrame = std::min(double(m_frameCount), m_first + width() * m_framesPerPixel);
        const qint64 toMs = Timecode::frameToMs(qint64(std::ceil(lastFrame)), m_rate);
        const int columns = int(std::ceil((lastFrame - std::max(0.0, m_first)) / m_framesPerPixel));
        if (columns > 0 && toMs > fromMs) {
            const auto peaks = m_peaks(fromMs, toMs, columns);
            QColor waveColour = pal.color(QPalette::Highlight);
            p.setPen(waveColour);
            const double mid = wave.center().y();
            const double half = wave.height() / 2.0 - 1;
            const double x0 = xOf(std::max(0.0, m_first));
            for (qsizetype i = 0; i < peaks.size(); ++i) {
                const double x = x0 + i;
                p.drawLine(QPointF(x, mid - peaks[i].second * half), QPointF(x, mid - peaks[i].first * half));
            }
        }
    }
    p.setPen(faint);
    p.drawLine(0, wave.bottom(), width(), wave.bottom());

    // Beyond the end of the video.
    const double endX = xOf(double(m_frameCount));
    if (endX < width())
        p.fillRect(QRectF(endX, 0, width() - endX, height()), pal.color(QPalette::Window));

    // Marks: segments as bars, markers as lines with a flag.
    for (const Mark &m : std::as_const(m_marks)) {
        const QRect lane = laneRect(m.lane);
        const bool chosen = m.id == m_selected;
        QColor fill = m.colour;
        if (m.end < 0) {
            const double x = xOf(double(m.start) + 0.5);
            if (x < -20 || x > width() + 20)
                continue;
            p.setPen(QPen(fill, chosen ? 3 : 2, m.theirs ? Qt::DashLine : Qt::SolidLine));
            p.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
            QPainterPath flag;
            flag.moveTo(x, lane.top());
            flag.lineTo(x + 8, lane.top() + 4);
            flag.lineTo(x, lane.top() + 8);
            p.fillPath(flag, fill);
            if (chosen) {
                p.setPen(QPen(text, 1, Qt::DashLine));
                p.drawRect(QRectF(x - 4, lane.top(), 14, lane.height()));
            }
            continue;
        }
        const double x1 = xOf(double(m.start));
        const double x2 = xOf(double(m.end));
        if (x2 < 0 || x1 > width())
            continue;
        QRectF bar(x1, lane.top() + 2, std::max(2.0, x2 - x1), lane.height() - 4);
        fill.setAlpha(chosen ? 230 : 170);
        if (m.theirs) {
            // Someone else's: hatched, so it never reads as one's own, in any theme.
            p.fillRect(bar, QBrush(fill, Qt::BDiagPattern));
            p.setPen(QPen(chosen ? text : m.colour, chosen ? 3 : 1, Qt::DashLine));
            p.drawRect(bar);
            continue; // the label is in the list; over the hatching it would not read
        }
        // One's own: a solid bar in the label's colour, moved only as far as its name needs to
        // read at 7:1 (the chips on the photo do the same).
        const auto [chip, ink] = readableChip(m.colour);
        p.fillRect(bar, chip);
        p.setPen(QPen(chosen ? text : chip.darker(150), chosen ? 2 : 1));
        p.drawRect(bar);
        if (bar.width() > fm.horizontalAdvance(m.text) + 6) {
            p.setPen(ink);
            p.drawText(bar.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, m.text);
        }
    }

    // The playhead: the current frame's whole width, and a line at its start.
    const double px = xOf(double(m_current));
    const double pw = std::max(1.0, 1 / m_framesPerPixel);
    QColor head = pal.color(QPalette::Highlight);
    head.setAlpha(70);
    if (pw > 2)
        p.fillRect(QRectF(px, 0, pw, height()), head);
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawLine(QPointF(px, 0), QPointF(px, height()));
}

std::optional<std::pair<int, bool>> TimelineView::edgeAt(const QPoint &pos) const
{
    for (int i = int(m_marks.size()) - 1; i >= 0; --i) {
        const Mark &m = m_marks.at(i);
        if (m.end < 0 || !m.draggable || !laneRect(m.lane).contains(pos))
            continue;
        if (std::abs(pos.x() - xOf(double(m.start))) <= kEdgeGrab)
            return std::pair{i, true};
        if (std::abs(pos.x() - xOf(double(m.end))) <= kEdgeGrab)
            return std::pair{i, false};
    }
    return std::nullopt;
}

int TimelineView::markAt(const QPoint &pos) const
{
    for (int i = int(m_marks.size()) - 1; i >= 0; --i) {
        const Mark &m = m_marks.at(i);
        if (!laneRect(m.lane).contains(pos))
            continue;
        if (m.end < 0 ? std::abs(pos.x() - xOf(double(m.start) + 0.5)) <= kEdgeGrab + 2
                      : (pos.x() >= xOf(double(m.start)) && pos.x() <= xOf(double(m.end))))
            return i;
    }
    return -1;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_frameCount <= 0)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    if (const auto edge = edgeAt(pos)) {
        const Mark &m = m_marks.at(edge->first);
        m_dragId = m.id;
        m_dragStart = edge->second;
        m_dragFrame = edge->second ? m.start : m.end;
        Q_EMIT markClicked(m.id);
        return;
    }
    if (const int i = markAt(pos); i >= 0) {
        Q_EMIT markClicked(m_marks.at(i).id);
        Q_EMIT seekRequested(m_marks.at(i).start);
        return;
    }
    m_scrubbing = true;
    Q_EMIT seekRequested(frameAt(pos.x()));
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_dragId.isEmpty()) {
        // Snapped to the nearest frame boundary; an end may reach the frame count.
        qint64 frame = qint64(std::llround(m_first + pos.x() * m_framesPerPixel));
        frame = std::clamp<qint64>(frame, 0, m_frameCount);
        if (frame != m_dragFrame) {
            m_dragFrame = frame;
            Q_EMIT edgeDragged(m_dragId, m_dragStart, frame, false);
        }
        return;
    }
    if (m_scrubbing) {
        Q_EMIT seekRequested(frameAt(pos.x()));
        return;
    }
    setCursor(edgeAt(pos) ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragId.isEmpty()) {
        const QString id = std::exchange(m_dragId, QString());
        Q_EMIT edgeDragged(id, m_dragStart, m_dragFrame, true);
    }
    m_scrubbing = false;
    QWidget::mouseReleaseEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(delta > 0 ? m_framesPerPixel / 1.25 : m_framesPerPixel * 1.25);
    } else {
        m_first -= delta / 120.0 * width() / 8 * m_framesPerPixel;
        clampFirst();
        update();
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        m_framesPerPixel = fitZoom();
    clampFirst();
}

} // namespace annostraat
