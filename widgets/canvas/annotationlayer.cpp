// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlayer.h"

#include "model/contrast.h"

#include "toolcontext.h"

#include "model/kinds/annotationkinds.h"
#include "quality/geometry.h"

#include <QPainter>
#include <QPalette>

namespace annostraat {

namespace {

constexpr double kHandleSize = 8.0;

void drawHandle(QPainter &painter, QPointF at)
{
    painter.drawRect(QRectF(at - QPointF(kHandleSize / 2, kHandleSize / 2),
                            QSizeF(kHandleSize, kHandleSize)));
}

} // namespace

AnnotationLayer::AnnotationLayer(ToolContext *context)
    : m_context(context)
{}

void AnnotationLayer::paintLayer(QPainter &painter, const ImageCanvas &canvas)
{
    if (!m_context->document())
        return;
    const QTransform toWidget = canvas.imageToWidget();
    const QRectF visible = canvas.visibleImageRect();
    painter.save();
    if (painter.font() != m_tagFont) { // a theme or font size change
        m_tags.clear();
        m_tagFont = painter.font();
    }

    auto paintOne = [&](const Annotation &a, bool own) {
        if (m_context->isHidden(a.id))
            return;
        const LabelSpec *spec = m_context->labelSpec(a.label);
        const QColor colour = spec && spec->colour.isValid() ? spec->colour : QColor(Qt::magenta);
        const bool isSelected = own && a.id == m_context->selectedId();
        // Another person's annotation the reviewer chose: as wide as a selected one, on a
        // halo of the theme's highlight so it stands out on any image; still dashed (theirs).
        const bool pointedOut = !own && a.id == m_context->pointedOutId();
        // A suggestion not yet accepted: dotted, and "?" before its label in the tag.
        QPen pen(colour, isSelected || pointedOut ? 3 : own ? 2 : 1,
                 !own ? Qt::DashLine : a.suggested ? Qt::DotLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        // Drawn by the shape its kind has on an image, never by the kind itself.
        const AnnotationKindInfo &kind = AnnotationKinds::get(a.kind);
        const ImageShape form = kind.imageShape();
        const auto extent = kind.bounds(a.value);
        if (form == ImageShape::None || !extent)
            return;
        const QRectF bounds = *extent;
        if (!bounds.adjusted(-1, -1, 1, 1).intersects(visible))
            return;
        if (pointedOut) {
            QPen halo(canvas.palette().color(QPalette::Highlight), 7);
            halo.setCosmetic(true);
            halo.setJoinStyle(Qt::RoundJoin);
            painter.setPen(halo);
            const QPolygonF outline = form == ImageShape::Rect
                                              ? toWidget.map(QPolygonF(bounds))
                                              : toWidget.map(QPolygonF(pointsFromValue(a.value)));
            if (form == ImageShape::OpenPolyline)
                painter.drawPolyline(outline);
            else
                painter.drawPolygon(outline);
            painter.setPen(pen);
        }
        QPolygonF shape;
        if (form == ImageShape::Rect) {
            shape = toWidget.map(QPolygonF(bounds));
            painter.drawRect(toWidget.mapRect(bounds));
        } else {
            shape = toWidget.map(QPolygonF(pointsFromValue(a.value)));
            if (form == ImageShape::ClosedOutline) {
                painter.drawPolygon(shape);
            } else {
                painter.drawPolyline(shape);
                painter.setBrush(colour);
                for (const QPointF &p : std::as_const(shape))
                    painter.drawEllipse(p, 2.5, 2.5);
                painter.setBrush(Qt::NoBrush);
            }
        }
        const QRectF onScreen = toWidget.mapRect(bounds);
        // A tag names the label in words as well as colour (colour-blind users).
        if (onScreen.width() >= 24 || onScreen.height() >= 24 || isSelected) {
            // Laid out once per label and font: shaping text 500 times a frame is what costs.
            const QString tagText = a.suggested ? QStringLiteral("? ") + a.label : a.label;
            QStaticText &text = m_tags[tagText];
            if (text.text().isEmpty()) {
                text.setText(tagText);
                text.prepare(QTransform(), painter.font());
            }
            const QSizeF textSize = text.size();
            const QRectF tag(onScreen.topLeft() - QPointF(0, textSize.height() + 2),
                             QSizeF(textSize.width() + 6, textSize.height() + 2));
            // The label's colour, deepened or lightened until its name reads at 7:1.
            const auto [chip, ink] = readableChip(colour);
            painter.fillRect(tag, chip);
            painter.setPen(ink);
            painter.drawStaticText(tag.topLeft() + QPointF(3, 1), text);
        }
        if (isSelected) {
            painter.setPen(QPen(Qt::black, 1));
            painter.setBrush(Qt::white);
            if (form == ImageShape::Rect) {
                const Box box{bounds.x(), bounds.y(), bounds.width(), bounds.height()};
                for (int h = 0; h < kBoxHandleCount; ++h)
                    drawHandle(painter, toWidget.map(boxHandlePosition(box, BoxHandle(h))));
            } else {
                for (const QPointF &p : std::as_const(shape))
                    drawHandle(painter, p);
            }
        }
    };

    if (m_context->otherLayersShown()) {
        for (const Annotation &a : m_context->otherAnnotations())
            paintOne(a, false);
    }
    for (const Annotation &a : m_context->ownAnnotations())
        paintOne(a, true);
    // The part of the image a review comment is about: a frame in the theme's highlight on a
    // contrasting rim, so it shows on light and dark images alike.
    if (const QRectF place = m_context->placeShown(); !place.isNull()) {
        const QRectF onScreen = toWidget.mapRect(place);
        QPen rim(canvas.palette().color(QPalette::HighlightedText), 5);
        rim.setCosmetic(true);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(rim);
        painter.drawRect(onScreen);
        QPen frame(canvas.palette().color(QPalette::Highlight), 3, Qt::DashLine);
        frame.setCosmetic(true);
        painter.setPen(frame);
        painter.drawRect(onScreen);
    }
    painter.restore();
}

} // namespace annostraat
