// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A lab's store with everything a dump must carry: a team lead, two annotators and a reviewer;
// an image task (the demo schema) of three items, assigned to both annotators; each person's
// layer with several kinds, attributes, answers (one with a comma, quotes and a line break),
// an edited and a deleted annotation, a reviewer's correction layer; submissions (done,
// flagged with a reason, in progress) and reviews (accepted, rejected, corrected).

#include "model/entities.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <memory>

namespace annostraat::test {

struct FormatLab
{
    FormatLab();
    QString path(const QString &name) const { return dir.filePath(name); }
    QString storePath() const { return path(QStringLiteral("lab.sqlite")); }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile lead;
    Profile anna;
    Profile bram;
    Profile rik;
    Task task;
    QList<Item> items;
    QString editedBox;  ///< Anna's box on item 0, edited after it was drawn
    QString deletedBox; ///< Bram's polygon on item 1, deleted
};

/// The text answer of Anna on item 0.
QString awkwardAnswer();

} // namespace annostraat::test
