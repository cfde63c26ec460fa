// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks the reviewer for a rejection's comment: free text or one of the task's quick comments
// (the schema's review "quickComments"), and says what it is about (the chosen annotation or
// the whole item). Enter rejects, Esc goes back without a change. The comment goes to the
// person whose work it is, so the intro asks for something they can learn from.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace annostraat {

class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a about: what the comment is about, worded (empty: the whole item).
    RejectDialog(const QString &person, const QString &about, const QStringList &quickComments,
                 QWidget *parent = nullptr);

    /// The comment as chosen or typed, simplified.
    QString comment() const;
    QComboBox *commentBox() const { return m_comment; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QString m_person;
    QString m_about;
    QLabel *m_intro = nullptr;
    QLabel *m_aboutLabel = nullptr;
    QComboBox *m_comment = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace annostraat
