// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two looks of the program: a calm light theme and a high-contrast theme (white on
// black, yellow focus), both with a large default font and a thick, clearly visible focus
// frame. Applied to the whole application, so dialogs follow too.

#include <QPalette>
#include <QString>

class QApplication;

namespace annostraat {

struct Theme
{
    enum class Kind { Normal, HighContrast };

    static constexpr int kDefaultPointSize = 12;
    static constexpr int kMinPointSize = 10;
    static constexpr int kMaxPointSize = 24;

    Kind kind = Kind::Normal;
    int pointSize = kDefaultPointSize;

    /// "normal" / "high-contrast", as stored in the settings.
    static QString toId(Kind kind);
    static Kind kindFromId(const QString &id);

    QPalette palette() const;
    QString styleSheet() const;
    /// Sets the Fusion style, the palette, the font and the style sheet on \a app.
    void apply(QApplication &app) const;
};

} // namespace annostraat
