#include "rank/StoryClusters.h"

#include <QTest>

using namespace news;

class TestStoryClusters : public QObject
{
    Q_OBJECT

private slots:
    void clustersWireCopiesAcrossOutlets();
    void recencyBreaksTies();
    void sharedBoilerplateDoesNotMakeAStory();
    void theSameHeadlineIsOneStoryWhateverTheLeads();
    void sharedTagsDatelinesAndCopyrightDoNotMakeAStory();
    void versionsOfFindsTheSameStoryOnly();
};

namespace
{
constexpr qint64 kNow = 1'800'000'000;
StoryInput story(qint64 id, qint64 source, const QString& title, const QString& lead, qint64 ageMinutes)
{
    return StoryInput{id, source, QStringLiteral("매체%1").arg(source), title, lead, kNow - ageMinutes * 60, 0};
}
} // namespace

void TestStoryClusters::clustersWireCopiesAcrossOutlets()
{
    const QList<StoryInput> articles = {
        // story A: four outlets, wire copies with small edits
        story(1,
              1,
              QStringLiteral("정부, 반도체 수출 지원 대책 발표"),
              QStringLiteral("정부가 반도체 수출을 늘리기 위한"),
              60),
        story(2,
              2,
              QStringLiteral("[속보] 정부, 반도체 수출 지원 대책 발표"),
              QStringLiteral("정부가 반도체 수출을"),
              55),
        story(3, 3, QStringLiteral("정부 반도체 수출 지원대책 발표…업계 환영"), QStringLiteral("정부가 반도체"), 50),
        story(4, 4, QStringLiteral("정부, 반도체 수출 지원 대책 발표(종합)"), QStringLiteral("정부가 반도체 수출"), 40),
        // story B: three outlets
        story(5, 1, QStringLiteral("상하이 지하철 19호선 개통"), QStringLiteral("상하이 지하철 19호선이"), 90),
        story(6, 2, QStringLiteral("상하이 지하철 19호선 오늘 개통"), QStringLiteral("상하이 지하철"), 85),
        story(7,
              5,
              QStringLiteral("상하이 지하철 19호선 개통…교민 통근 편해져"),
              QStringLiteral("상하이 지하철 19호선"),
              80),
        // the same outlet twice does not count twice
        story(8, 3, QStringLiteral("한국은행 기준금리 동결"), QStringLiteral("한국은행이 기준금리를"), 30),
        story(9, 3, QStringLiteral("한국은행 기준금리 동결(2보)"), QStringLiteral("한국은행이 기준금리를"), 25),
        // unrelated single stories
        story(10, 6, QStringLiteral("전주 한옥마을 겨울 축제 개막"), QStringLiteral("전주 한옥마을에서"), 20),
        story(11, 7, QStringLiteral("국립중앙박물관 특별전 관람객 50만"), QStringLiteral("국립중앙박물관의"), 10),
    };
    const QList<StoryCluster> clusters = clusterStories(articles, kNow);
    QCOMPARE(clusters.size(), 5);
    QCOMPARE(clusters[0].outlets, 4);
    QCOMPARE(clusters[0].leadId, 1);
    QCOMPARE(QSet<qint64>(clusters[0].articleIds.begin(), clusters[0].articleIds.end()), (QSet<qint64>{1, 2, 3, 4}));
    QCOMPARE(clusters[1].outlets, 3);
    QCOMPARE(QSet<qint64>(clusters[1].articleIds.begin(), clusters[1].articleIds.end()), (QSet<qint64>{5, 6, 7}));
    const auto rate
        = std::find_if(clusters.begin(), clusters.end(), [](const StoryCluster& c) { return c.leadId == 8; });
    QVERIFY(rate != clusters.end());
    QCOMPARE(rate->articleIds.size(), 2);
    QCOMPARE(rate->outlets, 1);
}

void TestStoryClusters::recencyBreaksTies()
{
    const QList<StoryInput> articles = {
        story(1, 1, QStringLiteral("어제의 큰 뉴스"), QString(), 24 * 60),
        story(2, 2, QStringLiteral("어제의 큰 뉴스"), QString(), 24 * 60),
        story(3, 1, QStringLiteral("방금 들어온 소식"), QString(), 5),
        story(4, 2, QStringLiteral("방금 들어온 소식"), QString(), 4),
    };
    const QList<StoryCluster> clusters = clusterStories(articles, kNow);
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(clusters[0].leadId, 3); // same number of outlets: the fresher story ranks first
    QVERIFY(clusters[0].score > clusters[1].score);
}

void TestStoryClusters::sharedBoilerplateDoesNotMakeAStory()
{
    // two unrelated exclusives with the same stock lead were one "2개 매체" story (#14)
    const QString stock
        = QStringLiteral("[단독] (서울=뉴스원) 홍길동 기자 = 본지 취재 결과 다음과 같은 사실이 확인됐다");
    const QList<StoryInput> articles = {
        story(1, 1, QStringLiteral("대형 건설사 하청 대금 미지급 의혹"), stock, 30),
        story(2, 2, QStringLiteral("지방 국립대 의대 정원 배정 잡음"), stock, 20),
    };
    const QList<StoryCluster> clusters = clusterStories(articles, kNow);
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(clusters[0].outlets, 1);
    QCOMPARE(clusters[1].outlets, 1);
}

void TestStoryClusters::theSameHeadlineIsOneStoryWhateverTheLeads()
{
    // #14's walk: a local outlet ran the wire's headline over a first sentence of its own, 30 minutes later, and
    // 관련 기사 did not group them
    const QList<StoryInput> articles = {
        story(
            1,
            1,
            QStringLiteral("원·달러 환율 1400원 돌파…2년 만에 최고"),
            QStringLiteral("(서울=뉴스원) 홍길동 기자 = 원·달러 환율이 1일 서울 외환시장에서 장중 1400원을 넘어섰다."),
            60),
        story(2,
              2,
              QStringLiteral("원달러 환율 1400원 돌파, 2년만에 최고"),
              QStringLiteral("상하이 교민들의 환전 부담이 커지고 있다. 중국 위안화도 약세를 이어갔다."),
              30),
        // the same few words in a headline of another story stay apart
        story(3,
              3,
              QStringLiteral("원·엔 환율 900원 아래로…일본 여행 늘어"),
              QStringLiteral("엔화 약세에 일본 여행객이 늘었다."),
              20),
    };
    QVERIFY(sameStory(articles[0], articles[1]));
    QVERIFY(!sameStory(articles[0], articles[2]));
    QCOMPARE(versionsOf(articles[0], {articles[1], articles[2]}), QList<int>{0});
    const QList<StoryCluster> clusters = clusterStories(articles, kNow);
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(clusters[0].outlets, 2);
}

void TestStoryClusters::sharedTagsDatelinesAndCopyrightDoNotMakeAStory()
{
    // short titles sharing only their "[단독]" tag, with the same stock dateline, reporter and copyright line:
    // the tag alone made the titles a fifth alike, the stock lead did the rest (#14)
    const QString stock = QStringLiteral("(서울=뉴스원) 홍길동 기자 = ⓒ 뉴스원, 무단전재 및 재배포 금지");
    const QList<StoryInput> articles = {
        story(1, 1, QStringLiteral("[단독] 삼성 합병"), stock, 30),
        story(2, 2, QStringLiteral("[단독] 현대 파업"), stock, 20),
        story(3, 3, QStringLiteral("【포토】 한강 야경"), stock, 15),
        story(4, 4, QStringLiteral("【포토】 남산 단풍"), stock, 10),
    };
    const QList<StoryCluster> clusters = clusterStories(articles, kNow);
    QCOMPARE(clusters.size(), 4);
    QVERIFY(!sameStory(articles[0], articles[1]));
    QVERIFY(!sameStory(articles[2], articles[3]));
}

void TestStoryClusters::versionsOfFindsTheSameStoryOnly()
{
    const StoryInput article = story(1,
                                     1,
                                     QStringLiteral("정부, 반도체 수출 지원 대책 발표"),
                                     QStringLiteral("(세종=뉴스원) 김기자 기자 = 정부가 반도체 수출을 늘리기 위한"),
                                     60);
    const QList<StoryInput> candidates = {
        story(2,
              2,
              QStringLiteral("[속보] 정부, 반도체 수출 지원 대책 발표"),
              QStringLiteral("(서울=통신사) 이기자 기자 = 정부가 반도체 수출을"),
              55),
        story(3, 3, QStringLiteral("상하이 지하철 19호선 개통"), QStringLiteral("상하이 지하철 19호선이"), 50),
        story(4, 4, QStringLiteral("정부 반도체 수출 지원대책 발표…업계 환영"), QStringLiteral("정부가 반도체"), 40),
        story(5, 5, QStringLiteral("[단독] 반도체 공장 화재"), QStringLiteral("(서울=뉴스원) 김기자 기자 ="), 30),
    };
    QCOMPARE(versionsOf(article, candidates), (QList<int>{0, 2}));
}

QTEST_GUILESS_MAIN(TestStoryClusters)
#include "TestStoryClusters.moc"
