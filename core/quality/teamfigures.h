// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The figures of the team lead's dashboard (issue 12, point 7; decision 0023), for one task,
// read from the store in one go so the dashboard and its benchmark compute the same thing:
//
// - Progress per person: the items in their queue and where each stands (done, flagged,
//   skipped, started, to do; work sent back with feedback is to do again, as in their queue),
//   the time worked (the submissions' time spent), and what review made of their work
//   (ReviewQueue::build: in review, feedback, accepted, corrected).
// - Agreement per person and kind of work, over time: each drawn kind (a person's layer
//   against each other person's on the items both worked on, ItemAgreement::compare, F1 with
//   labels as GoldScore counts it) and each question that is not free text (the share of the
//   others' answers that are the same). Only the people who marked an item done are compared
//   on it: work in progress, a reviewer's correction layer, a lead's layer are nobody's
//   finished work. An item counts in the week the person marked it done (ISO weeks, UTC).
// - Gold score per person and kind of work, over time: GoldScore, per week the same way.
// - The items with the most disagreement: over every pair of an item's people and every kind
//   of work either did, the mean of the same F1 and answer equality; disagreement is one minus
//   that. Items with fewer than two people have none.
//
// A "kind of work" is a drawn kind's id ("box") or "question:<id>".

#include "model/entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace annostraat {

class Store;

struct PersonProgress
{
    QString person; ///< profile id
    int assigned = 0;
    int done = 0;
    int flagged = 0;
    int skipped = 0;
    int started = 0; ///< in progress
    qint64 timeSpentMs = 0;
    int inReview = 0;
    int feedback = 0;
    int accepted = 0;
    int corrected = 0;

    int toDo() const;
};

/// A figure over a week (the Monday it starts on) and how many items it is over.
struct WeekFigure
{
    QDate week;
    double value = 0;
    int items = 0;
};

/// One person's figure for one kind of work: over the whole task, and per week.
struct PersonSeries
{
    QString person;
    QString work;
    double overall = 0;
    int items = 0;
    QList<WeekFigure> weeks; ///< oldest first
};

struct ItemDisagreement
{
    Item item;
    double disagreement = 0; ///< 0 (all agree) to 1
    QStringList people;      ///< profile ids, sorted
};

struct TaskFigures
{
    QList<PersonProgress> progress; ///< by profile id; people assigned, or with work
    PersonProgress total;           ///< everyone summed (person empty)
    QStringList works;              ///< the kinds of work with a figure, drawn kinds first
    QList<PersonSeries> agreement;  ///< by person, then work
    QList<PersonSeries> gold;       ///< by person, then work
    int goldItems = 0;
    QList<ItemDisagreement> mostDisagreement; ///< most first, ties by the items' order
};

namespace TeamFigures {

QString questionWork(const QString &questionId);
/// The question id of a "question:<id>" work (empty for a drawn kind).
QString questionOf(const QString &work);
/// The Monday of the ISO week \a at falls in (UTC).
QDate weekOf(const Hlc &at);

/// Everything above for \a task; at most \a mostDisagreement items in the last list.
/// With \a onlyPerson, progress is theirs alone and nothing else is computed (an
/// annotator's own view).
TaskFigures compute(const Store &store, const Task &task, int mostDisagreement = 20,
                    const QString &onlyPerson = {});

} // namespace TeamFigures
} // namespace annostraat
