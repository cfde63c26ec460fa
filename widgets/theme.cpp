// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "model/schemachecks.h" // the highlights, which the schema checks measure label colours against

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QStyleOptionProgressBar>
#include <QStyle>
#include <QStyleFactory>

namespace annostraat {

namespace {

using Colours = Theme::Colours;

Colours coloursFor(Theme::Kind kind)
{
    if (kind == Theme::Kind::HighContrast)
        return {QColor(0x00, 0x00, 0x00), QColor(0x00, 0x00, 0x00), QColor(0x1a, 0x1a, 0x1a),
                QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00),
                highContrastThemeHighlight(), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0x00),
                QColor(0xff, 0xff, 0xff), QColor(0x7f, 0xdb, 0xff), QColor(0xc0, 0xc0, 0xc0),
                QColor(0x33, 0x33, 0x33)};
    // Soft, low-glare colours; text at 7:1 or more (WCAG AAA) on every background, disabled
    // text too (a disabled button is told by its dashed border, not by faint text), borders
    // and the focus frame at 3:1 or more (tests/widgets/test_contrast.cpp). The highlights
    // come from core (model/schemachecks.h), where label colours are checked against them.
    return {QColor(0xf4, 0xf2, 0xee), QColor(0xff, 0xff, 0xff), QColor(0xf8, 0xf7, 0xf4),
            QColor(0x1e, 0x24, 0x2b), QColor(0x43, 0x4a, 0x53), QColor(0xe9, 0xe6, 0xe0),
            normalThemeHighlight(), QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x6f, 0xc4),
            QColor(0x7f, 0x79, 0x6f), QColor(0x1d, 0x5a, 0x9a), QColor(0x3d, 0x44, 0x4c),
            QColor(0xdf, 0xe8, 0xf1)};
}

} // namespace

Theme::Colours Theme::colours() const
{
    return coloursFor(kind);
}

QString Theme::toId(Kind kind)
{
    return kind == Kind::HighContrast ? QStringLiteral("high-contrast") : QStringLiteral("normal");
}

Theme::Kind Theme::kindFromId(const QString &id)
{
    return id == QLatin1String("high-contrast") ? Kind::HighContrast : Kind::Normal;
}

QPalette Theme::palette() const
{
    const Colours c = coloursFor(kind);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText,
               kind == Kind::HighContrast ? QColor(Qt::yellow) : QColor(Qt::white));
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::Light, kind == Kind::HighContrast ? QColor(Qt::white) : c.base);
    p.setColor(QPalette::Midlight, c.alternateBase);
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Dark, c.border);
    p.setColor(QPalette::Shadow,
               kind == Kind::HighContrast ? QColor(Qt::white) : QColor(0x60, 0x60, 0x60));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.border);
    return p;
}

namespace {

/// Fusion draws check boxes and radio buttons in the palette's dark tones, which vanish on the
/// high-contrast black: a white frame, filled with the highlight when ticked (a filled box, not
/// a colour alone, tells ticked from not). In a list's chosen (yellow) row the box is drawn in
/// the chosen text's black: an empty frame, or filled when ticked.
QString highContrastIndicators(const Colours &c)
{
    return QStringLiteral(R"(
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator { width: 16px; height: 16px; border: 2px solid %1; background: %2; }
QRadioButton::indicator { border-radius: 10px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QGroupBox::indicator:checked { background: %3; border: 4px solid %1; }
QAbstractItemView::indicator { width: 16px; height: 16px; border: 2px solid %1; background: %2; }
QAbstractItemView::indicator:checked { background: %3; border: 4px solid %1; }
QAbstractItemView::indicator:selected { border: 2px solid %4; background: %3; }
QAbstractItemView::indicator:checked:selected { border: 4px solid %4; background: %4; }
)")
            .arg(c.text.name(), c.base.name(), c.highlight.name(), c.highlightedText.name());
}

} // namespace

QString Theme::styleSheet() const
{
    const Colours c = coloursFor(kind);
    const bool hc = kind == Kind::HighContrast;
    const int border = borderWidth();
    // A thick focus frame on everything that can take the keyboard, so the focus is never
    // hidden; generous padding so targets are easy to hit.
    return QStringLiteral(R"(
* { font-size: %15pt; }
QPushButton, QToolButton {
    border: %1px solid %2; border-radius: 6px; padding: 6px 14px; background: %3; color: %4;
}
QToolButton { padding: 4px 10px; }
QPushButton:hover, QToolButton:hover { background: %5; }
QPushButton:checked, QToolButton:checked { background: %6; color: %7; border-color: %6; }
QPushButton:disabled, QToolButton:disabled { color: %8; border-color: %8; border-style: dashed; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus,
QTextEdit:focus,
QComboBox:focus, QListView:focus, QListWidget:focus, QTreeView:focus, QTableView:focus {
    border: %16px solid %9;
}
/* On a chosen button the frame is dashed in the chosen text's colour: its dashes stand out from
   the chosen colour around them (7:1 or more), in both themes. */
QPushButton:checked:focus, QToolButton:checked:focus { border: %16px dashed %7; }
QPushButton:default { border-width: %10px; }
QLineEdit, QComboBox { border: %1px solid %2; border-radius: 4px; padding: 4px 6px; background: %11; color: %4; }
QTextEdit, QPlainTextEdit, QTextBrowser, QListView, QListWidget, QTreeView, QTableView {
    border: %1px solid %2; border-radius: 4px; background: %11; color: %4;
}
QLabel[role="question"] { font-weight: bold; }
QComboBox::drop-down { border: none; width: 28px; }
QRadioButton:focus, QCheckBox:focus { color: %4; background: %5; border: 2px solid %9; border-radius: 4px; }
QRadioButton, QCheckBox { border: 2px solid transparent; }
QRadioButton, QCheckBox { spacing: 10px; padding: 3px; }
/* No sideways padding: Qt measures a wrapped item without it, so with it a row measured as one
   line is painted too narrow and cut ("Demo 9: …") instead of wrapped. */
QListView::item, QListWidget::item, QTreeView::item { padding: 6px 0px; }
QListView::item:selected, QListWidget::item:selected, QTreeView::item:selected, QTableView::item:selected { background: %6; color: %7; }
QGroupBox { border: %1px solid %2; border-radius: 6px; margin-top: 1.4em; padding: 10px 8px 8px 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; font-weight: bold; }
QToolBar { spacing: 6px; padding: 4px; border: none; }
QStatusBar { border-top: %1px solid %2; }
QStatusBar QLabel { padding: 2px 8px; }
QLabel[role="heading"] { font-size: %13pt; font-weight: bold; }
QLabel[role="subheading"] { font-size: %14pt; font-weight: bold; }
QLabel[role="muted"] { color: %12; }
QLabel[role="message"] { border: %1px solid %2; border-radius: 6px; padding: 16px; background: %11; }
QMenu::item { padding: 6px 28px 6px 20px; }
QMenu::item:selected, QMenuBar::item:selected { background: %6; color: %7; }
QMenuBar { border-bottom: %1px solid %2; }
QMenuBar::item { padding: 4px 10px; background: transparent; }
QToolTip { border: %1px solid %2; padding: 4px; }
)")
            .arg(border)                                                         // 1
            .arg(c.border.name())                                                // 2
            .arg(c.button.name())                                                // 3
            .arg(c.text.name())                                                  // 4
            .arg(c.hover.name())                                                 // 5 hover
            .arg(c.highlight.name())                                             // 6
            .arg(c.highlightedText.name())                                       // 7
            .arg(c.disabledText.name())                                          // 8
            .arg(c.focus.name())                                                 // 9
            .arg(border + 1)                                                     // 10
            .arg(c.base.name())                                                  // 11
            .arg(c.mutedText.name())                                             // 12
            .arg(qRound(qBound(kMinPointSize, pointSize, kMaxPointSize) * 1.5))  // 13
            .arg(qRound(qBound(kMinPointSize, pointSize, kMaxPointSize) * 1.15)) // 14
            .arg(qBound(kMinPointSize, pointSize, kMaxPointSize))                // 15
            .arg(focusWidth())                                                   // 16
           + (hc ? highContrastIndicators(c) : QString());
}

namespace {

/// Fusion, with busy progress bars (range 0 to 0) standing still: Fusion moves a block
/// across them for as long as they show. A calm stripe in the highlight colour says "busy"
/// just as well; what is being done is in the text beside the bar.
class CalmStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_ProgressBarContents) {
            const auto *bar = qstyleoption_cast<const QStyleOptionProgressBar *>(option);
            if (bar && bar->minimum == 0 && bar->maximum == 0) {
                painter->save();
                painter->fillRect(bar->rect.adjusted(1, 1, -1, -1),
                                  QBrush(bar->palette.color(QPalette::Highlight), Qt::BDiagPattern));
                painter->restore();
                return;
            }
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    /// The button a tool bar shows for what does not fit: Fusion's arrows are dark, and vanish
    /// on the high-contrast black; two chevrons in the button's text colour show in any theme.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
            return QProxyStyle::standardIcon(icon, option, widget);
        const QPalette palette = widget ? widget->palette() : QApplication::palette();
        const qreal ratio = widget ? widget->devicePixelRatioF() : qApp->devicePixelRatio();
        QPixmap pixmap(QSize(16, 16) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette.color(QPalette::ButtonText), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (icon == SP_ToolBarVerticalExtensionButton) { // the chevrons point down
            p.translate(16, 0);
            p.rotate(90);
        }
        for (const qreal x : {3.0, 9.0})
            p.drawPolyline(QPolygonF{{x, 4.0}, {x + 4.0, 8.0}, {x, 12.0}});
        return QIcon(pixmap);
    }
};

} // namespace

const std::array<Qt::UIEffect, 6> Theme::kEffects{Qt::UI_AnimateMenu,    Qt::UI_FadeMenu,
                                                   Qt::UI_AnimateCombo,   Qt::UI_AnimateTooltip,
                                                   Qt::UI_FadeTooltip,    Qt::UI_AnimateToolBox};

void Theme::apply(QApplication &app) const
{
    if (!dynamic_cast<CalmStyle *>(app.style()))
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            app.setStyle(new CalmStyle(fusion));
    app.setPalette(palette());
    app.setStyleSheet(styleSheet());
    // The style sheet carries the size too ("* { font-size }"): QApplication::setFont alone
    // does not reach widgets that a style sheet has already polished.
    QFont font = app.font();
    font.setPointSize(qBound(kMinPointSize, pointSize, kMaxPointSize));
    app.setFont(font);
    // Calm by default: nothing slides or fades (menus, combo boxes, tool tips, tool boxes), so
    // a system's "reduce motion" holds whatever the platform tells Qt, and busy bars stand
    // still (CalmStyle). The program has no animations of its own; the video plays only when
    // the person starts it.
    for (const Qt::UIEffect effect : kEffects)
        QApplication::setEffectEnabled(effect, false);
}

} // namespace annostraat
