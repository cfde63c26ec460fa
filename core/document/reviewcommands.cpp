// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's undoable command: a verdict on another person's work (decision 0018).
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
        auto given = Verdicts::give(m_doc.store(), m_doc.task(), m_doc.user(), m_request);
        if (!given)
            m_doc.notifyWriteFailed(given.error().message());
        else
            m_given = *given;
        m_doc.notifyStatusChanged();
    }
    void undo() override
    {
        if (auto r = Verdicts::takeBack(m_doc.store(), m_doc.user(), m_given); !r)
            m_doc.notifyWriteFailed(r.error().message());
        m_doc.notifyStatusChanged();
    }

private:
    ItemDocument &m_doc;
    VerdictRequest m_request;
    GivenVerdict m_given;
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
    auto given = Verdicts::give(doc.store(), doc.task(), doc.user(), request);
    if (!given)
        return given.error();
    doc.undoStack()->push(new VerdictCommand(doc, request, *given, verdictText(request.verdict)));
    doc.notifyStatusChanged();
    return {};
}

} // namespace Commands
} // namespace annostraat
