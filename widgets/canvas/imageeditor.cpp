// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageeditor.h"

#include "fontwatcher.h"
#include "sectionlabel.h"

#include "actiontext.h"
#include "annotationlayer.h"
#include "annotationlist.h"
#include "attributeeditor.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "editor/mediamessage.h"
#include "imagecanvas.h"
#include "imagesurface.h"
#include "labelpicker.h"
#include "media/imagecache.h"
#include "model/kinds/annotationkinds.h"
#include "quality/geometry.h"
#include "store/store.h"
#include "toolcontext.h"
#include "toolmanager.h"

#include <QAction>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtMath>
#include <QEvent>

#include <functional>

#include <algorithm>
#include <cmath>
#include <utility>

namespace annostraat {


ImageEditor::ImageEditor(EditorEnvironment environment, QObject *parent)
    : MediaEditor(std::move(environment), parent)
{
    m_widget = new QWidget;
    m_widget->setObjectName(QStringLiteral("imageEditor"));
    m_cache = new ImageCache(this);
    m_canvas = new ImageCanvas(m_cache);
    markMainView(m_canvas);
    m_canvas->setObjectName(QStringLiteral("imageCanvas"));
    m_message = new MediaMessage;

    m_toolContext = new ToolContext(this);
    m_surface = new ImageSurface(m_canvas, m_toolContext, this);
    m_annotationLayer = std::make_unique<AnnotationLayer>(m_toolContext);
    m_canvas->addLayer(m_annotationLayer.get());
    // The built-in tools are known once registerBuiltinEditors() ran (annostraat-editors).
    m_toolManager = new ToolManager(m_toolContext, m_surface, this);
    m_toolManager->loadStaticTools();
    // A lab can add its own tools: plugins in "tools" beside the program.
    m_toolManager->loadToolsFrom(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tools")));
    createActions();

    m_bar = new QToolBar(m_widget);
    m_bar->setObjectName(QStringLiteral("canvasBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->addActions(m_toolManager->toolActions());
    m_bar->addSeparator();
    m_bar->addAction(m_fit);
    m_bar->addAction(m_actualSize);
    m_bar->addSeparator();
    m_bar->addAction(m_showOthers);

    auto *media = new QWidget(m_widget);
    m_stack = new QStackedLayout(media);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(media, 1);
    layout->addWidget(buildPanels(m_widget));

    // A decode that fails after the header was fine: the canvas shows its error tile, and the
    // editor reports it like any other problem.
    connect(m_canvas, &ImageCanvas::failed, this, [this](const QString &why) {
        if (document())
            showProblem(MediaMessage::unreadableFile(m_canvas->path(), why));
    });
    // One selection and one set of hidden annotations, whether chosen on the image or in the list.
    connect(m_toolContext, &ToolContext::selectionChanged, this, [this](const QString &id) {
        // Nothing chosen on the image leaves the list's row where it is: after Delete in the
        // list, the next row is ready for another Delete.
        if (!id.isEmpty())
            m_annotations->setCurrentAnnotation(id);
        m_attributes->setAnnotation(id);
    });
    connect(m_annotations, &AnnotationList::annotationChosen, this, [this](const QString &id) {
        m_toolContext->setSelectedId(id);
        m_attributes->setAnnotation(id);
    });
    connect(m_annotations, &AnnotationList::hiddenChanged, m_toolContext, &ToolContext::setHiddenIds);
    connect(m_toolContext, &ToolContext::hiddenChanged, this,
            [this] { m_annotations->setHiddenAnnotations(m_toolContext->hiddenIds()); });
    connect(m_toolContext, &ToolContext::statusMessage, this, &MediaEditor::message);
    connect(m_toolContext, &ToolContext::currentLabelChanged, this, &ImageEditor::chooseToolForLabel);
    connect(m_toolManager, &ToolManager::statusTextChanged, this, [this](const QString &text) {
        m_toolStatus = text;
        Q_EMIT statusTextChanged();
    });
    connect(m_canvas, &ImageCanvas::pointerMoved, this, [this](QPointF p) {
        m_pointer = p;
        Q_EMIT statusTextChanged();
    });
    connect(m_canvas, &ImageCanvas::viewChanged, this, &MediaEditor::statusTextChanged);
    connect(m_canvas, &ImageCanvas::imageShown, this, &MediaEditor::statusTextChanged);
    connect(m_canvas, &ImageCanvas::imageShown, this, [this] {
        if (!m_placeToShow.isNull())
            m_canvas->showRegion(std::exchange(m_placeToShow, QRectF()));
    });
    connect(m_labelPicker, &LabelPicker::labelActionsChanged, this, &MediaEditor::actionsChanged);
    const auto keep = [this](const QString &m) { Q_EMIT notice(tr("This could not be kept: %1").arg(m)); };
    connect(m_attributes, &AttributeEditor::failed, this, keep);
    connect(m_annotations, &AnnotationList::failed, this, keep);

    retranslate();
    updateActions();
}

ImageEditor::~ImageEditor()
{
    // The tools first: deactivating the active one still talks to the tool context and the
    // canvas. Nobody outside hears the label picker rebuild below.
    disconnect(m_labelPicker, nullptr, nullptr, nullptr);
    disconnect(m_toolContext, nullptr, this, nullptr);
    delete m_toolManager;
    m_toolManager = nullptr;
    m_annotations->setDocument(nullptr);
    m_attributes->setDocument(nullptr);
    m_toolContext->setDocument(nullptr);
    m_canvas->removeLayer(m_annotationLayer.get());
    delete m_widget.data();
}

QWidget *ImageEditor::buildPanels(QWidget *parent)
{
    // Below the image: the labels to draw with, the person's annotations, the chosen one.
    auto *panels = new QWidget(parent);
    auto *bottom = new QHBoxLayout(panels);
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->setSpacing(12);
    auto column = [bottom](QLabel *label, QWidget *widget, int stretch) {
        auto *box = new QVBoxLayout;
        box->setSpacing(4);
        box->addWidget(label);
        box->addWidget(widget, 1);
        bottom->addLayout(box, stretch);
    };
    m_labelPicker = new LabelPicker(m_toolContext);
    m_labelsLabel = sectionLabel(panels, "labelsLabel");
    m_labelsLabel->setBuddy(m_labelPicker);
    auto *labelScroll = new QScrollArea(panels);
    // No stop of its own: what is inside takes the keyboard, and the area scrolls to it.
    labelScroll->setFocusPolicy(Qt::NoFocus);
    labelScroll->setWidget(m_labelPicker);
    labelScroll->setWidgetResizable(true);
    labelScroll->setFrameShape(QFrame::NoFrame);
    labelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    labelScroll->setMinimumWidth(170);
    m_labelsPanel = labelScroll;
    m_annotationsLabel = sectionLabel(panels, "annotationsLabel");
    m_annotations = new AnnotationList(panels);
    m_annotationsLabel->setBuddy(m_annotations);
    m_attributesLabel = sectionLabel(panels, "attributesLabel");
    m_attributes = new AttributeEditor;
    // Large text makes the chosen annotation's fields taller than the row: they scroll.
    auto *attributesScroll = new QScrollArea(panels);
    attributesScroll->setFocusPolicy(Qt::NoFocus);
    attributesScroll->setWidget(m_attributes);
    attributesScroll->setWidgetResizable(true);
    attributesScroll->setFrameShape(QFrame::NoFrame);
    attributesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column(m_labelsLabel, labelScroll, 3);
    column(m_annotationsLabel, m_annotations, 3);
    column(m_attributesLabel, attributesScroll, 2);
    // A fixed row under the image (it must not jump as annotations come and go), as tall as
    // eight lines of text in the size of the moment.
    auto fitHeight = [panels] {
        panels->setFixedHeight(qMax(170, 8 * panels->fontMetrics().lineSpacing() + 16));
    };
    fitHeight();
    auto *watcher = new FontWatcher(panels, fitHeight);
    Q_UNUSED(watcher);
    return panels;
}

void ImageEditor::createActions()
{
    auto make = [this](const char *name, std::initializer_list<QKeySequence> keys) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(QList<QKeySequence>(keys));
        return a;
    };
    m_zoomIn = make("actionZoomIn", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_zoomOut = make("actionZoomOut", {QKeySequence(Qt::Key_Minus)});
    m_fit = make("actionFitImage", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_actualSize = make("actionActualSize", {QKeySequence(Qt::CTRL | Qt::Key_1)});
    m_copyPrevious = make("actionCopyPrevious", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    m_editAttributes = make("actionEditAttributes", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_showOthers = make("actionShowOtherLayers", {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_focusImage = make("actionFocusImage", {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_showOthers->setCheckable(true);
    connect(m_focusImage, &QAction::triggered, this, [this] { m_canvas->setFocus(Qt::ShortcutFocusReason); });
    connect(m_zoomIn, &QAction::triggered, m_canvas, &ImageCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_canvas, &ImageCanvas::zoomOut);
    connect(m_fit, &QAction::triggered, m_canvas, &ImageCanvas::fitToView);
    connect(m_actualSize, &QAction::triggered, m_canvas, &ImageCanvas::zoomToActualSize);
    connect(m_copyPrevious, &QAction::triggered, this, &ImageEditor::copyFromPrevious);
    connect(m_editAttributes, &QAction::triggered, this, [this] { m_attributes->focusFirstField(); });
    connect(m_showOthers, &QAction::toggled, m_toolContext, &ToolContext::setOtherLayersShown);
}

QWidget *ImageEditor::widget() const
{
    return m_widget;
}

QList<QAction *> ImageEditor::actions(Menu menu) const
{
    switch (menu) {
    case Menu::View:
        return {m_zoomIn, m_zoomOut, m_fit, m_actualSize, m_showOthers};
    case Menu::Item:
        return {m_copyPrevious};
    case Menu::Edit:
        return {m_editAttributes, m_focusImage};
    case Menu::Tools:
        return m_toolManager->toolActions() + m_labelPicker->labelActions();
    }
    return {};
}

void ImageEditor::showDocument(ItemDocument *document)
{
    m_attributes->commitPending();
    m_problem.clear();
    m_placeToShow = QRectF(); // a place of the last item, not yet zoomed to
    m_canvas->clear();
    m_annotations->setDocument(document);
    m_attributes->setDocument(document);
    m_toolContext->setDocument(document);
    if (document) {
        const QString path = mediaPath(document->item());
        // Only the header is read here (cheap, and it catches files that are no image at
        // all); the canvas decodes in the background.
        QImageReader reader(path);
        if (!QFileInfo::exists(path)) {
            showProblem(MediaMessage::missingFile(path));
        } else if (!reader.canRead() || !reader.size().isValid()) {
            showProblem(MediaMessage::unreadableFile(path, reader.errorString()));
        } else {
            m_stack->setCurrentWidget(m_canvas);
            m_canvas->setImage(path);
        }
    } else {
        m_stack->setCurrentWidget(m_canvas);
    }
    updateActions();
    Q_EMIT statusTextChanged();
}

void ImageEditor::showProblem(const QString &text)
{
    m_problem = text;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateActions();
    Q_EMIT statusTextChanged();
}

QString ImageEditor::problem() const
{
    return m_problem;
}

void ImageEditor::setProfile(const std::optional<Profile> &profile)
{
    MediaEditor::setProfile(profile);
    updateActions();
}

void ImageEditor::updateActions()
{
    const bool image = document() && m_problem.isEmpty();
    m_bar->setVisible(image);
    m_labelsPanel->setEnabled(image);
    for (Menu menu : {Menu::View, Menu::Item, Menu::Edit}) {
        for (QAction *a : actions(menu)) {
            a->setEnabled(image);
            a->setVisible(document() != nullptr);
        }
    }
    // Other people's layers are for reviewers and team leads; annotators work blind.
    const bool mayCompare = profile() && profile()->role != Role::Annotator;
    m_showOthers->setVisible(document() && mayCompare);
    m_showOthers->setEnabled(image && mayCompare);
    if (!mayCompare && m_showOthers->isChecked())
        m_showOthers->setChecked(false);
    const auto previous = environment().previousItem ? environment().previousItem() : std::nullopt;
    m_copyPrevious->setEnabled(image && previous.has_value());
    // Visible first: a hidden action is a disabled one, and a disabled tool cannot be chosen.
    for (QAction *a : m_toolManager->toolActions())
        a->setVisible(image);
    for (QAction *a : m_labelPicker->labelActions())
        a->setVisible(document() != nullptr);
    if (image)
        fitToolToTask();
}

void ImageEditor::fitToolToTask()
{
    // A drawing tool that draws none of the task's labels (the box tool kept from the train
    // buffers, then a restart into the dike cracks) gives way to one that draws the current
    // label, else to select/edit. A tool chosen by hand for another of the task's labels stays.
    AbstractTool *active = m_toolManager->activeTool();
    if (active && active->id() != QLatin1String("select") && document()) {
        bool fits = false;
        const QList<AnnotationKind> kinds = active->annotationKinds();
        for (const LabelSpec &label : document()->task().schema.labels())
            for (AnnotationKind kind : kinds)
                fits = fits || label.kinds.contains(kind);
        if (!fits) {
            m_toolManager->setActiveTool(QStringLiteral("select"));
            active = nullptr;
        }
    }
    if (!active) {
        // Start with the tool the current label draws, else with select/edit.
        chooseToolForLabel(m_toolContext->currentLabel());
        if (!m_toolManager->activeTool())
            m_toolManager->setActiveTool(QStringLiteral("select"));
    }
}

void ImageEditor::chooseToolForLabel(const QString &label)
{
    // Choosing a label means "I am going to draw this": pressing 1 for "Scheur" (cracks only)
    // while select/edit or the box tool is active switches to the crack tool. A tool that can
    // already draw the label stays.
    const LabelSpec *spec = m_toolContext->labelSpec(label);
    if (!spec || !document() || !m_problem.isEmpty())
        return;
    if (AbstractTool *active = m_toolManager->activeTool()) {
        const QList<AnnotationKind> kinds = active->annotationKinds();
        for (AnnotationKind kind : kinds)
            if (active->id() != QLatin1String("select") && spec->kinds.contains(kind))
                return;
    }
    const QList<AbstractTool *> tools = m_toolManager->tools();
    for (AbstractTool *tool : tools) {
        if (tool->id() == QLatin1String("select"))
            continue;
        const QList<AnnotationKind> kinds = tool->annotationKinds();
        for (AnnotationKind kind : kinds)
            if (spec->kinds.contains(kind) && m_toolManager->setActiveTool(tool->id()))
                return;
    }
}

QString ImageEditor::statusText() const
{
    if (!document() || !m_problem.isEmpty())
        return {};
    // Where and how large first (short, always visible), then the tool's hint.
    QStringList parts;
    const QSize size = m_canvas->imageSize();
    if (size.isValid()) {
        if (m_pointer.x() >= 0 && m_pointer.y() >= 0 && m_canvas->imageRect().contains(m_pointer)) {
            parts << tr("x %1, y %2 px").arg(qFloor(m_pointer.x())).arg(qFloor(m_pointer.y()));
            // An orthophoto: where the pointer is on the map, in the raster's own CRS.
            const GeoReference geo = m_canvas->cache()->info(m_canvas->path()).geo;
            if (geo.valid) {
                const QPointF map = geo.toMap(m_pointer);
                if (geo.geographic)
                    parts << tr("lon %1°, lat %2° (%3)")
                                     .arg(map.x(), 0, 'f', 7)
                                     .arg(map.y(), 0, 'f', 7)
                                     .arg(geo.crsName);
                else
                    parts << tr("X %1 m, Y %2 m (%3)")
                                     .arg(map.x(), 0, 'f', 2)
                                     .arg(map.y(), 0, 'f', 2)
                                     .arg(geo.crsName);
            }
        }
        parts << tr("%1 \u00D7 %2 px").arg(size.width()).arg(size.height());
        parts << tr("zoom %1%").arg(qRound(m_canvas->zoom() * 100));
    }
    if (!m_toolStatus.isEmpty())
        parts << m_toolStatus;
    return parts.join(QStringLiteral("  \u00B7  "));
}

void ImageEditor::commitPending()
{
    m_attributes->commitPending();
}

void ImageEditor::prefetch(const QList<Item> &upcoming)
{
    // The next images in the queue are decoded in the background, so moving on is instant.
    QStringList paths;
    for (const Item &item : upcoming)
        paths << mediaPath(item);
    m_cache->prefetch(paths);
}

QByteArray ImageEditor::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << (m_toolManager->activeTool() ? m_toolManager->activeTool()->id() : QString());
    return state;
}

void ImageEditor::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    QString tool;
    in >> tool;
    if (in.status() == QDataStream::Ok && !tool.isEmpty())
        m_toolManager->setActiveTool(tool);
    if (document() && m_problem.isEmpty())
        fitToolToTask();
}

bool ImageEditor::takeFocus()
{
    if (!document() || !m_problem.isEmpty())
        return false;
    m_canvas->setFocus(Qt::OtherFocusReason);
    return true;
}

namespace {

/// A place on an image (a verdict's anchor): {"x", "y", "w", "h"} in image pixels, or a point
/// {"x", "y"} another program may have written; nothing else.
std::optional<QRectF> regionOf(const QJsonObject &place)
{
    const QJsonValue x = place.value(QLatin1String("x")), y = place.value(QLatin1String("y"));
    if (!x.isDouble() || !y.isDouble())
        return std::nullopt;
    const double w = place.value(QLatin1String("w")).toDouble(0), h = place.value(QLatin1String("h")).toDouble(0);
    if (w < 0 || h < 0 || !std::isfinite(w) || !std::isfinite(h))
        return std::nullopt;
    return QRectF(x.toDouble(), y.toDouble(), w, h);
}

/// A region big enough to see and to frame: a point or a thin strip along a crack grows to
/// at least \a least pixels each way around its centre.
QRectF visibleRegion(QRectF region, double least)
{
    const QPointF centre = region.center();
    region.setWidth(std::max(region.width(), least));
    region.setHeight(std::max(region.height(), least));
    region.moveCenter(centre);
    return region;
}

} // namespace

bool ImageEditor::selectAnnotation(const QString &annotationId, const QJsonObject &place)
{
    ItemDocument *doc = document();
    m_toolContext->setPointedOutId(QString());
    m_toolContext->setPlaceShown(QString(), QRectF());
    m_placeToShow = QRectF();
    if (!doc || annotationId.isEmpty())
        return false;
    const auto region = regionOf(place);
    const auto showPlace = [&] {
        if (!region)
            return;
        const QRectF framed = visibleRegion(*region, 16);
        m_toolContext->setPlaceShown(annotationId, framed);
        if (m_canvas->state() == ImageCanvas::State::Ready)
            m_canvas->showRegion(framed);
        else if (m_canvas->state() == ImageCanvas::State::Loading)
            m_placeToShow = framed; // zoomed to when the image is shown
    };
    if (m_toolContext->ownAnnotation(annotationId)) {
        m_toolContext->setSelectedId(annotationId); // the list and the attributes follow
        showPlace();
        return true;
    }
    // Another person's (the reviewer chose it in the review panel): pointed out where the
    // other layers are shown, and brought into view when it lies outside it.
    const QList<Annotation> &others = m_toolContext->otherAnnotations();
    const auto it = std::find_if(others.cbegin(), others.cend(),
                                 [&](const Annotation &a) { return a.id == annotationId; });
    if (it == others.cend() || !m_toolContext->otherLayersShown())
        return false;
    m_toolContext->setPointedOutId(annotationId);
    const auto extent = AnnotationKinds::get(it->kind).bounds(it->value);
    if (region)
        showPlace();
    else if (extent && !m_canvas->visibleImageRect().contains(*extent))
        m_canvas->centreOn(extent->center());
    return true;
}

QJsonObject ImageEditor::placeOn(const Annotation &a) const
{
    if (!document() || !m_problem.isEmpty() || m_canvas->state() != ImageCanvas::State::Ready)
        return {};
    const AnnotationKindInfo &kind = AnnotationKinds::get(a.kind);
    const auto extent = kind.bounds(a.value);
    if (kind.imageShape() == ImageShape::None || !extent)
        return {};
    // A crack's bounds can be a pixel thin: a few pixels around it still count as on it.
    const QRectF bounds = extent->adjusted(-4, -4, 4, 4) & m_canvas->imageRect();
    const QRectF visible = m_canvas->visibleImageRect();
    // Half a pixel of slack: a fitted view's edge is 4031.9999… on a 4032 px photo, and a
    // perfectly straight crack has no height for contains() to hold.
    const QRectF slack = visible.adjusted(-0.5, -0.5, 0.5, 0.5);
    if (!visible.intersects(bounds) || (slack.contains(extent->topLeft()) && slack.contains(extent->bottomRight())))
        return {};
    const QRect part = (visible & bounds).toAlignedRect();
    return QJsonObject{{QStringLiteral("x"), part.x()}, {QStringLiteral("y"), part.y()},
                       {QStringLiteral("w"), part.width()}, {QStringLiteral("h"), part.height()}};
}

QString ImageEditor::describePlace(const Annotation &a, const QJsonObject &place) const
{
    Q_UNUSED(a);
    const auto region = regionOf(place);
    if (!region)
        return {};
    const QLocale locale;
    if (region->isEmpty())
        return tr("at the point x %1, y %2", "a place on an image, in pixels")
                .arg(locale.toString(qRound(region->x())), locale.toString(qRound(region->y())));
    return tr("in the part x %1–%2, y %3–%4", "a place on an image: a region, in pixels")
            .arg(locale.toString(qRound(region->left())), locale.toString(qRound(region->right())),
                 locale.toString(qRound(region->top())), locale.toString(qRound(region->bottom())));
}

void ImageEditor::showOtherLayers()
{
    const bool mayCompare = profile() && profile()->role != Role::Annotator; // annotators work blind
    if (mayCompare && !m_showOthers->isChecked())
        m_showOthers->setChecked(true); // as Ctrl+L
}

bool ImageEditor::copyFromPrevious()
{
    const auto previous = environment().previousItem ? environment().previousItem() : std::nullopt;
    ItemDocument *doc = document();
    if (!doc || !previous || !m_problem.isEmpty())
        return false;
    const QSizeF bounds = m_canvas->imageSize();
    if (bounds.isEmpty()) {
        Q_EMIT passingNotice(tr("The image is not shown yet; try again in a moment."));
        return false;
    }
    QList<Annotation> copies;
    int left = 0;
    int already = 0;
    const QList<Annotation> present = doc->annotations();
    const QList<Annotation> own = environment().store->annotations(previous->id, doc->user().id);
    for (Annotation a : own) {
        const AnnotationKindInfo &kind = AnnotationKinds::get(a.kind);
        if (kind.surface() != KindSurface::Pixels)
            continue; // answers belong to their own item
        a.value = kind.fitToBounds(a.value, MediaBounds{bounds});
        if (!kind.validate(a.value)) {
            ++left; // cut to nothing by the smaller image, or a polygon folded onto its edge
            continue;
        }
        // Pressing it twice must not stack a second copy on the first.
        const bool here = std::any_of(present.cbegin(), present.cend(), [&a](const Annotation &p) {
            return p.kind == a.kind && p.label == a.label && p.value == a.value;
        });
        if (here) {
            ++already;
            continue;
        }
        copies << a;
    }
    if (copies.isEmpty()) {
        Q_EMIT passingNotice(already > 0 ? tr("Everything of the previous item is on this item already.")
                      : left > 0  ? tr("Nothing of the previous item fits on this image.")
                                  : tr("You drew nothing on the previous item to copy."));
        return false;
    }
    auto copied = Commands::copyAnnotations(*doc, copies);
    if (!copied) {
        Q_EMIT notice(tr("This could not be kept: %1").arg(copied.error().message()));
        return false;
    }
    QString text = tr("Copied %n annotation(s) from the previous item.", nullptr, int(copies.size()));
    if (left > 0)
        text += QLatin1Char(' ') + tr("%n did not fit on this image and were left.", nullptr, left);
    Q_EMIT message(text);
    return true;
}

void ImageEditor::retranslate()
{
    m_annotationsLabel->setText(tr("My ann&otations"));
    m_labelsLabel->setText(tr("&Labels"));
    // The tool bar's own button for what does not fit in a narrow column.
    if (auto *more = m_bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More tools"));
        more->setToolTip(tr("The tools that do not fit in the bar"));
    }
    m_attributesLabel->setText(tr("Chosen annotation"));
    const struct
    {
        QAction *action;
        QString text;
        QString what;
    } texts[] = {
            {m_zoomIn, tr("Zoom &in"), tr("Show the image larger")},
            {m_zoomOut, tr("Zoom &out"), tr("Show the image smaller")},
            {m_fit, tr("&Fit image"), tr("Show the whole image")},
            {m_actualSize, tr("&Actual size (100%)"), tr("One image pixel per screen pixel")},
            {m_copyPrevious, tr("&Copy from previous item"),
             tr("Add your boxes, polygons and cracks of the previous item to this one")},
            {m_editAttributes, tr("&Edit chosen annotation"),
             tr("Put the keyboard on the label and attributes of the chosen annotation")},
            {m_showOthers, tr("Show other &people's layers"),
             tr("Show the annotations of other people on this item (read-only)")},
            {m_focusImage, tr("&Keyboard to the image"),
             tr("Label keys, Enter and Backspace go to the drawing tools again")},
    };
    for (const auto &t : texts)
        ActionText::describe(t.action, t.text, t.what);
    m_toolManager->retranslate();
    m_fit->setIconText(tr("Fit"));
    // The bar above the image is narrow: short words there, the full names in the menu.
    if (QAction *select = m_toolManager->action(QStringLiteral("select")))
        select->setIconText(tr("Select"));
    if (QAction *crack = m_toolManager->action(QStringLiteral("crack")))
        crack->setIconText(tr("Crack line", "short name of the crack points tool; not the label's name"));
    m_actualSize->setIconText(tr("100%"));
    if (!m_problem.isEmpty() && document()) // the message in the new language
        showDocument(document());
    Q_EMIT statusTextChanged();
}

} // namespace annostraat
