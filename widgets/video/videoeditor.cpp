// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the editor ties the picture, the transport, the timeline, the mark list, the
// labels and the locator list to the document; each of those views lives in its own file, and
// the gestures that make and change marks are in videomarking.cpp.
#include "videoeditor.h"

#include "attributeeditor.h"
#include "audioplayer.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "editor/mediamessage.h"
#include "frameview.h"
#include "locatorlist.h"
#include "media/videosource.h"
#include "media/waveform.h"
#include "model/kinds/annotationkinds.h"
#include "model/kinds/locatorkind.h"
#include "model/locatorchecks.h"
#include "model/palette.h"
#include "timelineview.h"

#include "fontwatcher.h"
#include "swatch.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

constexpr double kSpeeds[] = {0.5, 0.75, 1.0, 1.5, 2.0};

/// A colour for the n-th locator (locators have no label colours of their own): the palette's
/// colours but its grey and olive, the eight the locators have always had.
QColor locatorColour(qsizetype i)
{
    static constexpr qsizetype picks[] = {0, 1, 2, 3, 4, 5, 6, 9};
    return QColor(paletteColour(picks[i % qsizetype(std::size(picks))]));
}

} // namespace

qint64 VideoEditor::whole(const QJsonObject &value, const char *key)
{
    return qint64(value.value(QLatin1String(key)).toDouble());
}

VideoEditor::VideoEditor(EditorEnvironment environment, QObject *parent)
    : MediaEditor(std::move(environment), parent)
{
    m_widget = new QWidget;
    m_widget->setObjectName(QStringLiteral("videoEditor"));
    m_stack = new QStackedLayout(m_widget);
    m_content = new QWidget(m_widget);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(m_splitter);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_frame = new FrameView(left);
    markMainView(m_frame);
    leftLayout->addWidget(m_frame, 1);
    auto *transport = new QHBoxLayout;
    m_playButton = new QToolButton(left);
    m_playButton->setObjectName(QStringLiteral("videoPlay"));
    m_playButton->setFocusPolicy(Qt::NoFocus);
    transport->addWidget(m_playButton);
    m_timecode = new QLineEdit(left);
    m_timecode->setObjectName(QStringLiteral("videoTimecode"));
    // Room for a whole label (and a typed one), whatever the font size.
    m_timecode->setMinimumWidth(m_timecode->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00;000")) + 40);
    m_timecode->setMaximumWidth(m_timecode->minimumWidth() + 40);
    transport->addWidget(m_timecode);
    m_position = new QLabel(left);
    m_position->setObjectName(QStringLiteral("videoPosition"));
    m_position->setWordWrap(true); // at large text sizes "frame N of M" takes two lines, not the screen's width
    transport->addWidget(m_position, 1);
    m_speedLabel = new QLabel(left);
    transport->addWidget(m_speedLabel);
    leftLayout->addLayout(transport);
    m_timeline = new TimelineView(left);
    leftLayout->addWidget(m_timeline);
    m_splitter->addWidget(left);

    m_panel = new QWidget;
    m_panel->setObjectName(QStringLiteral("videoPanel"));
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(6, 0, 0, 0);
    m_labelsLabel = new QLabel(m_panel);
    m_labelsLabel->setWordWrap(true);
    panelLayout->addWidget(m_labelsLabel);
    auto *labels = new QWidget(m_panel);
    m_labelsLayout = new QVBoxLayout(labels);
    m_labelsLayout->setContentsMargins(0, 0, 0, 0);
    m_labelsLayout->setSpacing(2);
    panelLayout->addWidget(labels);
    m_marksLabel = new QLabel(m_panel);
    m_marksLabel->setWordWrap(true); // large text in a narrow column: two lines, not cut
    panelLayout->addWidget(m_marksLabel);
    m_markList = new QListWidget(m_panel);
    m_markList->setObjectName(QStringLiteral("videoMarks"));
    m_markList->setWordWrap(true);
    m_markList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_marksLabel->setBuddy(m_markList);
    panelLayout->addWidget(m_markList, 1);
    m_attributes = new AttributeEditor;
    // Large text makes the chosen mark's fields taller than their share: they scroll.
    auto *attributesScroll = new QScrollArea(m_panel);
    attributesScroll->setFocusPolicy(Qt::NoFocus);
    attributesScroll->setWidget(m_attributes);
    attributesScroll->setWidgetResizable(true);
    attributesScroll->setFrameShape(QFrame::NoFrame);
    attributesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelLayout->addWidget(attributesScroll, 1);
    m_locators = new LocatorList(m_panel);
    panelLayout->addWidget(m_locators, 2);
    // Large text, or a task with many labels and locators: the panel scrolls, rather than make
    // the window taller than the screen; it is as wide as its widest row needs.
    m_panelScroll = new QScrollArea(m_splitter);
    m_panelScroll->setObjectName(QStringLiteral("videoPanelScroll"));
    m_panelScroll->setFocusPolicy(Qt::NoFocus);
    m_panelScroll->setWidget(m_panel);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    m_panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(m_panelScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    const int narrowest = m_panel->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
    const auto fitWidth = [this, narrowest] {
        m_panelScroll->setMinimumWidth(std::max(narrowest, m_panel->minimumSizeHint().width() +
                                                                   m_panelScroll->verticalScrollBar()->sizeHint().width()));
    };
    fitWidth();
    new FontWatcher(m_panel, fitWidth);

    m_message = new MediaMessage(m_widget);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_message);

    m_source = std::make_unique<VideoSource>();
    m_waveform = std::make_unique<Waveform>();
    m_audio = std::make_unique<AudioPlayer>();
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(10);
    connect(m_playTimer, &QTimer::timeout, this, &VideoEditor::tick);

    connect(m_source.get(), &VideoSource::indexProgress, this, [this](int percent) {
        m_frame->setOverlay(tr("Reading the video\u2026 %1%").arg(percent));
    });
    connect(m_source.get(), &VideoSource::opened, this, &VideoEditor::opened);
    connect(m_source.get(), &VideoSource::failed, this, [this](const QString &why) {
        if (m_source->isOpen()) // one frame failed; the video stays open
            return Q_EMIT message(why);
        showProblem(MediaMessage::unreadableFile(document() ? mediaPath(document()->item()) : QString(), why));
    });
    connect(m_source.get(), &VideoSource::frameReady, this, [this](qint64 frame, const QImage &image) {
        // A frame decoded for an older request may arrive after a newer one was served from
        // the cache: the picture shows only the frame the timecode names.
        if (frame == m_current)
            m_frame->setFrame(frame, image);
    });
    connect(m_audio.get(), &AudioPlayer::failed, this, &MediaEditor::message);
    connect(m_waveform.get(), &Waveform::failed, this, &MediaEditor::message);
    connect(m_waveform.get(), &Waveform::grown, m_timeline, &TimelineView::updateWaveform);
    connect(m_waveform.get(), &Waveform::ready, m_timeline, &TimelineView::updateWaveform);
    m_timeline->setPeaks([this](qint64 fromMs, qint64 toMs, int buckets) {
        return m_waveform->peaks(fromMs, toMs, buckets);
    });

    connect(m_timeline, &TimelineView::seekRequested, this, [this](qint64 frame) {
        pause();
        seek(frame, true);
    });
    connect(m_timeline, &TimelineView::markClicked, this, [this](const QString &id) {
        if (m_own.contains(id) || id.isEmpty())
            choose(id);
        else
            m_timeline->setSelected(id); // theirs: pointed out, not chosen to change
    });
    connect(m_timeline, &TimelineView::edgeDragged, this, &VideoEditor::dragEdge);
    connect(m_markList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *row) {
        if (row)
            choose(row->data(Qt::UserRole).toString());
    });
    connect(m_markList, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        if (const auto a = ownAnnotation(row->data(Qt::UserRole).toString()))
            seekToMark(*a);
        m_frame->setFocus(Qt::OtherFocusReason);
    });
    connect(m_attributes, &AttributeEditor::failed, this, &MediaEditor::message);
    connect(m_locators, &LocatorList::setRequested, this, &VideoEditor::setLocator);
    connect(m_locators, &LocatorList::skipRequested, this, &VideoEditor::skipLocator);
    connect(m_locators, &LocatorList::jumpRequested, this, [this](qint64 frame) { seek(frame); });
    connect(m_timecode, &QLineEdit::returnPressed, this, &VideoEditor::jumpToTypedTimecode);
    connect(m_playButton, &QToolButton::clicked, this, &VideoEditor::togglePlay);

    // The editor's keys: shortcuts of the picture (and, for the locator keys, of the locator
    // table), so lists and fields keep their own keys.
    const auto action = [this](const char *name, const QKeySequence &key, auto slot, bool edit = false) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        m_frame->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        (edit ? m_editActions : m_viewActions) << a;
        return a;
    };
    action("video-back", QKeySequence(Qt::Key_Left), [this] { pause(); seek(m_current - 1, true); });
    action("video-forward", QKeySequence(Qt::Key_Right), [this] { pause(); seek(m_current + 1, true); });
    action("video-back-second", QKeySequence(Qt::SHIFT | Qt::Key_Left),
           [this] { pause(); seek(m_current - std::max(1, m_rate.nominal()), true); });
    action("video-forward-second", QKeySequence(Qt::SHIFT | Qt::Key_Right),
           [this] { pause(); seek(m_current + std::max(1, m_rate.nominal()), true); });
    action("video-first", QKeySequence(Qt::Key_Home), [this] { pause(); seek(0); });
    action("video-last", QKeySequence(Qt::Key_End), [this] { pause(); seek(m_frameCount - 1); });
    action("video-previous-edge", QKeySequence(Qt::Key_BracketLeft), [this] { jumpToEdge(false); });
    action("video-next-edge", QKeySequence(Qt::Key_BracketRight), [this] { jumpToEdge(true); });
    m_play = action("video-play", QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    action("video-slower", QKeySequence(Qt::Key_J), [this] { shuttle(-1); });
    action("video-pause", QKeySequence(Qt::Key_K), [this] { pause(); });
    action("video-faster", QKeySequence(Qt::Key_L), [this] { shuttle(1); });
    action("video-zoom-in", QKeySequence(Qt::Key_Plus), [this] { m_timeline->zoomIn(); })
            ->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    action("video-zoom-out", QKeySequence(Qt::Key_Minus), [this] { m_timeline->zoomOut(); });
    action("video-zoom-fit", QKeySequence(Qt::Key_Backslash), [this] { m_timeline->zoomToFit(); });
    m_setIn = action("video-in", QKeySequence(Qt::Key_I), [this] { setIn(); }, true);
    m_setOut = action("video-out", QKeySequence(Qt::Key_O), [this] { setOut(); }, true);
    m_marker = action("video-marker", QKeySequence(Qt::Key_M), [this] { addMarker(); }, true);
    m_remove = action("video-remove", QKeySequence(Qt::Key_Delete), [this] { removeChosen(); }, true);
    action("video-let-go", QKeySequence(Qt::Key_Escape), [this] {
        m_pendingIn.reset();
        choose({});
    });
    m_locatorSet = action("video-locator-set", QKeySequence(Qt::Key_S), [this] {
        if (!m_locators->currentLocator().isEmpty())
            setLocator(m_locators->currentLocator(), m_locators->currentIsStart());
    }, true);
    m_locatorSkip = action("video-locator-skip", QKeySequence(Qt::SHIFT | Qt::Key_S), [this] {
        if (!m_locators->currentLocator().isEmpty())
            skipLocator(m_locators->currentLocator());
    }, true);
    m_locators->table()->addAction(m_locatorSet);
    m_locators->table()->addAction(m_locatorSkip);
    retranslate();
    updateActions();
}

VideoEditor::~VideoEditor()
{
    m_playTimer->stop();
    m_audio.reset();
    m_waveform.reset();
    m_source.reset();
    delete m_widget.data();
}

QWidget *VideoEditor::widget() const
{
    return m_widget;
}

QList<QAction *> VideoEditor::actions(Menu menu) const
{
    switch (menu) {
    case Menu::View:
        return m_viewActions;
    case Menu::Edit:
        return m_editActions;
    case Menu::Tools:
        return m_labelActions;
    case Menu::Item:
        break;
    }
    return {};
}

void VideoEditor::retranslate()
{
    const auto text = [this](const char *name, const QString &t, const QString &tip = {}) {
        for (QAction *a : m_viewActions + m_editActions)
            if (a->objectName() == QLatin1String(name)) {
                a->setText(t);
                a->setToolTip(tip.isEmpty() ? t : tip);
            }
    };
    text("video-back", tr("Previous frame"));
    text("video-forward", tr("Next frame"));
    text("video-back-second", tr("One second back"));
    text("video-forward-second", tr("One second forward"));
    text("video-first", tr("First frame"));
    text("video-last", tr("Last frame"));
    text("video-previous-edge", tr("Previous marker or edge"));
    text("video-next-edge", tr("Next marker or edge"));
    text("video-play", tr("Play or pause"));
    text("video-slower", tr("Slower (or pause)"));
    text("video-pause", tr("Pause"));
    text("video-faster", tr("Faster"));
    text("video-zoom-in", tr("Zoom the timeline in"));
    text("video-zoom-out", tr("Zoom the timeline out"));
    text("video-zoom-fit", tr("Whole video on the timeline"));
    text("video-in", tr("Set in point"), tr("The chosen segment starts here, or a new segment starts here (I)"));
    text("video-out", tr("Set out point"), tr("The chosen segment ends with this frame, or the new one does (O)"));
    text("video-marker", tr("Add marker"), tr("A marker at this frame, with the chosen label (M)"));
    text("video-remove", tr("Remove the chosen mark"));
    text("video-let-go", tr("Let go of the chosen mark"), tr("Nothing chosen: I starts a new segment (Esc)"));
    text("video-locator-set", tr("Set locator to this frame"));
    text("video-locator-skip", tr("Skip locator (not in this video)"));
    m_playButton->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(tr("Play or pause (Space); J, K, L: slower, pause, faster"));
    m_timecode->setToolTip(tr("Type a timecode (HH:MM:SS:FF) or a frame number and press Enter to go there"));
    m_timecode->setAccessibleName(tr("Timecode"));
    m_frame->setAccessibleName(tr("Video frame"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_markList->setAccessibleName(tr("Markers and segments"));
    m_labelsLabel->setText(tr("Labels (press a label's key):"));
    m_marksLabel->setText(tr("&Markers and segments"));
    m_speedLabel->setText(m_speed == 1.0 ? QString() : tr("%1\u00D7").arg(QLocale().toString(m_speed)));
    m_locators->retranslate();
    if (m_ready)
        refresh();
    Q_EMIT statusTextChanged();
}

void VideoEditor::showDocument(ItemDocument *document)
{
    disconnect(m_changed);
    disconnect(m_statusChanged);
    pause();
    m_source->close();
    m_waveform->close();
    m_audio->close();
    m_ready = false;
    m_problem.clear();
    m_own.clear();
    m_chosen.clear();
    m_showOthers = false;
    m_pendingIn.reset();
    m_current = 0;
    m_frameCount = 0;
    m_frame->clear();
    m_attributes->commitPending();
    m_attributes->setDocument(document);
    m_attributes->setAnnotation({});
    m_markList->clear();
    m_locators->setEntries({});
    m_locators->setWarnings({});
    m_timeline->setMarks({});
    m_timeline->setVideo(0, FrameRate{25, 1}, false, 0);
    m_stack->setCurrentWidget(m_content);
    rebuildLabels();
    if (!document) {
        updateActions();
        return;
    }
    const QString path = mediaPath(document->item());
    if (!QFileInfo::exists(path))
        return showProblem(MediaMessage::missingFile(path));
    m_locators->setLocators(document->task().schema.locators());
    m_locators->setVisible(!document->task().schema.locators().isEmpty());
    m_frame->setOverlay(tr("Reading the video\u2026"));
    m_changed = connect(document, &ItemDocument::annotationChanged, this, [this](const QString &id) { refresh(id); });
    m_statusChanged = connect(document, &ItemDocument::statusChanged, this, &VideoEditor::checkLocatorsOnDone);
    updateActions();
    m_source->open(path);
    m_waveform->open(path);
    m_audio->open(path);
}

void VideoEditor::opened(const VideoInfo &info)
{
    const ItemDocument *doc = document();
    if (!doc)
        return;
    m_ready = true;
    m_frameCount = info.frameCount;
    m_rate = info.rate.isValid() ? info.rate : FrameRate{25, 1};
    // The task's start timecode wins over the item's, and that over the file's (a team lead
    // may set the house start or correct a file's tag).
    QString start = doc->task().schema.startTimecodeFor(doc->item().facts);
    if (start.isEmpty())
        start = info.startTimecode;
    // A task's drop-frame house start at a rate without drop-frame counts without it.
    if (!start.isEmpty() && !m_rate.isDropFrameRate())
        start = Timecode::withSeparator(start, false);
    m_dropFrame = m_rate.isDropFrameRate() && (start.isEmpty() || Timecode::isDropFrameLabel(start));
    m_startFrame = 0;
    if (!start.isEmpty()) {
        if (const auto frames = Timecode::startFrameOf(start, m_rate))
            m_startFrame = *frames;
        else
            Q_EMIT notice(tr("The start timecode %1 does not fit this video (%2); the timecodes "
                             "count from 00:00:00:00.")
                                  .arg(start, frames.error().message()));
    }
    m_frame->setOverlay({});
    m_timeline->setVideo(m_frameCount, m_rate, m_dropFrame, m_startFrame);
    m_locators->setTimecode(m_rate, m_dropFrame, m_startFrame);
    refresh();
    updateActions();
    seek(0);
    if (!info.hasAudio)
        Q_EMIT passingNotice(tr("This video has no sound."));
}

void VideoEditor::showProblem(const QString &text)
{
    pause();
    m_ready = false;
    m_problem = text;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateActions();
}

QString VideoEditor::timecodeOf(qint64 frame) const
{
    return Timecode::label(frame, m_rate, m_dropFrame, m_startFrame);
}

void VideoEditor::seek(qint64 frame, bool snippet)
{
    if (!m_ready || m_frameCount <= 0)
        return;
    frame = std::clamp<qint64>(frame, 0, m_frameCount - 1);
    m_current = frame;
    m_timeline->setCurrentFrame(frame);
    m_source->requestFrame(frame);
    if (!m_timecode->hasFocus())
        m_timecode->setText(timecodeOf(frame));
    m_position->setText(tr("frame %1 of %2").arg(QLocale().toString(frame), QLocale().toString(m_frameCount)));
    if (snippet && !isPlaying())
        m_audio->playSnippet(Timecode::frameToMs(frame, m_rate));
    else if (isPlaying() && !m_ticking)
        m_audio->play(Timecode::frameToMs(frame, m_rate), m_speed); // a jump while playing

    Q_EMIT statusTextChanged();
}

void VideoEditor::jumpToTypedTimecode()
{
    const QString typed = m_timecode->text().trimmed();
    bool isNumber = false;
    const qint64 number = typed.toLongLong(&isNumber);
    if (isNumber) {
        seek(number);
    } else if (const auto frame = Timecode::parse(
                       // In a drop-frame video a label typed with ":" means the labels shown.
                       m_dropFrame ? Timecode::withSeparator(typed, true) : typed,
                       m_rate, m_startFrame)) {
        if (*frame >= m_frameCount)
            Q_EMIT message(tr("%1 lies after the end of the video (%2).").arg(typed, timecodeOf(m_frameCount - 1)));
        seek(*frame);
    } else {
        Q_EMIT message(frame.error().message());
        return;
    }
    m_timecode->setText(timecodeOf(m_current));
    m_frame->setFocus(Qt::OtherFocusReason);
}

bool VideoEditor::isPlaying() const
{
    return m_playTimer->isActive();
}

void VideoEditor::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play(m_speed);
}

void VideoEditor::play(double speed)
{
    if (!m_ready)
        return;
    if (m_current >= m_frameCount - 1)
        seek(0);
    m_speed = speed;
    m_audio->play(Timecode::frameToMs(m_current, m_rate), speed);
    m_playTimer->start();
    retranslate();
}

void VideoEditor::pause()
{
    if (!isPlaying())
        return;
    m_playTimer->stop();
    m_audio->pause();
    retranslate();
}

void VideoEditor::shuttle(int direction)
{
    // L: faster (from a pause: normal speed), J: slower, down to a pause below 0.5×.
    qsizetype i = std::find(std::begin(kSpeeds), std::end(kSpeeds), m_speed) - std::begin(kSpeeds);
    if (i >= qsizetype(std::size(kSpeeds)))
        i = 2;
    if (!isPlaying()) {
        if (direction > 0)
            play(1.0);
        return;
    }
    i += direction;
    if (i < 0)
        return pause();
    play(kSpeeds[std::min<qsizetype>(i, qsizetype(std::size(kSpeeds)) - 1)]);
}

void VideoEditor::tick()
{
    const qint64 frame = Timecode::msToFrame(m_audio->positionMs(), m_rate);
    if (frame >= m_frameCount - 1) {
        pause();
        seek(m_frameCount - 1);
        return;
    }
    if (frame != m_current) {
        m_ticking = true;
        seek(frame);
        m_ticking = false;
    }
}

void VideoEditor::rebuildLabels()
{
    const ItemDocument *doc = document();
    if (!doc)
        return;
    QList<LabelSpec> labels;
    for (const LabelSpec &label : doc->task().schema.labels())
        if (label.kinds.contains(AnnotationKind::Segment) || label.kinds.contains(AnnotationKind::Marker))
            labels << label;
    QString key;
    for (const LabelSpec &label : std::as_const(labels))
        key += label.name + QLatin1Char('\x1f') + label.hotkey + label.colour.name() + QLatin1Char('\x1e');
    if (key == m_labelsKey)
        return;
    m_labelsKey = key;
    qDeleteAll(m_labelButtons);
    m_labelButtons.clear();
    for (QAction *a : std::as_const(m_labelActions))
        m_frame->removeAction(a);
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    // A label key that is one of the editor's own keys (M, I, S, …) would make Qt fire
    // neither: the editor's key wins, and the label is chosen with the mouse.
    QList<QKeySequence> taken;
    for (const QAction *a : m_viewActions + m_editActions)
        taken << a->shortcuts();
    QStringList clashing;
    for (const LabelSpec &label : std::as_const(labels)) {
        auto *action = new QAction(labelSwatch(label.colour), label.name, this);
        action->setObjectName(QStringLiteral("video-label-") + label.name);
        action->setData(label.name);
        action->setCheckable(true);
        if (!label.hotkey.isEmpty() && taken.contains(QKeySequence(label.hotkey)))
            clashing << label.name;
        else if (!label.hotkey.isEmpty())
            action->setShortcut(QKeySequence(label.hotkey));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_frame->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = label.name] { labelKey(name); });
        m_labelActions << action;
        auto *button = new QToolButton(m_panel);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        m_labelsLayout->addWidget(button);
        m_labelButtons << button;
    }
    if (!clashing.isEmpty())
        Q_EMIT notice(tr("The key of %1 is one of the video editor's own keys: choose that label with "
                         "the mouse.").arg(clashing.join(QStringLiteral(", "))));
    m_activeLabel = labels.isEmpty() ? QString() : labels.first().name;
    for (QAction *a : std::as_const(m_labelActions))
        a->setChecked(a->data().toString() == m_activeLabel);
    Q_EMIT actionsChanged();
}

void VideoEditor::updateActions()
{
    const bool on = document() && m_problem.isEmpty();
    for (QAction *a : m_viewActions + m_editActions + m_labelActions) {
        a->setEnabled(on && m_ready);
        a->setVisible(on);
    }
    const bool locators = on && document() && !document()->task().schema.locators().isEmpty();
    m_locatorSet->setVisible(locators);
    m_locatorSkip->setVisible(locators);
    m_locatorSet->setEnabled(locators && m_ready);
    m_locatorSkip->setEnabled(locators && m_ready);
    const bool marks = !m_labelActions.isEmpty();
    m_labelsLabel->setVisible(marks);
    m_marksLabel->setVisible(marks);
    m_markList->setVisible(marks);
    m_attributes->setVisible(marks);
    for (QAction *a : {m_setIn, m_setOut, m_marker, m_remove})
        a->setVisible(on && marks);
    m_panelScroll->setVisible(marks || locators);
    Q_EMIT statusTextChanged();
}

std::optional<Annotation> VideoEditor::ownAnnotation(const QString &id) const
{
    const auto it = m_own.constFind(id);
    return it == m_own.cend() ? std::nullopt : std::optional<Annotation>(*it);
}

std::optional<Annotation> VideoEditor::locatorAnnotation(const QString &locator) const
{
    for (const Annotation &a : m_own)
        if (a.kind == AnnotationKind::Locator && a.label == locator)
            return a;
    return std::nullopt;
}

void VideoEditor::refresh(const QString &)
{
    const ItemDocument *doc = document();
    if (!doc || !m_problem.isEmpty())
        return;
    // A video has tens of marks, not thousands: all are read again at every change.
    m_own.clear();
    for (const Annotation &a : doc->annotations())
        if (!a.deleted && (a.kind == AnnotationKind::Marker || a.kind == AnnotationKind::Segment ||
                           a.kind == AnnotationKind::Locator))
            m_own.insert(a.id, a);
    if (!m_chosen.isEmpty() && !m_own.contains(m_chosen)) {
        m_chosen.clear();
        m_attributes->setAnnotation({});
    }

    const Schema &schema = doc->task().schema;
    QList<TimelineView::Mark> marks;
    QList<const Annotation *> ordered;
    for (const Annotation &a : std::as_const(m_own))
        ordered << &a;
    const auto startOf = [](const Annotation *a) {
        if (a->kind == AnnotationKind::Marker)
            return whole(a->value, "frame");
        return LocatorKind::start(a->value).value_or(LocatorKind::end(a->value).value_or(0));
    };
    std::sort(ordered.begin(), ordered.end(), [&](const Annotation *x, const Annotation *y) {
        return std::pair(startOf(x), x->id) < std::pair(startOf(y), y->id);
    });
    QHash<QString, LocatorList::Entry> locatorEntries;
    const QString me = doc->user().name.isEmpty() ? doc->user().id : doc->user().name;
    {
        const QSignalBlocker block(m_markList);
        m_markList->clear();
        for (const Annotation *a : std::as_const(ordered)) {
            const LabelSpec *spec = schema.label(a->label);
            const QColor colour = spec ? spec->colour : QColor(Qt::gray);
            if (a->kind == AnnotationKind::Locator) {
                locatorEntries.insert(a->label, {a->value, me});
                const QColor c = locatorColour(std::max<qsizetype>(0, schema.locators().indexOf(a->label)));
                const auto s = LocatorKind::start(a->value);
                const auto e = LocatorKind::end(a->value);
                if (s && e && *e > *s)
                    marks << TimelineView::Mark{a->id, a->label, c, *s, *e, 1, true};
                else if (s || e)
                    marks << TimelineView::Mark{a->id, a->label, c, s ? *s : *e, -1, 1, false};
                continue;
            }
            QString text;
            if (a->kind == AnnotationKind::Marker) {
                const qint64 f = whole(a->value, "frame");
                marks << TimelineView::Mark{a->id, a->label, colour, f, -1, 1, false};
                text = tr("%1 \u2014 marker at %2").arg(a->label, timecodeOf(f));
            } else {
                const qint64 s = whole(a->value, "start");
                const qint64 e = whole(a->value, "end");
                marks << TimelineView::Mark{a->id, a->label, colour, s, e, 0, true};
                text = tr("%1 \u2014 %2 to %3").arg(a->label, timecodeOf(s), timecodeOf(e - 1));
            }
            auto *row = new QListWidgetItem(labelSwatch(colour), text, m_markList);
            row->setData(Qt::UserRole, a->id);
            if (a->id == m_chosen)
                m_markList->setCurrentItem(row);
        }
    }
    if (m_showOthers) {
        // The work under review beside one's own: hatched, in a lane of its own.
        for (const Annotation &a : doc->otherLayers()) {
            if (a.deleted || a.suggested)
                continue;
            const LabelSpec *spec = schema.label(a.label);
            const QColor colour = spec ? spec->colour : QColor(Qt::gray);
            if (a.kind == AnnotationKind::Marker)
                marks << TimelineView::Mark{a.id, a.label, colour, whole(a.value, "frame"), -1, 2, false, true};
            else if (a.kind == AnnotationKind::Segment)
                marks << TimelineView::Mark{a.id, a.label, colour, whole(a.value, "start"),
                                            whole(a.value, "end"), 2, false, true};
        }
    }
    const QString pointedOut = m_timeline->selected();
    m_timeline->setMarks(marks);
    const bool theirsStill = std::any_of(marks.cbegin(), marks.cend(), [&](const TimelineView::Mark &m) {
        return m.theirs && m.id == pointedOut;
    });
    m_timeline->setSelected(m_chosen.isEmpty() && theirsStill ? pointedOut : m_chosen);
    m_locators->setEntries(locatorEntries);
    m_locators->setWarnings(texts(LocatorChecks::check(schema, m_own.values(), false)));
    Q_EMIT statusTextChanged();
}

void VideoEditor::seekToMark(const Annotation &a)
{
    seek(a.kind == AnnotationKind::Marker ? whole(a.value, "frame") : whole(a.value, "start"));
}

bool VideoEditor::selectAnnotation(const QString &annotationId, const QJsonObject &place)
{
    if (!document() || !m_problem.isEmpty())
        return false;
    std::optional<Annotation> a = ownAnnotation(annotationId);
    if (a) {
        choose(annotationId);
    } else {
        // Another person's mark (the work under review): shown and pointed out on the
        // timeline when other layers are, never chosen to change.
        if (m_chosen.isEmpty())
            m_timeline->setSelected(QString());
        const QList<Annotation> others = document()->otherLayers();
        const auto it = std::find_if(others.cbegin(), others.cend(), [&](const Annotation &o) {
            return o.id == annotationId && !o.deleted;
        });
        if (it == others.cend())
            return false;
        a = *it;
        if (m_chosen.isEmpty())
            m_timeline->setSelected(annotationId);
    }
    if (place.value(QLatin1String("frame")).isDouble())
        seek(whole(place, "frame"));
    else
        seekToMark(*a);
    return true;
}

QJsonObject VideoEditor::placeOn(const Annotation &a) const
{
    if (!m_ready || !m_problem.isEmpty() || !a.value.contains(QLatin1String("start"))
        || !a.value.contains(QLatin1String("end")))
        return {};
    // The first frame is where choosing the mark brings you: the mark itself says that much.
    // The end is exclusive: its frame is no longer the mark's.
    if (m_current <= whole(a.value, "start") || m_current >= whole(a.value, "end"))
        return {};
    return QJsonObject{{QStringLiteral("frame"), m_current}};
}

QString VideoEditor::describePlace(const Annotation &a, const QJsonObject &place) const
{
    Q_UNUSED(a);
    if (!m_ready || !place.value(QLatin1String("frame")).isDouble())
        return {};
    return tr("at %1", "a place on a video mark: a timecode").arg(timecodeOf(whole(place, "frame")));
}

void VideoEditor::showOtherLayers()
{
    if (!profile() || profile()->role == Role::Annotator || m_showOthers)
        return; // annotators work blind
    m_showOthers = true;
    if (m_ready)
        refresh();
}

void VideoEditor::choose(const QString &annotationId)
{
    if (annotationId == m_chosen)
        return;
    m_chosen = m_own.contains(annotationId) ? annotationId : QString();
    m_timeline->setSelected(m_chosen);
    const auto chosenMark = ownAnnotation(m_chosen);
    m_attributes->setAnnotation(chosenMark && chosenMark->kind != AnnotationKind::Locator ? m_chosen : QString());
    const QSignalBlocker block(m_markList);
    m_markList->setCurrentRow(-1);
    for (int i = 0; i < m_markList->count(); ++i)
        if (m_markList->item(i)->data(Qt::UserRole).toString() == m_chosen)
            m_markList->setCurrentRow(i);
    if (const auto a = ownAnnotation(m_chosen); a && a->kind == AnnotationKind::Locator)
        m_locators->choose(a->label, true);
    Q_EMIT statusTextChanged();
}

QString VideoEditor::statusText() const
{
    if (!document() || !m_problem.isEmpty() || !m_ready)
        return {};
    QStringList parts;
    parts << timecodeOf(m_current);
    parts << tr("%1 fps").arg(m_rate.toString());
    if (m_pendingIn)
        parts << tr("in point %1: O sets the out point").arg(timecodeOf(*m_pendingIn));
    else if (const auto a = ownAnnotation(m_chosen))
        parts << tr("%1 chosen: a label key relabels, I/O move its edges, Delete removes").arg(a->label);
    else
        parts << tr("\u2190/\u2192 frame, Shift: second, I/O segment, M marker, Space play");
    return parts.join(QStringLiteral(" \u00B7 "));
}

void VideoEditor::commitPending()
{
    m_attributes->commitPending();
}

bool VideoEditor::takeFocus()
{
    if (!document() || !m_problem.isEmpty())
        return false;
    m_frame->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace annostraat
