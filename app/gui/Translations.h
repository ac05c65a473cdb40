#pragma once

#include <QString>

/// Loads Sosik's and Qt's translations. `language` is "system", "ko" or "en". Korean is the default: "system"
/// picks English only when the first UI language is English, Korean otherwise (our readers are Korean).
/// Returns the language installed ("ko" or "en"); calling it again replaces the previous translators.
QString installTranslations(const QString& language);
