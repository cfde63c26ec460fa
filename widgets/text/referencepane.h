// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reference document beside a text (docs/text.md): the source data the text was written
// from, as a table (CSV or JSON) or a second text, read-only, with a heading and its own
// scroll position. A document that cannot be read gives a calm message in the pane that names
// the file and the problem; the text beside it stays workable. core/media/referencedocument.h
// reads the file; this pane only shows it.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace annostraat {

class ReferencePane : public QWidget
{
    Q_OBJECT

public:
    explicit ReferencePane(QWidget *parent = nullptr);

    /// Reads and shows the reference document at \a path.
    void showFile(const QString &path);
    /// Shows nothing (and forgets the file).
    void clear();

    /// The widget that takes the keyboard (F6): the table, the text or the message.
    QWidget *focusTarget() const;
    QTableView *table() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    /// The message shown instead of the document; empty while the document is shown.
    QString problem() const { return m_problem; }
    QString path() const { return m_path; }

    void retranslate();

private:
    void showProblem();

    QLabel *m_heading = nullptr;
    QLabel *m_source = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QScrollArea *m_messageArea = nullptr;
    QLabel *m_message = nullptr;
    QString m_path;
    QString m_problem;
    // What went wrong, kept apart so the message is worded again in another language.
    QString m_problemFile;
    qint64 m_problemLine = 0;
    QString m_problemText;
    bool m_missing = false;
};

} // namespace annostraat
