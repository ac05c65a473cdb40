#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace news
{

/// Korean (and a few English) section words and the canonical section each stands for: an item's own
/// <category>/dc:subject says where it belongs ("사설" → opinion) even in a feed of another section (#15).
struct SectionWord
{
    QString word; // lower case
    QString section; // canonical section id
};

/// The table, in the order it is consulted (opinion words first: "경제 칼럼" is an opinion piece).
const QList<SectionWord>& sectionWords();

/// The canonical section a category term names ("경제 > 금융" → economy, "국제일반" → world), or "" when it
/// names none. Korean words match inside a term (they are two syllables or more); English ones only whole.
QString sectionForCategory(const QString& category);

/// The first of `categories` that names a section, or "".
QString sectionForCategories(const QStringList& categories);

/// A canonical section for a Korean or English folder name ("경제", "Economy", "IT·과학"), or "".
QString sectionForName(const QString& name);

} // namespace news
