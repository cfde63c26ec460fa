// SPDX-License-Identifier: GPL-3.0-or-later
// Text at every size from 100% to 200% (issue 15, points 6 and 9): no label, button, tool
// bar text or row of a list is cut on the work page of each kind of job (inside its scroll
// areas too) or in the settings dialog, the questions stay in the window, and the window
// keeps within a 1280 × 800 screen. Back at the normal size, the columns get back the widths
// they had. The welcome and profile pages and
// every dialog are looked at too, at 100 and 200 percent.

#include "guifixture.h"
#include "guisteps.h"
#include "reviewlab.h"

#include "demotask.h"
#include "questionform.h"
#include "review/reviewpanel.h"
#include "settingsdialog.h"
#include "workpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollBar>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QTest>
#include <QTextDocument>
#include <QStatusBar>
#include <QStyle>
#include <QAbstractItemDelegate>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

QString plain(QString text)
{
    // Mnemonics: "&&" is one ampersand, a single "&" marks the key and takes no room.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

/// Visible, and not inside a scroll area (what scrolls out of view is not cut), unless
/// \a scrolled: then what is inside one counts too (it must have its room, and scroll).
bool shownOnScreen(const QWidget *w, bool scrolled = false)
{
    if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
        return false;
    if (scrolled)
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QScrollArea *>(p))
            return false;
    return true;
}

/// The texts in \a root that do not fit their widget, described for the failure message;
/// with \a scrolled, also those inside scroll areas.
QStringList cutTexts(QWidget *root, bool scrolled = false)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!shownOnScreen(label, scrolled) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QRect room = label->contentsRect();
        const QFontMetrics fm(label->font());
        if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue; // cut on purpose, whole in its tool tip (the editor's status line)
        if (label->wordWrap() || Qt::mightBeRichText(label->text())) {
            if (label->heightForWidth(room.width() + label->width() - room.width()) > label->height() + 2)
                cut << QStringLiteral("label \"%1\" (%2 px high, needs %3)")
                               .arg(plain(label->text()).left(40))
                               .arg(label->height())
                               .arg(label->heightForWidth(label->width()));
            continue;
        }
        const QStringList lines = plain(label->text()).split(QLatin1Char('\n'));
        int widest = 0;
        for (const QString &line : lines)
            widest = qMax(widest, fm.horizontalAdvance(line));
        if (widest > room.width() + 1 || fm.height() * int(lines.size()) > room.height() + 2)
            cut << QStringLiteral("label \"%1\" (%2×%3, needs %4×%5)")
                           .arg(plain(label->text()).left(40))
                           .arg(room.width())
                           .arg(room.height())
                           .arg(widest)
                           .arg(fm.height() * int(lines.size()));
    }
    // The rows of lists, tables and trees: each row is drawn by the view's own delegate twice,
    // as the view draws it and with nothing elided; where the two differ, the view shows "…"
    // where text should be, and the row is cut. (A row that wraps is cut only where a word
    // does not fit; a view that scrolls sideways gives each row its width.)
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!shownOnScreen(view, scrolled) || !view->model())
            continue;
        const bool wraps = view->property("wordWrap").toBool();
        const QRect viewport = view->viewport()->rect();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                const QModelIndex index = model->index(row, column, view->rootIndex());
                const QRect cell = view->visualRect(index);
                if (!cell.isValid() || !viewport.intersects(cell))
                    continue; // scrolled out of view, or a hidden column
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                // The option as the view makes it for a row (QAbstractItemView); its delegate
                // fills in the rest.
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.widget = view;
                option.font = view->font();
                option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
                option.decorationAlignment = Qt::AlignCenter;
                const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
                option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(icon, icon);
                option.locale = view->locale();
                // As wide as it shows: a view that cannot scroll sideways paints its rows in
                // its viewport's width, whatever width the row asked for.
                const bool scrolls = view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff &&
                        view->horizontalScrollBar()->maximum() > 0;
                const QRect painted = scrolls ? cell : cell.intersected(viewport);
                option.rect = QRect(QPoint(0, 0), QSize(painted.width(), cell.height()));
                if (wraps)
                    option.features |= QStyleOptionViewItem::WrapText;
                option.textElideMode = view->textElideMode();
                const auto draw = [&](const QStyleOptionViewItem &o) {
                    QImage image(o.rect.size(), QImage::Format_ARGB32_Premultiplied);
                    image.fill(Qt::transparent);
                    QPainter painter(&image);
                    view->itemDelegateForIndex(index)->paint(&painter, o, index);
                    return image;
                };
                const QImage shown = draw(option);
                QStyleOptionViewItem whole = option;
                whole.textElideMode = Qt::ElideNone;
                if (shown != draw(whole))
                    cut << QStringLiteral("row \"%1\" of %2 (%3 px wide)")
                                   .arg(text.left(40), view->objectName().isEmpty()
                                                               ? QString::fromLatin1(view->metaObject()->className())
                                                               : view->objectName())
                                   .arg(painted.width());
            }
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shownOnScreen(button, scrolled) || button->text().isEmpty())
            continue;
        auto *tool = qobject_cast<QToolButton *>(button);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() + 1 || hint.height() > button->height() + 2)
            cut << QStringLiteral("button \"%1\" (%2×%3, needs %4×%5)")
                           .arg(plain(button->text()).left(40))
                           .arg(button->width())
                           .arg(button->height())
                           .arg(hint.width())
                           .arg(hint.height());
    }
    return cut;
}

void setSize(GuiFixture &f, int points)
{
    Preferences p = f.window().preferences();
    p.pointSize = points;
    f.window().applyPreferences(p);
    QApplication::processEvents();
    QTest::qWait(30);
}

} // namespace

TEST_CASE("text size: 100 to 200 percent at 1280 x 800 - nothing cut on the work page - the "
          "questions in view",
          "[gui][textsize]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    f.window().resize(1280, 800);
    WorkPage *work = f.window().workPage();
    auto *columns = work->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(columns);
    for (const QString &job : DemoTask::jobs()) {
        test::openDemoTask(f, job);
        const QList<int> widths = columns->sizes();
        // The columns start as wide as the program lays them out (tasks 220, questions 380),
        // not squeezed to their least.
        REQUIRE(widths.size() == 3);
        CHECK(widths.first() >= 200);
        CHECK(widths.last() >= 350);
        for (int points : {Theme::kDefaultPointSize, 15, 18, 21, Theme::kMaxPointSize}) {
            setSize(f, points);
            // The window fits the screen: nothing in it asks for more than 1280 × 800.
            INFO(job.toStdString() << " at " << points << " pt: the window is "
                                   << f.window().width() << " x " << f.window().height());
            CHECK(f.window().width() <= 1280);
            CHECK(f.window().height() <= 800);
            // Inside the scroll areas (the questions, the instructions) too: they may scroll,
            // but each text has its room.
            const QStringList cut = cutTexts(&f.window(), true);
            INFO(job.toStdString() << " at " << points << " pt: " << cut.join(QStringLiteral("; ")).toStdString());
            CHECK(cut.isEmpty());
            // Where the store is kept can always be found: in the status bar, or when there
            // is no room for it there, in the tooltip of who is working.
            auto *store = f.window().findChild<QLabel *>(QStringLiteral("storeLabel"));
            auto *who = f.window().findChild<QLabel *>(QStringLiteral("whoLabel"));
            REQUIRE((store && who));
            f.window().statusBar()->clearMessage(); // a passing message has the room for a moment
            const QString path = QDir::toNativeSeparators(f.store().path());
            CHECK((store->isVisible() || who->toolTip().contains(path)));
            // The questions are on screen: the first one's top is inside the window, and when
            // the keyboard goes to it (the questions' mnemonic), it is in view.
            QuestionForm *form = work->form();
            if (!form->visibleQuestionIds().isEmpty()) {
                QWidget *first = form->editor(form->visibleQuestionIds().first());
                const QPoint at = first->mapTo(&f.window(), QPoint(0, 0));
                CHECK(f.window().rect().contains(at));
                form->setFocus(Qt::ShortcutFocusReason);
                QApplication::processEvents();
                CHECK(form->isAncestorOf(QApplication::focusWidget()));
                CHECK(QApplication::focusWidget()->visibleRegion().boundingRect().height() > 0);
            }
        }
        setSize(f, Theme::kDefaultPointSize);
        // The columns are as wide as before the text grew.
        const QList<int> back = columns->sizes();
        REQUIRE(back.size() == widths.size());
        for (int i = 0; i < back.size(); ++i) {
            INFO(job.toStdString() << ": column " << i << " was " << widths.at(i) << " px, is "
                                   << back.at(i));
            CHECK(qAbs(back.at(i) - widths.at(i)) <= 2);
        }
    }
}

TEST_CASE("text size: the settings dialog at 200 percent - its sections do not overlap and "
          "Close stays in view",
          "[gui][textsize]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    f.window().resize(1280, 800);
    setSize(f, Theme::kMaxPointSize);
    f.press(Qt::Key_Comma, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor([&] {
        return f.window().settingsDialog() && f.window().settingsDialog()->isVisible();
    }));
    SettingsDialog *dialog = f.window().settingsDialog();
    QTest::qWait(50);
    CHECK(dialog->height() <= 800);
    const QStringList cut = cutTexts(dialog);
    INFO(cut.join(QStringLiteral("; ")).toStdString());
    CHECK(cut.isEmpty());
    // No two of its groups overlap.
    const QList<QWidget *> groups{dialog->findChild<QWidget *>(QStringLiteral("settingsShareGroup")),
                                  dialog->findChild<QWidget *>(QStringLiteral("settingsBreaks"))};
    for (QWidget *g : groups)
        REQUIRE(g);
    CHECK_FALSE(groups.at(0)->geometry().intersects(groups.at(1)->geometry()));
    auto *close = dialog->findChild<QWidget *>(QStringLiteral("settingsClose"));
    REQUIRE(close);
    CHECK(dialog->rect().contains(close->geometry()));
}

TEST_CASE("text size: the welcome and profile pages and every dialog at 100 and 200 percent - "
          "nothing cut - each within 1280 x 800",
          "[gui][textsize]")
{
    GuiFixture f;
    QString problem;
    REQUIRE(f.start(&problem));
    f.window().resize(1280, 800);
    const auto checkWindow = [](QWidget *w, const std::string &what) {
        REQUIRE(w);
        const QStringList cut = cutTexts(w);
        INFO(what << ": " << cut.join(QStringLiteral("; ")).toStdString() << " (" << w->width()
                  << " x " << w->height() << ")");
        CHECK(cut.isEmpty());
        CHECK(w->width() <= 1280);
        CHECK(w->height() <= 800);
    };
    for (int points : {Theme::kDefaultPointSize, Theme::kMaxPointSize}) {
        setSize(f, points);
        checkWindow(&f.window(), "welcome page at " + std::to_string(points) + " pt");
    }
    setSize(f, Theme::kDefaultPointSize);
    test::firstStartAsTeamLead(f);
    REQUIRE(f.store().addProfile(QStringLiteral("Bram"), Role::Annotator));
    test::openDemoTask(f, QStringLiteral("thumbnails"));

    for (int points : {Theme::kDefaultPointSize, Theme::kMaxPointSize}) {
        setSize(f, points);
        const std::string at = " at " + std::to_string(points) + " pt";
        // The profile chooser (two profiles now), then back to work.
        f.window().action(QStringLiteral("actionSwitchProfile"))->trigger();
        REQUIRE(f.window().page() == MainWindow::Page::Profiles);
        QTest::qWait(30);
        checkWindow(&f.window(), "profile page" + at);
        f.press(Qt::Key_Return);
        REQUIRE(f.window().page() == MainWindow::Page::Work);
        for (const char *name : {"actionFlag", "actionAssignAnnotators", "actionTaskList",
                                 "actionWhoDelivered", "actionImportDataset", "actionExportTask",
                                 "actionShortcuts", "actionManual"}) {
            f.activate();
            QAction *action = f.window().action(QString::fromLatin1(name));
            REQUIRE(action);
            action->trigger();
            QDialog *dialog = nullptr;
            GuiFixture::waitFor([&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                        dialog = d;
                return dialog != nullptr;
            });
            QTest::qWait(50);
            checkWindow(dialog, name + at);
            if (dialog)
                dialog->close();
            QApplication::processEvents();
        }
    }
    setSize(f, Theme::kDefaultPointSize);
}

TEST_CASE("text size: the review panel in Dutch at 100 to 200 percent - its buttons and lists "
          "are whole in their column",
          "[gui][textsize][review]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("nl")); // the longest verdict names
    REQUIRE(f.start());
    f.window().resize(1280, 800);
    test::ReviewLab lab(f.store(), share.path());
    const Annotation box = lab.boxDone(f.store());
    REQUIRE(f.window().chooseProfile(lab.rik.id));
    ReviewPanel *panel = f.window().workPage()->reviewPanel();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->choose(box.itemId, lab.anna.id));
    REQUIRE(f.window().action(QStringLiteral("actionReviewFix"))->isEnabled());
    for (int points : {Theme::kDefaultPointSize, 15, 18, 21, Theme::kMaxPointSize}) {
        setSize(f, points);
        INFO(points << " pt: the window is " << f.window().width() << " x " << f.window().height());
        CHECK(f.window().width() <= 1280);
        CHECK(f.window().height() <= 800);
        // Where the column is short, the panel scrolls: each text has its room all the same.
        const QStringList cut = cutTexts(panel, true);
        INFO(points << " pt: " << cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
        // Its content is not wider than what it shows (it scrolls up and down only), and the
        // verdict buttons, however they are arranged, lie within it at their full width.
        auto *content = panel->findChild<QWidget *>(QStringLiteral("reviewPanelContent"));
        REQUIRE(content);
        CHECK(content->minimumSizeHint().width() <= panel->width());
        for (const char *name : {"reviewAccept", "reviewReject", "reviewFix"}) {
            auto *b = panel->findChild<QPushButton *>(QLatin1String(name));
            REQUIRE(b);
            INFO(name << " at " << b->geometry().x() << " + " << b->width() << " of "
                      << content->width() << " px, needs " << b->sizeHint().width());
            CHECK(b->geometry().right() < content->width());
            CHECK(b->width() >= b->sizeHint().width());
        }
        // The task has no questions: the line that says so is whole below the panel, however
        // many lines it takes.
        const QList<QLabel *> formLabels = f.window().workPage()->form()->findChildren<QLabel *>();
        const auto none = std::find_if(formLabels.cbegin(), formLabels.cend(),
                                       [](const QLabel *l) { return l->isVisible() && !l->text().isEmpty(); });
        REQUIRE(none != formLabels.cend());
        INFO("\"" << (*none)->text().toStdString() << "\" shows "
                   << (*none)->visibleRegion().boundingRect().height() << " of "
                   << (*none)->heightForWidth((*none)->width()) << " px");
        CHECK((*none)->visibleRegion().boundingRect().height() >= (*none)->heightForWidth((*none)->width()));
        // The verdicts can be reached: Tab from the list of their annotations scrolls the
        // buttons into view.
        QPushButton *fix = panel->findChild<QPushButton *>(QStringLiteral("reviewFix"));
        REQUIRE(fix);
        REQUIRE(f.activate());
        panel->annotationList()->setFocus(Qt::OtherFocusReason);
        for (int i = 0; i < 3 && QApplication::focusWidget() != fix; ++i)
            f.press(Qt::Key_Tab); // Accept, Reject…, Fix and accept
        QApplication::processEvents();
        REQUIRE(QApplication::focusWidget() == fix);
        CHECK(fix->visibleRegion().boundingRect().height() > 0);
    }
    setSize(f, Theme::kDefaultPointSize);
}
