// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The manual (docs/manual/<language>/*.md) in a window of the program's own (Help → Manual,
// F1): Markdown shown by QTextBrowser, with the links between pages and the screenshots
// working, and images scaled down to the window's width. Not modal: it can stay open beside
// the work. Decision 0022.

#include <QDialog>
#include <QTextBrowser>

class QLabel;
class QPushButton;

namespace annostraat {

/// The text view of the manual: resolves images relative to the page and fits them in the view.
class ManualBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ManualBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

class ManualWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ManualWindow(QWidget *parent = nullptr);

    /// The folder holding "en/" and "nl/" (and, beside it, "../screenshots/"): the installed
    /// share/annostraat/manual next to the program's prefix, else the source tree's
    /// docs/manual (running from the build folder). Empty when neither exists.
    static QString folder();
    /// The start page of the manual in \a language ("nl", "en"; others read English).
    static QString startPage(const QString &language);

    /// Shows the start page in \a language; says so in the window when the manual is missing.
    void showStart(const QString &language);
    /// The language of the pages shown ("nl", "en"), as asked for in showStart().
    QString language() const { return m_language; }
    /// The first heading of the page shown ("Annostraat manual").
    QString pageTitle() const { return m_title; }
    ManualBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void pageChanged();

    ManualBrowser *m_browser = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_home = nullptr;
    QPushButton *m_close = nullptr;
    QString m_title;
    QString m_language;
    QString m_missing; ///< the folder looked for when the manual is missing
};

} // namespace annostraat
