#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace news
{

/// Who wrote a Korean news article, where from, whose photos, and the copyright line — read from the common
/// forms of Korean outlets and wires ("(서울=연합뉴스) 홍길동 기자 =", "[매체명 홍길동 기자]", trailing
/// signatures, "[사진출처=…]", "ⓒ … 무단전재 및 재배포 금지"). The body comes back without the lines that
/// became metadata (copyright, promo tails).
struct Reporter
{
    QString name;
    QString role; // 기자, 특파원, 통신원, 대기자, 선임기자, 인턴기자, 논설위원, …
    QString email;
    bool operator==(const Reporter&) const = default;
};

/// A photo's caption and credit, attached to its image where the position says so (a figcaption, or the
/// caption line right after the image).
struct ImageCredit
{
    QString src;
    QString caption;
    QString credit;
};

struct Credits
{
    QList<Reporter> reporters;
    QString datelineCity;
    QString datelineAgency;
    QStringList photoCredits;
    QString copyright;
    QList<ImageCredit> images;
    QString cleanedHtml;
    /// JSON for the store's `extra` column (empty when nothing was found).
    QString toJson() const;
};

Credits extractCredits(const QString& html, const QString& feedAuthors = {});

/// The photo credit in a caption or credit text, as the provider's name ("[사진출처=연합뉴스]" → "연합뉴스",
/// "시위대. AP연합뉴스" → "AP연합뉴스"), or empty when there is none.
QString photoCreditIn(const QString& text);

/// Feed author fields split into people ("홍길동, 김철수 · Park Jiho"); desks and outlets are not people.
QList<Reporter> reportersFromAuthorField(const QString& authors);

} // namespace news
