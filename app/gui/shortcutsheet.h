// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every keyboard shortcut of the main window, read from the actions themselves so the sheet
// can never disagree with what the keys do.

#include <QDialog>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace annostraat {

class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    /// \a groups: a heading (e.g. a menu title) with its actions.
    explicit ShortcutSheet(QList<QPair<QString, QList<QAction *>>> groups,
                           QWidget *parent = nullptr);

    /// "Action — shortcuts" lines, as shown.
    QStringList lines() const;
    /// The shortcuts of \a action as the sheet writes them, e.g. "Ctrl+Z".
    static QString shortcutText(const QAction *action);
    /// Gives \a action its \a text and a tooltip "\a what (its keys)", as the sheet writes them.
    static void describe(QAction *action, const QString &text, const QString &what);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();
    /// The keys' column as wide as its keys, up to a little over half the width; beyond that
    /// the keys wrap, as what they do does, so neither is cut at large text sizes.
    void fitColumns();

    QList<QPair<QString, QList<QAction *>>> m_groups;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
