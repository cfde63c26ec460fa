// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The calm message an editor shows instead of the media it cannot show (a file that is not
// on this PC, one that cannot be read, a kind this version has no editor for), with what
// the person can do about it. The texts are made here, so every editor words them alike.

#include <QWidget>

class QLabel;

namespace annostraat {

class MediaMessage : public QWidget
{
    Q_OBJECT

public:
    explicit MediaMessage(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

    /// "The file of this item is not on this computer: …", and that it can be flagged.
    static QString missingFile(const QString &path);
    /// "This file cannot be shown: … (why)", and that it can be flagged.
    static QString unreadableFile(const QString &path, const QString &why);

private:
    QLabel *m_label = nullptr;
};

} // namespace annostraat
