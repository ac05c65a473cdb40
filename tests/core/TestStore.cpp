#include "StoreFixture.h"
#include "normalize/ArticleNormalizer.h"
#include "normalize/CreditExtractor.h"
#include "query/Rankings.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreWriter.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace news;

namespace
{

constexpr qint64 kNow = 1'800'000'000;

StoredItem item(const QString& guid, const QString& title, const QString& body, qint64 published = kNow - 3600)
{
    FeedEntry e;
    e.id = guid;
    e.title = title;
    e.summary = body;
    e.link = QStringLiteral("https://news.example.kr/a/") + guid;
    e.published = QDateTime::fromSecsSinceEpoch(published, QTimeZone::utc());
    return normalizeEntry(e, NormalizeContext{kNow});
}

FeedUpdate update(qint64 feedId, QList<StoredItem> items)
{
    return storefixture::feedUpdate(feedId, std::move(items), kNow);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newArticlesAreStoredOnce();
    void ownRankingTodayAndThisWeek();
    void topicsOfAnOldCacheEndAtItsNewestArticle();
    void aQuietSectionKeepsItsStoriesOnTheFrontPage();
    void searchRanksHeadlineMatchesFirst();
    void upstreamUpdateKeepsReadAndStarred();
    void dedupeFallsBackToCanonicalLinkThenHash();
    void keysetPagesCoverEverythingOnce();
    void searchFindsKoreanWords_data();
    void searchFindsKoreanWords();
    void searchSnippetMarksTheMatch();
    void searchFindsStemsAndQuotesTheBody();
    void summaryAndSnippetQuoteTheTextNotTheCaptions();
    void teasersCutWithKoreanMarksAreSummaryOnly();
    void unreadCountsBySection();
    void failuresBackOffAndGoneDisables();
    void retentionKeepsStarredAndSaved();
    void feedsOwnRetentionOverridesTheApps();
    void fullDiskLosesNothing();
    void migratesFromTheFirstSchemaWithABackup();
    void rankingSnapshotsLinkToArticles();
    void writesStraightToSqliteWhenTheLibraryIsShared();
    void checkpointsAreHandedOff();
    void searchIndexMergesAheadOfTime();
    void cacheMergesInIdleSteps();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriterCore> m_store;
    qint64 m_feedA = 0;
    qint64 m_feedB = 0;
    QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<StoreWriterCore>(path());
    const QList<qint64> feeds = storefixture::openWithFeeds(
        *m_store,
        {{QStringLiteral("https://news.example.kr/rss/economy.xml"), QStringLiteral("economy")},
         {QStringLiteral("https://news.example.kr/rss/society.xml"), QStringLiteral("society")}});
    QCOMPARE(feeds.size(), 2);
    m_feedA = feeds[0];
    m_feedB = feeds[1];
}

void TestStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStore::ownRankingTodayAndThisWeek()
{
    // four outlets: a story all of them carried three days ago, one three of them carry today, one alone
    QList<qint64> feeds{m_feedA};
    for (int i = 1; i < 4; ++i) {
        SourceRecord source;
        source.key = QStringLiteral("outlet%1").arg(i);
        source.nameKo = QStringLiteral("매체%1").arg(i);
        FeedRecord f;
        f.url = QStringLiteral("https://outlet%1.example.kr/rss/economy.xml").arg(i);
        f.section = QStringLiteral("economy");
        feeds.append(std::get<qint64>(m_store->upsertFeed(std::get<qint64>(m_store->upsertSource(source)), f)));
    }
    const QString older = QStringLiteral("반도체 수출 석 달 연속 증가세 이어가");
    const QString today = QStringLiteral("원·달러 환율 1,300원대 안착 교민 송금 부담 줄어");
    for (int i = 0; i < feeds.size(); ++i) {
        QList<StoredItem> items{
            item(QStringLiteral("old%1").arg(i), older, older + QStringLiteral(" 정부 발표"), kNow - 3 * 86400)};
        if (i < 3) {
            items.append(
                item(QStringLiteral("new%1").arg(i), today, today + QStringLiteral(" 은행 집계"), kNow - 3600));
        }
        if (i == 3) {
            items.append(item(QStringLiteral("alone"),
                              QStringLiteral("지역 축제 소식"),
                              QStringLiteral("축제가 열린다"),
                              kNow - 1800));
        }
        QVERIFY(m_store->write(update(feeds[i], items)).stored);
    }
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const RankingList day = std::get<RankingList>(q.ownRanking(QStringLiteral("economy"), kNow - 86400, kNow));
    QVERIFY(day.items.size() >= 2);
    QCOMPARE(day.items[0].title, today);
    QCOMPARE(day.items[0].outlets, 3);
    QVERIFY(std::none_of(day.items.begin(), day.items.end(), [&](const RankingItem& r) { return r.title == older; }));
    const RankingList week = std::get<RankingList>(q.ownRanking(QStringLiteral("economy"), kNow - 7 * 86400, kNow));
    const auto it
        = std::find_if(week.items.begin(), week.items.end(), [&](const RankingItem& r) { return r.title == older; });
    QVERIFY(it != week.items.end());
    QCOMPARE(it->outlets, 4);
    QVERIFY(week.items.size() > day.items.size());
}

// a cache read offline for days (or the demo, whose articles keep their dates): the topics and rankings show its
// last day and week, ending at the newest article, instead of empty panels; a fresh cache's windows end at now
void TestStore::topicsOfAnOldCacheEndAtItsNewestArticle()
{
    const qint64 newest = kNow - 10 * 86400;
    QVERIFY(m_store
                ->write(update(
                    m_feedA,
                    {item(QStringLiteral("o1"), QStringLiteral("열흘 전 경제 기사"), QStringLiteral("본문"), newest),
                     item(QStringLiteral("o2"),
                          QStringLiteral("항만 물동량 집계 발표"),
                          QStringLiteral("본문"),
                          newest - 2 * 86400)}))
                .stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<qint64>(q.newestPublished()), newest);
    QCOMPARE(std::get<qint64>(windowEnd(q, kNow)), newest + 1);
    const auto lists = std::get<QList<RankingList>>(topics(q, {QStringLiteral("economy")}, 1, kNow, 5));
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.front().items.size(), 1); // the last day of the cache: the newest article only
    QCOMPARE(lists.front().items.front().title, QStringLiteral("열흘 전 경제 기사"));
    const auto week
        = std::get<QList<RankingList>>(rankings(q, {QStringLiteral("economy")}, {QStringLiteral("week")}, kNow));
    QCOMPARE(week.size(), 1);
    QCOMPARE(week.front().items.size(), 2);
    // something newer than now (a clock behind the feed's) leaves the window at now
    QCOMPARE(std::get<qint64>(windowEnd(q, newest - 86400)), newest - 86400);
}

// a section with nothing this week (an outlet that posts weekly, the demo as it ages) shows its stories of the last
// 30 days in the topics and on 홈 instead of dropping out; one quiet for longer is left out
void TestStore::aQuietSectionKeepsItsStoriesOnTheFrontPage()
{
    const QStringList sections{QStringLiteral("economy"), QStringLiteral("society")};
    QVERIFY(m_store
                ->write(update(m_feedA,
                               {item(QStringLiteral("e1"), QStringLiteral("오늘의 경제 기사"), QStringLiteral("본문")),
                                item(QStringLiteral("e0"),
                                     QStringLiteral("지난달 항만 물동량 발표"),
                                     QStringLiteral("본문"),
                                     kNow - 20 * 86400)}))
                .stored);
    QVERIFY(m_store
                ->write(update(m_feedB,
                               {item(QStringLiteral("s0"),
                                     QStringLiteral("두 달 전 사회 기사"),
                                     QStringLiteral("본문"),
                                     kNow - 40 * 86400)}))
                .stored);
    {
        ArticleQueries q(path());
        QVERIFY(std::holds_alternative<int>(q.open()));
        const auto lists = std::get<QList<RankingList>>(topics(q, sections, 7, kNow, 3));
        QCOMPARE(lists.size(), 1); // quiet for more than 30 days: left out
        QCOMPARE(lists.front().items.size(), 1); // a section with this week's stories keeps to the week
    }
    QVERIFY(m_store
                ->write(update(m_feedB,
                               {item(QStringLiteral("s1"),
                                     QStringLiteral("보름 전 사회 기사"),
                                     QStringLiteral("본문"),
                                     kNow - 15 * 86400)}))
                .stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto lists = std::get<QList<RankingList>>(topics(q, sections, 7, kNow, 3));
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(1).section, QStringLiteral("society"));
    QCOMPARE(lists.at(1).items.size(), 1);
    QCOMPARE(lists.at(1).items.front().title, QStringLiteral("보름 전 사회 기사"));
}

void TestStore::searchRanksHeadlineMatchesFirst()
{
    // relevance (the words in the headline) first, then recency: an older headline match beats a newer
    // article that only mentions the word in its body, but not one a month old. Ages count from the real
    // clock, which search uses.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<StoredItem> items{item("body", "교민 소식 모음", "이번 주에는 반도체 이야기도 있다", now - 600),
                            item("title", "반도체 수출 증가", "수출이 늘었다", now - 7200),
                            item("old", "반도체 업계 전망", "오래된 기사", now - 40 * 86400)};
    QVERIFY(m_store->write(update(m_feedA, items)).stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto rows = std::get<QList<ArticleRow>>(q.search(QStringLiteral("반도체")));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].title, QStringLiteral("반도체 수출 증가"));
    QCOMPARE(rows[1].title, QStringLiteral("교민 소식 모음"));
    QCOMPARE(rows[2].title, QStringLiteral("반도체 업계 전망"));
}

void TestStore::newArticlesAreStoredOnce()
{
    const auto first = m_store->write(update(m_feedA, {item("1", "하나", "본문 하나"), item("2", "둘", "본문 둘")}));
    QVERIFY(first.stored);
    QCOMPARE(first.newItems, 2);
    const auto again = m_store->write(update(m_feedA, {item("1", "하나", "본문 하나"), item("2", "둘", "본문 둘")}));
    QCOMPARE(again.newItems, 0);
    QCOMPARE(again.updatedItems, 0);
    // the same story in another section feed of the same outlet is the same article
    const auto other = m_store->write(update(m_feedB, {item("1", "하나", "본문 하나")}));
    QCOMPARE(other.newItems, 0);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<CacheStats>(q.stats()).articles, 2);
}

void TestStore::upstreamUpdateKeepsReadAndStarred()
{
    m_store->write(update(m_feedA, {item("7", "원래 제목", "원래 본문")}));
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const qint64 id = std::get<ArticlePage>(q.page({}, {}, 10)).rows.front().id;
    QVERIFY(std::holds_alternative<int>(m_store->setStatus({id}, StatusField::Read, true, kNow)));
    QVERIFY(std::holds_alternative<int>(m_store->setStatus({id}, StatusField::Starred, true, kNow)));
    const auto changed = m_store->write(update(m_feedA, {item("7", "고친 제목", "고친 본문")}));
    QCOMPARE(changed.updatedItems, 1);
    const ArticleDetail d = std::get<ArticleDetail>(q.article(id));
    QCOMPARE(d.row.title, QStringLiteral("고친 제목"));
    QVERIFY(d.row.read);
    QVERIFY(d.row.starred);
    // the index follows the new text
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("고친"))).size(), 1);
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("원래"))).size(), 0);
}

void TestStore::dedupeFallsBackToCanonicalLinkThenHash()
{
    FeedEntry noGuid;
    noGuid.title = QStringLiteral("guid 없음");
    noGuid.link = QStringLiteral("https://news.example.kr/v?id=3&utm_source=rss");
    FeedEntry sameLink = noGuid;
    sameLink.link = QStringLiteral("https://NEWS.example.kr/v?id=3#top");
    const StoredItem a = normalizeEntry(noGuid, {kNow});
    const StoredItem b = normalizeEntry(sameLink, {kNow});
    QCOMPARE(a.dedupeKey, b.dedupeKey);
    QVERIFY(a.dedupeKey.startsWith(QLatin1String("l:")));
    FeedEntry bare;
    bare.title = QStringLiteral("링크도 없음");
    const StoredItem c = normalizeEntry(bare, {kNow});
    QVERIFY(c.dedupeKey.startsWith(QLatin1String("h:")));
    QVERIFY(!c.dateKnown);
    QCOMPARE(c.published, kNow);
}

void TestStore::teasersCutWithKoreanMarksAreSummaryOnly()
{
    // "더보기" and "[…]" were compared as Latin-1 bytes and never matched: a long teaser cut that way was taken for
    // the whole article, and its page never fetched for offline reading
    const QString longLead = QStringLiteral("교민 사회 소식이다. ").repeated(70);
    for (const QString& tail : {QStringLiteral(" 더보기"), QStringLiteral(" […]")}) {
        FeedEntry e;
        e.title = QStringLiteral("긴 요약");
        e.link = QStringLiteral("https://news.example.kr/v?id=9");
        e.summary = QStringLiteral("<p>%1%2</p>").arg(longLead, tail);
        QVERIFY(normalizeEntry(e, {kNow}).summaryOnly);
    }
    FeedEntry whole;
    whole.title = QStringLiteral("긴 본문");
    whole.summary = QStringLiteral("<p>%1</p>").arg(longLead);
    QVERIFY(!normalizeEntry(whole, {kNow}).summaryOnly);
}

void TestStore::keysetPagesCoverEverythingOnce()
{
    QList<StoredItem> items;
    for (int i = 0; i < 250; ++i) {
        items.append(item(QString::number(i),
                          QStringLiteral("기사 %1").arg(i),
                          QStringLiteral("본문"),
                          kNow - (i / 3) * 60)); // ties in time on purpose
    }
    QVERIFY(m_store->write(update(m_feedA, items)).stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QSet<qint64> seen;
    PageCursor cursor;
    qint64 lastPublished = std::numeric_limits<qint64>::max();
    for (int pages = 0; pages < 100; ++pages) {
        const ArticlePage page = std::get<ArticlePage>(q.page({}, cursor, 40));
        if (page.rows.isEmpty()) {
            break;
        }
        for (const ArticleRow& r : page.rows) {
            QVERIFY(!seen.contains(r.id));
            QVERIFY(r.published <= lastPublished);
            lastPublished = r.published;
            seen.insert(r.id);
        }
        cursor = page.next;
    }
    QCOMPARE(seen.size(), 250);
}

void TestStore::searchFindsKoreanWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("two syllables 경제") << QStringLiteral("경제") << 50;
    QTest::newRow("two syllables 정부") << QStringLiteral("정부") << 25;
    QTest::newRow("word with particle 서울 in 서울에서") << QStringLiteral("서울") << 10;
    QTest::newRow("longer word 반도체") << QStringLiteral("반도체") << 20;
    QTest::newRow("mixed Hangul/Latin") << QStringLiteral("AI빅모델") << 5;
    QTest::newRow("Hanja") << QStringLiteral("界面新闻") << 5;
    QTest::newRow("English") << QStringLiteral("semiconductor") << 20;
    QTest::newRow("two words") << QStringLiteral("경제 반도체") << 10;
    QTest::newRow("written together 반도체수출 finds 반도체 수출") << QStringLiteral("반도체수출") << 20; // #14
    QTest::newRow("written together 경제지표 finds 경제 지표") << QStringLiteral("경제지표") << 50;
    QTest::newRow("absent written together") << QStringLiteral("반도체정부") << 0;
    QTest::newRow("absent") << QStringLiteral("우주선") << 0;
    QTest::newRow("absent bigram across words") << QStringLiteral("제정") << 0;
}

void TestStore::searchFindsKoreanWords()
{
    // 100 articles: 50 mention 경제, 25 정부, 10 서울에서, 20 반도체 (with "semiconductor"), 5 AI빅모델 + 界面新闻
    QList<StoredItem> items;
    for (int i = 0; i < 100; ++i) {
        QString body = QStringLiteral("오늘의 소식 %1번.").arg(i);
        if (i % 2 == 0) {
            body += QStringLiteral(" 경제 지표가 나왔다.");
        }
        if (i % 4 == 1) {
            body += QStringLiteral(" 정부 발표.");
        }
        if (i % 10 == 3) {
            body += QStringLiteral(" 서울에서 열렸다.");
        }
        if (i % 5 == 0) {
            body += QStringLiteral(" 반도체 수출 (semiconductor exports).");
        }
        if (i % 20 == 7) {
            body += QStringLiteral(" AI빅모델 관련 界面新闻 보도.");
        }
        items.append(item(QString::number(i), QStringLiteral("제목 %1").arg(i), body));
    }
    QVERIFY(m_store->write(update(m_feedA, items)).stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QFETCH(QString, query);
    QFETCH(int, expected);
    const auto rows = std::get<QList<ArticleRow>>(q.search(query, 200));
    QCOMPARE(int(rows.size()), expected);
}

void TestStore::searchSnippetMarksTheMatch()
{
    m_store->write(update(
        m_feedA, {item("s", "환율 소식", "<p>오늘 원·위안 환율이 내렸다. 경제 전문가들은 안정세를 예상했다.</p>")}));
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto rows = std::get<QList<ArticleRow>>(q.search(QStringLiteral("경제")));
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.front().snippet.contains(QStringLiteral("\x01경제\x02")), qPrintable(rows.front().snippet));
    // words written together in the query, apart in the text: the match is marked as the text has it (#14)
    const auto together = std::get<QList<ArticleRow>>(q.search(QStringLiteral("경제전문가")));
    QCOMPARE(together.size(), 1);
    QVERIFY2(together.front().snippet.contains(QStringLiteral("\x01경제 전문가\x02")),
             qPrintable(together.front().snippet));
}

void TestStore::summaryAndSnippetQuoteTheTextNotTheCaptions()
{
    // #14's walk: "[사진=외교부 제공]" led the list's summary line and the search snippet
    m_store->write(
        update(m_feedA,
               {item("c",
                     "교민 안전 대책",
                     "<figure><img src=\"https://img.example/1.jpg\"><figcaption>외교부 청사 전경 [사진=외교부 "
                     "제공]</figcaption></figure><p>[사진=외교부 제공] 외교부는 1일 교민 안전 대책을 "
                     "발표했다. (서울=연합뉴스) 기자가 전했다.</p>")}));
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto page = std::get<ArticlePage>(q.page(ArticleFilter{}, {}, 10));
    QCOMPARE(page.rows.size(), 1);
    QVERIFY2(page.rows.front().summary.startsWith(QStringLiteral("외교부는 1일")),
             qPrintable(page.rows.front().summary));
    QVERIFY2(page.rows.front().summary.contains(QStringLiteral("(서울=연합뉴스)")), "other brackets stay");
    const auto rows = std::get<QList<ArticleRow>>(q.search(QStringLiteral("대책을")));
    QCOMPARE(rows.size(), 1);
    QVERIFY2(!rows.front().snippet.contains(QStringLiteral("사진")), qPrintable(rows.front().snippet));
    // nor does it open with the wire's dateline and byline, which every summary of the outlet shares
    QCOMPARE(withoutDateline(QStringLiteral("(서울=연합뉴스) 홍길동 기자 = 정부가 발표했다.")),
             QStringLiteral("정부가 발표했다."));
    QCOMPARE(withoutDateline(QStringLiteral("[서울=뉴시스]홍길동 기자 = 정부가 발표했다.")),
             QStringLiteral("정부가 발표했다."));
    QCOMPARE(withoutDateline(QStringLiteral("(상하이=소식) = 교민회가 열렸다.")), QStringLiteral("교민회가 열렸다."));
    QCOMPARE(withoutDateline(QStringLiteral("[속보] 코스피 = 2700 돌파")), QStringLiteral("[속보] 코스피 = 2700 돌파"));
    QCOMPARE(withoutDateline(QStringLiteral("정부는 (1 = 2) 식을 썼다")), QStringLiteral("정부는 (1 = 2) 식을 썼다"));
    m_store->write(update(
        m_feedA, {item("d", "예산안 제출", "<p>(서울=연합뉴스) 홍길동 기자 = 정부가 내년 예산안을 제출했다.</p>")}));
    const auto listed = std::get<ArticlePage>(q.page(ArticleFilter{}, {}, 10)).rows;
    const auto it = std::find_if(
        listed.cbegin(), listed.cend(), [](const ArticleRow& r) { return r.title == QStringLiteral("예산안 제출"); });
    QVERIFY(it != listed.cend());
    QCOMPARE(it->summary, QStringLiteral("정부가 내년 예산안을 제출했다."));
}

void TestStore::searchFindsStemsAndQuotesTheBody()
{
    // #14's walk: "교민들" found fewer than "교민"; snippets repeated the headline, began inside a word ("…율 190원대"
    // from 환율) or doubled an ellipsis
    m_store->write(update(m_feedA,
                          {item("stem",
                                "교민 송금 부담 줄어",
                                "<p>지난달부터 이어진 흐름에 대해 상하이 지역의 한인 사회에서는 요즘 원·위안 환율이 "
                                "190원대에 안착하면서 교민 송금 "
                                "부담이 줄었다는 이야기가 나온다. 교민 단체는 환영했다.</p>")}));
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto rows = std::get<QList<ArticleRow>>(q.search(QStringLiteral("교민들")));
    QCOMPARE(rows.size(), 1);
    const QString snippet = rows.front().snippet;
    QVERIFY2(snippet.contains(QStringLiteral("\x01교민\x02")), qPrintable(snippet)); // from the body, marked
    QVERIFY2(!snippet.contains(QStringLiteral("교민 송금 부담 줄어")), qPrintable(snippet));
    const auto exchange = std::get<QList<ArticleRow>>(q.search(QStringLiteral("190원대")));
    QCOMPARE(exchange.size(), 1);
    // it opens on a whole word of the text
    const QString opening = QString(exchange.front().snippet).remove(QChar(0x2026)).section(u' ', 0, 0);
    const QString text = QStringLiteral(
        " 지난달부터 이어진 흐름에 대해 상하이 지역의 한인 사회에서는 요즘 원·위안 환율이 190원대에 안착하면서");
    QVERIFY2(text.contains(u' ' + opening + u' '), qPrintable(exchange.front().snippet));
    QVERIFY(!exchange.front().snippet.contains(QStringLiteral("……")));
}

void TestStore::unreadCountsBySection()
{
    m_store->write(update(m_feedA, {item("a1", "경제1", "x"), item("a2", "경제2", "x")}));
    m_store->write(update(m_feedB, {item("b1", "사회1", "x")}));
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    UnreadCounts counts = std::get<UnreadCounts>(q.unreadCounts());
    QCOMPARE(counts.all, 3);
    QCOMPARE(counts.bySection.value(QStringLiteral("economy")), 2);
    QCOMPARE(counts.bySection.value(QStringLiteral("society")), 1);
    ArticleFilter economy;
    economy.kind = ArticleFilter::Kind::Section;
    economy.section = QStringLiteral("economy");
    QCOMPARE(std::get<QList<qint64>>(m_store->markAllRead(economy, kNow)).size(), 2);
    counts = std::get<UnreadCounts>(q.unreadCounts());
    QCOMPARE(counts.all, 1);
    QCOMPARE(counts.bySection.value(QStringLiteral("economy")), 0);
}

void TestStore::failuresBackOffAndGoneDisables()
{
    FeedUpdate failed;
    failed.feedId = m_feedA;
    failed.outcome = FetchOutcome::Failed;
    failed.httpStatus = 500;
    failed.error = Error{ErrorCode::HttpStatus, QStringLiteral("HTTP 500"), 500};
    failed.now = kNow;
    QVERIFY(m_store->write(failed).stored);
    QVERIFY(m_store->write(failed).stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QSqlQuery next(m_store->database());
    QVERIFY(next.exec(QStringLiteral("SELECT failure_count, next_fetch FROM feeds WHERE id = %1").arg(m_feedA)));
    QVERIFY(next.next());
    QCOMPARE(next.value(0).toInt(), 2);
    QCOMPARE(next.value(1).toLongLong(), kNow + 600); // 5 min, then 10 min
    const QList<FeedInfo> feeds = std::get<QList<FeedInfo>>(q.feeds());
    const auto it = std::find_if(feeds.begin(), feeds.end(), [this](const FeedInfo& f) { return f.id == m_feedA; });
    QCOMPARE(it->lastError, QStringLiteral("HTTP 500"));
    FeedUpdate gone = failed;
    gone.gone = true;
    gone.httpStatus = 410;
    m_store->write(gone);
    QSqlQuery disabled(m_store->database());
    QVERIFY(disabled.exec(QStringLiteral("SELECT disabled FROM feeds WHERE id = %1").arg(m_feedA)) && disabled.next());
    QCOMPARE(disabled.value(0).toInt(), 1);
    // a success resets the back-off
    QVERIFY(m_store->write(update(m_feedA, {})).stored);
    QSqlQuery reset(m_store->database());
    QVERIFY(reset.exec(QStringLiteral("SELECT failure_count, next_fetch FROM feeds WHERE id = %1").arg(m_feedA)));
    QVERIFY(reset.next());
    QCOMPARE(reset.value(0).toInt(), 0);
    QVERIFY(reset.value(1).isNull());
}

void TestStore::retentionKeepsStarredAndSaved()
{
    const qint64 old = kNow - 200 * 86400;
    m_store->write(update(m_feedA,
                          {item("old1", "오래된 1", "x", old),
                           item("old2", "오래된 2", "x", old),
                           item("old3", "오래된 3", "x", old),
                           item("new", "새 기사", "x", kNow - 60)}));
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QList<qint64> ids;
    const QList<ArticleRow> all = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    for (const ArticleRow& r : all) {
        if (r.title == QStringLiteral("오래된 1")) {
            m_store->setStatus({r.id}, StatusField::Starred, true, kNow);
        } else if (r.title == QStringLiteral("오래된 2")) {
            m_store->setStatus({r.id}, StatusField::Saved, true, kNow);
        }
    }
    RetentionPolicy policy;
    policy.keepDays = 90;
    const RetentionResult result = m_store->applyRetention(policy, kNow);
    QCOMPARE(result.deleted, 1);
    QVERIFY(result.complete);
    QStringList titles;
    const QList<ArticleRow> kept = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    for (const ArticleRow& r : kept) {
        titles.append(r.title);
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("새 기사"), QStringLiteral("오래된 1"), QStringLiteral("오래된 2")}));
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("오래된"))).size(), 2);
}

void TestStore::feedsOwnRetentionOverridesTheApps()
{
    // #15: a feed's 보관 기간 from the subscription manager; the others keep the app's
    SourceRecord source;
    source.key = QStringLiteral("other");
    source.nameKo = QStringLiteral("다른일보");
    FeedRecord c;
    c.url = QStringLiteral("https://other.example.kr/rss.xml");
    const qint64 feedC = std::get<qint64>(m_store->upsertFeed(std::get<qint64>(m_store->upsertSource(source)), c));
    FeedOptions week;
    week.retentionDays = 7;
    FeedOptions always;
    always.retentionDays = 0;
    QVERIFY(std::holds_alternative<bool>(m_store->setFeedOptions(m_feedA, week)));
    QVERIFY(std::holds_alternative<bool>(m_store->setFeedOptions(m_feedB, always)));
    const qint64 day = 86400;
    m_store->write(
        update(m_feedA, {item("a10", "A 열흘", "x", kNow - 10 * day), item("a3", "A 사흘", "x", kNow - 3 * day)}));
    m_store->write(update(m_feedB,
                          {item("b200", "B 이백일", "x", kNow - 200 * day),
                           item("b100", "B 백일", "x", kNow - 100 * day),
                           item("b1", "B 하루", "x", kNow - day)}));
    m_store->write(
        update(feedC, {item("c100", "C 백일", "x", kNow - 100 * day), item("c10", "C 열흘", "x", kNow - 10 * day)}));
    auto titles = [this] {
        ArticleQueries q(path());
        QStringList out;
        if (std::holds_alternative<int>(q.open())) {
            const auto page = q.page({}, {}, 50);
            for (const ArticleRow& r : std::get<ArticlePage>(page).rows) {
                out.append(r.title);
            }
        }
        out.sort();
        return out;
    };
    RetentionPolicy policy;
    policy.keepDays = 90;
    policy.keepPerFeed = 2;
    QCOMPARE(m_store->applyRetention(policy, kNow).deleted, 2); // A's 10-day-old by its week, C's by the app's 90
    QCOMPARE(titles(),
             (QStringList{QStringLiteral("A 사흘"),
                          QStringLiteral("B 백일"),
                          QStringLiteral("B 이백일"),
                          QStringLiteral("B 하루"),
                          QStringLiteral("C 열흘")})); // B is kept forever, past the count limit too
    // the app keeps everything forever: the feed with its own week still loses what is older
    m_store->write(update(m_feedA, {item("a8", "A 여드레", "x", kNow - 8 * day)}));
    policy.keepDays = 0;
    policy.keepPerFeed = 0;
    QCOMPARE(m_store->applyRetention(policy, kNow).deleted, 1);
    QVERIFY(!titles().contains(QStringLiteral("A 여드레")));
    // back to the app's setting (NULL): A's three-day-old article stays under the app's 90 days
    QVERIFY(std::holds_alternative<bool>(m_store->setFeedOptions(m_feedA, FeedOptions{})));
    policy.keepDays = 90;
    QCOMPARE(m_store->applyRetention(policy, kNow).deleted, 0);
}

void TestStore::fullDiskLosesNothing()
{
    m_store->write(update(m_feedA, {item("keep", "지켜야 할 기사", "본문")}));
    QSqlQuery pages(m_store->database());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const int count = pages.value(0).toInt();
    pages.finish();
    // a "disk" with room for a handful of pages
    QVERIFY(QSqlQuery(m_store->database()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(count + 4)));
    QList<StoredItem> big;
    for (int i = 0; i < 300; ++i) {
        big.append(item(QStringLiteral("big%1").arg(i), QStringLiteral("큰 기사 %1").arg(i), QString(4000, u'가')));
    }
    const FeedWriteResult r = m_store->write(update(m_feedA, big));
    QVERIFY(!r.stored);
    QVERIFY2(r.error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(r.error));
    QCOMPARE(r.newItems, 0);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front().title, QStringLiteral("지켜야 할 기사"));
    QSqlQuery check(m_store->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestStore::migratesFromTheFirstSchemaWithABackup()
{
    const QString oldPath = m_dir->filePath(QStringLiteral("old.db"));
    {
        // a cache as the first schema version wrote it
        QSqlDatabase db = Database::connection(oldPath, QStringLiteral("v1"));
        QCOMPARE(std::get<int>(Database::openAndMigrate(db, 1)), 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sources (key, name_ko) VALUES ('s', '옛 매체')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO feeds (source_id, url) VALUES (1, 'http://old.example.kr/rss')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO articles (feed_id, source_id, dedupe_key, title, published, "
                                      "first_seen, section, content_hash) "
                                      "VALUES (1, 1, 'g:1', '옛 기사', 1, 1, 'general', 'x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO article_status (article_id, read, starred) VALUES (1, 1, 1)")));
        db.close();
        db = QSqlDatabase();
        Database::release(oldPath, QStringLiteral("v1"));
    }
    StoreWriterCore upgraded(oldPath);
    QCOMPARE(std::get<int>(upgraded.open()), Database::kSchemaVersion);
    QVERIFY(QFile::exists(oldPath + QStringLiteral(".v1.bak")));
    ArticleQueries q(oldPath);
    QVERIFY(std::holds_alternative<int>(q.open()));
    const ArticleRow row = std::get<ArticlePage>(q.page({}, {}, 10)).rows.front();
    QCOMPARE(row.title, QStringLiteral("옛 기사"));
    QVERIFY(row.read && row.starred);
    QSqlQuery settings(upgraded.database());
    QVERIFY(settings.exec(QStringLiteral("SELECT COUNT(*) FROM settings")));
}

void TestStore::rankingSnapshotsLinkToArticles()
{
    m_store->write(update(m_feedA, {item("r1", "1위 기사", "x"), item("r2", "2위 기사", "x")}));
    SourceRecord source;
    source.key = QStringLiteral("test");
    source.nameKo = QStringLiteral("테스트일보");
    const qint64 sourceId = std::get<qint64>(m_store->upsertSource(source));
    FeedRecord rankingFeed;
    rankingFeed.url = QStringLiteral("https://news.example.kr/rss/clickTop.xml");
    rankingFeed.section = QStringLiteral("economy");
    rankingFeed.kind = QStringLiteral("ranking");
    const qint64 rankingId = std::get<qint64>(m_store->upsertFeed(sourceId, rankingFeed));
    FeedUpdate u;
    u.feedId = rankingId;
    u.outcome = FetchOutcome::Updated;
    u.isRanking = true;
    u.now = kNow;
    u.ranking = {RankingEntry{QStringLiteral("2위 기사"), QStringLiteral("https://news.example.kr/a/r2?utm_source=x")},
                 RankingEntry{QStringLiteral("1위 기사"), QStringLiteral("https://news.example.kr/a/r1")},
                 RankingEntry{QStringLiteral("모르는 기사"), QStringLiteral("https://news.example.kr/a/zz")}};
    QVERIFY(m_store->write(u).stored);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto lists = std::get<QList<RankingList>>(q.publisherRankings(QStringLiteral("economy")));
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists[0].label, QStringLiteral("테스트일보"));
    QCOMPARE(lists[0].items.size(), 3);
    QCOMPARE(lists[0].items[0].title, QStringLiteral("2위 기사"));
    QVERIFY(lists[0].items[0].articleId > 0);
    QVERIFY(lists[0].items[1].articleId > 0);
    QCOMPARE(lists[0].items[2].articleId, 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"

void TestStore::writesStraightToSqliteWhenTheLibraryIsShared()
{
    // new caches use 16 KiB pages (Database.cpp says why)
    QSqlQuery page(m_store->database());
    QVERIFY(page.exec(QStringLiteral("PRAGMA page_size")) && page.next());
    QCOMPARE(page.value(0).toInt(), 16384);
    if (qEnvironmentVariableIsSet("SOSIK_SQL_THROUGH_QT")) {
        QVERIFY(!m_store->writesDirectly());
        return;
    }
    QCOMPARE(m_store->writesDirectly(), SqlConnection::sharesLibrary(m_store->database()));
#if defined(Q_OS_LINUX)
    // Debian's Qt driver links the system SQLite, as Sosik does
    QVERIFY(m_store->writesDirectly());
#endif
}

void TestStore::checkpointsAreHandedOff()
{
    {
        // start from an empty WAL: the migrations' own frames are not this test's writes
        QSqlQuery truncate(m_store->database());
        QVERIFY(truncate.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    int requests = 0;
    m_store->setCheckpointRequest([&requests] { ++requests; }, 8);
    QList<StoredItem> items;
    for (int i = 0; i < 200; ++i) {
        items.append(item(QStringLiteral("ck%1").arg(i),
                          QStringLiteral("체크포인트 %1").arg(i),
                          QStringLiteral("본문 ").repeated(400) + QString::number(i)));
    }
    QVERIFY(m_store->write(update(m_feedA, items)).stored);
    QVERIFY(m_store->write(update(m_feedB, items.mid(0, 20))).stored);
    if (!m_store->writesDirectly()) {
        QCOMPARE(requests, 0); // SQLite checkpoints by itself through QSqlQuery
        return;
    }
    QVERIFY(requests >= 1);
    // the writer left the WAL to whoever got the request: it holds every frame until someone checkpoints
    QSqlQuery wal(m_store->database());
    QVERIFY(wal.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && wal.next());
    QVERIFY(wal.value(1).toInt() >= 8); // frames in the WAL
    QCOMPARE(wal.value(2).toInt(), wal.value(1).toInt()); // all copied back now
}

namespace
{

// How many segments (b-trees) the search index has, each of which a query reads: every segment has rows in
// FTS5's %_idx shadow table
int searchSegments(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM article_search_idx")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

void TestStore::searchIndexMergesAheadOfTime()
{
    // forty small refreshes: forty index segments waiting to be merged
    for (int batch = 0; batch < 40; ++batch) {
        QList<StoredItem> items;
        for (int i = 0; i < 5; ++i) {
            const int n = batch * 5 + i;
            items.append(item(QStringLiteral("m%1").arg(n),
                              QStringLiteral("반도체 수출 %1").arg(n),
                              QStringLiteral("상하이 교민 경제 소식 %1").arg(n)));
        }
        QVERIFY(m_store->write(update(m_feedA, items)).stored);
    }
    const int before = searchSegments(m_store->database());
    QVERIFY(before > 4);
    bool done = false;
    for (int step = 0; step < 100 && !done; ++step) {
        const auto r = m_store->mergeSearchIndex(1);
        QVERIFY(std::holds_alternative<bool>(r));
        done = std::get<bool>(r);
    }
    QVERIFY(done);
    QVERIFY(searchSegments(m_store->database()) < before);
    QVERIFY(std::get<bool>(m_store->mergeSearchIndex(1000))); // nothing left: says so at once
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("반도체"), 500)).size(), 200);
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("교민"), 500)).size(), 200);
}

void TestStore::cacheMergesInIdleSteps()
{
    for (int batch = 0; batch < 30; ++batch) {
        QVERIFY(m_store
                    ->write(update(m_feedB,
                                   {item(QStringLiteral("c%1").arg(batch),
                                         QStringLiteral("정부 발표 %1").arg(batch),
                                         QStringLiteral("환율 소식 %1").arg(batch))}))
                    .stored);
    }
    const int before = searchSegments(m_store->database());
    m_store.reset();
    {
        Cache cache(m_dir->path());
        QSignalSpy opened(&cache, &Cache::opened);
        cache.open();
        QVERIFY(opened.wait(10000));
        QSignalSpy merged(&cache, &Cache::searchIndexMerged);
        cache.mergeSearchIndex(1); // steps of a millisecond: several of them
        QVERIFY(merged.wait(10000));
    }
    m_store = std::make_unique<StoreWriterCore>(path());
    QVERIFY(std::holds_alternative<int>(m_store->open()));
    QVERIFY(searchSegments(m_store->database()) < before);
}
