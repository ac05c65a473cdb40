#pragma once

#include "model/FeedDocument.h"
#include "support/Result.h"

#include <QByteArray>
#include <QTimeZone>

#include <optional>

namespace news
{

struct ParseOptions
{
    QString contentType; // the HTTP Content-Type, verbatim; empty for a local file
    QString baseUrl; // the document's URL; relative links resolve against it
    QString encodingOverride; // a source definition's encoding, wins over everything but a byte order mark
    std::optional<QTimeZone> defaultZone; // for dates written without a zone (see DateParser)
    qsizetype maxBytes = 50 * 1024 * 1024;
    int maxEntries = 10000;
};

/// Bytes in, feed document out: RSS 0.90–2.0, RSS 1.0, Atom 0.3/1.0, JSON Feed 1.0/1.1 and CDF, in any
/// encoding Korean and other feeds use. Recoverable damage gives a document with `bozo` set; input that is
/// not a feed gives ErrorCode::NotAFeed, oversized input ErrorCode::TooLarge.
Result<FeedDocument> parseFeed(const QByteArray& bytes, const ParseOptions& options = {});
/// The same, handing the bytes over: they are freed once decoded, so a large feed's body, its text and its
/// document tree are not all held at once (#17 §4).
Result<FeedDocument> parseFeed(QByteArray&& bytes, const ParseOptions& options = {});

/// Decoding per RFC 7303 (charset parameter, then BOM, then XML declaration, then UTF-8, then a guess).
struct DecodedText
{
    QString text;
    QString encoding; // the label used, lower case
    bool malformed = false;
    QString problem;
};
DecodedText decodeFeedBytes(const QByteArray& bytes, const QString& contentType, const QString& encodingOverride);

} // namespace news
