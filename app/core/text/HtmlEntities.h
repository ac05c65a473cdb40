#pragma once

#include <QString>
#include <QStringView>

namespace news
{

/// HTML5 named character references (generated table, see tools/gen_entities.py).
namespace HtmlEntities
{

/// The characters `name` (without '&' and ';') stands for, or a null string when unknown.
QString lookup(QStringView name);

/// The longest name at the start of `text` that HTML accepts without a ';' ("amp", "copy", …): its
/// length, or 0. Used for references like "&copy 2024" in HTML.
qsizetype longestLegacyPrefix(QStringView text, QString* value);

/// Appends the character with code point `cp` (invalid or disallowed ones become U+FFFD, and C1 values
/// map as windows-1252, as HTML does).
void appendCodePoint(QString& out, char32_t cp);

} // namespace HtmlEntities

} // namespace news
