#include "normalize/CreditExtractor.h"

#include "sanitize/HtmlSanitizer.h"
#include "sanitize/HtmlTokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bitset>
#include <vector>

namespace news
{
namespace
{

// roles, longest first so that "선임기자" is not read as "기자"
const QString kRoles
    = QStringLiteral("선임기자|수습기자|인턴기자|객원기자|전문기자|취재기자|사진기자|영상기자|대기자|기자|"
                     "특파원|통신원|논설위원|논설실장|편집위원|해설위원|칼럼니스트|리포터|PD");
const QString kEmail = QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
// a Korean personal name: 2-4 syllables, or a romanised "Park Ji-ho"
const QString kName = QStringLiteral("(?:[가-힣]{2,4}|[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)+)");

// Korean surnames (single and double), to tell a name alone on the last line from an ordinary word
bool looksLikeKoreanName(const QString& name)
{
    static const QString single = QStringLiteral(
        "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여"
        "추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부");
    static const QStringList doubles = {QStringLiteral("남궁"),
                                        QStringLiteral("제갈"),
                                        QStringLiteral("선우"),
                                        QStringLiteral("독고"),
                                        QStringLiteral("황보"),
                                        QStringLiteral("사공"),
                                        QStringLiteral("서문")};
    if (name.size() < 2 || name.size() > 4) {
        return false;
    }
    for (QChar c : name) {
        if (c.unicode() < 0xAC00 || c.unicode() > 0xD7A3) {
            return false;
        }
    }
    for (const QString& d : doubles) {
        if (name.startsWith(d) && name.size() >= 3) {
            return true;
        }
    }
    return name.size() <= 3 && single.contains(name.front());
}

bool isDesk(const QString& name)
{
    static const QRegularExpression desk(QStringLiteral(
        "(팀|부|국|실|센터|데스크|편집국|뉴스룸|취재단|연합뉴스|뉴시스|뉴스1|통신|일보|신문|방송|닷컴|TV|"
        "뉴스|미디어|저널)$"));
    return name.isEmpty() || desk.match(name).hasMatch();
}

void addReporter(QList<Reporter>& list, Reporter r)
{
    static const QRegularExpression edges(QStringLiteral("^[\\[\\(【=/·,\\s]+|[\\]\\)】=/·,\\s]+$"));
    r.name = r.name.simplified();
    r.name.remove(edges);
    if (r.name.isEmpty() || r.name.size() > 20 || isDesk(r.name)) {
        return;
    }
    for (Reporter& existing : list) {
        if (existing.name == r.name) {
            if (existing.email.isEmpty()) {
                existing.email = r.email;
            }
            if (existing.role.isEmpty()) {
                existing.role = r.role;
            }
            return;
        }
    }
    list.append(r);
}

// "홍길동 기자", "A 기자,B 기자", "A B 기자" (names sharing one role), "홍길동기자"
void namesWithRoles(const QString& text, QList<Reporter>& out, const QString& email = {})
{
    // whole words only ("상하이저널 김하늘 기자" names 김하늘, not "상하이저"), a name may touch its role
    static const QString word = QStringLiteral("(?<![가-힣A-Za-z])%1(?=[\\s,·]|%2)").arg(kName, kRoles);
    static const QRegularExpression group(QStringLiteral("((?:%1[\\s,·]*)+?)\\s*(%2)(?![가-힣])").arg(word, kRoles));
    static const QRegularExpression one(word);
    auto it = group.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        auto names = one.globalMatch(m.captured(1));
        while (names.hasNext()) {
            addReporter(out, Reporter{names.next().captured(0), m.captured(2), email});
        }
    }
}

// One line of the body: the text between block boundaries (and <br>s), with the tokens it came from.
struct Line
{
    QString text;
    qsizetype firstToken = 0;
    qsizetype endToken = 0; // one past the last
    int image = -1; // the image this line captions (figcaption, or right after an image)
    bool caption = false; // inside a figcaption
    bool drop = false;
};

// A few words to look for before running a regular expression that needs one of them: one pass over the
// text, one table look-up per character (most lines of a body hold none of them).
class WordSet
{
public:
    WordSet(std::initializer_list<QStringView> words)
        : m_words(words)
    {
        for (QStringView w : m_words) {
            m_first.set(w.front().unicode());
        }
    }

    bool foundIn(QStringView text) const
    {
        const qsizetype n = text.size();
        const char16_t* p = text.utf16();
        for (qsizetype i = 0; i < n; ++i) {
            if (!m_first.test(p[i])) {
                continue;
            }
            for (QStringView w : m_words) {
                if (w.front() == p[i] && text.sliced(i).startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

private:
    std::vector<QStringView> m_words;
    std::bitset<65536> m_first;
};

// QString::simplified() in place, without a copy when the text is already simple (most lines are)
void simplify(QString& text)
{
    const qsizetype n = text.size();
    bool simple = n == 0 || (!text.front().isSpace() && !text.back().isSpace());
    for (qsizetype i = 0; simple && i < n; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) {
            continue; // Hangul syllables: most of the text, never space
        }
        simple = c == u' ' ? text.at(i + 1) != u' ' : !c.isSpace();
    }
    if (!simple) {
        text = text.simplified();
    }
}

bool isBoundary(const QString& tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),    QStringLiteral("br"),         QStringLiteral("li"),
        QStringLiteral("ul"),      QStringLiteral("ol"),     QStringLiteral("figure"),     QStringLiteral("figcaption"),
        QStringLiteral("h1"),      QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),     QStringLiteral("blockquote"), QStringLiteral("table"),
        QStringLiteral("tr"),      QStringLiteral("td"),     QStringLiteral("th"),         QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),     QStringLiteral("dl"),
        QStringLiteral("dt"),      QStringLiteral("dd"),     QStringLiteral("hr"),         QStringLiteral("img"),
        QStringLiteral("caption"), QStringLiteral("pre"),
    };
    return blocks.contains(tag);
}

} // namespace

QString photoCreditIn(const QString& text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\[\\s*사진\\s*(?:출처|제공)?\\s*[=:]\\s*([^\\]]{1,40})\\]")),
        QRegularExpression(QStringLiteral("\\(\\s*사진\\s*(?:출처|제공)?\\s*[=:]\\s*([^\\)]{1,40})\\)")),
        QRegularExpression(QStringLiteral("<\\s*사진\\s*(?:출처|제공)?\\s*[:=]\\s*([^>]{1,40})>")),
        QRegularExpression(QStringLiteral("^\\s*사진\\s*(?:출처|제공)?\\s*[=:]\\s*(.{1,40})$")),
        QRegularExpression(QStringLiteral("[\\s.·/]사진\\s*(?:출처|제공)?\\s*[=:]\\s*([^\\[\\]()=]{1,30}?)\\s*$")),
        QRegularExpression(
            QStringLiteral("\\[\\s*([^\\[\\]]{1,30}?)\\s*제공\\.?\\s*재판매\\s*및\\s*DB\\s*금지\\s*\\]")),
        QRegularExpression(QStringLiteral("\\[\\s*((?:연합뉴스|뉴시스|뉴스1)\\s*자료\\s*사진)[^\\]]*\\]")),
        QRegularExpression(QStringLiteral(
            "^\\s*\\[\\s*[가-힣A-Za-z ]{1,12}\\s*=\\s*((?:AP|AFP|EPA|로이터|신화|UPI|교도)[^\\]]{0,20})\\]")),
        QRegularExpression(QStringLiteral("\\[\\s*촬영\\s*/\\s*([^\\]]{1,40})\\]")),
        QRegularExpression(
            QStringLiteral("(?:^|[\\s./])/?((?:AP|AFP|EPA|로이터|신화|UPI|교도)\\s*(?:=\\s*)?연합뉴스)\\s*$")),
        QRegularExpression(QStringLiteral("\\s/\\s?(연합뉴스|뉴시스|뉴스1|[가-힣]{2,8}일보|[가-힣]{2,8}신문)\\s*$")),
    };
    // every pattern needs one of these words
    static const WordSet hints = {u"사진",
                                  u"제공",
                                  u"촬영",
                                  u"연합뉴스",
                                  u"뉴시스",
                                  u"뉴스1",
                                  u"일보",
                                  u"신문",
                                  u"AP",
                                  u"AFP",
                                  u"EPA",
                                  u"로이터",
                                  u"신화",
                                  u"UPI",
                                  u"교도"};
    if (!hints.foundIn(text)) {
        return {};
    }
    for (const QRegularExpression& re : patterns) {
        if (const auto m = re.match(text); m.hasMatch()) {
            return m.captured(1).simplified();
        }
    }
    return {};
}

namespace
{

// The whole line is only a credit ("(사진=연합뉴스)", "사진 = 서울시", "[연합뉴스 자료사진]"): it can go.
bool isOnlyCredit(const QString& text)
{
    static const QRegularExpression only(QStringLiteral(
        "^\\s*(?:[\\[\\(<]\\s*사진[^\\]\\)>]{0,45}[\\]\\)>]|사진\\s*(?:출처|제공)?\\s*[=:].{1,40}|"
        "\\[[^\\[\\]]{1,40}(?:제공|자료\\s*사진)[^\\[\\]]{0,30}\\]|\\[\\s*촬영\\s*/[^\\]]{1,40}\\])\\s*$"));
    return only.match(text).hasMatch();
}

} // namespace

QList<Reporter> reportersFromAuthorField(const QString& authors)
{
    // a feed names the same few people item after item: remember the last answers (per thread)
    thread_local QHash<QString, QList<Reporter>> memo;
    if (const auto known = memo.constFind(authors); known != memo.cend()) {
        return known.value();
    }
    if (memo.size() > 256) {
        memo.clear();
    }
    QList<Reporter> out;
    static const QRegularExpression split(QStringLiteral("\\s*[,·/;]\\s*"));
    static const QRegularExpression emailRe(kEmail);
    static const QRegularExpression roleRe(QStringLiteral("^(.+?)\\s*(%1)$").arg(kRoles));
    for (QString part : authors.split(split, Qt::SkipEmptyParts)) {
        part = part.simplified();
        QString email;
        if (const auto m = emailRe.match(part); m.hasMatch()) {
            email = m.captured(0);
            part.remove(m.capturedStart(0), m.capturedLength(0));
            part.remove(QRegularExpression(QStringLiteral("[()<>]")));
            part = part.simplified();
        }
        if (const auto m = roleRe.match(part); m.hasMatch()) {
            addReporter(out, Reporter{m.captured(1), m.captured(2), email});
        } else {
            addReporter(out, Reporter{part, {}, email});
        }
    }
    memo.insert(authors, out);
    return out;
}

ExtractedCredits extractCredits(const QString& html, const QString& feedAuthors)
{
    ExtractedCredits x;
    Credits& c = x.credits;
    // wire datelines: (서울=연합뉴스) 홍길동 기자 = / [서울=뉴시스]홍길동 기자 = / (서울=연합뉴스) = (no reporter)
    static const QRegularExpression wire(
        QStringLiteral("^\\s*[\\(\\[]\\s*([가-힣A-Za-z ]{1,12})\\s*=\\s*([가-힣A-Za-z0-9 "
                       "]{1,12}?)\\s*[\\)\\]]\\s*([^=]{0,60}?)\\s*=(?!=)"));
    static const QRegularExpression fullWidth(
        QStringLiteral("^\\s*【\\s*([가-힣A-Za-z ]{1,12})\\s*=\\s*([^】]{1,40})】"));
    // [매체명 홍길동 기자], [매체명=홍길동 기자], [매체명/홍길동기자], [매체 베이징=남궁민 특파원]
    static const QRegularExpression outletLead(
        QStringLiteral("^\\s*\\[\\s*[^\\]=/]{1,20}?\\s*(?:[가-힣]{1,8}\\s*=\\s*|[ =/]\\s*)(%1)\\s*(%2)\\s*\\]")
            .arg(kName, kRoles));
    static const QRegularExpression copyrightRe(
        QStringLiteral("(ⓒ|©|\\([cC]\\)|저작권자|Copyright).{0,80}(무단\\s*전재|재배포|금지|All rights reserved)"));
    static const QRegularExpression promoRe(
        QStringLiteral("(^[▶☞▷]?\\s*.{0,40}(구독하기|구독하세요|구독 클릭|바로가기|제보는|기사제보)|제보를 기다립니다|"
                       "^\\s*\\[?\\s*관련\\s*기사\\s*\\]?\\s*$|^[▶☞]\\s*.{0,50}(구독|다운로드|채널 추가|친구 "
                       "추가|클릭|앱 설치|뉴스레터))"));
    // signatures: "홍길동 기자 e-mail", "홍길동 기자 | e-mail | date", "매체=홍길동 기자(e-mail)", "글=홍길동 편집위원"
    static const QRegularExpression signatureRe(
        QStringLiteral(
            "^\\s*(?:[^=\\s]{1,12}\\s*=\\s*)?(%1)\\s*(%2)?\\s*(?:[|(<]?\\s*(%3)\\s*[)>]?)?(?:\\s*\\|.*)?\\s*$")
            .arg(kName, kRoles, kEmail));
    static const QRegularExpression emailFirstRe(
        QStringLiteral("^\\s*(%3)\\s+(%1)\\s*(%2)?\\s*$").arg(kName, kRoles, kEmail));
    static const QRegularExpression arrowRe(QStringLiteral("^\\s*▷\\s*(.*)$"));
    static const QRegularExpression emailRe(kEmail);

    // tokens → lines
    std::vector<HtmlToken> tokens;
    std::vector<qsizetype> starts; // where each token's markup begins in `html` (and, last, the end)
    {
        HtmlTokenizer tokenizer(html);
        HtmlToken t;
        starts.push_back(0);
        while (tokenizer.next(t)) {
            tokens.push_back(std::move(t));
            starts.push_back(tokenizer.position());
        }
    }
    QList<Line> lines;
    Line current;
    int figureImage = -1; // inside <figure>: its image
    int figureDepth = 0;
    bool inCaption = false;
    int lastImage = -1; // the image just before (outside figures): the next line may be its caption
    auto flush = [&](qsizetype end) {
        if (!current.text.trimmed().isEmpty()) {
            current.endToken = end;
            current.caption = inCaption;
            current.image = inCaption ? figureImage : (figureDepth == 0 ? lastImage : -1);
            lines.append(current);
            if (figureDepth == 0) {
                lastImage = -1; // only the line right after an image captions it
            }
        }
        current = Line();
        current.firstToken = end + 1;
    };
    for (qsizetype i = 0; i < qsizetype(tokens.size()); ++i) {
        const HtmlToken& t = tokens[size_t(i)];
        if (t.type == HtmlToken::Type::Text) {
            if (current.text.isEmpty()) {
                current.firstToken = i;
            }
            current.text += t.text;
            continue;
        }
        if (t.type == HtmlToken::Type::Comment || !isBoundary(t.name)) {
            continue; // inline markup belongs to the line
        }
        flush(i);
        current.firstToken = i + 1;
        if (t.name == QLatin1String("img") && t.type == HtmlToken::Type::StartTag) {
            QString src;
            for (const HtmlAttribute& a : t.attributes) {
                src = a.name == QLatin1String("src") ? a.value : src;
            }
            x.images.append(ImageCredit{src, {}, {}});
            if (figureDepth > 0) {
                figureImage = int(x.images.size()) - 1;
            } else {
                lastImage = int(x.images.size()) - 1;
            }
        } else if (t.name == QLatin1String("figure")) {
            figureDepth = std::max(0, figureDepth + (t.type == HtmlToken::Type::StartTag ? 1 : -1));
            if (figureDepth == 0) {
                figureImage = -1;
            }
        } else if (t.name == QLatin1String("figcaption") || t.name == QLatin1String("caption")) {
            inCaption = t.type == HtmlToken::Type::StartTag;
        }
    }
    flush(qsizetype(tokens.size()));
    for (Line& l : lines) {
        simplify(l.text);
    }

    // leads: the first few lines carry datelines and outlet-bracket bylines
    for (qsizetype i = 0; i < lines.size() && i < 3 && c.reporters.isEmpty() && c.dateline.city.isEmpty(); ++i) {
        const QString& text = lines[i].text;
        if (lines[i].caption) {
            continue;
        }
        if (!text.contains(u'=') && !text.contains(u'[')) {
            continue; // every lead below has one of them
        }
        if (const auto w = wire.match(text); w.hasMatch()) {
            // "(서울=자료)" is prose; a wire names an agency or outlet
            const QString agency = w.captured(2).simplified();
            static const QRegularExpression outletName(QStringLiteral(
                "(연합뉴스|뉴시스|뉴스1|뉴스핌|통신|일보|신문|뉴스|TV|경제|미디어|저널|방송|[A-Za-z]{2,})"));
            if (outletName.match(agency).hasMatch()) {
                c.dateline.city = w.captured(1).simplified();
                c.dateline.agency = agency;
                namesWithRoles(w.captured(3), c.reporters);
            }
        } else if (const auto f = fullWidth.match(text); f.hasMatch()) {
            c.dateline.city = f.captured(1).simplified();
            const QString inside = f.captured(2);
            QList<Reporter> named;
            namesWithRoles(inside, named);
            if (named.isEmpty()) {
                // 【서울=뉴스핌】김철수 기자 = : the agency inside, the reporter after
                c.dateline.agency = inside.simplified();
                static const QRegularExpression after(QStringLiteral("^\\s*【[^】]*】\\s*([^=]{0,60}?)\\s*="));
                if (const auto a = after.match(text); a.hasMatch()) {
                    namesWithRoles(a.captured(1), c.reporters);
                }
            } else {
                for (const Reporter& r : named) {
                    addReporter(c.reporters, r);
                }
            }
        } else if (const auto o = outletLead.match(text); o.hasMatch()) {
            addReporter(c.reporters, Reporter{o.captured(1), o.captured(2), {}});
        }
    }

    // every line: photo credits, copyright, promo tails, ▷ signatures
    for (Line& l : lines) {
        const QString credit = photoCreditIn(l.text);
        if (!credit.isEmpty()) {
            if (l.image >= 0 && x.images[l.image].credit.isEmpty()) {
                x.images[l.image].credit = credit;
                x.images[l.image].caption = l.text;
                c.addPhoto(PhotoCredit{credit, l.text, x.images[l.image].src.trimmed()});
            } else {
                c.addPhoto(PhotoCredit{credit, l.caption ? l.text : QString(), {}});
            }
            if (isOnlyCredit(l.text) && !l.caption) {
                l.drop = true; // it is metadata now
            }
            continue;
        }
        if (l.image >= 0 && x.images[l.image].caption.isEmpty() && l.caption) {
            x.images[l.image].caption = l.text;
        }
        static const QRegularExpression noReprint(QStringLiteral("무단\\s*(전재|복제).{0,30}금지"));
        static const WordSet copyrightWords = {u"ⓒ", u"©", u"(c)", u"(C)", u"저작권자", u"Copyright", u"무단"};
        static const WordSet promoWords = {u"구독", u"바로가기", u"제보", u"관련", u"▶", u"☞"};
        if (l.text.size() < 200 && copyrightWords.foundIn(l.text)
            && (copyrightRe.match(l.text).hasMatch() || (l.text.size() < 100 && noReprint.match(l.text).hasMatch()))) {
            c.copyright = l.text;
            c.copyright.remove(QRegularExpression(QStringLiteral("^[<\\[]|[>\\]]$")));
            l.drop = true;
            continue;
        }
        if (l.text.size() < 120 && promoWords.foundIn(l.text) && promoRe.match(l.text).hasMatch()) {
            l.drop = true;
            continue;
        }
        if (l.text.size() >= 80 || !l.text.contains(u'▷')) {
            continue;
        }
        if (const auto a = arrowRe.match(l.text); a.hasMatch()) {
            const QString rest = a.captured(1);
            QList<Reporter> named;
            QString email;
            if (const auto e = emailRe.match(rest); e.hasMatch()) {
                email = e.captured(0);
            }
            namesWithRoles(rest, named, email);
            if (named.isEmpty()) {
                static const QRegularExpression bare(
                    QStringLiteral("^\\s*(?:[가-힣]{2,10}\\s+)?([가-힣]{2,4})\\s*(?:\\(|$)"));
                if (const auto b = bare.match(rest); b.hasMatch() && looksLikeKoreanName(b.captured(1))) {
                    named.append(Reporter{b.captured(1), {}, email});
                }
            }
            for (const Reporter& r : named) {
                addReporter(c.reporters, r);
            }
            l.drop = !named.isEmpty();
        }
    }

    // trailing signatures: the last lines before the copyright and promo tails, in order of appearance
    QList<qsizetype> signatureLines;
    for (qsizetype i = lines.size() - 1, seen = 0; i >= 0 && seen < 4; --i) {
        Line& l = lines[i];
        if (l.caption || (l.drop && !l.text.startsWith(u'▷'))) {
            continue;
        }
        if (l.drop) { // a ▷ line: already read
            ++seen;
            continue;
        }
        ++seen;
        if (l.text.size() > 90) {
            break;
        }
        QString name;
        QString role;
        QString email;
        static const QRegularExpression outletWord(
            QStringLiteral("^\\s*[가-힣A-Za-z]{2,12}(?:일보|신문|뉴스|저널|방송|경제|타임즈|미디어|TV|통신)\\s+(?=[가-"
                           "힣]{2,4}\\s*(?:%1))")
                .arg(kRoles));
        l.text.remove(outletWord);
        if (const auto s = emailFirstRe.match(l.text); s.hasMatch()) {
            email = s.captured(1);
            name = s.captured(2);
            role = s.captured(3);
        } else if (const auto s2 = signatureRe.match(l.text); s2.hasMatch()) {
            name = s2.captured(1);
            role = s2.captured(2);
            email = s2.captured(3);
            // a name alone must look like one (not "끝" or "이상입니다")
            if (role.isEmpty() && email.isEmpty() && !looksLikeKoreanName(name)) {
                name.clear();
            }
            if (role.isEmpty() && email.isEmpty() && i != lines.size() - 1) {
                bool onlyTailsAfter = true;
                for (qsizetype k = i + 1; k < lines.size(); ++k) {
                    onlyTailsAfter = onlyTailsAfter && (lines[k].drop || lines[k].caption);
                }
                name = onlyTailsAfter ? name : QString();
            }
        }
        if (name.isEmpty()) {
            break; // the body's prose: no signature further up
        }
        signatureLines.prepend(i);
        l.drop = true;
    }
    QList<Reporter> signed_;
    for (qsizetype i : signatureLines) {
        const Line& l = lines[i];
        Reporter r;
        if (const auto s = emailFirstRe.match(l.text); s.hasMatch()) {
            r = Reporter{s.captured(2), s.captured(3), s.captured(1)};
        } else if (const auto s2 = signatureRe.match(l.text); s2.hasMatch()) {
            r = Reporter{s2.captured(1), s2.captured(2), s2.captured(3)};
        }
        addReporter(signed_, r);
    }
    for (const Reporter& r : signed_) {
        addReporter(c.reporters, r);
    }
    // an e-mail on its own line right after a byline belongs to it
    if (!c.reporters.isEmpty() && c.reporters.front().email.isEmpty() && !lines.isEmpty()) {
        static const QRegularExpression onlyEmail(QStringLiteral("^\\s*(%1)\\s*$").arg(kEmail));
        for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; --i) {
            if (const auto m = onlyEmail.match(lines[i].text); m.hasMatch() && c.reporters.size() == 1) {
                c.reporters.front().email = m.captured(1);
                lines[i].drop = true;
                break;
            }
        }
    }
    if (c.reporters.isEmpty() && !feedAuthors.isEmpty()) {
        c.reporters = reportersFromAuthorField(feedAuthors);
    }

    // the cleaned body: the tokens again, without the lines that became metadata
    QList<bool> dropToken(qsizetype(tokens.size()), false);
    for (const Line& l : lines) {
        if (l.drop) {
            for (qsizetype k = l.firstToken; k < l.endToken && k < dropToken.size(); ++k) {
                dropToken[k] = true;
            }
        }
    }
    if (!dropToken.contains(true)) {
        x.cleanedHtml = html;
        return x;
    }
    // the kept tokens' own markup, run by run
    QString cleaned;
    cleaned.reserve(html.size());
    for (qsizetype k = 0; k < qsizetype(tokens.size());) {
        if (dropToken[k]) {
            ++k;
            continue;
        }
        qsizetype end = k + 1;
        while (end < qsizetype(tokens.size()) && !dropToken[end]) {
            ++end;
        }
        cleaned += QStringView(html).sliced(starts[size_t(k)], starts[size_t(end)] - starts[size_t(k)]);
        k = end;
    }
    // blocks the removal left empty
    static const QRegularExpression empty(
        QStringLiteral("<(p|div|li|span|strong|b|em)(?: [^>]*)?>\\s*(?:<br ?/?>\\s*)*</\\1>"));
    for (int pass = 0; pass < 3 && cleaned.contains(empty); ++pass) {
        cleaned.remove(empty);
    }
    x.cleanedHtml = cleaned;
    return x;
}

} // namespace news
