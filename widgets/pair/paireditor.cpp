// SPDX-License-Identifier: GPL-3.0-or-later
#include "paireditor.h"

#include "actiontext.h"
#include "canvas/imagecanvas.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "editor/mediamessage.h"
#include "media/imagecache.h"
#include "model/questions.h"

#include <QAction>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QtMath>

namespace annostraat {

PairEditor::PairEditor(EditorEnvironment environment, QObject *parent)
    : MediaEditor(std::move(environment), parent)
{
    m_widget = new QWidget;
    m_widget->setObjectName(QStringLiteral("pairEditor"));
    m_cache = new ImageCache(this);
    m_stack = new QStackedLayout(m_widget);

    auto *pair = new QWidget(m_widget);
    auto *grid = new QGridLayout(pair);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    auto side = [&](int column, const char *name, QLabel **caption, ImageCanvas **canvas, QPushButton **button) {
        *caption = new QLabel(pair);
        (*caption)->setProperty("role", QStringLiteral("subheading"));
        (*caption)->setAlignment(Qt::AlignCenter);
        *canvas = new ImageCanvas(m_cache, pair);
        (*canvas)->setObjectName(QLatin1String(name));
        *button = new QPushButton(pair);
        grid->addWidget(*caption, 0, column);
        grid->addWidget(*canvas, 1, column);
        grid->addWidget(*button, 2, column);
        grid->setColumnStretch(column, 1);
    };
    side(0, "pairCanvasA", &m_captionA, &m_a, &m_buttonA);
    side(1, "pairCanvasB", &m_captionB, &m_b, &m_buttonB);
    m_buttonA->setObjectName(QStringLiteral("chooseAButton"));
    m_buttonB->setObjectName(QStringLiteral("chooseBButton"));
    grid->setRowStretch(1, 1);
    m_buttonSame = new QPushButton(pair);
    m_buttonSame->setObjectName(QStringLiteral("chooseSameButton"));
    grid->addWidget(m_buttonSame, 3, 0, 1, 2, Qt::AlignHCenter);
    m_message = new MediaMessage(m_widget);
    m_stack->addWidget(pair);
    m_stack->addWidget(m_message);

    auto make = [this](const char *name, QKeySequence key) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        return a;
    };
    m_chooseA = make("actionChooseA", QKeySequence(Qt::Key_A));
    m_chooseB = make("actionChooseB", QKeySequence(Qt::Key_B));
    m_chooseSame = make("actionChooseSame", QKeySequence(Qt::Key_Equal));
    m_zoomIn = make("actionPairZoomIn", QKeySequence(Qt::Key_Plus));
    m_zoomOut = make("actionPairZoomOut", QKeySequence(Qt::Key_Minus));
    m_fit = make("actionPairFit", QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_chooseA, &QAction::triggered, this, [this] { choose(QStringLiteral("A")); });
    connect(m_chooseB, &QAction::triggered, this, [this] { choose(QStringLiteral("B")); });
    connect(m_chooseSame, &QAction::triggered, this, [this] { choose(QStringLiteral("same")); });
    connect(m_buttonA, &QPushButton::clicked, m_chooseA, &QAction::trigger);
    connect(m_buttonB, &QPushButton::clicked, m_chooseB, &QAction::trigger);
    connect(m_buttonSame, &QPushButton::clicked, m_chooseSame, &QAction::trigger);
    // Zooming acts on A; B follows, as it does for every zoom and pan of either image.
    connect(m_zoomIn, &QAction::triggered, m_a, &ImageCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_a, &ImageCanvas::zoomOut);
    connect(m_fit, &QAction::triggered, this, [this] {
        m_a->fitToView();
        m_b->fitToView();
    });
    connect(m_a, &ImageCanvas::viewChanged, this, [this] { follow(m_a, m_b); });
    connect(m_b, &ImageCanvas::viewChanged, this, [this] { follow(m_b, m_a); });
    for (ImageCanvas *canvas : {m_a, m_b}) {
        connect(canvas, &ImageCanvas::viewChanged, this, &MediaEditor::statusTextChanged);
        connect(canvas, &ImageCanvas::imageShown, this, &MediaEditor::statusTextChanged);
        connect(canvas, &ImageCanvas::failed, this, [this, canvas](const QString &why) {
            if (document())
                showProblem(MediaMessage::unreadableFile(canvas->path(), why));
        });
    }
    retranslate();
    updateActions();
}

PairEditor::~PairEditor()
{
    delete m_widget.data();
}

QWidget *PairEditor::widget() const
{
    return m_widget;
}

QList<QAction *> PairEditor::actions(Menu menu) const
{
    switch (menu) {
    case Menu::Item:
        return {m_chooseA, m_chooseB, m_chooseSame};
    case Menu::View:
        return {m_zoomIn, m_zoomOut, m_fit};
    default:
        return {};
    }
}

QString PairEditor::pathOfB(const Item &item, const ItemMedium &b) const
{
    // Found on this PC the way the item's own file is: in the media folder, else at its path.
    Item asItem = item;
    asItem.mediaPath = b.mediaPath;
    asItem.sha256 = b.sha256;
    asItem.size = b.size;
    return mediaPath(asItem);
}

const QuestionSpec *PairEditor::question() const
{
    if (!document())
        return nullptr;
    for (const QuestionSpec &q : document()->task().schema.questions())
        if (q.type == QuestionSpec::Type::AB && Questions::appliesTo(q, document()->item().kind))
            return &q;
    return nullptr;
}

void PairEditor::showDocument(ItemDocument *document)
{
    disconnect(m_documentConnection);
    m_problem.clear();
    m_a->clear();
    m_b->clear();
    m_stack->setCurrentIndex(0);
    if (document) {
        m_documentConnection = connect(document, &ItemDocument::annotationChanged, this, &PairEditor::updateChoice);
        const Item &item = document->item();
        const ItemMedium *b = item.medium(QStringLiteral("B"));
        const QString pathA = mediaPath(item);
        const QString pathB = b ? pathOfB(item, *b) : QString();
        if (!b)
            showProblem(tr("This pair has no B image:\n%1").arg(pathA) + QLatin1String("\n\n")
                        + tr("You can flag the item or skip it."));
        else if (!QFileInfo::exists(pathA) || !QFileInfo::exists(pathB))
            showProblem(MediaMessage::missingFile(QFileInfo::exists(pathA) ? pathB : pathA));
        else if (QImageReader reader(pathA); !reader.canRead())
            showProblem(MediaMessage::unreadableFile(pathA, reader.errorString()));
        else if (QImageReader readerB(pathB); !readerB.canRead())
            showProblem(MediaMessage::unreadableFile(pathB, readerB.errorString()));
        else {
            m_a->setImage(pathA);
            m_b->setImage(pathB);
        }
    }
    updateChoice();
    updateActions();
    Q_EMIT statusTextChanged();
}

void PairEditor::showProblem(const QString &text)
{
    m_problem = text;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateActions();
}

void PairEditor::follow(ImageCanvas *from, ImageCanvas *to)
{
    if (m_following || !from->imageSize().isValid() || !to->imageSize().isValid())
        return;
    m_following = true; // the other canvas' viewChanged must not come back here
    to->setZoom(from->zoom());
    to->centreOn(from->visibleImageRect().center());
    m_following = false;
}

QString PairEditor::choice() const
{
    const QuestionSpec *q = question();
    if (!q)
        return {};
    for (const Annotation &a : document()->annotations())
        if (a.label == q->id && a.value.contains(QStringLiteral("answer")))
            return a.value.value(QStringLiteral("answer")).toString();
    return {};
}

bool PairEditor::choose(const QString &answer)
{
    const QuestionSpec *q = question();
    if (!q || !m_problem.isEmpty())
        return false;
    if (auto r = Commands::setAnswer(*document(), q->id, answer); !r) {
        Q_EMIT notice(tr("This could not be kept: %1").arg(r.error().message()));
        return false;
    }
    Q_EMIT message(answer == QLatin1String("same") ? tr("Chosen: no difference.") : tr("Chosen: %1.").arg(answer));
    return true;
}

void PairEditor::updateChoice()
{
    const QString chosen = choice();
    const QString mark = QStringLiteral(" \u2714 ") + tr("chosen");
    m_captionA->setText(QStringLiteral("A") + (chosen == QLatin1String("A") ? mark : QString()));
    m_captionB->setText(QStringLiteral("B") + (chosen == QLatin1String("B") ? mark : QString()));
    m_buttonSame->setText(tr("= No difference") + (chosen == QLatin1String("same") ? mark : QString()));
}

void PairEditor::updateActions()
{
    const bool shown = document() && m_problem.isEmpty();
    const QuestionSpec *q = question();
    for (QAction *a : {m_zoomIn, m_zoomOut, m_fit}) {
        a->setVisible(document() != nullptr);
        a->setEnabled(shown);
    }
    for (QAction *a : {m_chooseA, m_chooseB}) {
        a->setVisible(document() != nullptr);
        a->setEnabled(shown && q);
    }
    m_chooseSame->setVisible(document() && q && q->noDifference);
    m_chooseSame->setEnabled(shown && q && q->noDifference);
    m_buttonA->setEnabled(m_chooseA->isEnabled());
    m_buttonB->setEnabled(m_chooseB->isEnabled());
    m_buttonSame->setVisible(m_chooseSame->isVisible());
}

QString PairEditor::statusText() const
{
    if (!document() || !m_problem.isEmpty())
        return {};
    QStringList parts;
    for (const auto &[name, canvas] : {std::pair{QStringLiteral("A"), m_a}, std::pair{QStringLiteral("B"), m_b}})
        if (canvas->imageSize().isValid())
            parts << tr("%1: %2 \u00D7 %3 px").arg(name).arg(canvas->imageSize().width()).arg(canvas->imageSize().height());
    parts << tr("zoom %1%").arg(qRound(m_a->zoom() * 100));
    parts << (question() ? tr("A or B chooses") : tr("This task asks no A/B question"));
    return parts.join(QStringLiteral("  \u00B7  "));
}

void PairEditor::prefetch(const QList<Item> &upcoming)
{
    QStringList paths;
    for (const Item &item : upcoming) {
        paths << mediaPath(item);
        if (const ItemMedium *b = item.medium(QStringLiteral("B")))
            paths << pathOfB(item, *b);
    }
    m_cache->prefetch(paths);
}

bool PairEditor::takeFocus()
{
    if (!document() || !m_problem.isEmpty())
        return false;
    m_a->setFocus(Qt::OtherFocusReason);
    return true;
}

void PairEditor::retranslate()
{
    ActionText::describe(m_chooseA, tr("Choose &A"), tr("Image A is the better one"));
    ActionText::describe(m_chooseB, tr("Choose &B"), tr("Image B is the better one"));
    ActionText::describe(m_chooseSame, tr("&No difference"), tr("Neither image is better"));
    ActionText::describe(m_zoomIn, tr("Zoom &in"), tr("Show both images larger"));
    ActionText::describe(m_zoomOut, tr("Zoom &out"), tr("Show both images smaller"));
    ActionText::describe(m_fit, tr("&Fit images"), tr("Show both images whole"));
    m_a->setAccessibleName(tr("Image A"));
    m_b->setAccessibleName(tr("Image B"));
    m_buttonA->setText(tr("Choose A (key A)"));
    m_buttonB->setText(tr("Choose B (key B)"));
    updateChoice();
    if (!m_problem.isEmpty() && document())
        showDocument(document());
    Q_EMIT statusTextChanged();
}

} // namespace annostraat
