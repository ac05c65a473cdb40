#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <limits>

namespace news
{

struct HtmlAttribute
{
    QString name; // lower case
    QString value; // character references decoded
};

struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag,
        Comment,
    };
    Type type = Type::Text;
    QString name; // lower-case tag name
    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
    QString text; // decoded text, or the raw text of script/style-like elements
};

/// A forgiving HTML tokenizer in the spirit of the HTML5 one: unknown or broken markup becomes text,
/// comments run to "-->" (or the end), the content of script/style/textarea/title/xmp/iframe/noembed/
/// noframes/noscript is raw text up to its own end tag.
class HtmlTokenizer
{
public:
    /// Attributes kept per tag (the first ones; duplicates count once): no real tag has more.
    static constexpr qsizetype kMaxAttributes = 256;

    explicit HtmlTokenizer(QStringView html);
    bool next(HtmlToken& token);
    /// Where the next token starts: consecutive tokens cover the input without gaps, so a token's markup is
    /// the input between the positions before and after its next().
    qsizetype position() const { return m_pos; }

private:
    bool tag(HtmlToken& token);
    void readAttributes(HtmlToken& token);

    static constexpr qsizetype kSetFrom = 16;

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // set after a raw-text start tag
    qsizetype m_noGreaterFrom = std::numeric_limits<qsizetype>::max(); // no '>' at or after this position
    QSet<QString> m_names; // attribute names of the current tag, once it has many
};

/// Decodes HTML character references (named, with or without ';' for the legacy names; numeric).
QString decodeHtmlEntities(QStringView text, bool inAttribute = false);

} // namespace news
