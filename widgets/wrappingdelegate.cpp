// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

namespace annostraat {

namespace {

/// The margins the style keeps beside a row's text (QCommonStyle draws text that far in).
int textMargin(const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

/// Lays \a text out in \a width; returns the height of its lines.
qreal layOut(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

void WrappingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The row without its text: background, selection, check box, icon, focus.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = textMargin(opt);
    const QRectF room = QRectF(textRect).adjusted(margin, 0, -margin, 0);
    QTextLayout layout(text, opt.font);
    const qreal height = layOut(layout, room.width());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                             ? QPalette::Active
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    layout.draw(painter, QPointF(room.left(), room.top() + std::max(0.0, (room.height() - height) / 2)));
    painter->restore();
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The width the cell is drawn in: its column's in a tree or table (less a tree's
    // indentation), the viewport's in a list. Views do not pass it in.
    int width = opt.rect.width();
    if (const auto *tree = qobject_cast<const QTreeView *>(opt.widget)) {
        width = tree->columnWidth(index.column());
        if (index.column() == 0) {
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            width -= depth * tree->indentation();
        }
    } else if (const auto *table = qobject_cast<const QTableView *>(opt.widget)) {
        width = table->columnWidth(index.column());
    } else if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget)) {
        width = view->viewport()->width();
    }
    if (width <= 0)
        return size;
    opt.rect.setWidth(width);
    const QString text = opt.text;
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QTextLayout layout(text, opt.font);
    const qreal height = layOut(layout, textRect.width() - 2 * textMargin(opt));
    // The style's measure of the row on one line, with the lines the text takes instead of
    // that one: more than the style counts where a word had to be broken.
    QStyleOptionViewItem oneLine = opt;
    oneLine.features &= ~QStyleOptionViewItem::WrapText;
    const int oneLineHeight = QStyledItemDelegate::sizeHint(oneLine, index).height();
    const int lineHeight = QFontMetrics(opt.font).lineSpacing();
    size.setHeight(std::max(size.height(), oneLineHeight - lineHeight + int(std::ceil(height))));
    return size;
}

} // namespace annostraat
