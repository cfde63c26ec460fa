// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks the reviewer for a rejection's comment: free text or one of the task's quick comments
// (the schema's review "quickComments"), and says what it is about (the chosen annotation or
// the whole item) and, where the reviewer is on that annotation in the editor (a frame, some
// words), offers to name that place too (on unless unticked). Enter rejects, Esc goes back
// without a change. The comment goes to the
// person whose work it is, so the intro asks for something they can learn from.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace annostraat {

class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a about: what the comment is about, worded (empty: the whole item); \a place: where on
    /// it, worded ("at 00:00:41:09"; empty: nowhere in particular).
    RejectDialog(const QString &person, const QString &about, const QString &place,
                 const QStringList &quickComments, QWidget *parent = nullptr);

    /// The comment as chosen or typed, simplified.
    QString comment() const;
    QComboBox *commentBox() const { return m_comment; }
    /// Whether the comment names the place too (false when there is none).
    bool namesPlace() const;
    QCheckBox *placeBox() const { return m_placeBox; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QString m_person;
    QString m_about;
    QString m_place;
    QLabel *m_intro = nullptr;
    QLabel *m_aboutLabel = nullptr;
    QComboBox *m_comment = nullptr;
    QCheckBox *m_placeBox = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace annostraat
