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
        <source>Usage: sosik-cli &lt;command&gt; [options]

Commands:
  parse FILE    parse a feed file and print normalized JSON

Options:
  -h, --help    show this help
  -v, --version show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
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
