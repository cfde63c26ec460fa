// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows the media of the current item: an image scaled to fit, a text read-only, or a calm
// message when the file is missing, unreadable or of a kind this version cannot show yet.
// Read-only: the drawing tools come later and will sit on top of this.

#include "model/entities.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedLayout;

namespace annostraat {

class ImagePane;

class ItemView : public QWidget
{
    Q_OBJECT

public:
    enum class Shown { Nothing, Image, Text, Message };

    explicit ItemView(QWidget *parent = nullptr);

    /// Longest side an image is decoded at; larger images are reduced while reading, so
    /// memory stays bounded whatever the file size.
    static constexpr int kMaxDecodedSide = 4096;
    /// Texts larger than this are refused with a message rather than read whole.
    static constexpr qint64 kMaxTextBytes = 8 * 1024 * 1024;

    void showItem(const Item &item);
    void clear();

    Shown shown() const { return m_shown; }
    /// The message on screen (empty unless shown() is Message).
    QString message() const;
    const QImage &image() const;
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem { None, Missing, Unreadable, TooLarge, Video, ImagePair, Unknown };
    void showProblem(Problem problem, const QString &detail = {});
    void retranslate();

    QStackedLayout *m_stack = nullptr;
    ImagePane *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_empty = nullptr;
    Shown m_shown = Shown::Nothing;
    Item m_item;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
};

} // namespace annostraat
