// SPDX-License-Identifier: GPL-3.0-or-later
// Every control has a name a screen reader can say (issue 15, point 6): the accessibility tree
// of each page (the welcome page, the work page of every demo job, the settings, flag and
// shortcut windows, the team lead's dialogs, the reviewer's reject dialog, the annotator's
// feedback, the profile page, the manual, the break notice and the break itself, My progress
// and the sync's progress) is walked as an assistive technology sees it, and every
// interactive element must have a name.

#include "dashboard.h"
#include "guifixture.h"
#include "guisteps.h"
#include "reviewlab.h"

#include "deliverydialog.h"
#include "demotask.h"
#include "exportdialog.h"
#include "flagdialog.h"
#include "importdialog.h"
#include "breakviews.h"
#include "manualwindow.h"
#include "review/feedbackbox.h"
#include "review/rejectdialog.h"
#include "review/reviewpanel.h"
#include "store/store.h"
#include "canvas/imageeditor.h"
#include "tools/toolcontext.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "workpage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

bool interactive(const QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Link:
        return true;
    default:
        break;
    }
    // A custom view that takes the keyboard (the image canvas, the video frame, the timeline,
    // the text) is a control too, whatever role it reports.
    auto *w = qobject_cast<QWidget *>(iface->object());
    return w && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QAbstractScrollArea *>(w->parentWidget());
}

QString describe(QAccessibleInterface *iface)
{
    QString text = QStringLiteral("role %1").arg(int(iface->role()));
    if (QObject *o = iface->object()) {
        text += QLatin1Char(' ') + QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            text += QLatin1Char('#') + o->objectName();
        for (QObject *p = o->parent(); p; p = p->parent())
            if (!p->objectName().isEmpty()) {
                text += QStringLiteral(" in ") + p->objectName();
                break;
            }
    }
    return text;
}

/// The interactive elements under \a iface that are visible and have no name.
void collectNameless(QAccessibleInterface *iface, QStringList &nameless, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
        return;
    if (interactive(iface) && iface->text(QAccessible::Name).trimmed().isEmpty())
        nameless << describe(iface);
    // A list's rows, a table's cells and a scroll bar's parts are named by their own text or
    // not at all; what matters is the view itself.
    switch (iface->role()) {
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ScrollBar:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
        return;
    default:
        break;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectNameless(iface->child(i), nameless, depth + 1);
}

QStringList nameless(QWidget *root)
{
    QApplication::processEvents();
    QStringList result;
    collectNameless(QAccessible::queryAccessibleInterface(root), result);
    return result;
}

template<typename Dialog>
Dialog *waitForDialog(GuiFixture &f)
{
    Dialog *dialog = nullptr;
    GuiFixture::waitFor([&] { return (dialog = f.window().findChild<Dialog *>()) && dialog->isVisible(); });
    return dialog;
}

} // namespace

TEST_CASE("accessibility: every control of the welcome and work pages has a name - in every "
          "demo job and both languages",
          "[gui][accessible]")
{
    GuiFixture f;
    QString problem;
    REQUIRE(f.start(&problem));
    REQUIRE(f.window().page() == MainWindow::Page::Welcome);
    {
        const QStringList missing = nameless(&f.window());
        INFO("welcome page: " << missing.join(QStringLiteral("; ")).toStdString());
        CHECK(missing.isEmpty());
    }
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Anna"));
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    const auto setLanguage = [&](const QString &language) {
        Preferences p = f.window().preferences();
        p.language = language;
        f.window().applyPreferences(p);
        QTest::qWait(30);
    };
    // The demo tasks keep the names they were made with, in the language the program started
    // in: each is opened in that language, then looked at in both.
    const QString startLanguage = f.window().preferences().language;
    for (const QString &job : DemoTask::jobs()) {
        setLanguage(startLanguage);
        test::openDemoTask(f, job);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
            setLanguage(language);
            const QStringList missing = nameless(&f.window());
            INFO(language.toStdString() << ", " << job.toStdString() << ": "
                                        << missing.join(QStringLiteral("; ")).toStdString());
            CHECK(missing.isEmpty());
        }
    }
    setLanguage(startLanguage);
}

TEST_CASE("accessibility: every control of the settings - flag - shortcut and team lead windows "
          "has a name",
          "[gui][accessible]")
{
    GuiFixture f;
    QString problem;
    REQUIRE(f.start(&problem));
    test::firstStartAsTeamLead(f);
    test::openDemoTask(f, QStringLiteral("thumbnails"));

    const auto check = [&](QWidget *dialog, const char *what) {
        REQUIRE(dialog);
        const QStringList missing = nameless(dialog);
        INFO(what << ": " << missing.join(QStringLiteral("; ")).toStdString());
        CHECK(missing.isEmpty());
        dialog->close();
        QApplication::processEvents();
    };

    f.press(Qt::Key_Comma, Qt::ControlModifier);
    check(waitForDialog<SettingsDialog>(f), "settings");
    f.activate();
    f.press(Qt::Key_F, Qt::ControlModifier);
    check(waitForDialog<FlagDialog>(f), "flag");
    f.activate();
    for (const char *action : {"actionAssignAnnotators", "actionTaskList", "actionWhoDelivered",
                               "actionImportDataset", "actionExportTask"}) {
        QAction *a = f.window().action(QString::fromLatin1(action));
        REQUIRE(a);
        a->trigger();
        QWidget *dialog = nullptr;
        GuiFixture::waitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w != &f.window() && w->isVisible() && qobject_cast<QDialog *>(w))
                    dialog = w;
            return dialog != nullptr;
        });
        check(dialog, action);
        f.activate();
    }
    // The review panel beside the item (F7; decision 0020).
    f.press(Qt::Key_F7);
    REQUIRE(GuiFixture::waitFor([&] { return f.window().workPage()->reviewMode(); }));
    {
        const QStringList missing = nameless(&f.window());
        INFO("work page with the review panel: " << missing.join(QStringLiteral("; ")).toStdString());
        CHECK(missing.isEmpty());
    }
    f.press(Qt::Key_F7);
    // The dashboard, each of its pages (issue 12, decision 0023).
    f.press(Qt::Key_F8);
    Dashboard *dashboard = nullptr;
    GuiFixture::waitFor([&] { return (dashboard = f.window().dashboard()) && dashboard->isVisible(); });
    REQUIRE(dashboard);
    REQUIRE(GuiFixture::waitFor([&] { return !dashboard->isComputing(); }, 20000)); // rows to walk
    for (int page = 0; page < dashboard->tabs()->count(); ++page) {
        dashboard->tabs()->setCurrentIndex(page);
        const QStringList missing = nameless(dashboard);
        INFO("dashboard page " << page << ": " << missing.join(QStringLiteral("; ")).toStdString());
        CHECK(missing.isEmpty());
    }
    check(dashboard, "dashboard");
    f.activate();
    f.window().action(QStringLiteral("actionShortcuts"))->trigger();
    QWidget *sheet = nullptr;
    GuiFixture::waitFor([&] { return (sheet = f.window().shortcutSheet()) && sheet->isVisible(); });
    check(sheet, "shortcuts");
}

TEST_CASE("accessibility: every control of the reject dialog - the feedback - the profile page - "
          "the manual - the breaks - My progress and the sync's progress has a name",
          "[gui][accessible][review]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("en"));
    f.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    REQUIRE(f.start());
    test::ReviewLab lab(f.store(), share.path());
    const Annotation box = lab.boxDone(f.store());
    const auto walk = [&](QWidget *root, const std::string &what) {
        REQUIRE(root);
        REQUIRE(root->isVisible());
        const QStringList missing = nameless(root);
        INFO(what << ": " << missing.join(QStringLiteral("; ")).toStdString());
        CHECK(missing.isEmpty());
    };

    // Rik reviews Anna's box: the panel with her box chosen, then the reject dialog.
    REQUIRE(f.window().chooseProfile(lab.rik.id));
    ReviewPanel *panel = f.window().workPage()->reviewPanel();
    REQUIRE(panel->choose(box.itemId, lab.anna.id));
    QListWidget *hers = panel->annotationList();
    for (int row = 0; row < hers->count(); ++row)
        if (hers->item(row)->data(Qt::UserRole + 3).toString() == box.id)
            hers->setCurrentRow(row);
    REQUIRE(panel->selectedAnnotationId() == box.id);
    walk(&f.window(), "review panel with a box chosen");
    f.activate();
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(GuiFixture::waitFor([&] { return panel->rejectDialog() && panel->rejectDialog()->isVisible(); }));
    RejectDialog *reject = panel->rejectDialog();
    walk(reject, "reject dialog");
    QTest::keyClicks(reject->commentBox(), QStringLiteral("Too loose"));
    QTest::keyClick(reject->commentBox(), Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !panel->rejectDialog(); }));
    REQUIRE(f.store().review(box.itemId, lab.anna.id));

    // The profile page, where Anna is chosen.
    f.activate();
    f.window().action(QStringLiteral("actionSwitchProfile"))->trigger();
    REQUIRE(f.window().page() == MainWindow::Page::Profiles);
    walk(&f.window(), "profile page");
    REQUIRE(f.window().chooseProfile(lab.anna.id));

    // Anna: the feedback above her item, then her box chosen from it.
    WorkPage *work = f.window().workPage();
    work->openItem(box.itemId);
    REQUIRE(work->currentItemId() == box.itemId);
    FeedbackBox *feedback = work->feedbackBox();
    REQUIRE(GuiFixture::waitFor([&] { return feedback->isVisible(); }));
    walk(&f.window(), "work page with feedback");
    QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
    REQUIRE(test::imageEditor(work)->toolContext()->selectedId() == box.id);
    walk(&f.window(), "work page with an annotation chosen");

    // The manual (F1).
    f.activate();
    f.press(Qt::Key_F1);
    REQUIRE(GuiFixture::waitFor([&] { return f.window().manualWindow() && f.window().manualWindow()->isVisible(); }));
    walk(f.window().manualWindow(), "manual");
    f.window().manualWindow()->close();
    QApplication::processEvents();

    // The break notice, and the break itself.
    f.activate();
    f.window().breakNotice()->showFor(50);
    walk(&f.window(), "work page with the break notice");
    f.window().breakNotice()->hide();
    f.window().breakOverlay()->start(3 * 3600 * 1000, 10);
    walk(f.window().breakOverlay(), "break");
    walk(&f.window(), "work page during a break");
    f.press(Qt::Key_Escape);
    REQUIRE_FALSE(f.window().breakOverlay()->isVisible());

    // My progress (F8, as an annotator).
    f.activate();
    f.press(Qt::Key_F8);
    Dashboard *mine = nullptr;
    REQUIRE(GuiFixture::waitFor([&] { return (mine = f.window().dashboard()) && mine->isVisible(); }));
    REQUIRE(GuiFixture::waitFor([&] { return !mine->isComputing(); }, 20000));
    walk(mine, "my progress");
    mine->close();
    QApplication::processEvents();

    // The sync's progress: another connection holds the store's write lock, so the sync waits
    // long enough for its progress window.
    auto other = Store::open(f.storePath());
    REQUIRE(other);
    auto began = (*other)->begin();
    REQUIRE(began);
    auto lock = std::make_unique<WriteTransaction>(std::move(*began));
    f.activate();
    f.press(Qt::Key_F5);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().syncProgressDialog() && f.window().syncProgressDialog()->isVisible(); },
            8000));
    walk(f.window().syncProgressDialog(), "sync progress");
    lock.reset();
    REQUIRE(GuiFixture::waitFor([&] { return f.window().syncState() != MainWindow::SyncState::Syncing; },
                                20000));
}
