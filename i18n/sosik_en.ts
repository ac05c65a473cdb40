<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sosik reads local feeds by default. An account on a Tiny Tiny RSS server shares subscriptions and read and starred articles with your other devices. When both sides changed the same article, the later change wins; a star is never removed by a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Tiny Tiny RSS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync read and starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What syncs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no keychain Sosik can use: the password is kept in Sosik&apos;s cache folder, readable by anyone who can read your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added; its password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added. There is no keychain: its password is kept in Sosik&apos;s cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny Tiny RSS — %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>%n change waiting to go up</numerusform>
            <numerusform>%n changes waiting to go up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the account %1 at %2? Its %n article(s), with their scraps, go from this computer; the server keeps its own.</source>
        <translation>
            <numerusform>Remove the account %1 at %2? Its %n article, with their scraps, go from this computer; the server keeps its own.</numerusform>
            <numerusform>Remove the account %1 at %2? Its %n articles, with their scraps, go from this computer; the server keeps its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the server yet and will be lost.</source>
        <translation>
            <numerusform>%n change made here have not reached the server yet and will be lost.</numerusform>
            <numerusform>%n changes made here have not reached the server yet and will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: Sosik reads your feeds on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not encrypted (http): the password and what you read go over the network as they are. Use https if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted address warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Find feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a site or feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site&apos;s address or a feed&apos;s, e.g. https://www.shanghaibang.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik finds the feeds behind any address: a feed, or a site&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik is offline: finding feeds needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed found at this address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) found. Tick the ones to subscribe to and choose their sections.</source>
        <translation>
            <numerusform>%n feed found. Tick the ones to subscribe to and choose their sections.</numerusform>
            <numerusform>%n feeds found. Tick the ones to subscribe to and choose their sections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address, and no outlet in the catalogue has that name. Type the site&apos;s address, such as news.example.co.kr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (first seen; the feed gives no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n related article(s)</source>
        <translation>
            <numerusform>%n related article</numerusform>
            <numerusform>%n related articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Related article: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>[Photo: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is too long to show in full here; the rest is in the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the original article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n related article(s)</source>
        <translation>
            <numerusform>%n related article</numerusform>
            <numerusform>%n related articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Scrap or unscrap (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read or unread (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store images of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the feed gives only a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always fetch the article page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (the feed&apos;s text only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh this feed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Detach the panel, or put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the panel (the View menu brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401 — the site asks for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403 — the site refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 404 — nothing at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 410 — the feed is gone for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429 — the site asks us to come back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 — the site&apos;s server is having trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 — the site answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from the server (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent us to an address Sosik does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site redirects in circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik only reads web (http, https) addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke off before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a feed: the address holds a page, not RSS or Atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is damaged and could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Sosik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which news would you like to read?&lt;/h3&gt;&lt;p&gt;Choose outlets and sections. You can change this at any time, add any site&apos;s feed or import an OPML file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koreans in Shanghai (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will choose myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — usually unreachable from mainland China</source>
        <extracomment>the outlet&apos;s site is usually blocked in mainland China</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is usually blocked in mainland China; it works with a VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a sync &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the feeds of a Tiny Tiny RSS server and keep read and starred in step with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlets to start with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <source>Front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front page fills in once articles are in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik&apos;s ranking — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent news</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Saved by Sosik on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article %1 in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no article matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all feeds (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a feed from any site&apos;s address (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to or remove from the scrapbook (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline: no network request at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sosik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unread article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the article, then the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap or unscrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for offline reading or unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger, smaller, normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sosik %1&lt;/h3&gt;&lt;p&gt;A Korean news reader for Koreans abroad.&lt;/p&gt;&lt;p&gt;Sosik is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %2 under the GNU Lesser General Public License v3 (qt.io), SQLite (public domain) and gumbo, Google&apos;s HTML5 parser, under the Apache License 2.0. Encoding tables and HTML entity names come from the Unicode and WHATWG mapping data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose outlets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sosik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more unread articles here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: nothing was refreshed. Turn off “Work offline” to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network: nothing was refreshed; the cache is shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no original address to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program could be opened for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front page: the leading stories, each section, the most read (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc returns to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scrapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved for offline reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press S on an article to keep it in the scrapbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press P on an article to keep it, with its photos, for reading offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New articles appear here after the next refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik could not reach the network, so no outlets were set up and nothing was fetched. Look around in the demo meanwhile, or add feeds now: they are fetched as soon as the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You follow %n feed(s), but without a network nothing could be fetched yet. Sosik refreshes when the network is back (or press F5).</source>
        <translation>
            <numerusform>You follow %n feed, but without a network nothing could be fetched yet. Sosik refreshes when the network is back (or press F5).</numerusform>
            <numerusform>You follow %n feeds, but without a network nothing could be fetched yet. Sosik refreshes when the network is back (or press F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>You do not follow any outlet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing outlets was skipped. Try the demo, add a feed from any site&apos;s address, or import the OPML file of another news reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the first articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) are being refreshed. The articles appear as they arrive.</source>
        <translation>
            <numerusform>%n feed are being refreshed. The articles appear as they arrive.</numerusform>
            <numerusform>%n feeds are being refreshed. The articles appear as they arrive.</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeds you follow have not delivered any article yet. Refresh with F5, or add more feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a sync account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in %1 marked read.</source>
        <translation>
            <numerusform>%n article in %1 marked read.</numerusform>
            <numerusform>%n articles in %1 marked read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n unread article(s) in %1 as read?</source>
        <translation>
            <numerusform>Mark the %n unread article in %1 as read?</numerusform>
            <numerusform>Mark the %n unread articles in %1 as read?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked unread again.</source>
        <translation>
            <numerusform>%n article marked unread again.</numerusform>
            <numerusform>%n articles marked unread again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose outlets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the scrapbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of the scrapbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no feed to refresh yet: add one (Ctrl+N) or import an OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, %1 finds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or try other or fewer words. Search looks through the articles stored on this computer; words written together find them written apart too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT &amp; Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp; Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feed is gone (HTTP 410) and is no longer refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row: %1</source>
        <translation>
            <numerusform>Failed %n time in a row: %1</numerusform>
            <numerusform>Failed %n times in a row: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some feeds of this outlet keep failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last worked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has never worked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: with the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from unsubscribed feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred and saved articles of the feeds you unsubscribed from. Nothing here is refreshed or deleted by retention while it stays starred or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync: when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: when you choose Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs only when you choose Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>%n change waiting to go up</numerusform>
            <numerusform>%n changes waiting to go up</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync · %1</source>
        <extracomment>a heading in the navigation pane: the outlets that come from a Tiny Tiny RSS account on this server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failing since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Save for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all shown for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export article as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown articles as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this article with its full text and images, whatever the retention (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for offline reading: full text and images are being stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer saved for offline reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save the %n search result(s) for offline reading?</source>
        <translation>
            <numerusform>Save the %n search result for offline reading?</numerusform>
            <numerusform>Save the %n search results for offline reading?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save every article in %1 for offline reading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik downloads their pages and photos and keeps them whatever the retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 was already saved for offline reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in %1 saved for offline reading.</source>
        <translation>
            <numerusform>%n article in %1 saved for offline reading.</numerusform>
            <numerusform>%n articles in %1 saved for offline reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) no longer saved for offline reading.</source>
        <translation>
            <numerusform>%n article no longer saved for offline reading.</numerusform>
            <numerusform>%n articles no longer saved for offline reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpmlTransfer</name>
    <message numerus="yes">
        <source>the file is larger than %n MB</source>
        <translation>
            <numerusform>the file is larger than %n MB</numerusform>
            <numerusform>the file is larger than %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not an OPML file (a subscription list of a news reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to the feeds of another news reader&apos;s OPML file (you see them first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every subscription, with its outlet and section, as an OPML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sosik-subscriptions.opml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 to add, %3 already subscribed, %4 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no feed that can be subscribed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is new: you follow every feed of this file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds you follow already stay as they are; the new ones are fetched right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import adds, what you follow already, what it cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already subscribed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web (http, https) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subscribe to %n feed(s)</source>
        <translation>
            <numerusform>Subscribe to %n feed</numerusform>
            <numerusform>Subscribe to %n feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>The feeds could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) imported; refresh to fetch them.</source>
        <translation>
            <numerusform>%n feed imported; refresh to fetch them.</numerusform>
            <numerusform>%n feeds imported; refresh to fetch them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) imported; refreshing.</source>
        <translation>
            <numerusform>%n feed imported; refreshing.</numerusform>
            <numerusform>%n feeds imported; refreshing.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported to %1</source>
        <translation>
            <numerusform>%n feed exported to %1</numerusform>
            <numerusform>%n feeds exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalTime</name>
    <message>
        <source>%1 %2 %3 · Korea %4</source>
        <extracomment>&quot;2026.12.01. 상하이 15:11 · 한국 16:11&quot;: the reader&apos;s date, zone and time, then Korea&apos;s time (with its date when it is another day there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1 (the feed gives no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taipei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho Chi Minh City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tashkent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vladivostok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chicago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los Angeles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vancouver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auckland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <comment>time zone</comment>
        <extracomment>a time zone with no Korean name of its own: &quot;현지 15:11 · 한국 16:11&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingDock</name>
    <message>
        <source>Most read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most read, by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most read in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — carried by %n outlet(s)</source>
        <translation>
            <numerusform>%1 — carried by %n outlet</numerusform>
            <numerusform>%1 — carried by %n outlets</numerusform>
        </translation>
    </message>
    <message>
        <source>No ranking yet: rankings appear after a refresh of outlets that publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most covered this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most covered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking %1 publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outlet publishes a ranking here: Sosik ranks the stories by how many of your outlets carry them, and how recent they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>the day a ranking&apos;s period ends (Qt date format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most covered in the week to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most covered on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderApp</name>
    <message>
        <source>Sosik keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik is still refreshing in the tray. Quit it from the tray menu or with Ctrl+Q; closing the window can quit it instead in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section shown at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one I read last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (only when I ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Korean sites answer only browsers; leave empty for Sosik&apos;s browser-like default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep articles for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep articles &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles kept per feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most, &amp;per feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped and saved articles are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image cache budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sosik in the system &amp;tray with the unread count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sosik in the system tray with the unread count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me of new articles in these sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections to notify about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles, %2 images (%3), %4 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stored images of every article that is not saved for offline reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a one-line summary under each headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a one-line summar&amp;y under each headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default size (%1 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k before marking all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before marking all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before saving all sh&amp;own for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before saving all shown for offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik makes no network request; everything shown comes from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %1 of %2 feeds, %n new article(s)</source>
        <translation>
            <numerusform>Refreshing: %1 of %2 feeds, %n new article</numerusform>
            <numerusform>Refreshing: %1 of %2 feeds, %n new articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing what is in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n new article(s)</source>
        <translation>
            <numerusform>Updated: %n new article</numerusform>
            <numerusform>Updated: %n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n feed could not be refreshed</numerusform>
            <numerusform>%n feeds could not be refreshed</numerusform>
        </translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving for offline reading: %1 of %2 pages, %3 of %4 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article page(s)</source>
        <translation>
            <numerusform>%n article page</numerusform>
            <numerusform>%n article pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for offline reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No feed could be reached (%n feed(s)): check the connection. Sosik tries again later.</source>
        <translation>
            <numerusform>No feed could be reached (%n feed): check the connection. Sosik tries again later.</numerusform>
            <numerusform>No feed could be reached (%n feeds): check the connection. Sosik tries again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch for offline reading: %1. What the feed gave stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageNotices</name>
    <message>
        <source>The data folder %1 is read-only: Sosik shows what it holds but cannot save anything, not even what you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was rebuilt; the damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved in %1. Free some space on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache in %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik&apos;s cache in %1 is damaged (%2). Sosik can keep the damaged file as a backup and rebuild the cache from what is still readable, keeping your subscriptions and what you read, starred and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache in %1 was busy (another program is using it): the change was not saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while saving to %1: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik could not save to its cache in %1: the change was not saved. Sosik&apos;s log (standard error) has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>carried by %n outlet(s)</source>
        <translation>
            <numerusform>carried by %n outlet</numerusform>
            <numerusform>carried by %n outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort items by their own categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets and their feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet / feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that name a section in their categories (사설, 경제 …) go to that section; the others to the feed&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category words and the sections they stand for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh this feed now, past its back-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh at most every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep articles for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the feed has only summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not store them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — an outlet. Rename it here; drag feeds onto it to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet: add a feed or import OPML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feed is gone (HTTP 410) and is no longer refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working. Last refreshed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik is offline: the new address cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep its starred and saved articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”; its starred and saved articles stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh is running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh this outlet&apos;s feeds at most every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feed of this outlet follows it, except those with an interval of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As the outlet (%n min)</source>
        <translation>
            <numerusform>As the outlet (%n min)</numerusform>
            <numerusform>As the outlet (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>As the outlet (the app&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be refreshed; its state is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” refreshed: %n new article(s).</source>
        <translation>
            <numerusform>“%1” refreshed: %n new article.</numerusform>
            <numerusform>“%1” refreshed: %n new articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added; they are being refreshed.</source>
        <translation>
            <numerusform>%n feed added; they are being refreshed.</numerusform>
            <numerusform>%n feeds added; they are being refreshed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicDock</name>
    <message>
        <source>Leading stories by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — carried by %n outlet(s)</source>
        <translation>
            <numerusform>%1 — carried by %n outlet</numerusform>
            <numerusform>%1 — carried by %n outlets</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Sosik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sosik — %n unread article(s)</source>
        <translation>
            <numerusform>Sosik — %n unread article</numerusform>
            <numerusform>Sosik — %n unread articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Sosik</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Parse a feed file and print it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Content-Type the file was served with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the document, for relative links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for dates written without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force this character encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no network request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh feeds into the cache and print a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this OPML file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this source definition first (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds fetched at once (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds fetched at once from one host (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh only this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore back-off and schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before one feed gives up (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source definition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid OPML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no network request was made.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds: %1 ok, %2 failed (%3 not modified, %4 unchanged)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items: %1 new, %2 updated
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes: %1, seconds: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the feeds of the cache with their state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only starred articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the cache (Korean included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cache statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles: %1
feeds: %2
unread: %3
starred: %4
saved: %5
images: %6
bytes: %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feeds from an OPML file (nothing is fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the feeds as OPML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file to write (&apos;-&apos; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the most-read rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not store article images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reporters, dateline, photo credits, images and copyright to each entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the leading stories of each section, clustered across outlets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back this many days (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3 outlets)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fetch article pages for summary-only feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the article from a saved web page and print it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the page, for relative links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosik&apos;s own ranking for &quot;today&quot; (24 hours, the default) or &quot;week&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upkeep the reader does in idle time: merge the search index; with --vacuum, reclaim free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the file without free pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index merged in %1 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sosik-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sosik-cli COMMAND --help describes a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse a feed file and print normalized JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract the article from a saved web page (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import feeds from OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export feeds as OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most-read rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading stories per section, across outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list feeds and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list articles, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh feeds into the cache (--data-dir, --opml, --source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing more can be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache in %1 is damaged (%2). &apos;sosik-cli maintain --recover&apos; rebuilds it from what is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete articles older than N days (never starred or saved ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --retention-days: keep at most M articles per feed (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a damaged cache and rebuild it from what is readable (subscriptions and statuses are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt: %1 feeds, %2 articles; %3 unreadable rows; damaged file kept as %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-per-feed needs --retention-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retention-days and --keep-per-feed take a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old article(s) deleted
</source>
        <translation>
            <numerusform>%n old article deleted
</numerusform>
            <numerusform>%n old articles deleted
</numerusform>
        </translation>
    </message>
    <message>
        <source>merge the search index (--vacuum: reclaim space; --retention-days N [--keep-per-feed M]: delete old articles; --recover: rebuild a damaged cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark articles (IDs from list --json) read, unread, starred (star), not starred (unstar), saved for offline reading (save: full text and images follow with the next refresh) or not (unsave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read|unread|star|unstar|save|unsave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sosik-cli mark read|unread|star|unstar|save|unsave ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an article ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read|unread|star|unstar|save|unsave ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark articles read, unread, starred or saved for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feeds imported, %2 already subscribed, %3 invalid
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the feeds behind an address (a feed or any page of a site) and subscribe to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the feeds in this section (general, economy, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the feeds under this outlet (created if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to every feed found, not only the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed&apos;s or a site&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &apos;%1&apos;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding feeds needs the network (--offline was given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outlet&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address (http or https): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed %1	%2	%3 / %4 (%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already subscribed %1	%2	%3 / %4 (%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from a feed; its articles go, except starred and saved ones with --keep-starred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s id (sosik-cli feeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed %1 (%2 articles kept)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a feed, or with --outlet an outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is an outlet&apos;s id, not a feed&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s (or outlet&apos;s) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a feed and its articles to another outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outlet&apos;s id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a feed&apos;s settings: section, interval (minutes), retention (days), fulltext (auto|always|never), images (on|off), encoding, user-agent; an empty value restores the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set &apos;%1&apos; (keys: section, interval, retention, fulltext, images, encoding, user-agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL [--section ID] [--outlet NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the feeds behind an address and subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--keep-starred]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribe from a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--outlet] ID NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename a feed or an outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEED-ID --outlet ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a feed to another outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEED-ID KEY=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a feed&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sosik-cli account add ttrss URL --user USER --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the password is kept in the cache (%1), readable by whoever can read that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 added: %2 at %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync accounts: account add ttrss URL --user USER --password-file FILE | account list | account remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the password (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not take the server&apos;s subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sync read and starred state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feeds, %2 articles, %3 changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 removed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sosik-cli account add ttrss URL --user USER --password-file FILE | list | remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every account (or one): subscriptions and articles down, read and starred both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not store the new articles&apos; images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: nothing is sent; the queued changes wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: down %2 new articles, %3 feeds added, %4 removed; read %5, unread %6, starred %7, unstarred %8; up read %9, unread %10, starred %11, unstarred %12 (%13 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add ttrss URL --user U --password-file F | list | remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync accounts on a Tiny Tiny RSS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--account ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync every account: what went up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export articles as one self-contained HTML file (images embedded, nothing loaded from the network): the articles given by ID, or those of a section, the starred or the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starred articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles saved for offline reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many, newest first (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article IDs (none with --section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 article(s) exported to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID...|--section S|--starred|--saved FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export articles as one self-contained HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the feed&apos;s starred and saved articles (under 구독 취소한 피드의 보관 기사).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sosik, a Korean news reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the bundled offline demo source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cache and settings in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no network request in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: system, ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>news::AccountSync</name>
    <message>
        <source>Connected (Tiny Tiny RSS API level %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has API access switched off (Tiny Tiny RSS: Preferences → Enable API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address does not answer like a Tiny Tiny RSS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server sent too much at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failing since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is already an account here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
