#pragma once

#include "model/Credits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace news
{

/// Who wrote a Korean news article, where from, whose photos, and the copyright line — read from the common
/// forms of Korean outlets and wires ("(서울=연합뉴스) 홍길동 기자 =", "[매체명 홍길동 기자]", trailing
/// signatures, "[사진출처=…]", "ⓒ … 무단전재 및 재배포 금지"). The body comes back without the lines that
/// became metadata (copyright, promo tails).
/// A photo's caption and credit, attached to its image where the position says so (a figcaption, or the
/// caption line right after the image).
struct ImageCredit
{
    QString src;
    QString caption;
    QString credit;
};

/// What extraction yields: the credits, every image of the body in order (with the caption and credit its
/// position gives it), and the body without the lines that became credits.
struct ExtractedCredits
{
    Credits credits;
    QList<ImageCredit> images;
    QString cleanedHtml;
    /// HtmlSanitizer::toPlainText(cleanedHtml), from the extraction's own tokens (the body's search-index text)
    QString plainText;
};

ExtractedCredits extractCredits(const QString& html, const QString& feedAuthors = {});

/// The photo credit in a caption or credit text, as the provider's name ("[사진출처=연합뉴스]" → "연합뉴스",
/// "시위대. AP연합뉴스" → "AP연합뉴스"), or empty when there is none.
QString photoCreditIn(const QString& text);

/// The running text of a body as a list line, a snippet or a front-page lead quotes it: plain text without figures,
/// captions or bracketed photo credits ("[사진=외교부 제공] 외교부는…" reads "외교부는…"; #14's walk saw captions
/// lead the summaries).
QString runningText(const QString& html);
/// A lead without the wire dateline and byline it opens with ("(서울=연합뉴스) 홍길동 기자 = 정부가…" → "정부가…",
/// "[서울=뉴시스]홍길동 기자 = …"): what a list's one-line summary shows (#14's walk: every summary began alike).
QString withoutDateline(const QString& text);

/// The copyright notice a short text is ("Copyright (c) 한빛일보. All rights reserved.", "ⓒ 한빛일보 무단전재 및
/// 재배포 금지"), read as in an article body; empty when it is none.
QString copyrightNoticeIn(const QString& text);
/// Whether a text names copyright at all (ⓒ, ©, (c), 저작권, Copyright, 무단): the cheap test copyrightNoticeIn
/// starts with.
bool mentionsCopyright(const QString& text);

/// The sources a printed credit names: a foreign agency's photo distributed by a Korean one names both
/// ("AP연합뉴스" → AP, 연합뉴스); anything else is one source.
QStringList photoSourcesOf(const QString& credit);

/// The author field as the credit extraction reads it: the names, with the e-mail the feed parser split off
/// ("박순봉 기자 gabgu@…" arrives as author "박순봉 기자" + author e-mail) put back.
QString authorFieldOf(const QStringList& authors, const QString& email);

/// Feed author fields split into people ("홍길동, 김철수 · Park Jiho"); desks and outlets are not people.
QList<Reporter> reportersFromAuthorField(const QString& authors);

} // namespace news
