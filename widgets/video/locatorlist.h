// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The broadcaster's locator list (issue 10, point 6): one row for the start and one for the
// end of every part the schema names (trailer, recap, main program, …), with the timecode
// set and who set it; Set puts the current frame into the chosen row, Skip marks the part as
// not in this video (and Skip again takes that back); a double-click (or Enter) jumps there.
// The calm warnings of LocatorChecks are shown under the table.
//
// Design note. The list shows what the editor gives it (setEntries) and asks for changes by
// signals; the editor turns them into Commands, so the table never writes.

#include "media/timecode.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace annostraat {

class LocatorList : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QJsonObject value; ///< the locator kind's value; empty when not set
        QString setBy;     ///< who set it (a person's name)
    };

    explicit LocatorList(QWidget *parent = nullptr);

    void setLocators(const QStringList &names);
    const QStringList &locators() const { return m_names; }
    void setTimecode(FrameRate rate, bool dropFrame, qint64 startFrame);
    /// Locator name → its value; locators not in the hash are unset.
    void setEntries(const QHash<QString, Entry> &entries);
    void setWarnings(const QStringList &warnings);
    QStringList warnings() const { return m_shownWarnings; }
    void setEditable(bool editable);

    QTableWidget *table() const { return m_table; }
    /// The chosen row's locator and edge (start: true).
    QString currentLocator() const;
    bool currentIsStart() const;
    /// Chooses the row of \a locator's start (or end).
    void choose(const QString &locator, bool start);
    /// After a Set: the next row, so a person setting parts in order keeps going.
    void chooseNext();
    void retranslate();

Q_SIGNALS:
    void setRequested(const QString &locator, bool start);
    void skipRequested(const QString &locator);
    void jumpRequested(qint64 frame);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Hides the "set by" column when the names would not fit beside it.
    void fitColumns();
    void refresh();
    void jumpToRow(int row);

    QStringList m_names;
    QHash<QString, Entry> m_entries;
    FrameRate m_rate{25, 1};
    bool m_dropFrame = false;
    qint64 m_startFrame = 0;
    QTableWidget *m_table = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_skip = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_warnings = nullptr;
    QStringList m_shownWarnings;
};

} // namespace annostraat
