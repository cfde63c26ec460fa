// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text editor: shows a UTF-8 text to read beside the questions. Entity spans (issue 11)
// come here, on a code-point surface; until then the text is read-only.

#include "editor/mediaeditor.h"

#include <QPointer>

class QPlainTextEdit;
class QStackedLayout;

namespace annostraat {

class MediaMessage;

class TextEditor : public MediaEditor
{
    Q_OBJECT

public:
    explicit TextEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~TextEditor() override;

    /// Texts larger than this are refused with a message rather than read whole.
    static constexpr qint64 kMaxTextBytes = 8 * 1024 * 1024;

    QString id() const override { return QStringLiteral("text"); }
    QWidget *widget() const override;
    QString problem() const override { return m_problem; }
    bool takeFocus() override;
    void retranslate() override;

    /// The text on screen (empty while a problem is shown).
    QString text() const;

protected:
    void showDocument(ItemDocument *document) override;

private:
    void showProblem(const QString &text);

    QPointer<QWidget> m_widget; ///< owned; the work page's layout may delete it first
    QStackedLayout *m_stack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    MediaMessage *m_message = nullptr;
    QString m_problem;
};

} // namespace annostraat
