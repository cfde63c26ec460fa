// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One editor per media kind, behind one interface (Tiled's Editor is the model).
//
// Design note. The work page hosts whichever editor the EditorRegistry gives for the open
// item's media kind, and never branches on the kind itself. An editor owns its widget (the
// media view with its tool bar, tools and panels), its actions (which the main window puts
// in the View, Item, Edit and Tools menus without knowing what they do), a status line, the
// prefetch of the next items of its kind and its saved view state. The work page owns what
// every kind shares: the queue, the item's documents and undo history, the header, the
// questions and the instructions. An editor only reads the document and writes through
// core's Commands facade, like every view.
//
// The work page makes one editor of every registered kind when it is built and keeps them
// for its lifetime, so actions and their shortcuts exist from the start; an editor without
// an open document disables its actions (and hides them from menus).

#include "document/itemdocument.h"
#include "model/entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace annostraat {

class Store;

/// What the work page offers every editor.
struct EditorEnvironment
{
    Store *store = nullptr;
    /// Where this PC has \a item's media file (a pulled task keeps the team lead's paths).
    std::function<QString(const Item &item)> mediaPath;
    /// The item before the open one in the queue, if any.
    std::function<std::optional<Item>()> previousItem;
};

class MediaEditor : public QObject
{
    Q_OBJECT

public:
    /// Where the main window puts an editor's actions.
    enum class Menu { View, Item, Edit, Tools };

    explicit MediaEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~MediaEditor() override;

    /// Stable id ("image", "text", …); used to keep view states apart.
    virtual QString id() const = 0;
    /// The editor's whole widget; the work page takes it into its layout.
    virtual QWidget *widget() const = 0;

    /// Shows \a document's item; nullptr shows nothing. The document outlives the editor's
    /// use of it (the work page calls open(nullptr) before it deletes one).
    void open(ItemDocument *document);
    ItemDocument *document() const { return m_document; }

    /// Whose work is shown (annotators, reviewers and team leads see different things).
    virtual void setProfile(const std::optional<Profile> &profile);
    const std::optional<Profile> &profile() const { return m_profile; }

    /// The editor's actions for \a menu, in menu order. Tools: its tools, then its labels.
    virtual QList<QAction *> actions(Menu menu) const;
    /// The status line under the media: position, size, zoom, the active tool's hint, …
    virtual QString statusText() const { return {}; }
    /// The calm message shown instead of the media (a missing or unreadable file); empty
    /// while the media is shown.
    virtual QString problem() const { return {}; }
    /// Keeps typed but unconfirmed input (an attribute value being edited).
    virtual void commitPending() {}
    /// Decodes the next items of the queue ahead (only those of this editor's kind are passed).
    virtual void prefetch(const QList<Item> &upcoming);
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray &) {}
    /// Gives the keyboard to the media (label keys, Enter); false when there is nothing that
    /// takes it (a message is shown).
    virtual bool takeFocus() { return false; }
    /// Marks \a view as the media's own view (the one takeFocus() gives the keyboard to): Tab
    /// there goes straight to the task's questions (WorkPage), not through the editor's side
    /// panel first.
    static void markMainView(QWidget *view);
    static bool isMainView(const QWidget *widget);
    static constexpr char kMainViewProperty[] = "annostraatMainView";
    /// Texts again in the current language.
    virtual void retranslate() {}
    /// Selects annotation \a annotationId of the open item and shows it, at \a place on it when
    /// that is not empty (a verdict's anchor; decisions 0020 and 0024). The user's own annotation
    /// is chosen to work on (a reviewer's comment is about it); one of another person's layer
    /// (the work under review) is only shown or pointed out. An empty id lets go of what was
    /// pointed out. False when this editor cannot show it.
    virtual bool selectAnnotation(const QString &annotationId, const QJsonObject &place)
    {
        Q_UNUSED(annotationId);
        Q_UNUSED(place);
        return false;
    }
    /// Where on annotation \a a the user is now, for a comment about that place (a verdict's
    /// anchor, quality/verdicts.h): the frame shown inside a segment, the words selected inside
    /// a span. Empty when nowhere in particular, or the editor has no such places.
    virtual QJsonObject placeOn(const Annotation &a) const
    {
        Q_UNUSED(a);
        return {};
    }
    /// \a place on \a a in words, to follow "About: …" ("at 00:00:41:09", "at “Sanne”"); empty
    /// when this editor cannot say (a place written by another program).
    virtual QString describePlace(const Annotation &a, const QJsonObject &place) const
    {
        Q_UNUSED(a);
        Q_UNUSED(place);
        return {};
    }
    /// Shows other people's layers beside the user's (a reviewer opened someone's work); only
    /// for people who may compare (reviewers, team leads). Editors without layers ignore it.
    virtual void showOtherLayers() {}

Q_SIGNALS:
    void statusTextChanged();
    /// A short line for the status bar.
    void message(const QString &text);
    /// A calm message above the item about a problem; it stays until the next item opens.
    void notice(const QString &text);
    /// A calm message above the item that is not about a problem; it leaves by itself.
    void passingNotice(const QString &text);
    /// The list of actions of a menu changed (the labels of another task).
    void actionsChanged();

protected:
    /// Called by open(); the editor shows \a document (nullptr: nothing).
    virtual void showDocument(ItemDocument *document) = 0;
    const EditorEnvironment &environment() const { return m_environment; }
    /// The media file of \a item on this PC.
    QString mediaPath(const Item &item) const;

private:
    EditorEnvironment m_environment;
    QPointer<ItemDocument> m_document;
    std::optional<Profile> m_profile;
};

} // namespace annostraat
