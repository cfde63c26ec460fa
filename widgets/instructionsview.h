// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A task's instructions as annotators see them (the work page) and as the team lead previews
// them (the new task page): Markdown with headings at a calm size, and pictures never wider
// than the view. A picture in the instructions may be 1600 pixels wide (decision 0028) while the
// instructions' column is a few hundred: it is shown scaled to the column, whole, and again at
// each change of the column's width, never larger than it is.

#include <QTextBrowser>

namespace annostraat {

class InstructionsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit InstructionsView(QWidget *parent = nullptr);

    /// Shows \a markdown, headings calmed and pictures fitted.
    void showMarkdown(const QString &markdown);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void calmHeadings();
    void fitPictures();

    int m_fittedWidth = -1;
};

} // namespace annostraat
