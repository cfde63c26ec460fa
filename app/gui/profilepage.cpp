// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilepage.h"

#include "fontwatcher.h"

#include "model/displaynames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

/// Enter on the list continues, like a double-click.
class ProfileList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};
} // namespace

ProfilePage::ProfilePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profilePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    outer->addStretch(1);
    auto *column = new QWidget(this);
    // A calm reading width, growing with the text size (the buttons' texts stay whole).
    new FontWatcher(column, [column] {
        column->setMaximumWidth(std::max(640, column->fontMetrics().averageCharWidth() * 53));
    });
    column->setMaximumWidth(std::max(640, column->fontMetrics().averageCharWidth() * 53));
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(16);
    m_title = new QLabel(column);
    m_title->setProperty("role", QStringLiteral("heading"));
    m_title->setWordWrap(true);
    m_intro = new QLabel(column);
    m_intro->setWordWrap(true);
    auto *list = new ProfileList(column);
    list->onEnter = [this] { chooseCurrent(); };
    m_list = list;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumHeight(200);
    m_intro->setBuddy(m_list);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_continue = new QPushButton(column);
    m_continue->setObjectName(QStringLiteral("profileContinue"));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    m_new = new QPushButton(column);
    m_new->setObjectName(QStringLiteral("profileNew"));
    m_new->setAutoDefault(true);
    buttons->addWidget(m_continue);
    buttons->addStretch(1);
    buttons->addWidget(m_new);
    layout->addLayout(buttons);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_list, &QListWidget::itemActivated, this, [this] { chooseCurrent(); });
    connect(m_continue, &QPushButton::clicked, this, &ProfilePage::chooseCurrent);
    connect(m_new, &QPushButton::clicked, this, &ProfilePage::newProfileRequested);
    retranslate();
}

void ProfilePage::setProfiles(const QList<Profile> &profiles, const QString &currentId)
{
    m_profiles = profiles;
    m_list->clear();
    for (const Profile &p : profiles) {
        auto *row = new QListWidgetItem(m_list);
        row->setData(kIdRole, p.id);
        if (p.id == currentId)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    retranslate();
}

void ProfilePage::chooseCurrent()
{
    if (QListWidgetItem *row = m_list->currentItem())
        Q_EMIT profileChosen(row->data(kIdRole).toString());
}

void ProfilePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_list->setFocus(Qt::OtherFocusReason);
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfilePage::retranslate()
{
    m_title->setText(tr("Who is working?"));
    m_intro->setText(tr("Choose your &profile with the arrow keys and press Enter."));
    m_list->setAccessibleName(tr("Profiles"));
    for (int i = 0; i < m_list->count() && i < m_profiles.size(); ++i)
        m_list->item(i)->setText(
                tr("%1  (%2)")
                        .arg(m_profiles.at(i).name, DisplayNames::role(m_profiles.at(i).role)));
    m_continue->setText(tr("Continue"));
    m_continue->setToolTip(tr("Work as the chosen profile (Enter)"));
    m_new->setText(tr("New profile"));
    m_new->setToolTip(tr("Add a profile for another person"));
}

} // namespace annostraat
