#include "text/SearchText.h"

#include <QStringList>

namespace news::SearchText
{
namespace
{

enum class Script
{
    Other, // separators
    Word, // Latin, digits, other alphabets
    Cjk, // Hangul syllables and jamo, CJK ideographs, kana
};

Script scriptOf(char32_t c)
{
    if (c < 0x80) {
        return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') ? Script::Word
                                                                                                        : Script::Other;
    }
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x20000 && c <= 0x2FFFF)) {
        return Script::Cjk;
    }
    if (QChar::isLetterOrNumber(c) || c == u'_') {
        return Script::Word;
    }
    return Script::Other;
}

// Splits text into runs of one script; CJK runs are emitted as bigram lists, words lower-cased.
template <typename Emit>
void tokenize(const QString& text, Emit sink)
{
    const QList<uint> cps = text.toUcs4();
    qsizetype i = 0;
    const qsizetype n = cps.size();
    while (i < n) {
        const Script s = scriptOf(cps[i]);
        if (s == Script::Other) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && scriptOf(cps[j]) == s) {
            ++j;
        }
        const QString run = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData() + i), j - i);
        sink(s, run);
        i = j;
    }
}

QStringList bigrams(const QString& run)
{
    const QList<uint> cps = run.toUcs4();
    QStringList out;
    if (cps.size() == 1) {
        out.append(run);
        return out;
    }
    for (qsizetype k = 0; k + 1 < cps.size(); ++k) {
        out.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData() + k), 2));
    }
    return out;
}

QString quoted(const QString& token)
{
    QString t = token;
    t.replace(u'"', QLatin1String("\"\""));
    return u'"' + t + u'"';
}

} // namespace

namespace
{

// the general tokenizer's index text (any input, surrogate pairs included)
QString forIndexGeneral(const QString& text)
{
    QString out;
    tokenize(text, [&out](Script s, const QString& run) {
        if (s == Script::Cjk) {
            for (const QString& b : bigrams(run)) {
                out += b;
                out += u' ';
            }
        } else {
            out += run.toLower();
            out += u' ';
        }
    });
    return out;
}

inline char* putUtf8(char* o, char16_t c)
{
    if (c < 0x80) {
        *o++ = char(c);
    } else if (c < 0x800) {
        *o++ = char(0xC0 | (c >> 6));
        *o++ = char(0x80 | (c & 0x3F));
    } else {
        *o++ = char(0xE0 | (c >> 12));
        *o++ = char(0x80 | ((c >> 6) & 0x3F));
        *o++ = char(0x80 | (c & 0x3F));
    }
    return o;
}

} // namespace

QByteArray forIndexUtf8(QStringView text)
{
    // The hot path of indexing: one pass over UTF-16 straight into UTF-8 (what SQLite stores, so the writer
    // converts nothing), into a buffer sized for the worst case (every character in two bigrams: 3 + 3 bytes and
    // a space), no intermediate lists. Text with surrogate pairs (rare: emoji, CJK extension B) takes the
    // general tokenizer.
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (QChar::isSurrogate(p[i])) {
            return forIndexGeneral(text.toString()).toUtf8();
        }
    }
    QByteArray out(n * 7 + 1, Qt::Uninitialized);
    char* o = out.data();
    char* const begin = o;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        const Script s = scriptOf(c);
        if (s == Script::Other) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && scriptOf(p[j]) == s) {
            ++j;
        }
        if (s == Script::Cjk) {
            if (j - i == 1) {
                o = putUtf8(o, c);
                *o++ = ' ';
            } else {
                for (qsizetype k = i; k + 1 < j; ++k) {
                    o = putUtf8(o, p[k]);
                    o = putUtf8(o, p[k + 1]);
                    *o++ = ' ';
                }
            }
        } else {
            for (qsizetype k = i; k < j; ++k) {
                const char16_t w = p[k];
                if (w < 0x80) {
                    *o++ = char((w >= 'A' && w <= 'Z') ? w + 32 : w);
                } else {
                    o = putUtf8(o, QChar(w).toLower().unicode());
                }
            }
            *o++ = ' ';
        }
        i = j;
    }
    out.truncate(o - begin);
    return out;
}

QString forIndex(const QString& text)
{
    return QString::fromUtf8(forIndexUtf8(text));
}

QStringList terms(const QString& query)
{
    return query.simplified().split(u' ', Qt::SkipEmptyParts);
}

namespace
{

QString phrase(const QStringList& tokens)
{
    QStringList quotedTokens;
    for (const QString& t : tokens) {
        quotedTokens.append(quoted(t));
    }
    return quotedTokens.join(u" + ");
}

// The ways a run of Hangul written together may have been written apart, as token lists: the index holds
// "반도체 수출" as 반도 도체 수출 (no bigram across the space), so "반도체수출" must also match that phrase.
// Every part keeps at least two syllables (a lone syllable is rarely a word of its own), at most three
// parts, and only for runs of up to eight syllables: a bounded number of alternatives (at most 11).
QList<QStringList> spacedVariants(const QString& run)
{
    QList<QStringList> variants;
    const QList<uint> cps = run.toUcs4();
    const qsizetype n = cps.size();
    if (n < 4 || n > 8) {
        return variants;
    }
    auto part = [&cps](qsizetype from, qsizetype to) {
        return bigrams(QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData() + from), to - from));
    };
    for (qsizetype a = 2; a + 2 <= n; ++a) {
        variants.append(part(0, a) + part(a, n));
        for (qsizetype b = a + 2; b + 2 <= n; ++b) {
            variants.append(part(0, a) + part(a, b) + part(b, n));
        }
    }
    return variants;
}

} // namespace

QString withoutEnding(const QString& word)
{
    static const QStringList endings = {
        QStringLiteral("에서"), QStringLiteral("으로"), QStringLiteral("에게"), QStringLiteral("까지"),
        QStringLiteral("부터"), QStringLiteral("들이"), QStringLiteral("들은"), QStringLiteral("들의"),
        QStringLiteral("들을"), QStringLiteral("들도"), QStringLiteral("에는"), QStringLiteral("에도"),
        QStringLiteral("들"),   QStringLiteral("은"),   QStringLiteral("는"),   QStringLiteral("을"),
        QStringLiteral("를"),   QStringLiteral("의"),   QStringLiteral("에"),   QStringLiteral("도"),
        QStringLiteral("과"),   QStringLiteral("와"),
    };
    for (const QChar c : word) {
        if (c.unicode() < 0xAC00 || c.unicode() > 0xD7A3) {
            return {}; // Hangul syllables only
        }
    }
    for (const QString& e : endings) {
        if (word.size() >= e.size() + 2 && word.endsWith(e)) {
            return word.chopped(e.size());
        }
    }
    return {};
}

QString matchExpression(const QString& query)
{
    QStringList clauses;
    for (const QString& word : terms(query)) {
        QStringList tokens;
        bool singleSyllable = false;
        // the word's tokens with each CJK run replaced by one of its spaced forms (#14)
        QList<QStringList> alternatives;
        tokenize(word, [&](Script s, const QString& run) {
            if (s == Script::Cjk) {
                const QStringList b = bigrams(run);
                singleSyllable = singleSyllable || run.toUcs4().size() == 1;
                for (QStringList& a : alternatives) {
                    a += b; // an earlier run's spaced form, this run as written
                }
                for (const QStringList& spaced : spacedVariants(run)) {
                    alternatives.append(tokens + spaced);
                }
                tokens += b;
            } else {
                tokens += run.toLower();
                for (QStringList& a : alternatives) {
                    a += run.toLower();
                }
            }
        });
        if (tokens.isEmpty()) {
            continue;
        }
        if (tokens.size() == 1 && singleSyllable) {
            // one syllable: it starts a bigram, or stands alone
            clauses.append(QStringLiteral("(%1 * OR %1)").arg(quoted(tokens.front())));
            continue;
        }
        // a phrase: the bigrams must follow each other ("반도체" = "반도" "도체")
        if (tokens.size() == 1) {
            clauses.append(quoted(tokens.front()));
            continue;
        }
        QStringList phrases{QStringLiteral("(%1)").arg(phrase(tokens))};
        for (const QStringList& a : std::as_const(alternatives)) {
            if (a.size() > 1 && a != tokens) {
                phrases.append(QStringLiteral("(%1)").arg(phrase(a)));
            }
        }
        // a word with a particle or plural ending finds its stem as well: "교민들" also finds "교민" (it found 3
        // articles where "교민" found 5, #14's walk). Only endings that seldom end a noun of their own, and a stem
        // of two syllables or more.
        if (const QString stem = withoutEnding(word); !stem.isEmpty()) {
            const QStringList b = bigrams(stem);
            phrases.append(b.size() == 1 ? quoted(b.front()) : QStringLiteral("(%1)").arg(phrase(b)));
        }
        clauses.append(phrases.size() == 1 ? phrases.front()
                                           : QStringLiteral("(%1)").arg(phrases.join(QLatin1String(" OR "))));
    }
    return clauses.join(QLatin1String(" AND "));
}

} // namespace news::SearchText
