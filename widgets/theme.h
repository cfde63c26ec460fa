// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two looks of the program: a calm light theme and a high-contrast theme (white on
// black, yellow focus), both with a large default font and a thick, clearly visible focus
// frame. Applied to the whole application, so dialogs follow too.

#include <QPalette>

#include <array>
#include <QString>

class QApplication;

namespace annostraat {

struct Theme
{
    enum class Kind { Normal, HighContrast };

    static constexpr int kDefaultPointSize = 12;
    static constexpr int kMinPointSize = 10;
    static constexpr int kMaxPointSize = 24;
    /// The effects apply() turns off: nothing slides or fades (calm, and reduced motion).
    static const std::array<Qt::UIEffect, 6> kEffects;

    Kind kind = Kind::Normal;
    int pointSize = kDefaultPointSize;

    /// The colours of a theme, those of the palette and those only the style sheet uses.
    struct Colours
    {
        QColor window, base, alternateBase, text, mutedText, button, highlight, highlightedText,
                focus, border, link, disabledText, hover;
    };
    Colours colours() const;
    /// Widths of borders and of the focus frame, in pixels: the frame is two pixels wider
    /// than the border it replaces, so the focus shows as a ring of new colour at least two
    /// pixels wide even where the focus colour is close to the border's (WCAG 2.4.11).
    int borderWidth() const { return kind == Kind::HighContrast ? 2 : 1; }
    int focusWidth() const { return borderWidth() + 2; }

    /// "normal" / "high-contrast", as stored in the settings.
    static QString toId(Kind kind);
    static Kind kindFromId(const QString &id);

    QPalette palette() const;
    QString styleSheet() const;
    /// Sets the Fusion style, the palette, the font and the style sheet on \a app.
    void apply(QApplication &app) const;
};

} // namespace annostraat
