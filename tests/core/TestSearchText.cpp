#include "text/SearchText.h"

#include <QTest>

using namespace news;

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void endingsLeaveTheirStem();
    void indexText_data();
    void indexText();
    void queries_data();
    void queries();
};

void TestSearchText::indexText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("particle") << QStringLiteral("서울에서") << QStringLiteral("서울 울에 에서 ");
    QTest::newRow("mixed scripts") << QStringLiteral("AI빅모델") << QStringLiteral("ai 빅모 모델 ");
    QTest::newRow("Hanja") << QStringLiteral("界面新闻") << QStringLiteral("界面 面新 新闻 ");
    QTest::newRow("single syllable") << QStringLiteral("중 국") << QStringLiteral("중 국 ");
    QTest::newRow("English lower-cased") << QStringLiteral("Samsung, LG") << QStringLiteral("samsung lg ");
    QTest::newRow("punctuation splits") << QStringLiteral("원·위안") << QStringLiteral("원 위안 ");
}

void TestSearchText::indexText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::forIndex(text), expected);
}

void TestSearchText::queries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two syllables") << QStringLiteral("경제") << QStringLiteral("\"경제\"");
    QTest::newRow("three syllables") << QStringLiteral("반도체") << QStringLiteral("(\"반도\" + \"도체\")");
    QTest::newRow("single syllable") << QStringLiteral("중") << QStringLiteral("(\"중\" * OR \"중\")");
    QTest::newRow("two words") << QStringLiteral("경제 정부") << QStringLiteral("\"경제\" AND \"정부\"");
    QTest::newRow("quotes are neutralised") << QStringLiteral("a\"b") << QStringLiteral("(\"a\" + \"b\")");
    QTest::newRow("operators are words") << QStringLiteral("OR") << QStringLiteral("\"or\"");
    QTest::newRow("four syllables written together") // 금리동결 finds 금리 동결 (#14)
        << QStringLiteral("금리동결") << QStringLiteral("((\"금리\" + \"리동\" + \"동결\") OR (\"금리\" + \"동결\"))");
    QTest::newRow("five syllables written together")
        << QStringLiteral("반도체수출")
        << QStringLiteral("((\"반도\" + \"도체\" + \"체수\" + \"수출\") OR (\"반도\" + \"체수\" + \"수출\") OR "
                          "(\"반도\" + \"도체\" + \"수출\"))");
    QTest::newRow("nothing searchable") << QStringLiteral("!!") << QString();
}

void TestSearchText::queries()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::matchExpression(query), expected);
}

void TestSearchText::endingsLeaveTheirStem()
{
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("교민들")), QStringLiteral("교민"));
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("상하이에서")), QStringLiteral("상하이"));
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("정부는")), QStringLiteral("정부"));
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("교민")), QString()); // nothing to take off
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("어린이")), QString()); // 이 ends nouns too: kept
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("반도체")), QString());
    QCOMPARE(SearchText::withoutEnding(QStringLiteral("AI들")), QString()); // Hangul only
    // the query finds the word as typed or its stem
    const QString match = SearchText::matchExpression(QStringLiteral("교민들"));
    QVERIFY2(match.contains(QStringLiteral("\"교민\"")), qPrintable(match));
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "TestSearchText.moc"
