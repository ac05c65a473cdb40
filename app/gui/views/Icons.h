#pragma once

#include <QIcon>

/// Sosik's own icon set: one line style for the toolbar and the menus, drawn in the palette's text colour when
/// painted, so it follows light and dark themes and needs no image plugin or icon theme on any platform.
namespace Icons
{
enum class Kind
{
    Refresh,
    AddFeed,
    MarkAllRead,
    Star,
    Save,
    Offline,
    Settings,
    Panels,
    Home,
    Help,
    About,
    Search,
    Close, // a panel's ✕
    Float, // a panel out of the window and back
};

QIcon icon(Kind kind);
} // namespace Icons
