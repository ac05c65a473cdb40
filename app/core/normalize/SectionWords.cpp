#include "normalize/SectionWords.h"

#include <QRegularExpression>

namespace news
{

const QList<SectionWord>& sectionWords()
{
    static const QList<SectionWord> table = [] {
        const QList<QPair<QString, QStringList>> groups = {
            {QStringLiteral("opinion"),
             {QStringLiteral("사설"),
              QStringLiteral("칼럼"),
              QStringLiteral("오피니언"),
              QStringLiteral("논평"),
              QStringLiteral("기고"),
              QStringLiteral("opinion"),
              QStringLiteral("editorial"),
              QStringLiteral("column")}},
            {QStringLiteral("politics"),
             {QStringLiteral("정치"), QStringLiteral("북한"), QStringLiteral("국회"), QStringLiteral("politics")}},
            {QStringLiteral("economy"),
             {QStringLiteral("경제"),
              QStringLiteral("산업"),
              QStringLiteral("금융"),
              QStringLiteral("증권"),
              QStringLiteral("부동산"),
              QStringLiteral("economy"),
              QStringLiteral("business"),
              QStringLiteral("finance")}},
            {QStringLiteral("society"),
             {QStringLiteral("사회"),
              QStringLiteral("사건"),
              QStringLiteral("교육"),
              QStringLiteral("society"),
              QStringLiteral("national")}},
            {QStringLiteral("world"),
             {QStringLiteral("국제"),
              QStringLiteral("세계"),
              QStringLiteral("world"),
              QStringLiteral("international")}},
            {QStringLiteral("sports"),
             {QStringLiteral("스포츠"),
              QStringLiteral("야구"),
              QStringLiteral("축구"),
              QStringLiteral("sports"),
              QStringLiteral("sport")}},
            {QStringLiteral("entertainment"),
             {QStringLiteral("연예"), QStringLiteral("엔터"), QStringLiteral("entertainment")}},
            {QStringLiteral("it"),
             {QStringLiteral("과학"), QStringLiteral("it"), QStringLiteral("tech"), QStringLiteral("science")}},
            {QStringLiteral("culture"),
             {QStringLiteral("문화"),
              QStringLiteral("생활"),
              QStringLiteral("라이프"),
              QStringLiteral("여행"),
              QStringLiteral("culture"),
              QStringLiteral("life")}},
            {QStringLiteral("local"),
             {QStringLiteral("교민"), QStringLiteral("한인"), QStringLiteral("현지"), QStringLiteral("community")}},
            {QStringLiteral("general"),
             {QStringLiteral("종합"), QStringLiteral("전체"), QStringLiteral("general"), QStringLiteral("top")}},
        };
        QList<SectionWord> out;
        for (const auto& [section, words] : groups) {
            for (const QString& w : words) {
                out.append(SectionWord{w, section});
            }
        }
        return out;
    }();
    return table;
}

QString sectionForCategory(const QString& category)
{
    const QString term = category.trimmed().toLower();
    if (term.isEmpty() || term.size() > 60) {
        return {};
    }
    // English words whole only: "it" must not match "digital"
    static const QRegularExpression cut(QStringLiteral("[^a-z0-9]+"));
    const QStringList parts = term.split(cut, Qt::SkipEmptyParts);
    for (const SectionWord& w : sectionWords()) {
        const bool korean = w.word.front().unicode() >= 0x80;
        if (korean ? term.contains(w.word) : parts.contains(w.word)) {
            return w.section;
        }
    }
    return {};
}

QString sectionForCategories(const QStringList& categories)
{
    for (const QString& c : categories) {
        const QString s = sectionForCategory(c);
        if (!s.isEmpty()) {
            return s;
        }
    }
    return {};
}

QString sectionForName(const QString& raw)
{
    static const QList<QPair<QString, QStringList>> names = {
        {QStringLiteral("general"),
         {QStringLiteral("종합"),
          QStringLiteral("general"),
          QStringLiteral("top"),
          QStringLiteral("headlines"),
          QStringLiteral("전체기사"),
          QStringLiteral("최신기사")}},
        {QStringLiteral("politics"), {QStringLiteral("정치"), QStringLiteral("politics")}},
        {QStringLiteral("economy"),
         {QStringLiteral("경제"),
          QStringLiteral("economy"),
          QStringLiteral("business"),
          QStringLiteral("finance"),
          QStringLiteral("산업"),
          QStringLiteral("증권")}},
        {QStringLiteral("society"), {QStringLiteral("사회"), QStringLiteral("society"), QStringLiteral("national")}},
        {QStringLiteral("world"),
         {QStringLiteral("국제"), QStringLiteral("world"), QStringLiteral("international"), QStringLiteral("세계")}},
        {QStringLiteral("culture"),
         {QStringLiteral("문화"),
          QStringLiteral("culture"),
          QStringLiteral("생활"),
          QStringLiteral("life"),
          QStringLiteral("lifestyle")}},
        {QStringLiteral("opinion"),
         {QStringLiteral("오피니언"),
          QStringLiteral("opinion"),
          QStringLiteral("사설"),
          QStringLiteral("칼럼"),
          QStringLiteral("editorial")}},
        {QStringLiteral("sports"), {QStringLiteral("스포츠"), QStringLiteral("sports"), QStringLiteral("sport")}},
        {QStringLiteral("entertainment"),
         {QStringLiteral("연예"), QStringLiteral("entertainment"), QStringLiteral("엔터"), QStringLiteral("showbiz")}},
        {QStringLiteral("it"),
         {QStringLiteral("it·과학"),
          QStringLiteral("it/과학"),
          QStringLiteral("it"),
          QStringLiteral("과학"),
          QStringLiteral("tech"),
          QStringLiteral("technology"),
          QStringLiteral("science"),
          QStringLiteral("it과학")}},
        {QStringLiteral("local"),
         {QStringLiteral("현지/커뮤니티"),
          QStringLiteral("현지"),
          QStringLiteral("커뮤니티"),
          QStringLiteral("local"),
          QStringLiteral("community"),
          QStringLiteral("교민")}},
    };
    const QString name = raw.trimmed().toLower();
    for (const auto& [id, list] : names) {
        if (list.contains(name) || id == name) {
            return id;
        }
    }
    return {};
}

} // namespace news
