// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's and team lead's undoable commands: a verdict on another person's work
// (decision 0018), and a gold mark on the item (decision 0021).
#include "commands.h"

#include "itemdocument.h"
#include "model/displaynames.h"
#include "quality/verdicts.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Commands)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Commands)
};

/// Redo gives the verdict again, undo takes it back; both are ops like any other change.
class VerdictCommand : public QUndoCommand
{
public:
    VerdictCommand(ItemDocument &doc, VerdictRequest request, GivenVerdict given, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_request(std::move(request)), m_given(std::move(given))
    {}

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        // A fix's copies come back as they were (a later step may name them), not anew.
        auto given = Verdicts::give(m_doc.store(), m_doc.task(), m_doc.user(), m_request, true,
                                    m_given.copied);
        if (!given)
            m_doc.notifyWriteFailed(given.error().message());
        else
            m_given = *given;
        notifyCopies();
        m_doc.notifyStatusChanged();
    }
    void undo() override
    {
        if (auto r = Verdicts::takeBack(m_doc.store(), m_doc.user(), m_given); !r)
            m_doc.notifyWriteFailed(r.error().message());
        notifyCopies();
        m_doc.notifyStatusChanged();
    }
    /// The copies of the annotator's work that a fix put into the reviewer's layer came or went.
    void notifyCopies()
    {
        for (const QString &id : std::as_const(m_given.copied))
            m_doc.notifyAnnotationChanged(id);
    }

private:
    ItemDocument &m_doc;
    VerdictRequest m_request;
    GivenVerdict m_given;
    bool m_skipFirstRedo = true;
};

/// Redo marks or unmarks the item, undo puts the mark back as it was; both are ops. Only the
/// document's user ever is the reference (Commands::setGold refuses another lead's mark), so
/// "as it was" is the user's mark or none.
class GoldCommand : public QUndoCommand
{
public:
    GoldCommand(ItemDocument &doc, bool gold, bool wasGold, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_gold(gold), m_wasGold(wasGold)
    {}

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        set(m_gold);
    }
    void undo() override { set(m_wasGold); }

private:
    void set(bool gold)
    {
        if (auto r = m_doc.store().setGold(m_doc.item().id, m_doc.user().id, gold); !r)
            m_doc.notifyWriteFailed(r.error().message());
        m_doc.notifyStatusChanged();
    }

    ItemDocument &m_doc;
    bool m_gold;
    bool m_wasGold;
    bool m_skipFirstRedo = true;
};

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return Tr::tr("Accept");
    case Verdict::Rejected: return Tr::tr("Reject");
    case Verdict::Corrected: return Tr::tr("Fix and accept");
    }
    return {};
}

} // namespace

namespace Commands {

Result<void> setVerdict(ItemDocument &doc, const VerdictRequest &request)
{
    // Fix and accept with nothing in the reviewer's layer yet copies the annotator's work into
    // it, to be corrected there (as `review fix` on the command line).
    auto given = Verdicts::give(doc.store(), doc.task(), doc.user(), request, true);
    if (!given)
        return given.error();
    const QStringList copied = given->copied;
    doc.undoStack()->push(new VerdictCommand(doc, request, *given, verdictText(request.verdict)));
    for (const QString &id : copied)
        doc.notifyAnnotationChanged(id);
    doc.notifyStatusChanged();
    return {};
}

Result<void> setGold(ItemDocument &doc, bool gold)
{
    std::optional<GoldMark> was;
    for (const GoldMark &mark : doc.store().goldMarks(doc.task().id))
        if (mark.itemId == doc.item().id)
            was = mark;
    if (doc.store().hasReadError())
        return doc.store().readError();
    const bool wasGold = was.has_value();
    if (wasGold == gold)
        return {};
    // Another lead's layer is the reference: taking their mark away is theirs to do (an undo
    // here could not give it back: a mark always names its own author, decision 0021).
    if (was && was->reference != doc.user().id) {
        const auto owner = doc.store().findProfile(was->reference);
        return Error(Tr::msg("%1 marked this item as gold with their own annotations as the reference; "
                             "only %1 can take the mark away")
                             .arg(owner ? owner->name : was->reference));
    }
    if (auto r = doc.store().setGold(doc.item().id, doc.user().id, gold); !r)
        return r.error();
    doc.undoStack()->push(new GoldCommand(doc, gold, wasGold, gold ? Tr::tr("Mark as gold") : Tr::tr("Unmark gold")));
    doc.notifyStatusChanged();
    return {};
}

} // namespace Commands
} // namespace annostraat
