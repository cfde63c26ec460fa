// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The A/B pair editor: two images side by side at the same zoom and position (zooming or
// panning one moves the other), and the choice between them by key (A, B, and = for "no
// difference" when the question allows it) or by the button under each image. The choice is
// the answer to the schema's "ab" question for image pairs, written through Commands (one
// undo step each), so the question form beside it shows the same answer.

#include "editor/mediaeditor.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace annostraat {

class ImageCache;
class ImageCanvas;
class MediaMessage;
struct QuestionSpec;

class PairEditor : public MediaEditor
{
    Q_OBJECT

public:
    explicit PairEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~PairEditor() override;

    QString id() const override { return QStringLiteral("pair"); }
    QWidget *widget() const override;
    QList<QAction *> actions(Menu menu) const override;
    QString statusText() const override;
    QString problem() const override { return m_problem; }
    void prefetch(const QList<Item> &upcoming) override;
    bool takeFocus() override;
    void retranslate() override;

    ImageCanvas *canvasA() const { return m_a; }
    ImageCanvas *canvasB() const { return m_b; }
    /// The stored choice: "A", "B", "same", or empty.
    QString choice() const;
    /// Writes \a answer ("A", "B" or "same") as the answer to the pair question.
    bool choose(const QString &answer);

protected:
    void showDocument(ItemDocument *document) override;

private:
    /// Where this PC has the B image \a b of \a item.
    QString pathOfB(const Item &item, const ItemMedium &b) const;
    /// The "ab" question asked for this item, or nullptr.
    const QuestionSpec *question() const;
    void follow(ImageCanvas *from, ImageCanvas *to);
    void updateChoice();
    void updateActions();
    void showProblem(const QString &text);

    QPointer<QWidget> m_widget; ///< owned; the work page's layout may delete it first
    QStackedLayout *m_stack = nullptr;
    ImageCache *m_cache = nullptr;
    ImageCanvas *m_a = nullptr;
    ImageCanvas *m_b = nullptr;
    QLabel *m_captionA = nullptr;
    QLabel *m_captionB = nullptr;
    QPushButton *m_buttonA = nullptr;
    QPushButton *m_buttonB = nullptr;
    QPushButton *m_buttonSame = nullptr;
    MediaMessage *m_message = nullptr;
    QAction *m_chooseA = nullptr;
    QAction *m_chooseB = nullptr;
    QAction *m_chooseSame = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QString m_problem;
    QMetaObject::Connection m_documentConnection;
    bool m_following = false;
};

} // namespace annostraat
