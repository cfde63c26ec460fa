// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The counts an import or export reports (ImportSummary::counts, ExportSummary::counts) are
// ids ("annotation", "mask-traced"), so that the command line's --json stays stable. These
// are the same counts as sentences for a person: "1020 images", "3 masks traced into
// polygons (their outline through the border pixels' centres)". The import and export
// dialogs show them; a count a format adds without a sentence here is shown as "id: n".

#include "util/message.h"

#include <QList>
#include <QMap>
#include <QString>

namespace annostraat {

/// \a n of \a key, as a sentence part in the user's language when shown.
Message countMessage(const QString &key, int n);

/// Every non-zero count of \a counts: what was (or will be) written first (items, images,
/// annotations, spans, people), then what a format could not carry over.
QList<Message> countMessages(const QMap<QString, int> &counts);

/// Whether \a key counts something written rather than something changed or left out.
bool isWrittenCount(const QString &key);

} // namespace annostraat
