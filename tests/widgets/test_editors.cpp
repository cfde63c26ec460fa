// SPDX-License-Identifier: GPL-3.0-or-later
// The work area hosts whatever editor is registered for an item's media kind: a test makes
// its own small editor, registers it, and the real main window opens an item with it.

#include "guifixture.h"
#include "guisteps.h"

#include "canvas/imageeditor.h"
#include "document/itemdocument.h"
#include "editor/editorregistry.h"
#include "testutil.h"
#include "video/videoeditor.h"
#include "workpage.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// A minimal editor: a label, one View action (F9) and a status line.
class ProbeEditor : public MediaEditor
{
public:
    explicit ProbeEditor(EditorEnvironment environment, QObject *parent)
        : MediaEditor(std::move(environment), parent)
        , m_widget(new QLabel(QStringLiteral("probe")))
        , m_action(new QAction(QStringLiteral("Probe action"), this))
    {
        m_widget->setObjectName(QStringLiteral("probeEditor"));
        m_action->setObjectName(QStringLiteral("actionProbe"));
        m_action->setShortcut(QKeySequence(Qt::Key_F9));
        connect(m_action, &QAction::triggered, this, [this] { ++triggered; });
        m_action->setEnabled(false);
        m_action->setVisible(false);
    }
    ~ProbeEditor() override { delete m_widget.data(); }

    QString id() const override { return QStringLiteral("probe"); }
    QWidget *widget() const override { return m_widget; }
    QList<QAction *> actions(Menu menu) const override
    {
        return menu == Menu::View ? QList<QAction *>{m_action} : QList<QAction *>{};
    }
    QString statusText() const override
    {
        return document() ? QStringLiteral("probe shows %1").arg(document()->item().id) : QString();
    }

    QStringList opened; ///< the item ids shown, in order ("" for none)
    int triggered = 0;

protected:
    void showDocument(ItemDocument *document) override
    {
        opened << (document ? document->item().id : QString());
        m_action->setEnabled(document != nullptr);
        m_action->setVisible(document != nullptr);
        Q_EMIT statusTextChanged();
    }

private:
    QPointer<QLabel> m_widget;
    QAction *m_action;
};

/// Registers the probe for video items while it lives, in the built-in video editor's place.
struct ProbeRegistration
{
    ProbeRegistration()
    {
        registerBuiltinEditors(); // first, so the main window's call changes nothing after
        REQUIRE(EditorRegistry::has(MediaKind::Video));
        EditorRegistry::add(MediaKind::Video, [this](const EditorEnvironment &e, QObject *parent) {
            probe = new ProbeEditor(e, parent);
            return probe;
        });
    }
    ~ProbeRegistration()
    {
        EditorRegistry::add(MediaKind::Video,
                            [](const EditorEnvironment &e, QObject *parent) { return new VideoEditor(e, parent); });
    }
    QPointer<ProbeEditor> probe;
};

} // namespace

TEST_CASE("An editor registered in a test opens items of its kind in the real work area", "[gui][editor]")
{
    ProbeRegistration registration;
    GuiFixture f;
    // Anna starts the program once (the demo tasks come along), then a task with a video and
    // an image item arrives in her store, and she starts again.
    test::startAsAnnotator(f);
    const Profile anna = f.store().profiles().first();
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    const QString photoPath = f.folder() + QStringLiteral("/photo.png");
    REQUIRE(photo.save(photoPath));
    Task task;
    task.name = QStringLiteral("Uitzendingen");
    task.schema = test::demoSchema();
    Item video;
    video.mediaPath = f.folder() + QStringLiteral("/journaal.mp4");
    video.sha256 = QString(64, QLatin1Char('b'));
    video.size = 1;
    video.kind = MediaKind::Video;
    video.order = 0;
    Item image = video;
    image.mediaPath = photoPath;
    image.sha256 = QString(64, QLatin1Char('c'));
    image.kind = MediaKind::Image;
    image.order = 1;
    const auto created = f.store().createTask(task, {video, image}, anna.id);
    REQUIRE(created.ok());
    REQUIRE(f.store().setSetting(anna.id, QStringLiteral("work/lastTask"), created->id).ok());

    QString problem;
    INFO(problem.toStdString());
    REQUIRE(f.restart(&problem));
    REQUIRE(registration.probe); // the work page made one, through the registry
    ProbeEditor *probe = registration.probe;
    if (f.window().page() != MainWindow::Page::Work) // the profile page: Anna is the only one
        f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->task());
    REQUIRE(work->task()->id == created->id);

    // The video item is open in the probe, which the work page shows with its status line.
    const QList<Item> items = f.store().items(created->id);
    REQUIRE(work->document());
    REQUIRE(work->document()->item().kind == MediaKind::Video);
    CHECK(work->editor() == probe);
    CHECK(probe->opened.last() == items.at(0).id);
    CHECK(probe->widget()->isVisible());
    auto *status = work->findChild<QLabel *>(QStringLiteral("editorStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("probe shows %1").arg(items.at(0).id));
    // Its action is in the View menu, and its key works in the window.
    QAction *action = f.window().action(QStringLiteral("actionProbe"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    f.press(Qt::Key_F9);
    CHECK(probe->triggered == 1);

    // The next item is an image: the image editor takes over, the probe lets go.
    f.press(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(work->document()->item().kind == MediaKind::Image);
    CHECK(work->editor() == test::imageEditor(work));
    CHECK(probe->opened.last().isEmpty());
    CHECK_FALSE(probe->widget()->isVisible());
    CHECK_FALSE(action->isEnabled());
    f.press(Qt::Key_F9);
    CHECK(probe->triggered == 1);
    CHECK(test::imageEditor(work)->widget()->isVisible());

    // And back.
    f.press(Qt::Key_Left, Qt::AltModifier);
    CHECK(work->editor() == probe);
    CHECK(probe->opened.last() == items.at(0).id);
}
