#pragma once

#include "sanitize/HtmlTokenizer.h"

#include <QString>

namespace news
{

/// Allow-list HTML sanitizer for article bodies. Keeps structure, text, images and links; removes
/// scripts, styles, frames, plugins, forms, meta/link/base, event handlers, non-http(s)/mailto URLs and
/// CSS that can run code, load resources or escape the article's box. Relative URLs resolve against
/// `baseUrl` when one is given. The output is balanced: every element it opens, it closes.
namespace HtmlSanitizer
{

QString sanitize(const QString& html, const QString& baseUrl = {});

/// sanitize() that also returns the visible text (what toPlainText() of the result would give), in one pass.
QString sanitize(const QString& html, const QString& baseUrl, QString* plainText);

/// Visible text of an HTML fragment: tags dropped, script/style content dropped, references decoded,
/// a space at block boundaries, ASCII whitespace collapsed (U+00A0 is kept).
QString toPlainText(const QString& html);
/// toPlainText() of the running text only: figures and their captions left out (what a list's summary line or a
/// search snippet quotes; a caption's "[사진=외교부 제공]" is no lead).
QString toReadingText(const QString& html);

/// The visible text of a token stream, as toPlainText() makes it of the markup the tokens came from: add the
/// tokens in order, then take text(). A pass that tokenizes a body for its own ends gets the body's plain text
/// from the same tokens (the credit pass: normalize's one token stream, #12).
class PlainText
{
public:
    explicit PlainText(bool runningTextOnly = false)
        : m_runningTextOnly(runningTextOnly)
    {
    }
    void add(const HtmlToken& token);
    QString text() const;

private:
    QString m_out;
    int m_hidden = 0;
    bool m_runningTextOnly = false;
};

/// Escapes text so that it shows literally inside HTML.
QString escape(const QString& text);
/// The same for an attribute value between double quotes (also escapes `"`).
QString escapeAttribute(const QString& text);

/// Collapses runs of ASCII whitespace to one space and trims.
QString collapseWhitespace(const QString& text);

} // namespace HtmlSanitizer

} // namespace news
