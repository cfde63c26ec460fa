// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows (or cells) whose text wraps between words, and inside a word only where that one word is wider
// than the row (QTextOption::WrapAtWordBoundaryOrAnywhere): at large text sizes in a narrow
// column a long name ("Demo 10: programmadelen") is shown whole over more lines instead of
// being cut to "…". The style draws the row (its background, selection and focus); the
// delegate writes the text in the row's text rectangle, in the colour the style would use.

#include <QStyledItemDelegate>

namespace annostraat {

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace annostraat
