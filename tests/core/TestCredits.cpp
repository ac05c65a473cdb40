// Credits as one typed value: its storage form (the `extra` column) written and read in one place.
#include "model/Credits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace news;

class TestCredits : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void readsTheOlderForm();
    void emptyIsEmpty();
    void photosMergeBySource();
};

void TestCredits::roundTrip()
{
    Credits c;
    c.reporters = {Reporter{QStringLiteral("한가람"), QStringLiteral("기자"), QStringLiteral("garam@example.kr")},
                   Reporter{QStringLiteral("윤보슬"), QStringLiteral("특파원"), {}}};
    c.dateline = Dateline{QStringLiteral("상하이"), QStringLiteral("한빛통신")};
    c.addPhoto(PhotoCredit{
        QStringLiteral("한빛통신"), QStringLiteral("강변의 야경. [사진=한빛통신]"), QStringLiteral("a.jpg")});
    c.addPhoto(PhotoCredit{QStringLiteral("독자 제공"), {}, {}});
    c.copyright = QStringLiteral("ⓒ 한빛일보 \"무단 전재\" 금지\n");
    c.contributors = {Reporter{QStringLiteral("나들이"), QStringLiteral("교수"), {}}};
    const QString json = c.toJson();
    QCOMPARE(Credits::fromJson(json), c);
    // the fast writer writes what QJsonDocument would (sorted keys, same escapes)
    QCOMPARE(QString::fromUtf8(QJsonDocument(c.toJsonObject()).toJson(QJsonDocument::Compact)), json);
    QCOMPARE(c.photoSources(), (QStringList{QStringLiteral("한빛통신"), QStringLiteral("독자 제공")}));
}

void TestCredits::readsTheOlderForm()
{
    // what caches written before the typed value hold: photo_credits as the only photo list
    const Credits c = Credits::fromJson(
        QStringLiteral("{\"copyright\":\"ⓒ 한빛일보\",\"dateline\":{\"agency\":\"한빛통신\",\"city\":\"서울\"},"
                       "\"photo_credits\":[\"한빛통신\",\"AP\"],\"reporters\":[{\"email\":\"\",\"name\":\"한가람\","
                       "\"role\":\"기자\"}]}"));
    QCOMPARE(c.reporters.size(), 1);
    QCOMPARE(c.reporters[0].name, QStringLiteral("한가람"));
    QCOMPARE(c.dateline.city, QStringLiteral("서울"));
    QCOMPARE(c.photoSources(), (QStringList{QStringLiteral("한빛통신"), QStringLiteral("AP")}));
    QCOMPARE(c.copyright, QStringLiteral("ⓒ 한빛일보"));
}

void TestCredits::emptyIsEmpty()
{
    QVERIFY(Credits().toJson().isEmpty());
    QVERIFY(Credits::fromJson({}).isEmpty());
    QVERIFY(Credits::fromJson(QStringLiteral("not json")).isEmpty());
    QVERIFY(Credits::fromJson(QStringLiteral("[1,2]")).isEmpty());
}

void TestCredits::photosMergeBySource()
{
    Credits c;
    c.addPhoto(PhotoCredit{QStringLiteral("한빛통신"), {}, {}});
    c.addPhoto(PhotoCredit{QStringLiteral("한빛통신"), QStringLiteral("캡션"), QStringLiteral("b.jpg")});
    QCOMPARE(c.photos.size(), 1); // the unplaced credit is now placed under its photo
    QCOMPARE(c.photos[0].image, QStringLiteral("b.jpg"));
    c.addPhoto(PhotoCredit{QStringLiteral("한빛통신"), QStringLiteral("다른 캡션"), QStringLiteral("c.jpg")});
    QCOMPARE(c.photos.size(), 2);
    c.addPhoto(PhotoCredit{{}, QStringLiteral("출처 없음"), QStringLiteral("d.jpg")});
    QCOMPARE(c.photos.size(), 2);
}

QTEST_GUILESS_MAIN(TestCredits)
#include "TestCredits.moc"
