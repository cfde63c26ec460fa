// SPDX-License-Identifier: GPL-3.0-or-later
// Texts that Qt itself shows in our windows (key names on the shortcut sheet and in tooltips,
// the context menus of text fields). Listing them here puts them in our catalogues, so they
// read in Dutch too without Qt's own translation package. Never called.

#include <QtGlobal>

namespace annostraat {

extern const char *const kQtStrings[];
const char *const kQtStrings[] = {
        QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
        QT_TRANSLATE_NOOP("QShortcut", "Shift"),
        QT_TRANSLATE_NOOP("QShortcut", "Alt"),
        QT_TRANSLATE_NOOP("QShortcut", "Return"),
        QT_TRANSLATE_NOOP("QShortcut", "Enter"),
        QT_TRANSLATE_NOOP("QShortcut", "Space"),
        QT_TRANSLATE_NOOP("QShortcut", "Esc"),
        QT_TRANSLATE_NOOP("QShortcut", "Tab"),
        QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
        QT_TRANSLATE_NOOP("QShortcut", "Del"),
        QT_TRANSLATE_NOOP("QShortcut", "Left"),
        QT_TRANSLATE_NOOP("QShortcut", "Right"),
        QT_TRANSLATE_NOOP("QShortcut", "Up"),
        QT_TRANSLATE_NOOP("QShortcut", "Down"),
        QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
        QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
        QT_TRANSLATE_NOOP("QShortcut", "Home"),
        QT_TRANSLATE_NOOP("QShortcut", "End"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
        QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
        QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
        QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
        QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
        QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
        QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
};

} // namespace annostraat
