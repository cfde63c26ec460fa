// SPDX-License-Identifier: GPL-3.0-or-later
// Walks through the program in Dutch and English, in the normal and the high-contrast theme,
// and writes a screenshot of each stop (docs/screenshots). Not a test: run it by hand after
// changing what the program looks like, and look at the pictures.
//
//   annostraat-screenshot-tour OUTPUT_DIR

#include "guifixture.h"

#include "teamlead/assignmentview.h"
#include "teamlead/newtaskpage.h"
#include "teamlead/schemaeditor.h"
#include "canvas/imagecanvas.h"
#include "dashboard.h"
#include "deliverydialog.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "demotask.h"
#include "flagdialog.h"
#include "canvas/imageeditor.h"
#include "text/spantextview.h"
#include "text/texteditor.h"
#include "questionform.h"
#include "review/feedbackbox.h"
#include "review/rejectdialog.h"
#include "review/reviewpanel.h"
#include "store/taskbuilder.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "sync/syncengine.h"
#include "util/appinfo.h"
#include "video/frameview.h"
#include "video/videoeditor.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

QString g_out;
int g_failures = 0;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

void save(const QPixmap &pixmap, const QString &name)
{
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(file, "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(file));
}

void shootWindow(GuiFixture &f, const QString &name)
{
    settle();
    save(f.window().grab(), name);
}

/// The window with \a dialog drawn over its centre, as a person sees it.
void shootDialog(GuiFixture &f, QWidget *dialog, const QString &name)
{
    settle();
    QPixmap shot = f.window().grab();
    const QPixmap over = dialog->grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    // A plain title bar, as a window manager would draw it.
    const int titleHeight = dialog->fontMetrics().height() + 12;
    const QPoint at((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 3);
    const QRect title(at.x(), at.y() - titleHeight, over.width(), titleHeight);
    painter.fillRect(title, QColor(0x3a, 0x3f, 0x46));
    painter.setPen(Qt::white);
    painter.setFont(dialog->font());
    painter.drawText(title.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     dialog->windowTitle());
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
    painter.drawRect(QRect(title.topLeft(), QSize(over.width(), over.height() + titleHeight))
                             .adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, over);
    painter.end();
    save(shot, name);
}

/// A shared folder with a readable name, so the settings show a path a lab could have.
QString tourShare()
{
    const QString path = QDir::temp().filePath(QStringLiteral("annostraat-tour/lab-share"));
    QDir().mkpath(path);
    return path;
}

/// Opens the demo task of \a job from the task list, as a click there does.
bool openDemoTask(GuiFixture &f, const QString &job)
{
    WorkPage *work = f.window().workPage();
    const auto task = DemoTask::find(f.store(), job);
    if (!task || !work->openTask(task->id)) {
        std::fprintf(stderr, "cannot open the demo task %s\n", qPrintable(job));
        ++g_failures;
        return false;
    }
    return true;
}

bool syncDone(MainWindow &w)
{
    return GuiFixture::waitFor(
            [&] {
                return !w.syncController()->isBusy() &&
                       w.syncState() != MainWindow::SyncState::NotYet &&
                       w.syncState() != MainWindow::SyncState::Syncing;
            },
            30000);
}

/// The shared folder as the team lead sees it: offline, synced, assigning, who delivered what.
void syncTour(const QString &language, const QString &theme)
{
    const QString prefix = language + QLatin1Char('-') + theme + QLatin1Char('-');
    QTemporaryDir share;
    QTemporaryDir annotatorPc;
    GuiFixture f(language);
    f.settings().setValue(QStringLiteral("ui/theme"), theme);
    // First the share is not there (not mounted yet).
    f.settings().setValue(QStringLiteral("sync/shareFolder"),
                          share.filePath(QStringLiteral("not-mounted")));
    if (!f.start())
        return void(++g_failures);
    f.window().resize(1280, 800);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Bram"));
    f.press(Qt::Key_Tab);
    f.press(Qt::Key_Down);
    f.press(Qt::Key_Down); // team lead
    f.press(Qt::Key_Return);
    if (!syncDone(f.window()))
        ++g_failures;
    WorkPage *work = f.window().workPage();
    if (!openDemoTask(f, QStringLiteral("thumbnails")))
        return;
    QTest::keyClick(work->form()->editor(QStringLiteral("kwaliteit")), Qt::Key_4);
    QTest::keyClick(work->form()->editor(QStringLiteral("genre")), Qt::Key_1);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    GuiFixture::waitFor([] { return false; }, 600); // the pending count follows after a pause
    shootWindow(f, prefix + QStringLiteral("7-status-offline"));

    // The share is back.
    SyncSettings sync = f.window().syncSettings();
    sync.shareFolder = share.path();
    f.window().applySyncSettings(sync);
    if (!syncDone(f.window()))
        ++g_failures;
    const QString taskId = work->task()->id;
    auto anna = f.store().addProfile(QStringLiteral("Anna de Wit"), Role::Annotator);
    auto bo = f.store().addProfile(QStringLiteral("Bo Jansen"), Role::Annotator);
    if (!anna || !bo)
        return void(++g_failures);
    f.window().action(QStringLiteral("actionAssignAnnotators"))->trigger();
    GuiFixture::waitFor([&] { return f.window().assignmentView() != nullptr; });
    if (AssignmentView *d = f.window().assignmentView()) {
        d->setTicked(anna->id, true);
        d->setTicked(bo->id, true);
        d->planInTurnButton()->click();
        shootDialog(f, d, prefix + QStringLiteral("8-assign"));
        d->applyButton()->click();
        d->close();
    } else {
        ++g_failures;
    }
    settle();
    f.window().action(QStringLiteral("actionPublishTask"))->trigger();
    GuiFixture::waitFor([&] { return !f.window().syncController()->isBusy(); }, 30000);

    // Anna's PC (through core): takes the task, does two items, sends them.
    {
        auto store = Store::open(annotatorPc.filePath(QStringLiteral("pc.sqlite")));
        if (!store)
            return void(++g_failures);
        SyncEngine engine(**store, share.path(), annotatorPc.filePath(QStringLiteral("media")));
        (void)engine.sync();
        const QList<Item> queue = (*store)->queue(taskId, anna->id);
        for (int i = 0; i < 2 && i < queue.size(); ++i) {
            Annotation a;
            a.taskId = taskId;
            a.itemId = queue.at(i).id;
            a.author = anna->id;
            a.kind = AnnotationKind::Answer;
            a.label = QStringLiteral("kwaliteit");
            a.value = QJsonObject{{QStringLiteral("answer"), 3 + i}};
            (void)(*store)->addAnnotation(a);
            a.label = QStringLiteral("genre");
            a.value = QJsonObject{{QStringLiteral("answer"), QStringLiteral("Nieuws")}};
            (void)(*store)->addAnnotation(a);
            Submission s{taskId, queue.at(i).id, anna->id, SubmissionStatus::Done, {}, 40000};
            (void)(*store)->setSubmission(s, anna->id);
        }
        (void)engine.sync();
    }
    // …and a damaged file that the team lead's PC refuses.
    QDir(share.path()).mkpath(QStringLiteral("results/%1/%2").arg(taskId, bo->id));
    QFile broken(
            share.filePath(QStringLiteral("results/%1/%2/3f2a9c-000001.zip").arg(taskId, bo->id)));
    if (broken.open(QIODevice::WriteOnly))
        broken.write("this is not a zip file");
    broken.close();

    f.activate();
    f.press(Qt::Key_F5);
    GuiFixture::waitFor([&] { return !f.window().syncController()->isBusy(); }, 30000);
    QTest::keyClick(work->form()->editor(QStringLiteral("kwaliteit")), Qt::Key_2);
    GuiFixture::waitFor([] { return false; }, 600);
    shootWindow(f, prefix + QStringLiteral("9-status-synced"));

    f.window().action(QStringLiteral("actionWhoDelivered"))->trigger();
    GuiFixture::waitFor([&] { return f.window().deliveryDialog() != nullptr; });
    if (DeliveryDialog *d = f.window().deliveryDialog()) {
        shootDialog(f, d, prefix + QStringLiteral("10-who-delivered"));
        d->close();
    } else {
        ++g_failures;
    }
    settle();

    // The dashboard (F8) on its progress page, after the annotator's work came in.
    f.activate();
    f.press(Qt::Key_F8);
    GuiFixture::waitFor([&] { return f.window().dashboard() != nullptr; });
    if (Dashboard *d = f.window().dashboard()) {
        GuiFixture::waitFor([&] { return !d->isComputing(); }, 20000);
        d->resize(1000, 640);
        shootDialog(f, d, prefix + QStringLiteral("23-dashboard"));
        d->close();
    } else {
        ++g_failures;
    }
    settle();

    // The import dialog after its check of a COCO dataset, then the export dialog's preview.
    f.window().action(QStringLiteral("actionImportDataset"))->trigger();
    ImportDialog *import = nullptr;
    GuiFixture::waitFor([&] { return (import = f.window().findChild<ImportDialog *>()); });
    if (import) {
        import->pathEdit()->setText(QStringLiteral(ANNOSTRAAT_FIXTURES) +
                                    QStringLiteral("/datumaro/coco_instances/annotations/"
                                                   "instances_val.json"));
        import->targetBox()->setCurrentIndex(import->targetBox()->findData(QString()));
        import->checkButton()->click();
        GuiFixture::waitFor([&] { return import->importButton()->isEnabled(); }, 30000);
        shootDialog(f, import, prefix + QStringLiteral("18-import"));
        import->close();
    } else {
        ++g_failures;
    }
    f.window().action(QStringLiteral("actionExportTask"))->trigger();
    ExportDialog *exporter = nullptr;
    GuiFixture::waitFor([&] { return (exporter = f.window().findChild<ExportDialog *>()); });
    if (exporter) {
        QSignalSpy ready(exporter, &ExportDialog::previewReady);
        exporter->formatBox()->setCurrentIndex(
                exporter->formatBox()->findData(QStringLiteral("coco")));
        GuiFixture::waitFor([&] { return ready.size() > 0 && !exporter->isPreviewing(); }, 30000);
        shootDialog(f, exporter, prefix + QStringLiteral("19-export"));
        exporter->close();
    } else {
        ++g_failures;
    }
    settle();

    // A long sync: another connection holds the store for a moment, as a slow share would.
    {
        auto other = Store::open(f.storePath());
        auto began = other ? (*other)->begin() : Result<WriteTransaction>(other.error());
        if (began) {
            auto lock = std::make_unique<WriteTransaction>(std::move(*began));
            f.activate();
            f.press(Qt::Key_F5);
            GuiFixture::waitFor([&] { return f.window().syncProgressDialog() != nullptr; }, 6000);
            if (QProgressDialog *d = f.window().syncProgressDialog())
                shootDialog(f, d, prefix + QStringLiteral("11-sync-progress"));
            else
                ++g_failures;
            lock.reset();
        }
        GuiFixture::waitFor([&] { return !f.window().syncController()->isBusy(); }, 30000);
    }
    settle();
}

void tour(const QString &language, const QString &theme, bool extras)
{
    const QString prefix = language + QLatin1Char('-') + theme + QLatin1Char('-');
    GuiFixture f(language);
    f.settings().setValue(QStringLiteral("ui/theme"), theme);
    f.settings().setValue(QStringLiteral("sync/shareFolder"), tourShare());
    if (!f.start())
        return void(++g_failures);
    f.window().resize(1280, 800);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Anna"));
    shootWindow(f, prefix + QStringLiteral("1-welcome"));

    f.press(Qt::Key_Return);
    WorkPage *work = f.window().workPage();
    ImageCanvas *canvas = test::imageEditor(work)->canvas();
    auto shown = [&] {
        GuiFixture::waitFor([&] { return canvas->state() == ImageCanvas::State::Ready; }, 10000);
        settle();
    };
    auto click = [&](QPointF imagePos) {
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                          canvas->mapFromImage(imagePos).toPoint());
    };
    // Item 1, the dike: label 1 (crack) and clicks along the crack, Enter ends it.
    shown();
    f.press(Qt::Key_1);
    for (const QPointF p : {QPointF(40, 310), QPointF(160, 352), QPointF(255, 338), QPointF(372, 401),
                            QPointF(470, 455), QPointF(548, 447), QPointF(640, 512), QPointF(745, 560),
                            QPointF(812, 618), QPointF(905, 640), QPointF(1010, 702)})
        click(p);
    QTest::keyClick(canvas, Qt::Key_Return);
    settle();
    shootWindow(f, prefix + QStringLiteral("2-image-item"));

    // The train buffers task: label 1 (box), one box dragged round the damaged buffer.
    f.press(Qt::Key_Return, Qt::ControlModifier);
    if (!openDemoTask(f, QStringLiteral("train-buffers")))
        return;
    shown();
    f.press(Qt::Key_I, Qt::ControlModifier); // the keyboard to the image
    f.press(Qt::Key_1);
    const QPoint from = canvas->mapFromImage(QPointF(168, 450)).toPoint();
    const QPoint to = canvas->mapFromImage(QPointF(640, 915)).toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), canvas->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to);
    settle();
    shootWindow(f, prefix + QStringLiteral("12-box"));

    // The lamp posts: a box round the rusty patch, its kind and severity beside it.
    if (!openDemoTask(f, QStringLiteral("lamp-posts")))
        return;
    shown();
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_1);
    {
        const QPoint a = canvas->mapFromImage(QPointF(730, 520)).toPoint();
        const QPoint b = canvas->mapFromImage(QPointF(870, 760)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QMouseEvent drag(QEvent::MouseMove, QPointF(b), canvas->mapToGlobal(QPointF(b)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &drag);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
    }
    settle();
    shootWindow(f, prefix + QStringLiteral("14-lamp-post"));

    // The erosion task: label 1 (polygon), the corners of the bare patch, Enter closes it.
    if (!openDemoTask(f, QStringLiteral("erosion")))
        return;
    shown();
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_1);
    for (const QPointF p : {QPointF(520, 330), QPointF(700, 280), QPointF(860, 350), QPointF(990, 300),
                            QPointF(1130, 420), QPointF(1100, 560), QPointF(1180, 700), QPointF(1020, 820),
                            QPointF(880, 760), QPointF(760, 880), QPointF(600, 800), QPointF(560, 650),
                            QPointF(430, 560), QPointF(480, 430)})
        click(p);
    QTest::keyClick(canvas, Qt::Key_Return);
    settle();
    shootWindow(f, prefix + QStringLiteral("13-polygon"));

    // The thumbnails: a rating, a genre and the problems seen.
    if (!openDemoTask(f, QStringLiteral("thumbnails")))
        return;
    f.press(Qt::Key_Right, Qt::AltModifier); // the dark, blurred one
    QTest::keyClick(work->form()->editor(QStringLiteral("kwaliteit")), Qt::Key_2);
    QTest::keyClick(work->form()->editor(QStringLiteral("genre")), Qt::Key_3);
    QTest::keyClick(work->form()->editor(QStringLiteral("problemen")), Qt::Key_A);
    QTest::keyClick(work->form()->editor(QStringLiteral("problemen")), Qt::Key_C);
    settle();
    shootWindow(f, prefix + QStringLiteral("15-thumbnail"));

    // A/B: the blurred boat.
    if (!openDemoTask(f, QStringLiteral("thumbnail-pairs")))
        return;
    f.press(Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(work->form()->editor(QStringLiteral("beter")), Qt::Key_A);
    settle();
    shootWindow(f, prefix + QStringLiteral("16-pair"));

    // A news article: negative, so "how negative" is asked too.
    if (!openDemoTask(f, QStringLiteral("news")))
        return;
    f.press(Qt::Key_Right, Qt::AltModifier); // the storm
    QTest::keyClick(work->form()->editor(QStringLiteral("sentiment")), Qt::Key_2);
    QTest::keyClick(work->form()->editor(QStringLiteral("sterkte")), Qt::Key_4);
    settle();
    shootWindow(f, prefix + QStringLiteral("3-text-item"));

    // A weather report beside its source data: a wrong number tagged, the rating answered.
    if (!openDemoTask(f, QStringLiteral("weather-reports")))
        return;
    if (auto *text = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text))) {
        SpanTextView *view = text->view();
        const qsizetype at = view->toPlainText().indexOf(QStringLiteral("21 graden"));
        if (at >= 0) {
            QTextCursor c(view->document());
            c.setPosition(int(at));
            c.setPosition(int(at + 9), QTextCursor::KeepAnchor);
            view->setTextCursor(c);
            view->setFocus();
            f.press(Qt::Key_G);
        }
    }
    QTest::keyClick(work->form()->editor(QStringLiteral("juistheid")), Qt::Key_2);
    settle();
    shootWindow(f, prefix + QStringLiteral("17-weather-report"));

    // A CV: the name selected and tagged with its key (n), for the manual's CV page.
    if (!openDemoTask(f, QStringLiteral("cv")))
        return;
    if (auto *text = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text))) {
        SpanTextView *view = text->view();
        const qsizetype at = view->toPlainText().indexOf(QStringLiteral("Sanne Verhoeven"));
        if (at >= 0) {
            QTextCursor c(view->document());
            c.setPosition(int(at));
            c.setPosition(int(at + 15), QTextCursor::KeepAnchor);
            view->setTextCursor(c);
            view->setFocus();
            f.press(Qt::Key_N);
        }
    }
    settle();
    shootWindow(f, prefix + QStringLiteral("20-cv"));

    // The video jobs, for the manual: an ad break marked from I to O, and two locators set.
    auto openVideo = [&](const QString &job) -> VideoEditor * {
        if (!openDemoTask(f, job))
            return nullptr;
        auto *video = qobject_cast<VideoEditor *>(work->editorFor(MediaKind::Video));
        if (!video || !GuiFixture::waitFor([&] { return video->isReady(); }, 20000) ||
            !GuiFixture::waitFor([&] { return video->frameView()->shownFrame() == 0; }, 10000)) {
            std::fprintf(stderr, "the video of %s is not shown\n", qPrintable(job));
            ++g_failures;
            return nullptr;
        }
        QTest::mouseClick(video->frameView(), Qt::LeftButton);
        return video;
    };
    auto step = [&](VideoEditor *video, int key, int times, Qt::KeyboardModifiers modifiers) {
        for (int i = 0; i < times; ++i)
            f.press(key, modifiers);
        GuiFixture::waitFor(
                [&] { return video->frameView()->shownFrame() == video->currentFrame(); }, 10000);
    };
    if (VideoEditor *video = openVideo(QStringLiteral("ad-breaks"))) {
        step(video, Qt::Key_Right, 10, Qt::ShiftModifier); // the ad break starts at 10 s
        f.press(Qt::Key_1);
        f.press(Qt::Key_I);
        step(video, Qt::Key_Right, 10, Qt::ShiftModifier);
        step(video, Qt::Key_Left, 1, Qt::NoModifier);
        f.press(Qt::Key_O);
        settle();
        shootWindow(f, prefix + QStringLiteral("21-ad-breaks"));
    }
    if (VideoEditor *video = openVideo(QStringLiteral("program-parts"))) {
        f.press(Qt::Key_S); // the first row at frame 0
        step(video, Qt::Key_Right, 4, Qt::ShiftModifier);
        f.press(Qt::Key_S);
        settle();
        shootWindow(f, prefix + QStringLiteral("22-program-parts"));
    }

    f.press(Qt::Key_Comma, Qt::ControlModifier);
    GuiFixture::waitFor([&] {
        return f.window().settingsDialog() && f.window().settingsDialog()->isVisible();
    });
    if (f.window().settingsDialog())
        shootDialog(f, f.window().settingsDialog(), prefix + QStringLiteral("4-settings"));
    else
        ++g_failures;
    if (auto *d = f.window().settingsDialog())
        d->close();
    settle();

    if (!extras)
        return;
    f.press(Qt::Key_Left, Qt::AltModifier);
    f.press(Qt::Key_F, Qt::ControlModifier);
    GuiFixture::waitFor(
            [&] { return f.window().flagDialog() && f.window().flagDialog()->isVisible(); });
    if (auto *d = f.window().flagDialog()) {
        shootDialog(f, d, prefix + QStringLiteral("5-flag"));
        d->close();
    }
    settle();
    f.press(Qt::Key_Question);
    GuiFixture::waitFor(
            [&] { return f.window().shortcutSheet() && f.window().shortcutSheet()->isVisible(); });
    if (auto *d = f.window().shortcutSheet()) {
        shootDialog(f, d, prefix + QStringLiteral("6-shortcuts"));
        d->close();
    }
    settle();
}

/// The people of the review stops: Bram (team lead), Rik (reviewer) and Anna de Wit
/// (annotator).
struct ReviewPeople
{
    Profile lead, rik, anna;
};

/// Starts \a f in \a theme at 1280 x 800 with the review stops' people, Bram chosen; nullopt
/// when it did not start or the profiles could not be made.
std::optional<ReviewPeople> startReviewStop(GuiFixture &f, const QString &theme)
{
    f.settings().setValue(QStringLiteral("ui/theme"), theme);
    if (!f.start())
        return std::nullopt;
    f.window().resize(1280, 800);
    Store &store = f.store();
    const auto lead = store.addProfile(QStringLiteral("Bram"), Role::TeamLead);
    const auto rik = store.addProfile(QStringLiteral("Rik"), Role::Reviewer);
    const auto anna = store.addProfile(QStringLiteral("Anna de Wit"), Role::Annotator);
    if (!lead || !rik || !anna || !f.window().chooseProfile(lead->id))
        return std::nullopt;
    return ReviewPeople{*lead, *rik, *anna};
}

/// A task named \a name of the media in \a media with \a schema (written into \a folder), made
/// by the lead and all of it Anna's; nullopt with \a problem when it could not be made.
std::optional<Task> reviewTask(Store &store, const ReviewPeople &people, const QString &name,
                               const QByteArray &schema, const QString &folder,
                               const QString &media, QString *problem)
{
    QFile file(QDir(folder).filePath(QStringLiteral("schema.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(schema) != schema.size()) {
        *problem = QStringLiteral("the schema could not be written");
        return std::nullopt;
    }
    file.close();
    auto draft = draftTaskFromFolder(name, file.fileName(), media);
    if (!draft) {
        *problem = draft.error().message();
        return std::nullopt;
    }
    const auto task = store.createTask(draft->task, draft->items, people.lead.id);
    if (!task || !store.assignRoundRobin(task->id, {people.anna.id}, 1, people.lead.id)) {
        *problem = QStringLiteral("the task could not be made or assigned");
        return std::nullopt;
    }
    return *task;
}

/// The reviewer's view: the review queue beside Anna's work on a train buffer, one box chosen,
/// and the window that asks for the comment of a rejection.
void reviewTour(const QString &language, const QString &theme)
{
    const QString prefix = language + QLatin1Char('-') + theme + QLatin1Char('-');
    const bool dutch = language == QLatin1String("nl");
    const auto failed = [&](const char *what) {
        std::fprintf(stderr, "review tour (%s): %s\n", qPrintable(prefix), what);
        ++g_failures;
    };
    GuiFixture f(language);
    const auto people = startReviewStop(f, theme);
    if (!people)
        return failed("the program did not start, or its profiles could not be made");
    Store &store = f.store();
    const Profile &rik = people->rik, &anna = people->anna;
    // A task of the demo's two train buffer photos whose every item is reviewed.
    QTemporaryDir folder;
    const QString media = folder.filePath(QStringLiteral("buffers"));
    QDir().mkpath(media);
    for (const QString &name : {QStringLiteral("train-buffer-1.jpg"), QStringLiteral("train-buffer-2.jpg")})
        if (!QFile::copy(QStringLiteral(":/demo/train-buffers/") + name, QDir(media).filePath(name)))
            return failed("the demo's photos could not be copied");
    const QString comment = dutch ? QStringLiteral("Het kader is te ruim") : QStringLiteral("The box is too loose");
    QString problem;
    const auto task = reviewTask(store, *people, QStringLiteral("Buffers, review"),
                                 QStringLiteral(R"({"format": 1,
 "labels": [{"name": "Buffer", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box"]}],
 "review": {"sample": 100, "quickComments": ["%1"]}})")
                                         .arg(comment)
                                         .toUtf8(),
                                 folder.path(), media, &problem);
    if (!task)
        return failed(qPrintable(problem));
    // Anna's work on the first photo: a good box and a loose one, done.
    const QList<Item> queue = store.queue(task->id, anna.id);
    if (queue.isEmpty())
        return failed("Anna has no items");
    const QString itemId = queue.first().id;
    QString loose;
    for (const QRect &r : {QRect(170, 450, 460, 460), QRect(900, 380, 600, 600)}) {
        Annotation a;
        a.taskId = task->id;
        a.itemId = itemId;
        a.author = anna.id;
        a.kind = AnnotationKind::Box;
        a.label = QStringLiteral("Buffer");
        a.value = QJsonObject{{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()},
                              {QStringLiteral("w"), r.width()}, {QStringLiteral("h"), r.height()}};
        const auto added = store.addAnnotation(a);
        if (!added)
            return failed("a box could not be kept");
        loose = added->id;
    }
    if (!store.setSubmission(Submission{task->id, itemId, anna.id, SubmissionStatus::Done, {}, 45000},
                             anna.id))
        return failed("the item could not be marked done");

    // Rik reviews: his queue is open; he opens Anna's work and chooses the loose box.
    if (!f.window().chooseProfile(rik.id))
        return failed("Rik's profile could not be chosen");
    WorkPage *work = f.window().workPage();
    ReviewPanel *panel = work->reviewPanel();
    if (!panel->choose(itemId, anna.id))
        return failed("Anna's work is not in the review queue");
    GuiFixture::waitFor([&] {
        return test::imageEditor(work) && test::imageEditor(work)->canvas()->state() == ImageCanvas::State::Ready;
    });
    QListWidget *hers = panel->annotationList();
    for (int row = 0; row < hers->count(); ++row)
        if (hers->item(row)->data(Qt::UserRole + 3).toString() == loose)
            hers->setCurrentRow(row);
    shootWindow(f, prefix + QStringLiteral("24-review"));
    f.activate();
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    GuiFixture::waitFor([&] { return panel->rejectDialog() && panel->rejectDialog()->isVisible(); });
    if (RejectDialog *d = panel->rejectDialog()) {
        QTest::keyClicks(d->commentBox(), dutch ? QStringLiteral("Laat de rand van het kader bij de buffer beginnen")
                                                : QStringLiteral("Let the box start at the buffer's edge"));
        shootDialog(f, d, prefix + QStringLiteral("25-reject"));
        d->close();
    } else {
        ++g_failures;
    }
    settle();
}

/// A comment about a place on a span: Rik narrows Anna's organisation in a CV to the town in
/// it and rejects with "Also say where"; Anna sees the feedback with the words it is about.
void reviewPlaceTour(const QString &language, const QString &theme)
{
    const QString prefix = language + QLatin1Char('-') + theme + QLatin1Char('-');
    const bool dutch = language == QLatin1String("nl");
    const auto failed = [&](const char *what) {
        std::fprintf(stderr, "review place tour (%s): %s\n", qPrintable(prefix), what);
        ++g_failures;
    };
    GuiFixture f(language);
    const auto people = startReviewStop(f, theme);
    if (!people)
        return failed("the program did not start, or its profiles could not be made");
    Store &store = f.store();
    const Profile &rik = people->rik, &anna = people->anna;
    // A task of the demo's first CV, with the demo's labels, every item reviewed.
    QTemporaryDir folder;
    const QString media = folder.filePath(QStringLiteral("cv"));
    QDir().mkpath(media);
    const QString cv = QDir(media).filePath(QStringLiteral("cv-1-sanne.txt"));
    if (!QFile::copy(QStringLiteral(":/demo/cv/cv-1-sanne.txt"), cv))
        return failed("the demo's CV could not be copied");
    QFile demoSchema(QStringLiteral(":/demo/cv/schema.json"));
    if (!demoSchema.open(QIODevice::ReadOnly))
        return failed("the demo's schema could not be read");
    QJsonObject schemaJson = QJsonDocument::fromJson(demoSchema.readAll()).object();
    schemaJson.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("sample"), 100}});
    QString problem;
    const auto task = reviewTask(store, *people, QStringLiteral("CVs, review"),
                                 QJsonDocument(schemaJson).toJson(), folder.path(), media, &problem);
    if (!task)
        return failed(qPrintable(problem));
    const QList<Item> queue = store.queue(task->id, anna.id);
    if (queue.isEmpty())
        return failed("Anna has no items");
    const QString itemId = queue.first().id;
    // Anna's organisation takes the town with it; the text has no characters beyond the
    // Basic Multilingual Plane before it, so UTF-16 positions are code points here.
    QFile text(cv);
    if (!text.open(QIODevice::ReadOnly))
        return failed("the CV could not be read");
    const QString words = QString::fromUtf8(text.readAll());
    const QString organisation = QStringLiteral("Waterschap Rijn en IJssel, Doetinchem");
    const qsizetype at = words.indexOf(organisation);
    if (at < 0)
        return failed("the CV has no organisation to show");
    Annotation a;
    a.taskId = task->id;
    a.itemId = itemId;
    a.author = anna.id;
    a.kind = AnnotationKind::Span;
    a.label = QStringLiteral("Organisatie");
    a.value = QJsonObject{{QStringLiteral("start"), at}, {QStringLiteral("end"), at + organisation.size()},
                          {QStringLiteral("text"), organisation}};
    const auto added = store.addAnnotation(a);
    if (!added)
        return failed("the span could not be kept");
    if (!store.setSubmission(Submission{task->id, itemId, anna.id, SubmissionStatus::Done, {}, 45000},
                             anna.id))
        return failed("the item could not be marked done");

    // Rik chooses her span in the panel, selects the town in it, and rejects.
    if (!f.window().chooseProfile(rik.id))
        return failed("Rik's profile could not be chosen");
    WorkPage *work = f.window().workPage();
    ReviewPanel *panel = work->reviewPanel();
    if (!panel->choose(itemId, anna.id))
        return failed("Anna's work is not in the review queue");
    auto *editor = qobject_cast<TextEditor *>(work->editor());
    if (!editor || !GuiFixture::waitFor([&] { return !editor->text().isEmpty(); }))
        return failed("the CV is not shown");
    QListWidget *hers = panel->annotationList();
    for (int row = 0; row < hers->count(); ++row)
        if (hers->item(row)->data(Qt::UserRole + 3).toString() == added->id)
            hers->setCurrentRow(row);
    const qsizetype town = at + organisation.indexOf(QStringLiteral("Doetinchem"));
    editor->view()->select(town, at + organisation.size());
    f.activate();
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    GuiFixture::waitFor([&] { return panel->rejectDialog() && panel->rejectDialog()->isVisible(); });
    RejectDialog *d = panel->rejectDialog();
    if (!d || !d->namesPlace())
        return failed("the reject window does not offer the place");
    QTest::keyClicks(d->commentBox(), dutch ? QStringLiteral("Doetinchem is een Lokatie, geen deel van de organisatie")
                                            : QStringLiteral("Doetinchem is a Lokatie, not part of the organisation"));
    shootDialog(f, d, prefix + QStringLiteral("26-reject-place"));
    QTest::keyClick(d->commentBox(), Qt::Key_Return);
    settle();
    const auto verdict = store.review(itemId, anna.id);
    if (!verdict || verdict->anchor.isEmpty())
        return failed("the rejection did not keep the place");

    // Anna sees the feedback, with the words it is about, above her CV.
    if (!f.window().chooseProfile(anna.id))
        return failed("Anna's profile could not be chosen");
    if (!GuiFixture::waitFor([&] { return work->currentItemId() == itemId && work->feedbackBox()->isVisible(); }))
        return failed("Anna does not see the feedback");
    GuiFixture::waitFor([&] { return !editor->text().isEmpty(); });
    shootWindow(f, prefix + QStringLiteral("27-feedback-place"));
    settle();
}

/// The new task page (Team → New task…, Ctrl+N) of a team lead: the media step with a copy of
/// the dike cracks job's folder read, then the labels step started from that job's template.
void newTaskTour(const QString &language, const QString &theme)
{
    const QString prefix = language + QLatin1Char('-') + theme + QLatin1Char('-');
    const bool dutch = language == QLatin1String("nl");
    const auto failed = [&](const char *what) {
        std::fprintf(stderr, "new task tour (%s): %s\n", qPrintable(prefix), what);
        ++g_failures;
    };
    GuiFixture f(language);
    const auto people = startReviewStop(f, theme);
    if (!people)
        return failed("the program did not start, or its profiles could not be made");
    // The job's folder under a path a lab could have, so the folder field reads naturally.
    QDir folder(QDir::temp().filePath(QStringLiteral("annostraat-tour/dike-cracks")));
    folder.removeRecursively();
    if (!folder.mkpath(QStringLiteral(".")))
        return failed("the media folder could not be made");
    const QDir demo(QStringLiteral(":/demo/dike-cracks"));
    for (const QString &name : demo.entryList(QDir::Files))
        if (!QFile::copy(demo.filePath(name), folder.filePath(name)))
            return failed("the demo's files could not be copied");

    f.activate();
    f.press(Qt::Key_N, Qt::ControlModifier);
    NewTaskPage *page = nullptr;
    if (!GuiFixture::waitFor([&] {
            return (page = f.window().findChild<NewTaskPage *>()) && page->isVisible();
        }))
        return failed("Ctrl+N did not open the new task page");
    // Its own size is made for a large screen (as wide as 110 characters, 40 lines high): in the
    // tour's small window it is fitted inside, with room for its title bar, as on a laptop.
    page->resize(std::min(page->width(), 1200), std::min(page->height(), 700));
    page->setFolder(folder.path());
    if (!GuiFixture::waitFor([&] { return !page->isScanning(); }, 60000) || !page->folderScan())
        return failed("the folder was not read");
    shootDialog(f, page, prefix + QStringLiteral("28-new-task-media"));

    page->setStep(NewTaskPage::TaskStep);
    page->nameEdit()->setText(dutch ? QStringLiteral("Dijken Zeeland")
                                    : QStringLiteral("Dikes of Zeeland"));
    page->setStep(NewTaskPage::SchemaStep);
    const int template_ = page->schemaEditor()->startBox()->findText(
            DemoTask::taskName(QStringLiteral("dike-cracks")), Qt::MatchContains);
    if (template_ < 0)
        return failed("the dike cracks template is not offered");
    page->schemaEditor()->startFrom(template_);
    shootDialog(f, page, prefix + QStringLiteral("29-new-task-schema"));
    page->close();
    settle();
    folder.removeRecursively();
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    setApplicationIdentity();
    if (argc < 2) {
        std::fprintf(stderr, "usage: annostraat-screenshot-tour OUTPUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")})
        for (const QString &theme : {QStringLiteral("normal"), QStringLiteral("high-contrast")}) {
            tour(language, theme, theme == QLatin1String("normal"));
            syncTour(language, theme);
            reviewTour(language, theme);
            reviewPlaceTour(language, theme);
            newTaskTour(language, theme);
        }
    return g_failures == 0 ? 0 : 1;
}
