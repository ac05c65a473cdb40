#pragma once

#include <QByteArray>
#include <QString>

/// Deterministic Korean news corpus for benchmarks: feed `index` of a corpus, with `items` items starting at
/// item number `firstItem`. Every 10th feed is EUC-KR, every 5th Atom; bodies carry images in the HTML.
namespace Corpus
{
QByteArray feed(int index, int items, int firstItem = 0);
QString articleTitle(int feed, int item);
QString articleBody(int feed, int item);
} // namespace Corpus
