// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Who is working?": the profiles of this store, for a PC shared by several people. Arrow
// keys choose, Enter continues.

#include "model/entities.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace annostraat {

class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(QWidget *parent = nullptr);

    /// Lists \a profiles with \a currentId chosen (the last one used on this PC).
    void setProfiles(const QList<Profile> &profiles, const QString &currentId);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void profileChosen(const QString &profileId);
    void newProfileRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void chooseCurrent();

    QList<Profile> m_profiles;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_new = nullptr;
};

} // namespace annostraat
