// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The image editor: the canvas with its tool bar and tools, and below the image the labels
// to draw with, the person's annotations and the chosen annotation's label and attributes.
//
// Design note. The editor owns one ToolContext (the document, the current label, the
// selection, hidden annotations), one ImageSurface over its canvas and one ToolManager that
// loads the image tools. The AnnotationLayer paints every layer; the active tool paints its
// preview on top. The image cache is shared by the canvas and the prefetch of the next
// images, so moving on shows a decoded image at once.

#include "editor/mediaeditor.h"

#include <QPointF>
#include <QPointer>
#include <QRectF>

#include <memory>

class QLabel;
class QStackedLayout;
class QToolBar;

namespace annostraat {

class AnnotationLayer;
class AnnotationList;
class AttributeEditor;
class ImageCache;
class ImageCanvas;
class ImageSurface;
class LabelPicker;
class MediaMessage;
class ToolContext;
class ToolManager;

class ImageEditor : public MediaEditor
{
    Q_OBJECT

public:
    explicit ImageEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~ImageEditor() override;

    QString id() const override { return QStringLiteral("image"); }
    QWidget *widget() const override;
    void setProfile(const std::optional<Profile> &profile) override;
    QList<QAction *> actions(Menu menu) const override;
    QString statusText() const override;
    QString problem() const override;
    void commitPending() override;
    void prefetch(const QList<Item> &upcoming) override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    bool takeFocus() override;
    void retranslate() override;
    /// The user's own annotation is selected; another person's is pointed out on the image
    /// (when other layers are shown) and scrolled into view. A \a place {"x", "y", "w", "h"}
    /// is framed on the image and zoomed to (decision 0025).
    bool selectAnnotation(const QString &annotationId, const QJsonObject &place) override;
    /// The part of \a a in view, when the user zoomed in on a part of it: {"x", "y", "w", "h"}
    /// in image pixels; empty when all of it, or none of it, is in view.
    QJsonObject placeOn(const Annotation &a) const override;
    QString describePlace(const Annotation &a, const QJsonObject &place) const override;
    void showOtherLayers() override;

    /// Adds the user's drawn annotations of the previous item in the queue to this item, as
    /// one undo step; shapes are fitted into this image, those that fall outside are left.
    bool copyFromPrevious();

    ImageCanvas *canvas() const { return m_canvas; }
    ToolContext *toolContext() const { return m_toolContext; }
    ToolManager *toolManager() const { return m_toolManager; }
    LabelPicker *labelPicker() const { return m_labelPicker; }
    AnnotationList *annotationList() const { return m_annotations; }
    AttributeEditor *attributeEditor() const { return m_attributes; }
    QAction *showOtherLayersAction() const { return m_showOthers; }

protected:
    void showDocument(ItemDocument *document) override;

private:
    QWidget *buildPanels(QWidget *parent);
    void createActions();
    void updateActions();
    void chooseToolForLabel(const QString &label);
    void fitToolToTask();
    void showProblem(const QString &text);
    void updateStatus();

    QPointer<QWidget> m_widget; ///< owned; the work page's layout may delete it first
    QStackedLayout *m_stack = nullptr;
    ImageCache *m_cache = nullptr;
    ImageCanvas *m_canvas = nullptr;
    MediaMessage *m_message = nullptr;
    ToolContext *m_toolContext = nullptr;
    ImageSurface *m_surface = nullptr;
    ToolManager *m_toolManager = nullptr;
    std::unique_ptr<AnnotationLayer> m_annotationLayer;
    LabelPicker *m_labelPicker = nullptr;
    AnnotationList *m_annotations = nullptr;
    AttributeEditor *m_attributes = nullptr;
    QWidget *m_labelsPanel = nullptr;
    QLabel *m_labelsLabel = nullptr;
    QLabel *m_annotationsLabel = nullptr;
    QLabel *m_attributesLabel = nullptr;
    QToolBar *m_bar = nullptr;
    QString m_problem;
    QString m_toolStatus;
    QPointF m_pointer{-1, -1};
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_copyPrevious = nullptr;
    QAction *m_editAttributes = nullptr;
    QAction *m_showOthers = nullptr;
    QRectF m_placeToShow; ///< a place chosen before the image was shown: zoomed to once it is
    QAction *m_focusImage = nullptr;
};

} // namespace annostraat
