#include "text/TextDecoder.h"

#include <QTest>

using namespace news;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesLegacyEncodings_data();
    void decodesLegacyEncodings();
    void labelsSelectCodecs_data();
    void labelsSelectCodecs();
    void invalidBytesAreFlaggedNotDropped();
    void asciiIsNeverSwallowedByBrokenSequences();
    void guessesUndeclaredLegacyText_data();
    void guessesUndeclaredLegacyText();
    void validatesUtf8();
};

void TestTextDecoder::decodesLegacyEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("EUC-KR 한국") << QByteArray("\xC7\xD1\xB1\xB9") << "EUC-KR" << QStringLiteral("한국");
    QTest::newRow("CP949-only 똠 via EUC-KR label") << QByteArray("\x8C\x63") << "euc-kr" << QStringLiteral("똠");
    QTest::newRow("CP949-only 햏 via ks_c_5601-1987")
        << QByteArray("\xC1\x64") << "ks_c_5601-1987" << QStringLiteral("햏");
    QTest::newRow("x-windows-949") << QByteArray("\xB0\xA1\x41") << "x-windows-949" << QStringLiteral("가A");
    QTest::newRow("GB2312 中文") << QByteArray("\xD6\xD0\xCE\xC4") << "gb2312" << QStringLiteral("中文");
    QTest::newRow("GB18030 four-byte €") << QByteArray("\xA2\xE3") << "gb18030" << QStringLiteral("€");
    QTest::newRow("GB18030 four-byte BMP") << QByteArray("\x81\x30\x81\x30") << "gb18030" << QStringLiteral("\u0080");
    QTest::newRow("GB18030 supplementary")
        << QByteArray("\x95\x32\x82\x36") << "gb18030" << QString::fromUcs4(U"\U00020000", 1);
    QTest::newRow("Big5 中文") << QByteArray("\xA4\xA4\xA4\xE5") << "big5" << QStringLiteral("中文");
    QTest::newRow("Shift_JIS 日本") << QByteArray("\x93\xFA\x96\x7B") << "Shift_JIS" << QStringLiteral("日本");
    QTest::newRow("Shift_JIS half-width kana") << QByteArray("\xB1") << "shift_jis" << QStringLiteral("ｱ");
    QTest::newRow("EUC-JP 日本") << QByteArray("\xC6\xFC\xCB\xDC") << "EUC-JP" << QStringLiteral("日本");
    QTest::newRow("KOI8-R Привет") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4") << "koi8-r" << QStringLiteral("Привет");
    QTest::newRow("ISO-8859-2 ł") << QByteArray("\xB3") << "iso-8859-2" << QStringLiteral("ł");
    QTest::newRow("ISO-8859-1 as windows-1252")
        << QByteArray("\x93quote\x94") << "iso-8859-1" << QStringLiteral("“quote”");
    QTest::newRow("windows-1251") << QByteArray("\xCF\xF0\xE8") << "windows-1251" << QStringLiteral("При");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF\xED\x95\x9C") << "utf-8" << QStringLiteral("한");
    QTest::newRow("UTF-16LE") << QByteArray("\x5C\xD5", 2) << "utf-16le" << QStringLiteral("한");
}

void TestTextDecoder::decodesLegacyEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, label);
    QFETCH(QString, expected);
    const QString codec = TextDecoder::codecForLabel(label);
    QVERIFY2(!codec.isEmpty(), qPrintable(label));
    bool errors = false;
    QCOMPARE(TextDecoder::decode(bytes, codec, &errors), expected);
    QVERIFY(!errors);
}

void TestTextDecoder::labelsSelectCodecs_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("codec");
    QTest::newRow("EUC-KR") << "EUC-KR"
                            << "cp949";
    QTest::newRow("quoted") << "'euc-kr'"
                            << "cp949";
    QTest::newRow("ksc5601") << "KSC5601"
                             << "cp949";
    QTest::newRow("gbk") << "GBK"
                         << "gb18030";
    QTest::newRow("big5-hkscs") << "Big5-HKSCS"
                                << "cp950";
    QTest::newRow("windows-31j") << "Windows-31J"
                                 << "cp932";
    QTest::newRow("latin1") << "latin1"
                            << "cp1252";
    QTest::newRow("iso8859-15") << "ISO8859-15"
                                << "iso8859-15";
    QTest::newRow("cp1250") << "cp1250"
                            << "cp1250";
    QTest::newRow("unknown") << "x-klingon"
                             << "";
}

void TestTextDecoder::labelsSelectCodecs()
{
    QFETCH(QString, label);
    QFETCH(QString, codec);
    QCOMPARE(TextDecoder::codecForLabel(label), codec);
}

void TestTextDecoder::invalidBytesAreFlaggedNotDropped()
{
    bool errors = false;
    const QString text = TextDecoder::decode(QByteArray("\xC7\xD1\xFF\xB1\xB9"), QStringLiteral("cp949"), &errors);
    QVERIFY(errors);
    QVERIFY(text.startsWith(QStringLiteral("한")));
    QVERIFY(text.contains(QChar(0xFFFD)));
}

void TestTextDecoder::asciiIsNeverSwallowedByBrokenSequences()
{
    bool errors = false;
    // a lead byte followed by '<': the '<' must survive (it may start markup)
    const QString text = TextDecoder::decode(QByteArray("\xC7<b>"), QStringLiteral("cp949"), &errors);
    QVERIFY(errors);
    QCOMPARE(text, QStringLiteral("\uFFFD<b>"));
}

void TestTextDecoder::guessesUndeclaredLegacyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("label");
    QTest::newRow("Korean") << QStringLiteral(
        "상하이 한인 사회가 주말에 바자회를 열었다. 이번 행사에는 많은 교민이 참석했다.")
                            << "cp949"
                            << "euc-kr";
    QTest::newRow("Chinese") << QStringLiteral("上海市政府今天发布了新的交通管理规定，这是为了提高城市的发展水平。")
                             << "gb18030"
                             << "gb2312";
    QTest::newRow("Japanese") << QStringLiteral("東京では今日、新しい電車の路線が開通しました。とても便利になります。")
                              << "euc_jp"
                              << "euc-jp";
    // a Japanese document in Shift_JIS once came out as KOI8-R (#13): paired bytes that a CJK table reads cleanly
    QTest::newRow("Japanese Shift_JIS") << QStringLiteral(
        "東京では今日、新しい電車の路線が開通しました。とても便利になります。")
                                        << "cp932"
                                        << "shift_jis";
    QTest::newRow("Japanese Shift_JIS, katakana")
        << QStringLiteral("ニュース：シャンハイのレストランでコリアンフードフェアが開かれました。") << "cp932"
        << "shift_jis";
    QTest::newRow("Russian") << QStringLiteral("Сегодня в городе открылась новая станция метро и это очень хорошо")
                             << "koi8-r"
                             << "koi8-r";
    // windows-1251 puts the capitals where KOI8-R has the small letters: read as KOI8-R it is all capitals
    QTest::newRow("Russian windows-1251")
        << QStringLiteral("Сегодня в Москве прошла пресс-конференция министра иностранных дел России.") << "cp1251"
        << "windows-1251";
    // Big5's paired bytes land on Thai consonants when read as TIS-620; a clean Big5 reading must win
    QTest::newRow("Traditional Chinese Big5")
        << QStringLiteral("臺灣的經濟發展與兩岸關係是今天討論的主題。香港新聞報導。") << "cp950"
        << "big5";
}

void TestTextDecoder::guessesUndeclaredLegacyText()
{
    QFETCH(QString, text);
    QFETCH(QString, codec);
    QFETCH(QString, label);
    // encode by inverting the decoder (the tables are decode-only): map every one- and two-byte sequence
    QHash<QChar, QByteArray> encoder;
    for (int b1 = 0x80; b1 < 0x100; ++b1) {
        bool err = false;
        const QString one = TextDecoder::decode(QByteArray(1, char(b1)), codec, &err);
        if (!err && one.size() == 1) {
            encoder.insert(one.front(), QByteArray(1, char(b1)));
            continue;
        }
        for (int b2 = 0x40; b2 < 0x100; ++b2) {
            QByteArray two;
            two.append(char(b1)).append(char(b2));
            err = false;
            const QString decoded = TextDecoder::decode(two, codec, &err);
            if (!err && decoded.size() == 1 && !encoder.contains(decoded.front())) {
                encoder.insert(decoded.front(), two);
            }
        }
    }
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            bytes.append(char(c.unicode()));
            continue;
        }
        QVERIFY2(encoder.contains(c), qPrintable(QString(c)));
        bytes.append(encoder.value(c));
    }
    QVERIFY(!TextDecoder::isValidUtf8(bytes));
    QCOMPARE(TextDecoder::guessLegacyEncoding(bytes), label);
}

void TestTextDecoder::validatesUtf8()
{
    QVERIFY(TextDecoder::isValidUtf8(QByteArray("plain ascii")));
    QVERIFY(TextDecoder::isValidUtf8(QStringLiteral("한국어 텍스트 😀").toUtf8()));
    QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xC7\xD1\xB1\xB9")));
    QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xED\xA0\x80"))); // surrogate
    QVERIFY(!TextDecoder::isValidUtf8(QByteArray("\xC0\xAF"))); // overlong
    QVERIFY(!TextDecoder::isValidUtf8(QByteArray("abc\xE2\x82"))); // truncated
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
