// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor of media kinds that have none yet: it says so calmly and leaves the item's
// questions to answer (they are the work page's, beside every editor).

#include "mediaeditor.h"

namespace annostraat {

class MediaMessage;

class FallbackEditor : public MediaEditor
{
    Q_OBJECT

public:
    explicit FallbackEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~FallbackEditor() override;

    QString id() const override { return QStringLiteral("none"); }
    QWidget *widget() const override;
    QString problem() const override;
    void retranslate() override;

protected:
    void showDocument(ItemDocument *document) override;

private:
    QPointer<MediaMessage> m_message; ///< owned; the work page's layout may delete it first
};

} // namespace annostraat
