// SPDX-License-Identifier: GPL-3.0-or-later
#include "fallbackeditor.h"

#include "document/itemdocument.h"
#include "mediamessage.h"
#include "model/displaynames.h"

#include <QDir>

namespace annostraat {

FallbackEditor::FallbackEditor(EditorEnvironment environment, QObject *parent)
    : MediaEditor(std::move(environment), parent)
    , m_message(new MediaMessage)
{
    m_message->setObjectName(QStringLiteral("fallbackEditor"));
}

FallbackEditor::~FallbackEditor()
{
    delete m_message.data();
}

QWidget *FallbackEditor::widget() const
{
    return m_message;
}

QString FallbackEditor::problem() const
{
    return document() ? m_message->text() : QString();
}

void FallbackEditor::showDocument(ItemDocument *)
{
    retranslate();
}

void FallbackEditor::retranslate()
{
    if (!document()) {
        m_message->setText({});
        return;
    }
    const Item &item = document()->item();
    m_message->setText(tr("This version cannot show items of the kind \u201c%1\u201d yet:\n%2")
                               .arg(DisplayNames::mediaKind(item.kind), QDir::toNativeSeparators(mediaPath(item)))
                       + QLatin1String("\n\n") + tr("You can still answer the questions, or skip the item."));
}

} // namespace annostraat
