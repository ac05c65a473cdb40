#pragma once

#include <QList>
#include <QString>

#include <deque>
#include <vector>

namespace news
{

struct XmlElement;

struct XmlAttribute
{
    QString ns; // namespace URI ("" for unprefixed attributes)
    QString local; // lower-cased local name
    QString qname; // as written
    QString value; // references resolved, whitespace normalised
};

/// A child of an element: an element, or a run of character data (text and CDATA merged).
struct XmlNode
{
    XmlElement* element = nullptr;
    QString text;
};

struct XmlElement
{
    QString ns; // namespace URI
    QString local; // lower-cased local name
    QString qname; // as written
    QList<XmlAttribute> attributes;
    std::vector<XmlNode> children;
    XmlElement* parent = nullptr;
    QString base; // effective xml:base (absolute when the document URL was known)
    QString lang; // effective xml:lang

    /// The attribute with this local name in no namespace (or, failing that, in any namespace).
    QString attribute(QLatin1String local) const;
    QString attribute(const QString& ns, QLatin1String local) const;
    bool hasAttribute(QLatin1String local) const;
    /// All character data below this element, in document order.
    QString text() const;
    /// Character data directly inside this element, ignoring child elements.
    QString ownText() const;
    /// The children serialised as markup (for Atom `xhtml` content and inline `xml` modes).
    QString innerXml() const;
    XmlElement* firstChild(const QString& ns, QLatin1String local) const;
};

/// Result of the lenient XML reader: a tree plus what was wrong with the input.
struct XmlDocument
{
    XmlElement* root = nullptr;
    std::deque<XmlElement> elements; // owns every element; addresses are stable
    bool malformed = false;
    QString error; // the first problem, technical English
    QString rootDefaultNamespace; // xmlns="…" in scope at the root element
    QString doctypeName;
    QString doctypePublicId;
};

struct XmlLimits
{
    int maxDepth = 256;
    qsizetype maxEntityExpansion = 1 << 20; // characters produced by DTD-declared entities
    qsizetype maxElements = 2'000'000;
};

/// Reads XML the way a feed reader must: everything well-formed is read exactly; malformed input
/// (undefined or HTML entities, bare '&', stray '<', mismatched or unclosed tags, control characters,
/// truncated documents) is repaired and flagged, keeping what came before the damage.
XmlDocument parseXml(const QString& text, const QString& documentUrl, const XmlLimits& limits = {});

} // namespace news
