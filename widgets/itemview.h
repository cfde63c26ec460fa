// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows the media of the current item: an image on the zoomable ImageCanvas (the drawing
// tools sit on top of it), a text read-only, or a calm message when the file is missing, not
// an image, or of a kind this version cannot show yet. An image whose data turns out to be
// broken while decoding gets the canvas' error tile.

#include "model/entities.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedLayout;

namespace annostraat {

class ImageCache;
class ImageCanvas;

class ItemView : public QWidget
{
    Q_OBJECT

public:
    enum class Shown { Nothing, Image, Text, Message };

    /// \a cache is shared with the prefetcher (not owned); nullptr gives the canvas its own.
    explicit ItemView(ImageCache *cache = nullptr, QWidget *parent = nullptr);
    /// Texts larger than this are refused with a message rather than read whole.
    static constexpr qint64 kMaxTextBytes = 8 * 1024 * 1024;

    void showItem(const Item &item);
    void clear();

    Shown shown() const { return m_shown; }
    /// The message on screen (empty unless shown() is Message).
    QString message() const;
    /// The canvas images are shown on (always there; visible while shown() is Image).
    ImageCanvas *canvas() const { return m_canvas; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem { None, Missing, Unreadable, TooLarge, Video, ImagePair, Unknown };
    void showProblem(Problem problem, const QString &detail = {});
    void retranslate();

    QStackedLayout *m_stack = nullptr;
    ImageCanvas *m_canvas = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_empty = nullptr;
    Shown m_shown = Shown::Nothing;
    Item m_item;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
};

} // namespace annostraat
