// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdocument.h"

#include "store/store.h"

namespace annostraat {

ItemDocument::ItemDocument(Store &store, Task task, Item item, Profile user, QObject *parent)
    : QObject(parent), m_store(store), m_task(std::move(task)), m_item(std::move(item)), m_user(std::move(user))
{
    m_opened.start();
}

QList<Annotation> ItemDocument::annotations() const
{
    return m_store.annotations(m_item.id, m_user.id);
}

QList<Annotation> ItemDocument::otherLayers() const
{
    QList<Annotation> others = m_store.annotations(m_item.id);
    others.removeIf([this](const Annotation &a) { return a.author == m_user.id; });
    return others;
}

std::optional<Submission> ItemDocument::submission() const
{
    return m_store.submission(m_item.id, m_user.id);
}

SubmissionStatus ItemDocument::status() const
{
    const auto s = submission();
    return s ? s->status : SubmissionStatus::Todo;
}

} // namespace annostraat
