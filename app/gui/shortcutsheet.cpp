// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsheet.h"

#include "actiontext.h"
#include "wrappingdelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace annostraat {

ShortcutSheet::ShortcutSheet(QList<QPair<QString, QList<QAction *>>> groups, QWidget *parent)
    : QDialog(parent)
    , m_groups(std::move(groups))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree)); // rows as high as their wrapped text
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setDefault(true);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    fill();
    resize(720, 640);
    m_tree->setFocus();
}

QString ShortcutSheet::shortcutText(const QAction *action)
{
    return ActionText::keys(action);
}

void ShortcutSheet::describe(QAction *action, const QString &text, const QString &what)
{
    ActionText::describe(action, text, what);
}

QStringList ShortcutSheet::lines() const
{
    QStringList result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_tree->topLevelItem(i);
        result << row->text(0) + QStringLiteral(" \u2014 ") + row->text(1);
    }
    return result;
}

void ShortcutSheet::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setAccessibleName(tr("Keys and what they do"));
    m_intro->setText(tr(
            "Everything in Annostraat can be done with the keyboard. Tab moves between the parts "
            "of the window; these keys work everywhere."));
    m_tree->setHeaderLabels({tr("Key"), tr("Action")});
    m_tree->clear();
    for (const auto &[heading, actions] : std::as_const(m_groups)) {
        bool headingDone = false;
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty())
                continue;
            if (!headingDone) {
                auto *head = new QTreeWidgetItem(
                        m_tree, {QString(heading).remove(QLatin1Char('&')), QString()});
                QFont bold = head->font(0);
                bold.setBold(true);
                head->setFont(0, bold);
                head->setFlags(Qt::ItemIsEnabled);
                headingDone = true;
            }
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            if (text.endsWith(QStringLiteral("…")))
                text.chop(1);
            new QTreeWidgetItem(m_tree, {shortcutText(action), text});
        }
    }
    m_close->setText(tr("Close"));
}

void ShortcutSheet::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &ShortcutSheet::fitColumns, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void ShortcutSheet::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Once the tree has its new size too (its own resize event may come after this one).
    QMetaObject::invokeMethod(this, &ShortcutSheet::fitColumns, Qt::QueuedConnection);
}

void ShortcutSheet::fitColumns()
{
    const int room = m_tree->viewport()->width();
    if (room <= 0)
        return;
    m_tree->setColumnWidth(0, qMin(static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(0), room * 55 / 100));
    m_tree->doItemsLayout(); // the rows measured again at the columns' widths: wrapped rows grow
}

} // namespace annostraat
