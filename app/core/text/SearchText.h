#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace news
{

/// Korean-aware search text for the FTS5 index (STYLE.md §8): runs of Hangul, CJK ideographs and kana are
/// expanded into overlapping bigrams ("서울에서" → "서울 울에 에서"), other words pass through, and script
/// changes split words ("AI빅모델" → "ai 빅모 모델"). A single syllable stays as it is.
namespace SearchText
{

QString forIndex(const QString& text);
/// The same text in UTF-8, as the index stores it (the refresh prepares it off the writer thread).
QByteArray forIndexUtf8(QStringView text);

/// A Hangul word's stem without a particle or plural ending it carries ("교민들" → "교민", "서울에서" → "서울"), or ""
/// when it carries none (or the stem would be shorter than two syllables).
QString withoutEnding(const QString& word);

/// An FTS5 MATCH expression for what a user typed: every word must match; a word becomes the phrase of
/// its bigrams, a single syllable a prefix query. Returns an empty string when nothing searchable is left.
QString matchExpression(const QString& query);

/// The words of a query (for highlighting snippets).
QStringList terms(const QString& query);

} // namespace SearchText

} // namespace news
