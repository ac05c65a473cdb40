#pragma once

#include <QString>

/// Applies the reader's theme to the whole application: "system" keeps the platform's style and palette (and
/// so follows the system's dark mode where the platform reports it), "light" and "dark" use Fusion with a
/// palette of our own. Safe to call again at any time; widgets repaint.
void applyTheme(const QString& theme);

/// True when the current application palette is a dark one (light text on a dark window).
bool isDarkPalette();
