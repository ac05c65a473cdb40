#include "normalize/CreditExtractor.h"

#include "sanitize/HtmlSanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace news
{
namespace
{

const QString kRoles
    = QStringLiteral("선임기자|수습기자|인턴기자|객원기자|전문기자|대기자|기자|특파원|통신원|논설위원|논설실장|"
                     "편집위원|해설위원|칼럼니스트|리포터|PD");

const QString kEmail = QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

bool isDesk(const QString& name)
{
    static const QRegularExpression desk(
        QStringLiteral("(팀|부|국|실|센터|데스크|편집국|뉴스룸|연합뉴스|뉴시스|뉴스1|통신|일보|신문|방송|닷컴|TV)$"));
    return name.isEmpty() || desk.match(name).hasMatch();
}

void addReporter(QList<Reporter>& list, Reporter r)
{
    r.name = r.name.simplified();
    r.name.remove(QRegularExpression(QStringLiteral("^[\\[\\(【=/·,\\s]+|[\\]\\)】=/·,\\s]+$")));
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

// "홍길동 기자", "A 기자,B 기자", "홍길동기자"
void namesWithRoles(const QString& text, QList<Reporter>& out, const QString& email = {})
{
    static const QRegularExpression re(
        QStringLiteral("([가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)+)\\s*(%1)").arg(kRoles));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        addReporter(out, Reporter{m.captured(1), m.captured(2), email});
    }
}

} // namespace

QList<Reporter> reportersFromAuthorField(const QString& authors)
{
    QList<Reporter> out;
    for (QString part : authors.split(QRegularExpression(QStringLiteral("\\s*[,·/;]\\s*")), Qt::SkipEmptyParts)) {
        part = part.simplified();
        QString email;
        static const QRegularExpression emailRe(kEmail);
        if (const auto m = emailRe.match(part); m.hasMatch()) {
            email = m.captured(0);
            part.remove(m.capturedStart(0), m.capturedLength(0));
            part.remove(QRegularExpression(QStringLiteral("[()<>]")));
            part = part.simplified();
        }
        static const QRegularExpression roleRe(QStringLiteral("^(.+?)\\s*(%1)$").arg(kRoles));
        if (const auto m = roleRe.match(part); m.hasMatch()) {
            addReporter(out, Reporter{m.captured(1), m.captured(2), email});
        } else {
            addReporter(out, Reporter{part, {}, email});
        }
    }
    return out;
}

Credits extractCredits(const QString& html, const QString& feedAuthors)
{
    Credits c;
    static const QRegularExpression blockRe(QStringLiteral("<(p|div|figcaption|li|h[1-6])\\b[^>]*>(.*?)</\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wire(QStringLiteral(
        "^\\s*[\\(\\[]\\s*([가-힣A-Za-z ]{1,12})\\s*=\\s*([^\\)\\]]{1,12}?)\\s*[\\)\\]]\\s*([^=]{0,60}?)\\s*=\\s*"));
    static const QRegularExpression fullWidth(QStringLiteral("【\\s*([가-힣A-Za-z ]{1,12})\\s*=\\s*([^】]{1,40})】"));
    static const QRegularExpression outletLead(
        QStringLiteral("^\\s*\\[\\s*([^\\]=/]{1,20}?)\\s*[ =/]\\s*([가-힣]{2,4})\\s*(%1)\\s*\\]").arg(kRoles));
    static const QRegularExpression copyrightRe(QStringLiteral(
        "(ⓒ|©|\\(c\\)|\\(C\\)|저작권자|Copyright).{0,80}(무단\\s*전재|재배포|금지|All rights reserved)"));
    static const QRegularExpression promoRe(
        QStringLiteral("(^▶.*(구독|바로가기|클릭)|제보를 기다립니다|^관련\\s*기사|^\\s*\\[관련기사\\])"));
    static const QRegularExpression photoRes[] = {
        QRegularExpression(QStringLiteral("\\[\\s*사진\\s*(?:출처)?\\s*[=:]\\s*([^\\]]{1,40})\\]")),
        QRegularExpression(QStringLiteral("\\(\\s*사진\\s*(?:출처)?\\s*[=:]\\s*([^\\)]{1,40})\\)")),
        QRegularExpression(QStringLiteral("<\\s*사진\\s*(?:제공|출처)?\\s*[:=]\\s*([^>]{1,40})>")),
        QRegularExpression(QStringLiteral("^\\s*사진\\s*(?:제공|출처)?\\s*[=:]\\s*(.{1,40})$")),
        QRegularExpression(QStringLiteral("\\[\\s*([^\\[\\]]{1,30}?)\\s*제공\\.?\\s*재판매 및 DB 금지\\s*\\]")),
        QRegularExpression(QStringLiteral("\\[\\s*((?:연합뉴스|뉴시스|뉴스1)\\s*자료\\s*사진)[^\\]]*\\]")),
        QRegularExpression(
            QStringLiteral("\\[\\s*[가-힣A-Za-z ]{1,12}\\s*=\\s*((?:AP|AFP|EPA|로이터|신화|UPI)[^\\]]{0,20})\\]")),
        QRegularExpression(QStringLiteral("\\[\\s*촬영\\s*/\\s*([^\\]]{1,40})\\]")),
        QRegularExpression(QStringLiteral("(?:^|\\s)/?((?:AP|AFP|EPA|로이터|신화|UPI)\\s*(?:=\\s*)?연합뉴스)\\s*$")),
        QRegularExpression(QStringLiteral("\\s/\\s?(연합뉴스|뉴시스|뉴스1)\\s*$")),
    };
    static const QRegularExpression signatureRe(QStringLiteral("^\\s*(?:([^=\\s]{1,12})\\s*=\\s*)?([가-힣]{2,4})\\s*(%"
                                                               "1)?\\s*(?:[|(<]?\\s*(%2)\\s*[)>]?)?(?:\\s*\\|.*)?\\s*$")
                                                    .arg(kRoles, kEmail));
    static const QRegularExpression emailFirstRe(
        QStringLiteral("^\\s*(%2)\\s+([가-힣]{2,4})\\s*(%1)?\\s*$").arg(kRoles, kEmail));

    QString cleaned = html;
    QList<QPair<qsizetype, qsizetype>> drop; // block ranges to remove
    auto blocks = blockRe.globalMatch(html);
    int index = 0;
    QStringList texts;
    QList<QRegularExpressionMatch> matches;
    while (blocks.hasNext()) {
        matches.append(blocks.next());
    }
    for (const auto& m : matches) {
        texts.append(HtmlSanitizer::toPlainText(m.captured(2)));
    }
    for (index = 0; index < matches.size(); ++index) {
        const QString& text = texts[index];
        if (index == 0 || (index < 3 && c.reporters.isEmpty())) {
            if (const auto w = wire.match(text); w.hasMatch()) {
                c.datelineCity = w.captured(1).simplified();
                c.datelineAgency = w.captured(2).simplified();
                namesWithRoles(w.captured(3), c.reporters);
            } else if (const auto f = fullWidth.match(text); f.hasMatch()) {
                c.datelineCity = f.captured(1).simplified();
                namesWithRoles(f.captured(2), c.reporters);
            } else if (const auto o = outletLead.match(text); o.hasMatch()) {
                addReporter(c.reporters, Reporter{o.captured(2), o.captured(3), {}});
            }
        }
        for (const QRegularExpression& re : photoRes) {
            if (const auto p = re.match(text); p.hasMatch()) {
                const QString credit = p.captured(1).simplified();
                if (!credit.isEmpty() && !c.photoCredits.contains(credit)) {
                    c.photoCredits.append(credit);
                }
                break;
            }
        }
        if (text.startsWith(u'▷')) {
            namesWithRoles(text, c.reporters);
        }
        if (const auto cr = copyrightRe.match(text); cr.hasMatch() && text.size() < 200) {
            c.copyright = text.simplified();
            drop.append({matches[index].capturedStart(0), matches[index].capturedLength(0)});
            continue;
        }
        if (promoRe.match(text).hasMatch() && text.size() < 120) {
            drop.append({matches[index].capturedStart(0), matches[index].capturedLength(0)});
            continue;
        }
    }
    // trailing signature: the last short block(s) before the copyright
    for (qsizetype i = matches.size() - 1; i >= 0 && i >= matches.size() - 3; --i) {
        const QString text = texts[i].simplified();
        if (text.size() > 80 || copyrightRe.match(text).hasMatch()) {
            continue;
        }
        QString name;
        QString role;
        QString email;
        if (const auto s = emailFirstRe.match(text); s.hasMatch()) {
            email = s.captured(1);
            name = s.captured(2);
            role = s.captured(3);
        } else if (const auto s2 = signatureRe.match(text);
                   s2.hasMatch() && (!s2.captured(3).isEmpty() || !s2.captured(4).isEmpty())) {
            name = s2.captured(2);
            role = s2.captured(3);
            email = s2.captured(4);
        }
        if (!name.isEmpty()) {
            addReporter(c.reporters, Reporter{name, role, email});
            break;
        }
    }
    if (c.reporters.isEmpty() && !feedAuthors.isEmpty()) {
        c.reporters = reportersFromAuthorField(feedAuthors);
    }
    for (auto it = drop.crbegin(); it != drop.crend(); ++it) {
        cleaned.remove(it->first, it->second);
    }
    c.cleanedHtml = cleaned;
    return c;
}

QString Credits::toJson() const
{
    if (reporters.isEmpty() && datelineCity.isEmpty() && photoCredits.isEmpty() && copyright.isEmpty()) {
        return {};
    }
    QJsonArray people;
    for (const Reporter& r : reporters) {
        people.append(QJsonObject{{"name", r.name}, {"role", r.role}, {"email", r.email}});
    }
    QJsonObject o{{"reporters", people}};
    if (!datelineCity.isEmpty()) {
        o.insert(QStringLiteral("dateline"), QJsonObject{{"city", datelineCity}, {"agency", datelineAgency}});
    }
    if (!photoCredits.isEmpty()) {
        o.insert(QStringLiteral("photo_credits"), QJsonArray::fromStringList(photoCredits));
    }
    if (!copyright.isEmpty()) {
        o.insert(QStringLiteral("copyright"), copyright);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace news
