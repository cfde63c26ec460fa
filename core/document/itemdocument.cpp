// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdocument.h"

#include "quality/reviewqueue.h"
#include "store/store.h"

namespace annostraat {

ItemDocument::ItemDocument(Store &store, Task task, Item item, Profile user, QObject *parent)
    : QObject(parent), m_store(store), m_task(std::move(task)), m_item(std::move(item)), m_user(std::move(user))
{
    m_running.start();
}

qint64 ItemDocument::uncountedMs() const
{
    return m_banked + (m_active ? m_running.elapsed() : 0);
}

void ItemDocument::markCounted()
{
    m_banked = 0;
    m_running.restart();
}

void ItemDocument::setActive(bool active)
{
    if (active == m_active)
        return;
    if (active)
        m_running.restart();
    else
        m_banked += m_running.elapsed();
    m_active = active;
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
    if (feedback())
        return SubmissionStatus::Todo;
    const auto s = submission();
    return s ? s->status : SubmissionStatus::Todo;
}

ItemDocument::~ItemDocument()
{
    m_undoStack.blockSignals(true);
}

std::optional<Review> ItemDocument::feedback() const
{
    return ReviewQueue::feedback(m_store, m_item.id, m_user.id);
}

bool ItemDocument::awaitsVerdict() const
{
    return ReviewQueue::awaitsVerdict(m_store, m_task, m_item.id, m_user.id);
}

} // namespace annostraat
