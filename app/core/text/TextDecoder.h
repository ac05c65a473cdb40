#pragma once

#include <QByteArray>
#include <QString>

namespace news
{

/// Decodes bytes in the encodings Korean, Chinese and other feeds use, from tables compiled into the core
/// (resources/codecs), so that the result is the same with and without ICU in the Qt build.
namespace TextDecoder
{

/// The codec a charset label selects ("euc-kr" → "cp949", "gb2312" → "gb18030", "ISO-8859-1" → "cp1252"
/// as browsers do), or an empty string when the label is unknown.
QString codecForLabel(QString label);

/// Decodes `bytes` with `codec` (a name returned by codecForLabel). Invalid sequences become U+FFFD and
/// set `*hadErrors`. C1 controls in Unicode codecs are mapped as windows-1252 would (a common feed bug).
QString decode(QByteArrayView bytes, const QString& codec, bool* hadErrors = nullptr);

/// True when `bytes` is well-formed UTF-8.
bool isValidUtf8(QByteArrayView bytes);

/// A best guess for undeclared legacy bytes (not UTF-8): the candidate that decodes without errors and
/// reads most like text in its language. Returns the label to report ("euc-kr", "big5", "koi8-r", …).
QString guessLegacyEncoding(QByteArrayView bytes);

} // namespace TextDecoder

} // namespace news
