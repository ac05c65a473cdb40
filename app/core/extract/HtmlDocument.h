#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

struct GumboInternalNode;

namespace news
{

/// An HTML5 document parsed by gumbo (the WHATWG parsing algorithm, so broken markup nests the way a browser
/// nests it). A thin, read-only view: elements are visited, queried by tag, id and class, and serialised
/// back to HTML. Used by the article extractor (extract/ArticleExtractor).
class HtmlDocument
{
public:
    using Node = const GumboInternalNode*;

    /// Past these, a page is not parsed at all (gumbo's work grows with tags × open elements, and with the
    /// square of one tag's attributes: a page nested 400,000 deep took minutes, #17). Real pages stay far below.
    static constexpr int kMaxDepth = 256; // real pages: at most 24 in our samples
    static constexpr int kMaxAttributes = 500; // real pages: at most 29

    /// Parses UTF-8 bytes. Never fails: any input gives a document (an empty one for markup nested deeper than
    /// kMaxDepth or with more than kMaxAttributes on a tag, with refusal() saying so).
    explicit HtmlDocument(const QByteArray& utf8);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    Node root() const;
    /// Why the page was not parsed ("too deeply nested …"); empty when it was.
    QString refusal() const;

    static bool isElement(Node node);
    static bool isText(Node node); // text, whitespace or CDATA
    static QString tagName(Node node); // lower case; "" for non-elements
    static QString attribute(Node node, const char* name);
    static bool hasClass(Node node, const QString& name);
    static std::vector<Node> children(Node node);
    static Node parent(Node node);
    /// The text under `node`, whitespace collapsed (scripts and styles left out).
    static QString text(Node node);
    /// Characters of text inside <a> elements under `node`.
    static int linkTextLength(Node node);
    /// Every element `wanted` accepts whose text() is shorter than `limit`, with that text and its position in
    /// document order, children before parents. One pass, built up from the children's texts: linear in the page
    /// (times `limit`), where calling text() on each of a chain of nested elements is quadratic in its depth (#17).
    void visitShortTexts(qsizetype limit,
                         const std::function<bool(Node)>& wanted,
                         const std::function<void(Node, qsizetype order, const QString& text)>& visit) const;

    /// Depth-first pre-order; return false from `visit` to skip a node's children.
    static void walk(Node node, const std::function<bool(Node)>& visit);
    Node findFirst(const std::function<bool(Node)>& match) const;
    std::vector<Node> findAll(const std::function<bool(Node)>& match) const;

    /// The HTML of `node` and everything under it. `keep` decides which elements stay (a removed element
    /// takes its subtree with it); lazy-loading attributes (data-src, data-original, …) become `src`.
    static QString serialize(Node node, const std::function<bool(Node)>& keep = {});

private:
    struct Output;
    std::unique_ptr<Output> m_output;
};

} // namespace news
