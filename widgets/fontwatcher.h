// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace annostraat {

/// Calls back when \a watched gets a new font or style (the text size or the theme changed),
/// for layouts whose sizes are worked out from the font. Owned by \a watched.
class FontWatcher : public QObject
{
public:
    FontWatcher(QWidget *watched, std::function<void()> changed)
        : QObject(watched), m_changed(std::move(changed))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_changed();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_changed;
};

} // namespace annostraat
