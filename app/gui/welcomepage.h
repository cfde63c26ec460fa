// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The first page on a new store (and the "new profile" page later): a name, a role, and a
// start with or without the demo tasks. Part of the main window, never a pop-up; Enter starts
// with the demo tasks.

#include "model/kinds.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace annostraat {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// First start (welcome) or adding a profile to a store that has some (with a way back).
    void setFirstStart(bool firstStart);
    bool isFirstStart() const { return m_firstStart; }
    /// Clears the form, with the name prefilled with the computer's user name.
    void reset();
    /// A calm line under the form, e.g. "that name is taken" (empty hides it).
    void setProblem(const QString &problem);

    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void startRequested(const QString &name, annostraat::Role role, bool withDemo);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void start(bool withDemo);

    bool m_firstStart = true;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_withDemo = nullptr;
    QPushButton *m_withoutDemo = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace annostraat
