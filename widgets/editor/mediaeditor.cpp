// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaeditor.h"

#include "document/itemdocument.h"

#include <QWidget>

namespace annostraat {

MediaEditor::MediaEditor(EditorEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{}

MediaEditor::~MediaEditor() = default;

void MediaEditor::open(ItemDocument *document)
{
    m_document = document;
    showDocument(document);
}

void MediaEditor::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
}

QList<QAction *> MediaEditor::actions(Menu) const
{
    return {};
}

void MediaEditor::prefetch(const QList<Item> &) {}

QString MediaEditor::mediaPath(const Item &item) const
{
    return m_environment.mediaPath ? m_environment.mediaPath(item) : item.mediaPath;
}

void MediaEditor::markMainView(QWidget *view)
{
    view->setProperty(kMainViewProperty, true);
}

bool MediaEditor::isMainView(const QWidget *widget)
{
    return widget && widget->property(kMainViewProperty).toBool();
}

} // namespace annostraat
