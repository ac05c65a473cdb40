#pragma once

#include "parse/XmlDocument.h"

#include <QString>

/// The XML feed vocabulary the readers share (parse/XmlFeedReader and its RSS, Atom and CDF parts): namespaces,
/// what an element's content is, and plain text as every format's fields keep it. Internal to parse/.
namespace news::feedparse
{

namespace Ns
{
inline const QString atom10 = QStringLiteral("http://www.w3.org/2005/Atom");
inline const QString atom03 = QStringLiteral("http://purl.org/atom/ns#");
inline const QString rss090 = QStringLiteral("http://my.netscape.com/rdf/simple/0.9/");
inline const QString rss10 = QStringLiteral("http://purl.org/rss/1.0/");
inline const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
inline const QString content = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
inline const QString xhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
inline const QString slash = QStringLiteral("http://purl.org/rss/1.0/modules/slash/");
inline const QString wfw = QStringLiteral("http://wellformedweb.org/CommentAPI/");
} // namespace Ns

enum class NsKind
{
    Rss,
    Atom,
    Dc,
    DcTerms,
    Content,
    Xhtml,
    Itunes,
    Media,
    Slash,
    Wfw,
    Rdf,
    Other,
};

enum class TextType
{
    Text,
    Html,
    Xhtml,
    Skip,
};

// The RSS namespaces, however a feed binds them (`<r:rss xmlns:r="http://backend.userland.com/rss2">`,
// `<rss:item>` under RSS 1.0): compared without scheme, case or a trailing "/" or "#", as feeds write them in
// every variant.
bool isRssNs(const QString& ns);

bool isAtomNs(const QString& ns);

bool isItunesNs(const QString& ns);

bool isMediaNs(const QString& ns);

NsKind kindOf(const QString& ns, bool atomDocument);

QString plain(const QString& s);

bool hasElementChildren(const XmlElement& el);

// The markup inside an Atom xhtml construct: the wrapper div's content when there is one.
QString xhtmlInner(const XmlElement& el);

// What an element's content is, following Atom 1.0 `type`, Atom 0.3 `type` + `mode`, and RSS habits.
TextType textTypeOf(const XmlElement& el, bool atomConstruct, QString* value);

} // namespace news::feedparse
