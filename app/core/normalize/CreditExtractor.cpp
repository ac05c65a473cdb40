#include "normalize/CreditExtractor.h"

#include "sanitize/HtmlSanitizer.h"
#include "sanitize/HtmlTokenizer.h"
#include "text/NameSet.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bitset>
#include <vector>

namespace news
{
namespace
{

// roles, longest first so that "선임기자" is not read as "기자"
const QString kRoles = QStringLiteral(
    "[가-힣]{1,4}전문기자|선임기자|수습기자|인턴기자|객원기자|전문기자|취재기자|사진기자|영상기자|대기자|기자|"
    "특파원|통신원|논설위원|논설실장|편집위원|해설위원|에디터|리포터|PD");
// people an article credits who are not its reporters: columnists, scholars, readers, shareholders (한겨레
// 주주통신원), guest editors
const QString kContributorRoles = QStringLiteral(
    "칼럼니스트|객원편집위원|명예교수|석좌교수|객원교수|교수|소설가|시인|작가|평론가|변호사|회계사|의사|연구위원|"
    "연구원|주주|독자|기고가|필진|칼럼|객원논설위원|전문위원");
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
    // outlets named for their beat ("한빛경제", "머니투데이"): two syllables at least before the word, so that a
    // person called 김경제 stays a person
    static const QRegularExpression outlet(QStringLiteral("^.{2,}(?:경제|타임즈|타임스|투데이|비즈|매거진)$"));
    return name.isEmpty() || desk.match(name).hasMatch() || outlet.match(name).hasMatch();
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
    int nearImage = -1; // an image one or two lines before (a credit paragraph may follow its caption)
    bool drop = false;
    bool furniture = false; // dropped as page furniture (tip lines, tags, disclaimers, promo, copyright)
};

// A few words to look for before running a regular expression that needs one of them: one pass over the
// text, one table look-up per character (most lines of a body hold none of them).
class WordSet
{
public:
    WordSet(std::initializer_list<QStringView> words)
        : m_words(words)
    {
        Q_ASSERT(m_words.size() <= 64);
        for (size_t w = 0; w < m_words.size(); ++w) {
            m_first.set(m_words[w].front().unicode());
            m_buckets[m_words[w].front().unicode() % m_buckets.size()].push_back(quint8(w));
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
            for (quint8 w : m_buckets[p[i] % m_buckets.size()]) {
                if (m_words[w].front() == p[i] && text.sliced(i).startsWith(m_words[w])) {
                    return true;
                }
            }
        }
        return false;
    }

    /// Which of the words (bit i: the i-th) occur in `text`, in one pass.
    quint64 presentIn(QStringView text) const
    {
        quint64 found = 0;
        const qsizetype n = text.size();
        const char16_t* p = text.utf16();
        for (qsizetype i = 0; i < n; ++i) {
            if (!m_first.test(p[i])) {
                continue;
            }
            for (quint8 w : m_buckets[p[i] % m_buckets.size()]) {
                if (m_words[w].front() == p[i] && text.sliced(i).startsWith(m_words[w])) {
                    found |= quint64(1) << w;
                }
            }
        }
        return found;
    }

private:
    std::vector<QStringView> m_words;
    std::bitset<65536> m_first;
    // the words by their first character, hashed: a Korean text's common syllables (이, 일, 사, 신 …) start
    // words here, and trying every word at each of them was half of photoCreditIn's time (#12, callgrind)
    std::array<std::vector<quint8>, 32> m_buckets;
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
    static const NameSet blocks = {
        "p",       "div",    "br",     "li", "ul",         "ol",    "figure", "figcaption", "h1",      "h2",
        "h3",      "h4",     "h5",     "h6", "blockquote", "table", "tr",     "td",         "th",      "section",
        "article", "header", "footer", "dl", "dt",         "dd",    "hr",     "img",        "caption", "pre",
    };
    return blocks.contains(tag);
}

} // namespace

QString withoutDateline(const QString& text)
{
    // "(서울=연합뉴스) 홍길동 기자 = ", "[서울=뉴시스]홍길동 기자 = ", "(상하이=소식) = ": a bracket naming a place and
    // an outlet, then the reporter, then "="; a bracket without "=" ("[속보]") is no dateline
    static const QRegularExpression dateline(
        QStringLiteral("^\\s*[\\[(][^\\[\\]()=]{1,15}=[^\\[\\]()=]{1,20}[\\])]\\s*(?:[^=\\s]{1,12}\\s*){0,3}=\\s*"));
    if (!text.contains(u'=')) {
        return text;
    }
    const QRegularExpressionMatch m = dateline.match(text);
    if (!m.hasMatch()) {
        return text;
    }
    const QString rest = text.mid(m.capturedEnd()).trimmed();
    return rest.isEmpty() ? text : rest;
}

QString runningText(const QString& html)
{
    QString text = HtmlSanitizer::toReadingText(html);
    if (!text.contains(QStringLiteral("사진")) && !text.contains(QStringLiteral("제공"))
        && !text.contains(QStringLiteral("출처"))) {
        return text;
    }
    static const QRegularExpression bracketed(
        QStringLiteral("[\\[(（【〔]([^\\[\\]()（）【】〔〕]{1,60})[\\])）】〕]"));
    QString out;
    qsizetype from = 0;
    for (auto it = bracketed.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString inside = m.captured(1);
        const bool credit = (inside.contains(QStringLiteral("사진")) || inside.contains(QStringLiteral("제공"))
                             || inside.contains(QStringLiteral("출처")))
            && !photoCreditIn(m.captured(0)).isEmpty();
        if (credit) {
            out += QStringView(text).mid(from, m.capturedStart() - from);
            from = m.capturedEnd();
        }
    }
    if (from == 0) {
        return text;
    }
    out += QStringView(text).mid(from);
    return HtmlSanitizer::collapseWhitespace(out);
}

QString photoCreditIn(const QString& text)
{
    // "사진", "화면" (TV footage) and their compounds: 사진출처, 사진 제공, 화면캡처, 자료사진
    // (갈무리: a screen capture, "화면 갈무리=HBN")
    static const QString kind
        = QStringLiteral("(?:자료\\s*)?(?:사진|화면|영상|이미지)\\s*(?:출처|제공|캡처|캡쳐|갈무리)?");
    static const QString compound
        = QStringLiteral("(?:자료\\s*)?(?:사진|화면|이미지)\\s*(?:출처|제공|캡처|캡쳐|갈무리)");
    static const QString agencies
        = QStringLiteral("AP|AFP|EPA|UPI|AFPBBNews|로이터|신화|교도|타스|게티이미지(?:코리아)?|Getty\\s?Images");
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\[\\s*%1\\s*[=:]\\s*([^\\]]{1,40})\\]").arg(kind)),
        QRegularExpression(QStringLiteral("\\(\\s*%1\\s*[=:]\\s*([^\\)]{1,40})\\)").arg(kind)),
        QRegularExpression(QStringLiteral("<\\s*%1\\s*[:=]\\s*([^>]{1,40})>").arg(kind)),
        QRegularExpression(QStringLiteral("^\\s*%1\\s*[=:|ㅣ]\\s*(.{1,40})$").arg(kind)),
        QRegularExpression(QStringLiteral("[\\s.·/]%1\\s*[=:]\\s*([^\\[\\]()=]{1,30}?)\\s*$").arg(kind)),
        // "백아영 / 화면캡처 MBC", "사진출처 비비 인스타그램": a compound word needs no "="
        QRegularExpression(
            QStringLiteral("(?:^|[\\s/(\\[])%1\\s+([^\\[\\]()=/:]{1,30}?)\\s*[\\])]?\\s*$").arg(compound)),
        QRegularExpression(
            QStringLiteral("\\[\\s*([^\\[\\]]{1,30}?)\\s*제공\\.?\\s*재판매\\s*및\\s*DB\\s*금지\\s*\\]")),
        // a file photo: its agency is the source ("[연합뉴스 자료사진]")
        // "[AFP=연합뉴스 자료사진]": a foreign agency's file photo through a Korean one (both are sources)
        QRegularExpression(QStringLiteral("\\[\\s*([^\\[\\]:]{1,24}?)\\s*자료\\s*사진[^\\]]*\\]")),
        QRegularExpression(
            QStringLiteral("^\\s*\\[\\s*[가-힣A-Za-z ]{1,12}\\s*=\\s*((?:%1)[^\\]]{0,20})\\]").arg(agencies)),
        QRegularExpression(QStringLiteral("\\[\\s*촬영\\s*/\\s*([^\\]]{1,40})\\]")),
        // a screen capture in brackets: "[유튜브 갈무리]", "(HBN 방송화면 캡처)" (the source is what was captured)
        QRegularExpression(QStringLiteral("[\\[(<]\\s*((?!(?:사진|화면|영상|이미지)\\s*(?:갈무리|캡처|캡쳐))[^\\[\\]()<"
                                          ">=]{1,30}?)\\s*(?:갈무리|캡처|캡쳐)\\s*[\\])>]")),
        // "일러스트 | 김상민 기자", "그래픽=홍길동 기자"
        QRegularExpression(
            QStringLiteral("^\\s*(?:일러스트|그래픽|삽화)\\s*[|ㅣ=:/]\\s*(%1\\s*(?:%2)?)\\s*$").arg(kName, kRoles)),
        QRegularExpression(
            QStringLiteral("(?:^|[\\s./])/?((?:%1)\\s*(?:[=/]\\s*)?(?:연합뉴스|뉴스1|뉴시스))\\s*$").arg(agencies)),
        // a bare "/연합뉴스" at a caption's end, with or without a space before it ("와이탄 야경/연합뉴스")
        QRegularExpression(
            QStringLiteral(
                "(?:^|[^\\s/])\\s?/\\s?(연합뉴스|뉴시스|뉴스1|(?:%1)|[가-힣]{2,8}일보|[가-힣]{2,8}신문)\\s*$")
                .arg(agencies)),
        // an outlet's own archive: "한빛일보 DB", "/한빛일보 DB"
        QRegularExpression(QStringLiteral("(?:^|[\\s./])/?\\s?([가-힣]{2,8}(?:일보|신문|뉴스|방송|경제))\\s?DB\\s*$")),
        // "사진 신화통신": the kind word, then an agency, without "="
        QRegularExpression(
            QStringLiteral("(?:^|[\\s.])사진\\s+((?:%1)(?:통신)?|연합뉴스|뉴시스|뉴스1)\\s*$").arg(agencies)),
        // a caption that ends with its agency: "NC 선수들이 경기장을 나서고 있다. 연합뉴스"
        QRegularExpression(QStringLiteral("^.{8,140}[.!?]\\s*(연합뉴스|뉴시스|뉴스1|(?:%1))\\s*$").arg(agencies)),
    };
    // every pattern needs one of these words (영상, last, only with another of them); which ones a line holds decides
    // which patterns can match at all: a body line with "일보" in it ran all of them (#12: photoCreditIn was 6 % of
    // the pipeline's time)
    enum Word : quint64
    {
        Photo = 1u << 0,
        Screen = 1u << 1,
        Provided = 1u << 2,
        Shot = 1u << 3,
        Yonhap = 1u << 4,
        Newsis = 1u << 5,
        News1 = 1u << 6,
        Ilbo = 1u << 7,
        Sinmun = 1u << 8,
        Ap = 1u << 9,
        Afp = 1u << 10,
        Epa = 1u << 11,
        Reuters = 1u << 12,
        Xinhua = 1u << 13,
        Upi = 1u << 14,
        Kyodo = 1u << 15,
        Illustration = 1u << 16,
        Graphic = 1u << 17,
        Drawing = 1u << 18,
        GettyKo = 1u << 19,
        Getty = 1u << 20,
        Tass = 1u << 21,
        Image = 1u << 22,
        Db = 1u << 23,
        Capture1 = 1u << 24,
        Capture2 = 1u << 25,
        Capture3 = 1u << 26,
        Video = 1u << 27,
    };
    static const WordSet words
        = {u"사진",  u"화면", u"제공",   u"촬영", u"연합뉴스", u"뉴시스", u"뉴스1",    u"일보",   u"신문", u"AP",
           u"AFP",   u"EPA",  u"로이터", u"신화", u"UPI",      u"교도",   u"일러스트", u"그래픽", u"삽화", u"게티",
           u"Getty", u"타스", u"이미지", u"DB",   u"갈무리",   u"캡처",   u"캡쳐",     u"영상"};
    const quint64 has = words.presentIn(text);
    if ((has & ~quint64(Video)) == 0) {
        return {};
    }
    // a teaser's cut ("···", "…", "...") is not part of the credit, nor the spaces around it
    QString line = text;
    {
        QStringView rest = QStringView(text).trimmed();
        bool cut = false;
        for (QStringView mark : {QStringView(u"···"), QStringView(u"…"), QStringView(u"...")}) {
            if (rest.endsWith(mark)) {
                rest.chop(mark.size());
                cut = true;
                break;
            }
        }
        if (cut) {
            while (!rest.isEmpty() && rest.back().isSpace()) {
                rest.chop(1);
            }
            line.truncate(rest.end() - QStringView(text).begin());
        }
    }
    const auto any = [has](quint64 mask) { return (has & mask) != 0; };
    const quint64 agency = Ap | Afp | Epa | Upi | Reuters | Xinhua | Kyodo | Tass | GettyKo | Getty;
    const quint64 korean = Yonhap | News1 | Newsis;
    const bool hasKind = any(Photo | Screen | Video | Image);
    const bool possible[] = {
        hasKind,
        hasKind,
        hasKind,
        hasKind,
        hasKind,
        any(Photo | Screen | Image),
        any(Db) && any(Provided),
        any(Photo),
        any(agency),
        any(Shot),
        any(Capture1 | Capture2 | Capture3),
        any(Illustration | Graphic | Drawing),
        any(agency) && any(korean),
        line.contains(u'/') && any(korean | agency | Ilbo | Sinmun),
        any(Db),
        any(Photo),
        any(korean | agency),
    };
    static_assert(std::size(possible) == std::size(patterns), "one guard per pattern");
    for (size_t i = 0; i < std::size(patterns); ++i) {
        if (!possible[i]) {
            continue;
        }
        if (const auto m = patterns[i].match(line); m.hasMatch()) {
            // a photographer's credit names the person ("사진=백승철 기자" → 백승철), not the role or e-mail
            static const QRegularExpression tail(QStringLiteral("\\s*(?:%1)?\\s*(?:%2)?\\s*$").arg(kRoles, kEmail));
            QString credit = m.captured(1).simplified();
            // (each removal only where its ending can be: the expressions scan every position of the credit)
            const auto endsIn
                = [&credit](QStringView characters) { return !credit.isEmpty() && characters.contains(credit.back()); };
            if (endsIn(u"자원장터D ") || (credit.contains(u'@') && credit.back().isLetter())) {
                credit.remove(tail);
            }
            // "독자 제공", "홈페이지 갈무리": the source, without how it was obtained
            static const QRegularExpression obtained(QStringLiteral("\\s+(?:제공|캡처|캡쳐|갈무리)\\.?$"));
            if (endsIn(u"공처쳐리.")) {
                credit.remove(obtained);
            }
            if (!credit.isEmpty()) {
                return credit;
            }
        }
    }
    return {};
}

QStringList photoSourcesOf(const QString& credit)
{
    // a foreign agency's photo distributed by a Korean one: both are sources ("AP연합뉴스", "로이터=연합뉴스")
    static const QRegularExpression joined(
        QStringLiteral("^(AP|AFP|EPA|UPI|AFPBBNews|로이터|신화|교도|타스|게티이미지(?:코리아)?)\\s*[=/]?\\s*"
                       "(연합뉴스|뉴스1|뉴시스|[가-힣]{2,8}(?:통신|뉴스|일보|신문))$"));
    if (const auto m = joined.match(credit); m.hasMatch()) {
        return {m.captured(1), m.captured(2)};
    }
    return credit.isEmpty() ? QStringList() : QStringList{credit};
}

namespace
{

// A caption that ends with a screen capture's credit: "교민들이 모인 행사장. 온라인 커뮤니티 갈무리", "와이탄 야경 /
// 웨이보 갈무리", "유튜브 갈무리" alone. The source is a short name (three words at most) after the caption's last
// sentence or a bar; a word with an object or topic particle before 갈무리 is prose ("논의를 갈무리").
QString captureCreditIn(const QString& text)
{
    static const WordSet words = {u"갈무리", u"캡처", u"캡쳐"};
    if (!words.foundIn(text)) {
        return {};
    }
    static const QRegularExpression capture(
        QStringLiteral("(?:^[▲△\\s]*|[.!?]\\s+|\\s[/=|ㅣ]\\s*)((?:[^\\s./=|ㅣ]+\\s){0,2}[^\\s./=|ㅣ]+?)\\s*"
                       "(?:갈무리|캡처|캡쳐)\\.?\\s*$"));
    static const QRegularExpression notSource(
        QStringLiteral("(?:[를을는은에히게]|^(?:사진|화면|영상|이미지|방송\\s?화면))$"));
    const auto m = capture.match(text);
    if (!m.hasMatch() || notSource.match(m.captured(1)).hasMatch()) {
        return {};
    }
    return m.captured(1);
}

// The whole line is only a credit ("(사진=연합뉴스)", "사진 = 서울시", "[연합뉴스 자료사진]"): it can go.
bool isOnlyCredit(const QString& text)
{
    static const QRegularExpression only(QStringLiteral(
        "^\\s*(?:\\[\\s*(?:자료\\s*)?(?:사진|화면)[^\\[\\]]{0,45}\\]|\\(\\s*(?:자료\\s*)?(?:사진|화면)[^()]{0,45}\\)|"
        "<\\s*(?:자료\\s*)?(?:사진|화면)[^<>]{0,45}>|(?:사진|화면)\\s*(?:출처|제공|캡처|갈무리)?\\s*[=:].{1,40}|"
        "[\\[(<]\\s*[^\\[\\]()<>=]{1,30}?\\s*(?:갈무리|캡처|캡쳐)\\s*[\\])>]|"
        "\\[[^\\[\\]]{1,40}(?:제공|자료\\s*사진)[^\\[\\]]{0,30}\\]|\\[\\s*촬영\\s*/[^\\]]{1,40}\\]|"
        "(?:일러스트|그래픽|삽화)\\s*[|ㅣ=:/]\\s*[가-힣]{2,4}\\s*(?:기자)?\\s*(?:···|…)?)\\s*$"));
    return only.match(text).hasMatch();
}

} // namespace

namespace
{

bool isRole(const QString& word)
{
    static const QRegularExpression role(QStringLiteral("^(?:%1)$").arg(kRoles));
    return role.match(word).hasMatch();
}

bool isRomanName(const QString& text)
{
    static const QRegularExpression roman(QStringLiteral("^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)+$"));
    return roman.match(text).hasMatch();
}

// The person in "헬스경향 유대형", "사진 백승목", "이기환 논설위원": the last word that is a name, not a role.
QString nameIn(const QString& text)
{
    if (isRomanName(text)) {
        return text;
    }
    static const QRegularExpression hangulName(QStringLiteral("^[가-힣]{2,4}$"));
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        if (hangulName.match(words[i]).hasMatch() && !isRole(words[i]) && !isDesk(words[i])) {
            return words[i];
        }
    }
    return {};
}

// Places written before a name in Korean bylines: "베이징|박은경 특파원", "서귀포 ㅣ 김경호" (the Hangul letter ㅣ
// as a bar), "워싱턴 | 박영환·베이징 | 박은경 특파원". What is before each bar is a place, never a name.
QString withoutPlaces(const QString& text)
{
    static const QRegularExpression bar(QStringLiteral("\\s*[|ㅣ]\\s*"));
    static const QRegularExpression roleOrEmail(QStringLiteral("(%1)|@").arg(kRoles));
    QStringList segments = text.split(bar);
    if (segments.size() < 2 || roleOrEmail.match(segments.front()).hasMatch()) {
        return text; // "홍길동 기자 | hong@…": a field separator, not a place
    }
    QStringList names;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        QString segment = segments[i];
        if (i + 1 < segments.size()) {
            // "박영환·베이징": this person, then the next one's place
            const qsizetype cut = std::max(segment.lastIndexOf(u'·'), segment.lastIndexOf(u','));
            segment = cut > 0 ? segment.left(cut) : segment;
        }
        names.append(segment.trimmed());
    }
    return names.join(u'·');
}

// "By 안병준", "글·사진 백승목 기자", "글=오지현 편집위원": the credit words before a byline
QString withoutCreditPrefixes(QString text)
{
    static const QRegularExpression by(QStringLiteral("(^|[,·/;]\\s*)[Bb][Yy]\\s+"));
    static const QRegularExpression kinds(
        QStringLiteral("^\\s*(?:글|사진|영상|그래픽)(?:\\s*[·/]\\s*(?:글|사진|영상|그래픽))+\\s*"));
    static const QRegularExpression kind(QStringLiteral("^\\s*(?:글|사진|그래픽|일러스트|영상)\\s*[=:]\\s*"));
    text.replace(by, QStringLiteral("\\1"));
    text.remove(kinds);
    text.remove(kind);
    return text;
}

void readAuthorField(const QString& authors, QList<Reporter>& reporters, QList<Reporter>* contributors)
{
    static const QRegularExpression url(QStringLiteral("https?://\\S*"));
    static const QRegularExpression split(QStringLiteral("\\s*[,·/;]\\s*"));
    static const QRegularExpression emailRe(kEmail);
    static const QRegularExpression roleRe(QStringLiteral("^(.+?)\\s*(%1)$").arg(kRoles));
    static const QRegularExpression contributorRe(
        QStringLiteral("^([가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)+)\\s.*?(%1)$").arg(kContributorRoles));
    QString text = authors;
    text.remove(url);
    text = text.simplified();
    // "[이데일리 김영환 기자]", "(홍길동 기자)": the whole byline in brackets
    if (text.size() > 2
        && ((text.startsWith(u'[') && text.endsWith(u']')) || (text.startsWith(u'(') && text.endsWith(u')')))
        && text.count(u'[') + text.count(u'(') == 1) {
        text = text.mid(1, text.size() - 2).trimmed();
    }
    // "정리=김철수 기자", "한빛일보=최유진 기자", "상하이=이정훈 특파원": what is before "=" is a desk, an outlet, a
    // place or a kind of credit, never the name
    static const QRegularExpression assignedTo(QStringLiteral("^[가-힣A-Za-z0-9]{1,12}\\s*=\\s*(?=\\S)"));
    text.remove(assignedTo);
    // "김도윤 기자 dykim@… 이서연 기자 sylee@…": an e-mail ends one byline
    static const QRegularExpression emailThenMore(QStringLiteral("(%1)\\s+(?=[가-힣A-Z])").arg(kEmail));
    text.replace(emailThenMore, QStringLiteral("\\1, "));
    text = withoutPlaces(withoutCreditPrefixes(text));
    // what a byline may say before the names ("정리 / 김민수 기자", "대담 · 홍길동 논설위원"): words that would
    // pass for names (정리 starts like the surname 정) but are kinds of work
    static const QSet<QString> creditWords = {
        QStringLiteral("정리"),
        QStringLiteral("취재"),
        QStringLiteral("편집"),
        QStringLiteral("구성"),
        QStringLiteral("번역"),
        QStringLiteral("진행"),
        QStringLiteral("대담"),
        QStringLiteral("사회"),
        QStringLiteral("인터뷰"),
        QStringLiteral("기획"),
        QStringLiteral("감수"),
        QStringLiteral("채록"),
    };
    // "기자 최유진", "특파원 윤바다": the role before the name; what follows a role may also be a column's title
    // ("기자 한마디", "기자 노트"), never a name
    static const QRegularExpression roleFirstRe(QStringLiteral("^(%1)\\s+(\\S.*)$").arg(kRoles));
    static const QSet<QString> columnWords = {
        QStringLiteral("한마디"),
        QStringLiteral("현장"),
        QStringLiteral("노트"),
        QStringLiteral("방담"),
        QStringLiteral("정담"),
        QStringLiteral("수첩"),
        QStringLiteral("단상"),
        QStringLiteral("소감"),
        QStringLiteral("후기"),
        QStringLiteral("일지"),
        QStringLiteral("시선"),
        QStringLiteral("공감"),
        QStringLiteral("명단"),
        QStringLiteral("모음"),
        QStringLiteral("문답"),
        QStringLiteral("좌담"),
    };
    QList<Reporter> found;
    qsizetype unassigned = 0; // names before a shared role ("허진무·곽희양 기자")
    QString leadingRole; // a role written before the names ("기자 김나래·박다솜")
    for (QString part : text.split(split, Qt::SkipEmptyParts)) {
        part = withoutCreditPrefixes(part.simplified());
        QString email;
        if (const auto m = emailRe.match(part); m.hasMatch()) {
            email = m.captured(0);
            part.remove(m.capturedStart(0), m.capturedLength(0));
            part.remove(QRegularExpression(QStringLiteral("[()<>]")));
            part = part.simplified();
        }
        const auto f = roleFirstRe.match(part);
        const QString first = f.hasMatch() ? f.captured(2).simplified() : QString();
        if (f.hasMatch() && (looksLikeKoreanName(first) || isRomanName(first)) && !creditWords.contains(first)
            && !columnWords.contains(first)) {
            found.append(Reporter{first, f.captured(1), email});
            leadingRole = f.captured(1);
            unassigned = 0;
        } else if (const auto m = roleRe.match(part); m.hasMatch()) {
            leadingRole.clear();
            const QString name = nameIn(m.captured(1).simplified());
            if (name.isEmpty()) {
                continue;
            }
            for (qsizetype k = found.size() - unassigned; k < found.size(); ++k) {
                found[k].role = m.captured(2);
                found[k].email = found[k].email.isEmpty() ? email : found[k].email;
            }
            unassigned = 0;
            found.append(Reporter{name, m.captured(2), email});
        } else if (const auto c = contributorRe.match(part); c.hasMatch()) {
            if (contributors) {
                contributors->append(Reporter{c.captured(1), c.captured(2), email});
            }
            unassigned = 0;
            leadingRole.clear();
        } else if ((looksLikeKoreanName(part) || isRomanName(part)) && !creditWords.contains(part)) {
            found.append(Reporter{part, leadingRole, email});
            unassigned += leadingRole.isEmpty() ? 1 : 0;
        } else if (part.isEmpty() && !email.isEmpty() && !found.isEmpty() && found.back().email.isEmpty()) {
            found.back().email = email; // "홍길동 기자 / hong@…"
        } else {
            unassigned = 0; // a desk, an outlet or a place: nobody
            leadingRole.clear();
        }
    }
    for (const Reporter& r : found) {
        addReporter(reporters, r);
    }
}

// A byline on a line that also holds something else (a copyright notice): only text that names a role or
// carries an e-mail, read with the author fields' grammar
QList<Reporter> bylineIn(const QString& text)
{
    static const QRegularExpression hint(QStringLiteral("(?:%1)(?![가-힣])|%2|^\\s*[Bb][Yy]\\s").arg(kRoles, kEmail));
    QList<Reporter> named;
    if (text.size() < 100 && hint.match(text).hasMatch()) {
        readAuthorField(text.simplified(), named, nullptr);
    }
    return named;
}

struct AuthorField
{
    QList<Reporter> reporters;
    QList<Reporter> contributors;
};

const AuthorField& authorField(const QString& authors)
{
    // a feed names the same few people item after item: remember the last answers (per thread)
    thread_local QHash<QString, AuthorField> memo;
    if (const auto known = memo.constFind(authors); known != memo.cend()) {
        return known.value();
    }
    if (memo.size() > 256) {
        memo.clear();
    }
    AuthorField field;
    readAuthorField(authors, field.reporters, &field.contributors);
    return memo.insert(authors, field).value();
}

// A broadcaster's credit block, "( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 / 제작 : D뉴스플랫폼부 )"
// or "취재 : 박재현, 구성 : 김도균": who reported (a reporter), who edited or shot the video (staff who are not
// the story's reporters), and whose footage it is (a photo credit). Only a line made of such items counts.
bool readCreditBlock(const QString& text, Credits& c)
{
    if (text.size() > 160 || (!text.contains(u':') && !text.contains(u'：'))) {
        return false;
    }
    static const QRegularExpression item(QStringLiteral(
        "([가-힣A-Za-z]{1,8}(?:\\s[가-힣]{2})?)\\s*[:：]\\s*([^/:：,()\\[\\]]+?)\\s*(?=[/,()\\[\\]]|$)"));
    static const QRegularExpression rest(QStringLiteral("^[\\s/,()\\[\\]]*$"));
    static const QRegularExpression reporterKey(QStringLiteral("^(?:취재|취재기자|기자|글|리포터|리포트)$"));
    static const QRegularExpression footageKey(QStringLiteral(
        "^(?:화면|사진|영상|자료|화면\\s?제공|사진\\s?제공|영상\\s?제공|자료\\s?제공|화면\\s?출처|사진\\s?출처|"
        "영상\\s?출처|자료\\s?출처|제공|출처)$"));
    static const QRegularExpression staffKey(
        QStringLiteral("^(?:영상\\s?편집|영상\\s?취재|영상\\s?촬영|촬영\\s?기자|영상\\s?기자|"
                       "카메라|촬영|편집|구성|"
                       "제작|연출|CG|그래픽|디자인|영상\\s?디자인|기획|PD|작가|"
                       "내레이션|자막|번역|인턴|도움)$"));
    QString left = text;
    QList<std::pair<QString, QString>> items;
    for (auto it = item.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        items.append({m.captured(1).simplified(), m.captured(2).simplified()});
        left.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    if (items.isEmpty() || !rest.match(left).hasMatch()) {
        return false;
    }
    int known = 0;
    for (const auto& [key, value] : items) {
        known
            += reporterKey.match(key).hasMatch() || footageKey.match(key).hasMatch() || staffKey.match(key).hasMatch();
    }
    // one "취재 : 홍길동" in brackets is a block, and so is one staff line under a TV script ("영상편집 : 김도현"),
    // when what it names are people; otherwise two items, all of known kinds
    const bool oneStaffLine = items.size() == 1 && staffKey.match(items.front().first).hasMatch()
        && QRegularExpression(QStringLiteral("^%1(?:\\s*[·,]\\s*%1)*$").arg(kName))
               .match(items.front().second)
               .hasMatch();
    if (known != items.size() || (items.size() < 2 && !text.trimmed().startsWith(u'(') && !oneStaffLine)) {
        return false;
    }
    static const QRegularExpression names(QStringLiteral("\\s*[·,]\\s*|\\s+"));
    for (const auto& [key, value] : items) {
        if (footageKey.match(key).hasMatch()) {
            c.addPhoto(PhotoCredit{value, {}, {}});
            continue;
        }
        const bool reporter = reporterKey.match(key).hasMatch();
        for (const QString& name : value.split(names, Qt::SkipEmptyParts)) {
            if (isDesk(name) || !QRegularExpression(QStringLiteral("^%1$").arg(kName)).match(name).hasMatch()) {
                continue; // "D뉴스플랫폼부": a desk
            }
            addReporter(reporter ? c.reporters : c.contributors,
                        Reporter{name, reporter ? QStringLiteral("기자") : key, {}});
        }
    }
    return true;
}

} // namespace

bool mentionsCopyright(const QString& text)
{
    static const WordSet words
        = {u"ⓒ", u"Ⓒ", u"©", u"(c)", u"(C)", u"저작권", u"Copyright", u"copyright", u"COPYRIGHT", u"무단"};
    return words.foundIn(text);
}

QString copyrightNoticeIn(const QString& text)
{
    const QString line = text.simplified();
    if (line.size() >= 200 || !mentionsCopyright(line)) {
        return {};
    }
    return extractCredits(QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped())).credits.copyright;
}

QString authorFieldOf(const QStringList& authors, const QString& email)
{
    QString field = authors.join(QLatin1String(", "));
    if (!email.isEmpty() && !field.contains(email)) {
        field += (field.isEmpty() ? QString() : QStringLiteral(" ")) + email;
    }
    return field;
}

QList<Reporter> reportersFromAuthorField(const QString& authors)
{
    return authorField(authors).reporters;
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
        QStringLiteral("^\\s*\\[\\s*([^\\]=/]{1,20}?)\\s*(?:\\s([가-힣]{1,8})\\s*=\\s*|[ =/]\\s*)(%1)\\s*(%2)\\s*\\]")
            .arg(kName, kRoles));
    static const QRegularExpression placeLead(
        QStringLiteral("^\\s*\\[\\s*([^\\]=,]{1,20}?)\\s*=\\s*([가-힣]{1,8})\\s*,\\s*(%1)\\s*(%2)\\s*\\]")
            .arg(kName, kRoles));
    // ⓒ, Ⓒ, ©, (c), "Copyright", "Copyrights", "COPYRIGHT", 저작권자, and the clauses after them (also
    // "AI학습 이용 금지"); "… 저작권은 SBS 라디오에 있습니다" (an interview transcript's notice)
    static const QRegularExpression copyrightRe(
        QStringLiteral(
            "(?:ⓒ|Ⓒ|©|\\([cC]\\)|저작권자|copyrights?).{0,100}(?:무단\\s*전재|재배포|금지|rights\\s+reserved\\.?)|"
            "저작권은\\s.{1,30}에\\s?있습니다\\.?"),
        QRegularExpression::CaseInsensitiveOption);
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
    int recentImage = -1; // … and the one before that line
    int linesSinceImage = 0;
    QStringList alts; // each image's alt text
    auto flush = [&](qsizetype end) {
        if (!current.text.trimmed().isEmpty()) {
            current.endToken = end;
            current.caption = inCaption;
            current.image = inCaption ? figureImage : (figureDepth == 0 ? lastImage : -1);
            current.nearImage = current.image >= 0 ? current.image : (linesSinceImage < 2 ? recentImage : -1);
            lines.append(current);
            ++linesSinceImage;
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
            QString alt;
            for (const HtmlAttribute& a : t.attributes) {
                src = a.name == QLatin1String("src") ? a.value : src;
                alt = a.name == QLatin1String("alt") ? a.value : alt;
            }
            x.images.append(ImageCredit{src, {}, {}});
            alts.append(alt);
            recentImage = int(x.images.size()) - 1;
            linesSinceImage = 0;
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
    // (a portal may put a summary of two or three lines above the byline: "[이데일리 조민정 기자] …" fourth)
    for (qsizetype i = 0; i < lines.size() && i < 6 && c.reporters.isEmpty() && c.dateline.city.isEmpty(); ++i) {
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
        } else if (const auto p = placeLead.match(text); p.hasMatch()) {
            // [OSEN=대전, 지형준 기자]: the outlet, then the place
            c.dateline = Dateline{p.captured(2).simplified(), p.captured(1).simplified()};
            addReporter(c.reporters, Reporter{p.captured(3), p.captured(4), {}});
        } else if (const auto o = outletLead.match(text); o.hasMatch()) {
            addReporter(c.reporters, Reporter{o.captured(3), o.captured(4), {}});
            if (o.captured(2).isEmpty() && text.sliced(o.capturedEnd(1)).trimmed().startsWith(u'=')) {
                c.dateline.agency = o.captured(1).simplified(); // [헤럴드경제=한지숙 기자]
            } else if (!o.captured(2).isEmpty()) {
                c.dateline = Dateline{o.captured(2), o.captured(1).simplified()}; // [매체 베이징=남궁민 특파원]
            }
        }
    }
    // a TV report's lead-in names its reporter: "구민지 기자가 보도합니다."
    for (qsizetype i = 0; i < lines.size() && i < 8 && c.reporters.isEmpty(); ++i) {
        static const QRegularExpression leadIn(QStringLiteral(
            "(?:^|[.?!]\\s)([가-힣]{2,4})\\s?(기자|특파원)(?:가|이)\\s(?:보도합니다|전합니다|취재했습니다)\\.?$"));
        if (const auto m = leadIn.match(lines[i].text); m.hasMatch() && looksLikeKoreanName(m.captured(1))) {
            addReporter(c.reporters, Reporter{m.captured(1), m.captured(2), {}});
        }
    }
    // an image's alt text may carry its credit ("… 모습. [사진 출처 = 이재명 캠프]")
    for (qsizetype k = 0; k < x.images.size(); ++k) {
        const QString credit = photoCreditIn(alts[k].simplified());
        if (!credit.isEmpty()) {
            x.images[k].credit = credit;
            x.images[k].caption = alts[k].simplified();
            for (const QString& source : photoSourcesOf(credit)) {
                c.addPhoto(PhotoCredit{source, x.images[k].caption, x.images[k].src.trimmed()});
            }
        }
    }

    // every line: photo credits, copyright, promo tails, ▷ signatures
    QHash<int, QString> lineAfterImage; // an image's caption when a credit paragraph follows it
    QList<Reporter> glued; // bylines on a copyright notice's line
    for (Line& l : lines) {
        if (readCreditBlock(l.text, c)) {
            l.drop = true; // "( 취재 : 한지연 / 영상편집 : 변지영 / 화면제공 : 부산경찰청 )": all metadata
            continue;
        }
        static const QRegularExpression disclaimer(
            QStringLiteral("^[▲△▶※\\s]*(?:위|이|해당|본|아래)?\\s*(?:사진|이미지|영상)(?:은|는)\\s*(?:이\\s*)?기사\\s*("
                           "?:내용)?(?:과|와)\\s*(?:직접적인\\s*|직접\\s*)?관련(?:이|은)?\\s*없"));
        // "▷ 전화 02-…", "[카카오톡] … 채널 추가", "※ '당신의 제보가 …'": how to send a tip
        static const QRegularExpression tipLine(QStringLiteral(
            "^(?:[▷▶☞■·-]\\s*(?:전화|이메일|메일|카카오톡|카톡|홈페이지|유튜브|문자|팩스|제보)\\s*[:：]?\\s*\\S|"
            "[\\[【]\\s*(?:전화|이메일|메일|카카오톡|카톡|홈페이지|유튜브|문자|팩스|제보|라인|텔레그램)\\s*[\\]】]\\s*"
            "\\S|"
            "※.{0,40}제보)"));
        static const QRegularExpression tags(QStringLiteral("^#[^#\\s]+(?:\\s+#[^#\\s]+(?:\\s[^#\\s]+)?)*$"));
        // a wire story's filing time under its text ("2026/11/28 15:31 송고", "송고시간 2026-11-28 15:31")
        static const QRegularExpression filed(QStringLiteral(
            "^(?:송고\\s?(?:시간|일시)?\\s*[:：]?\\s*)?\\d{4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{1,2}\\.?\\s+\\d{1,2}:\\d{2}"
            "(?::\\d{2})?\\s*(?:송고)?$"));
        // each pattern runs only on a line holding what it needs (#12: the credit lines cost most of normalize)
        static const WordSet pictureWords = {u"사진", u"이미지", u"영상"};
        const auto mayBeTip = [](const QString& text) {
            const QChar first = text.isEmpty() ? QChar() : text.front();
            return QStringView(u"▷▶☞■·-[【").contains(first) || text.contains(u'※');
        };
        if ((l.text.size() < 100
             && ((pictureWords.foundIn(l.text) && disclaimer.match(l.text).hasMatch())
                 || (mayBeTip(l.text) && tipLine.match(l.text).hasMatch())))
            || (l.text.startsWith(u'#') && tags.match(l.text).hasMatch())
            || (l.text.size() < 40 && l.text.contains(QStringLiteral("송고")) && filed.match(l.text).hasMatch())) {
            l.drop = true;
            l.furniture = true; // "▲위 사진은 기사 내용과 직접적인 관련이 없습니다", "▷ 전화 02-…": page furniture
            continue;
        }
        QString credit = photoCreditIn(l.text);
        // the line right after a photo that opens with a photographer's credit, e-mail glued to the text
        // ("김기남 기자 kknphoto@….com법원이 6일")
        static const QRegularExpression photographer(
            QStringLiteral("^\\s*(%1)\\s?(?:사진)?기자\\s*%2").arg(kName, kEmail));
        if (credit.isEmpty() && l.image >= 0 && l.text.contains(u'@')) {
            if (const auto m = photographer.match(l.text); m.hasMatch()) {
                credit = m.captured(1);
            }
        }
        // "ⓒAP Photo" under a photo
        static const QRegularExpression circledC(
            QStringLiteral("^\\s*[ⓒ©]\\s*([A-Za-z가-힣][A-Za-z가-힣 .]{1,28})\\s*$"));
        if (credit.isEmpty() && (l.image >= 0 || l.caption) && (l.text.contains(u'ⓒ') || l.text.contains(u'©'))) {
            if (const auto m = circledC.match(l.text); m.hasMatch()) {
                credit = m.captured(1).trimmed();
                l.drop = !l.caption;
            }
        }
        // at the end of a caption: "▲ 와이탄 야경 ⓒ한빛일보", "공항 모습 / 김민수 기자", "… = 김민수 기자 kms@…"
        // (only under a photo: elsewhere such an ending is a copyright line or a byline)
        static const QRegularExpression trailingC(
            QStringLiteral("\\s[ⓒ©]\\s?([A-Za-z가-힣][A-Za-z가-힣0-9 .]{1,20}?)\\s*$"));
        static const QRegularExpression trailingPhotographer(
            QStringLiteral("\\s[/=]\\s*(%1)\\s?(?:사진)?기자(?:\\s*%2)?\\s*$").arg(kName, kEmail));
        static const WordSet notice = {u"무단", u"금지", u"저작권", u"rights", u"Rights"};
        if (credit.isEmpty() && (l.image >= 0 || l.caption) && l.text.size() < 160 && !notice.foundIn(l.text)) {
            if (const auto m = trailingC.match(l.text); m.hasMatch()) {
                credit = m.captured(1).trimmed();
            } else if (const auto p = trailingPhotographer.match(l.text); p.hasMatch()) {
                credit = p.captured(1);
            } else {
                credit = captureCreditIn(l.text);
                // "유튜브 갈무리" alone under its photo: all metadata
                l.drop = !credit.isEmpty() && !l.caption && l.text.startsWith(credit);
            }
        }
        if (!credit.isEmpty()) {
            // the photo it belongs to: the one right above, or the one above its caption when the credit has
            // its own paragraph ("[사진출처=계면신문(界面新闻)]")
            int image = l.image;
            if (image < 0 && l.nearImage >= 0 && isOnlyCredit(l.text) && x.images[l.nearImage].credit.isEmpty()) {
                image = l.nearImage;
            }
            if (image >= 0 && x.images[image].credit.isEmpty()) {
                x.images[image].credit = credit;
                if (image != l.image && lineAfterImage.contains(image)) {
                    x.images[image].caption = lineAfterImage.value(image); // the caption above the credit
                } else if (x.images[image].caption.isEmpty() || !isOnlyCredit(l.text)) {
                    x.images[image].caption = l.text;
                }
            }
            for (const QString& source : photoSourcesOf(credit)) {
                c.addPhoto(PhotoCredit{source,
                                       image >= 0 ? x.images[image].caption : (l.caption ? l.text : QString()),
                                       image >= 0 ? x.images[image].src.trimmed() : QString()});
            }
            if (isOnlyCredit(l.text) && !l.caption) {
                l.drop = true; // it is metadata now
            }
            continue;
        }
        if (l.image >= 0 && x.images[l.image].caption.isEmpty() && l.caption) {
            x.images[l.image].caption = l.text;
        }
        if (l.image >= 0 && !l.caption && l.text.size() < 200) {
            lineAfterImage.insert(l.image, l.text);
        }
        static const QRegularExpression noReprint(QStringLiteral("무단\\s*(전재|복제).{0,30}금지"));
        static const WordSet copyrightWords
            = {u"ⓒ", u"Ⓒ", u"©", u"(c)", u"(C)", u"저작권", u"Copyright", u"copyright", u"COPYRIGHT", u"무단"};
        static const WordSet promoWords = {u"구독", u"바로가기", u"제보", u"관련", u"▶", u"☞"};
        if (l.text.size() < 200 && copyrightWords.foundIn(l.text)
            && (copyrightRe.match(l.text).hasMatch() || (l.text.size() < 100 && noReprint.match(l.text).hasMatch()))) {
            c.copyright = l.text;
            // a byline on the same line as the notice, before it ("최유진 기자 yujin@… 저작권자 © …") or after
            // it ("… 재배포 금지. 최유진 기자 yujin@…"): the reporters', not the notice's
            if (const auto m = copyrightRe.match(c.copyright); m.hasMatch() && m.capturedStart() > 0) {
                static const QRegularExpression open(QStringLiteral("[\\s<\\[(]+$"));
                QString before = c.copyright.left(m.capturedStart());
                before.remove(open);
                if (const QList<Reporter> named = bylineIn(before); !named.isEmpty()) {
                    glued.append(named);
                    c.copyright = c.copyright.sliced(m.capturedStart());
                }
            }
            // the notice ends with its last clause; a button label after it ("기사 스크랩") is not part of it
            static const QRegularExpression end(QStringLiteral("(?:금지|reserved|있습니다)[.>\\]]*"),
                                                QRegularExpression::CaseInsensitiveOption);
            qsizetype last = -1;
            for (auto it = end.globalMatch(c.copyright); it.hasNext();) {
                last = it.next().capturedEnd();
            }
            if (last > 0) {
                glued.append(bylineIn(c.copyright.sliced(last)));
                c.copyright.truncate(last);
            }
            c.copyright.remove(QRegularExpression(QStringLiteral("^[<\\[]|[>\\]]$")));
            l.drop = true;
            l.furniture = true;
            continue;
        }
        if (l.text.size() < 120 && promoWords.foundIn(l.text) && promoRe.match(l.text).hasMatch()) {
            l.drop = true;
            l.furniture = true;
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
    static const QRegularExpression onlyEmail(QStringLiteral("^\\s*(%1)\\s*$").arg(kEmail));
    static const QRegularExpression outletWord(
        QStringLiteral("^\\s*[가-힣A-Za-z]{2,12}(?:일보|신문|뉴스|저널|방송|경제|타임즈|미디어|TV|통신)\\s*(?=[가-"
                       "힣]{2,4}\\s*(?:%1))")
            .arg(kRoles));
    // "백아영 / 화면캡처 MBC": the writer, then the photos' source
    static const QRegularExpression nameSlash(QStringLiteral("^\\s*(%1)\\s*(%2)?\\s*/\\s*(.+)$").arg(kName, kRoles));
    // a TV report's sign-off: "MBC뉴스 구민지입니다.", "지금까지 SBS 뉴스 홍길동이었습니다."
    // "YTN 강민경입니다.": a broadcaster's call sign (two to six capitals) alone is enough
    static const QRegularExpression signOff(
        QStringLiteral("(?:^|\\s)(?:[A-Z가-힣]{2,10}\\s?(?:뉴스|NEWS)|[A-Z][A-Z0-9]{1,5}(?:\\s?TV)?|"
                       "TV조선|채널A|연합뉴스TV)\\s([가-힣]{2,4}?)"
                       "(?:입니다|이었습니다|였습니다)\\.?$"));
    QList<Reporter> signed_;
    QString pendingEmail; // an e-mail on its own line, below its byline (<dt>배윤경 기자</dt><dd>bykj@…</dd>)
    qsizetype pendingLine = -1;
    for (qsizetype i = lines.size() - 1, seen = 0; i >= 0 && seen < 6; --i) {
        Line& l = lines[i];
        if (l.caption || l.furniture || (l.drop && !l.text.startsWith(u'▷'))) {
            continue;
        }
        ++seen;
        if (l.drop) { // a ▷ line: already read
            continue;
        }
        if (l.text.size() > 90) {
            break;
        }
        if (const auto m = l.text.contains(u'@') ? onlyEmail.match(l.text) : QRegularExpressionMatch(); m.hasMatch()) {
            pendingEmail = m.captured(1);
            pendingLine = i;
            l.drop = true;
            continue;
        }
        QString text = l.text;
        // "(SBS연예뉴스 강선애 기자)", "[홍길동 기자]": a signature in brackets names a role
        const bool bracketed = text.size() > 2
            && ((text.startsWith(u'(') && text.endsWith(u')')) || (text.startsWith(u'[') && text.endsWith(u']')));
        if (bracketed) {
            text = text.mid(1, text.size() - 2).trimmed();
        }
        static const WordSet roleWords = {u"기자", u"특파원", u"통신원", u"위원", u"실장", u"에디터", u"리포터", u"PD"};
        if (roleWords.foundIn(text)) {
            text.remove(outletWord); // it needs a role after the outlet's name
        }
        Reporter r;
        if (const auto s = text.contains(u'@') ? emailFirstRe.match(text) : QRegularExpressionMatch(); s.hasMatch()) {
            r = Reporter{s.captured(2), s.captured(3), s.captured(1)};
        } else if (const auto s2 = signatureRe.match(text); s2.hasMatch()) {
            r = Reporter{s2.captured(1), s2.captured(2), s2.captured(3)};
            // a name alone must look like one (not "끝" or "이상입니다"), and end the article
            if (r.role.isEmpty() && r.email.isEmpty() && pendingEmail.isEmpty()) {
                bool onlyTailsAfter = true;
                for (qsizetype k = i + 1; k < lines.size(); ++k) {
                    onlyTailsAfter = onlyTailsAfter && (lines[k].drop || lines[k].caption);
                }
                if (!looksLikeKoreanName(r.name) || !onlyTailsAfter || bracketed) {
                    r = Reporter();
                }
            }
        } else if (const auto n = nameSlash.match(text); n.hasMatch() && !photoCreditIn(n.captured(3)).isEmpty()
                   && (!n.captured(2).isEmpty() || looksLikeKoreanName(n.captured(1)))) {
            r = Reporter{n.captured(1), n.captured(2), {}};
        } else if (const auto o = signOff.match(text); o.hasMatch() && looksLikeKoreanName(o.captured(1))) {
            addReporter(signed_, Reporter{o.captured(1), QStringLiteral("기자"), {}});
            break; // the script's last line stays in the body; above it is the report
        }
        if (r.name.isEmpty()) {
            // the byline grammar of author fields, for a byline written at the end of the text: places before
            // the name ("베이징|박은경 특파원"), names sharing one role ("허진무·곽희양 기자 …@…"), "By 김하늘",
            // "글·사진 박수진 기자", two bylines on one line. Only a line that names a role or carries an e-mail,
            // below which nothing but tails follows.
            static const QRegularExpression bylineHint(
                QStringLiteral("(?:%1)(?![가-힣])|%2|^\\s*[Bb][Yy]\\s").arg(kRoles, kEmail));
            bool onlyTailsAfter = true;
            for (qsizetype k = i + 1; k < lines.size(); ++k) {
                onlyTailsAfter = onlyTailsAfter && (lines[k].drop || lines[k].caption);
            }
            QList<Reporter> byline;
            if (onlyTailsAfter && !bracketed && bylineHint.match(text).hasMatch()) {
                readAuthorField(text, byline, nullptr);
            }
            if (byline.isEmpty()) {
                break; // the body's prose: no signature further up
            }
            for (qsizetype k = byline.size() - 1; k >= 0; --k) {
                if (byline[k].email.isEmpty()) {
                    byline[k].email = pendingEmail;
                }
                signed_.prepend(byline[k]);
            }
            pendingEmail.clear();
            pendingLine = -1;
            l.drop = true;
            continue;
        }
        if (r.email.isEmpty()) {
            r.email = pendingEmail;
        }
        pendingEmail.clear();
        pendingLine = -1;
        signed_.prepend(r);
        l.drop = true;
    }
    for (const Reporter& r : signed_ + glued) {
        addReporter(c.reporters, r);
    }
    // an e-mail on its own line after the text belongs to the one byline above it (the lead's)
    if (pendingLine >= 0) {
        if (c.reporters.size() == 1 && c.reporters.front().email.isEmpty()) {
            c.reporters.front().email = pendingEmail;
        } else {
            lines[pendingLine].drop = false;
        }
    }
    if (!feedAuthors.isEmpty()) {
        const AuthorField& field = authorField(feedAuthors);
        if (c.reporters.isEmpty()) {
            c.reporters = field.reporters;
        } else {
            // the page's byline names a reporter the body's credit block left out ("김도균 기자" above,
            // "취재 : 박재현" below): both are the story's
            for (const Reporter& r : field.reporters) {
                // a byline without a role counts when the credit block names the same person ("구성 : 김도균")
                const auto staff = std::find_if(
                    c.contributors.begin(), c.contributors.end(), [&r](const Reporter& s) { return s.name == r.name; });
                if (!r.role.isEmpty()) {
                    addReporter(c.reporters, r);
                } else if (staff != c.contributors.end()) {
                    c.contributors.erase(staff);
                    addReporter(c.reporters, Reporter{r.name, QStringLiteral("기자"), r.email});
                }
            }
        }
        for (const Reporter& r : field.contributors) {
            addReporter(c.contributors, r);
        }
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
    // and its plain text, from the same tokens: what toPlainText() makes of the cleaned body, without tokenizing it
    // again (the search index's text, #12). Tokens the cleaning kept tokenize as they did in the whole body: the
    // runs are cut at token boundaries of sanitized markup (Fuzz_sanitize checks that both texts agree).
    HtmlSanitizer::PlainText text;
    if (!dropToken.contains(true)) {
        x.cleanedHtml = html;
        if (!html.contains(u'<') && !html.contains(u'&')) {
            x.plainText = HtmlSanitizer::collapseWhitespace(html); // as toPlainText() reads bare text
            return x;
        }
        for (const HtmlToken& t : tokens) {
            text.add(t);
        }
        x.plainText = text.text();
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
        for (qsizetype j = k; j < end; ++j) {
            text.add(tokens[size_t(j)]);
        }
        cleaned += QStringView(html).sliced(starts[size_t(k)], starts[size_t(end)] - starts[size_t(k)]);
        k = end;
    }
    // blocks the removal left empty
    static const QRegularExpression empty(
        QStringLiteral("<(p|div|li|span|strong|b|em)(?: [^>]*)?>\\s*(?:<br ?/?>\\s*)*</\\1>"));
    bool emptied = false;
    for (int pass = 0; pass < 3 && cleaned.contains(empty); ++pass) {
        cleaned.remove(empty);
        emptied = true;
    }
    // (an emptied inline element may have held the only space between two words: read the text again then)
    const bool bare = !cleaned.contains(u'<') && !cleaned.contains(u'&');
    x.plainText = emptied || bare ? HtmlSanitizer::toPlainText(cleaned) : text.text();
    x.cleanedHtml = std::move(cleaned);
    return x;
}

} // namespace news
