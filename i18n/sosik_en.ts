<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>Sosik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo source could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet. Start with --demo to see the bundled sample articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from the demo source</source>
        <translation>
            <numerusform>%n article from the demo source</numerusform>
            <numerusform>%n articles from the demo source</numerusform>
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
        <source>Usage: sosik-cli &lt;command&gt; [options]

Commands:
  parse FILE          parse a feed file and print normalized JSON
  refresh             refresh feeds into the cache (--data-dir, --opml, --source)
  feeds               list feeds and their state
  list                list articles, newest first
  show ID             show one article
  search QUERY        search the cache
  stats               cache statistics
  rankings            most-read rankings
  import-opml FILE    import feeds from OPML
  export-opml FILE    export feeds as OPML

Options:
  -h, --help    show this help
  -v, --version show the version
</source>
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
        <source>%1 feeds imported
</source>
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
</context>
</TS>
