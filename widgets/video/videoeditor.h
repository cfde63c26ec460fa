// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The video editor (issue 10): the frame, a transport line (timecode field, play, speed), the
// timeline with the waveform, markers and segments, and beside them the labels, the list of
// the person's marks and, for a task with locators, the broadcaster's locator list.
//
// Design note. Frames come from a VideoSource (core/media/videosource.h: index, exact seek and
// a cache of decoded frames, all in its worker thread); the picture shows whatever frame it
// delivers last, so fast stepping never queues work. Playback follows the AudioPlayer's clock
// (the audio drives the picture; without audio a monotonic clock stands in). Every change is a
// Commands call: one undo step, in the store at once; the editor redraws from the document's
// annotationChanged signal, so undo and redo look the same as the change itself.
//
// Keys (on the picture, which has the keyboard): ←/→ one frame, Shift+←/→ one second,
// Home/End, I and O the in and out point of a segment (of the chosen one, or a new one from
// I to O), M a marker, [ and ] the previous and next marker or edge, a label's key labels the
// chosen mark (or picks the label for the next one), Delete removes it, Space plays and
// pauses, J/K/L shuttle (L faster, J slower, K pauses), S and Shift+S set or skip the chosen
// locator row.

#include "editor/mediaeditor.h"
#include "media/timecode.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QSplitter;
class QStackedLayout;
class QTimer;
class QUndoStack;
class QToolButton;
class QVBoxLayout;

namespace annostraat {

class AttributeEditor;
class AudioPlayer;
class FrameView;
class LocatorList;
class MediaMessage;
class TimelineView;
class VideoSource;
class Waveform;
struct VideoInfo;

class VideoEditor : public MediaEditor
{
    Q_OBJECT

public:
    explicit VideoEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~VideoEditor() override;

    QString id() const override { return QStringLiteral("video"); }
    QWidget *widget() const override;
    QList<QAction *> actions(Menu menu) const override;
    QString statusText() const override;
    QString problem() const override { return m_problem; }
    bool takeFocus() override;
    /// Chooses the user's mark, or only shows another layer's, at the frame \a place names
    /// ({"frame": N}) or else at the mark's first frame.
    bool selectAnnotation(const QString &annotationId, const QJsonObject &place) override;
    /// The frame shown, when it lies inside segment or locator \a a past its first frame.
    QJsonObject placeOn(const Annotation &a) const override;
    /// "at" and the frame's timecode.
    QString describePlace(const Annotation &a, const QJsonObject &place) const override;
    /// The other people's segments and markers in a third lane of the timeline, hatched (for
    /// reviewers and team leads; until the next item opens).
    void showOtherLayers() override;
    void commitPending() override;
    void retranslate() override;

    FrameView *frameView() const { return m_frame; }
    TimelineView *timeline() const { return m_timeline; }
    LocatorList *locatorList() const { return m_locators; }
    QListWidget *markList() const { return m_markList; }
    QLineEdit *timecodeField() const { return m_timecode; }

    /// Whether the video is indexed and shown (false while indexing, or for a problem).
    bool isReady() const { return m_ready; }
    qint64 currentFrame() const { return m_current; }
    qint64 frameCount() const { return m_frameCount; }
    FrameRate rate() const { return m_rate; }
    /// The label of a frame in the video's own timecode.
    QString timecodeOf(qint64 frame) const;
    /// Moves to \a frame (clamped), shows it, and plays a short audio snippet when asked.
    void seek(qint64 frame, bool snippet = false);
    /// The chosen mark (annotation id), or empty.
    const QString &chosen() const { return m_chosen; }
    void choose(const QString &annotationId);
    bool isPlaying() const;
    double speed() const { return m_speed; }

protected:
    void showDocument(ItemDocument *document) override;

private:
    void showProblem(const QString &text);
    void opened(const VideoInfo &info);
    void rebuildLabels();
    void refresh(const QString &changedId = {});
    void updateActions();
    void report(const Result<void> &result);
    void report(const Result<QString> &result);
    QString activeLabel(AnnotationKind kind) const;
    void labelKey(const QString &label);
    void setIn();
    void setOut();
    void addMarker();
    void removeChosen();
    void jumpToEdge(bool forward);
    void setLocator(const QString &locator, bool start);
    void skipLocator(const QString &locator);
    void dragEdge(const QString &id, bool startEdge, qint64 frame, bool finished);
    void togglePlay();
    void shuttle(int direction);
    void play(double speed);
    void pause();
    void tick();
    void jumpToTypedTimecode();
    std::optional<Annotation> ownAnnotation(const QString &id) const;
    /// Shows the first frame of mark \a a (a marker's frame, a segment's or locator's start).
    void seekToMark(const Annotation &a);
    /// A whole number of frames from \a value's field \a key (JSON numbers are doubles).
    static qint64 whole(const QJsonObject &value, const char *key);
    std::optional<Annotation> locatorAnnotation(const QString &locator) const;
    void checkLocatorsOnDone();

    QPointer<QWidget> m_widget;
    QStackedLayout *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QSplitter *m_splitter = nullptr;
    FrameView *m_frame = nullptr;
    TimelineView *m_timeline = nullptr;
    QLineEdit *m_timecode = nullptr;
    QLabel *m_position = nullptr;
    QToolButton *m_playButton = nullptr;
    QLabel *m_speedLabel = nullptr;
    QWidget *m_panel = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    QLabel *m_labelsLabel = nullptr;
    QVBoxLayout *m_labelsLayout = nullptr;
    QLabel *m_marksLabel = nullptr;
    QListWidget *m_markList = nullptr;
    LocatorList *m_locators = nullptr;
    AttributeEditor *m_attributes = nullptr;
    MediaMessage *m_message = nullptr;

    std::unique_ptr<VideoSource> m_source;
    std::unique_ptr<Waveform> m_waveform;
    std::unique_ptr<AudioPlayer> m_audio;
    QTimer *m_playTimer = nullptr;

    QList<QAction *> m_viewActions;
    QList<QAction *> m_editActions;
    QList<QAction *> m_labelActions;
    QList<QWidget *> m_labelButtons;
    QString m_labelsKey;
    QAction *m_play = nullptr;
    QAction *m_setIn = nullptr;
    QAction *m_setOut = nullptr;
    QAction *m_marker = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_locatorSet = nullptr;
    QAction *m_locatorSkip = nullptr;

    QString m_problem;
    bool m_ready = false;
    bool m_ticking = false; ///< seek() called by playback, not a jump
    QUndoStack *m_dragStack = nullptr; ///< the stack an edge drag's macro is open on
    qint64 m_current = 0;
    qint64 m_frameCount = 0;
    FrameRate m_rate{25, 1};
    bool m_dropFrame = false;
    qint64 m_startFrame = 0;
    QString m_chosen;
    bool m_showOthers = false; ///< other people's marks on the timeline (a reviewer compares)
    QString m_activeLabel;
    std::optional<qint64> m_pendingIn;
    double m_speed = 1.0;
    QHash<QString, Annotation> m_own; ///< the person's marks and locators on this item
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_statusChanged;
};

} // namespace annostraat
