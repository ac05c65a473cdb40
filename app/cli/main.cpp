#include "CliCommand.h"
#include "CliOutput.h"
#include "FeedJson.h"
#include "extract/ArticleExtractor.h"
#include "extract/FullTextFetcher.h"
#include "model/Article.h"
#include "model/FeedDocument.h"
#include "parse/FeedParser.h"
#include "sanitize/HtmlSanitizer.h"
#include "support/Allocator.h"
#include "text/DateParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace news;

namespace
{

void loadTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    for (const QString& lang : QLocale().uiLanguages()) {
        if (translator->load(QStringLiteral(":/i18n/sosik_%1").arg(QLocale(lang).name().section(u'_', 0, 0)))) {
            QCoreApplication::installTranslator(translator);
            return;
        }
    }
}

// The one FILE argument of parse and extract, read whole; Ok, Usage or IoError.
int readInputFile(const QCommandLineParser& parser, QByteArray* bytes)
{
    if (parser.positionalArguments().size() != 1) {
        writeErr(parser.helpText());
        return Usage;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(QCoreApplication::translate("cli", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return IoError;
    }
    *bytes = file.readAll();
    return Ok;
}

int runParse(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Parse a feed file and print it as JSON."));
    parser.addHelpOption();
    const QCommandLineOption contentType(
        QStringLiteral("content-type"),
        QCoreApplication::translate("cli", "HTTP Content-Type the file was served with."),
        QStringLiteral("type"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QCoreApplication::translate("cli", "URL of the document, for relative links."),
                                     QStringLiteral("url"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  QCoreApplication::translate("cli", "Time zone for dates written without one."),
                                  QStringLiteral("zone"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QCoreApplication::translate("cli", "Force this character encoding."),
                                      QStringLiteral("name"));
    const QCommandLineOption credits(QStringLiteral("credits"),
                                     QCoreApplication::translate("cli",
                                                                 "Add reporters, dateline, photo credits, images "
                                                                 "and copyright to each entry."));
    parser.addOption(credits);
    parser.addOption(contentType);
    parser.addOption(baseUrl);
    parser.addOption(zone);
    parser.addOption(encoding);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The feed file."));
    parser.process(args);
    QByteArray input;
    if (const int status = readInputFile(parser, &input); status != Ok) {
        return status;
    }
    ParseOptions options;
    options.contentType = parser.value(contentType);
    options.baseUrl = parser.value(baseUrl);
    options.encodingOverride = parser.value(encoding);
    if (parser.isSet(zone)) {
        options.defaultZone = DateParser::zoneById(parser.value(zone));
    }
    const auto result = parseFeed(input, options);
    if (const auto* error = std::get_if<Error>(&result)) {
        writeOut(QJsonDocument(QJsonObject{{"bozo", true}, {"error", error->detail}}).toJson(QJsonDocument::Compact)
                 + '\n');
        writeErr(QCoreApplication::translate("cli", "Not a feed: %1").arg(error->detail));
        return NotAFeed;
    }
    QJsonObject json = feedToJson(std::get<FeedDocument>(result));
    if (parser.isSet(credits)) {
        addCredits(json, std::get<FeedDocument>(result));
    }
    writeOut(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    return Ok;
}

int runExtract(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Extract the article from a saved web page and print it as JSON."));
    parser.addHelpOption();
    const QCommandLineOption contentType(
        QStringLiteral("content-type"),
        QCoreApplication::translate("cli", "HTTP Content-Type the file was served with."),
        QStringLiteral("type"));
    const QCommandLineOption pageUrl(QStringLiteral("url"),
                                     QCoreApplication::translate("cli", "URL of the page, for relative links."),
                                     QStringLiteral("url"));
    parser.addOption(contentType);
    parser.addOption(pageUrl);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The HTML file."));
    parser.process(args);
    QByteArray input;
    if (const int status = readInputFile(parser, &input); status != Ok) {
        return status;
    }
    const QUrl url(parser.isSet(pageUrl) ? parser.value(pageUrl) : QStringLiteral("https://example.invalid/"));
    const auto result = extractArticle(input, parser.value(contentType), url);
    if (const auto* error = std::get_if<Error>(&result)) {
        writeOut(QJsonDocument(QJsonObject{{"error", error->detail}}).toJson(QJsonDocument::Compact) + '\n');
        writeErr(QCoreApplication::translate("cli", "No article found: %1").arg(error->detail));
        return NotAFeed;
    }
    const ExtractedPage& page = std::get<ExtractedPage>(result);
    const FullText full = prepareFullText(page, page.author);
    QJsonArray images;
    for (const MediaRecord& m : full.media) {
        images.append(QJsonObject{{"url", m.url}, {"caption", m.caption}, {"credit", m.credit}});
    }
    QJsonObject json{{"title", page.title},
                     {"method", page.method},
                     {"encoding", page.encoding},
                     {"author", page.author},
                     {"published", page.published.isValid() ? DateParser::toIsoUtc(page.published) : QString()},
                     {"lead_image", page.leadImage},
                     {"content", full.content},
                     // the text as stored: without the lines that became credits (copyright, tip lines)
                     {"text", HtmlSanitizer::toPlainText(full.content).simplified()},
                     {"images", images},
                     {"extra", full.credits.toJsonObject()}};
    writeOut(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"parse",
     QT_TRANSLATE_NOOP("cli", "FILE"),
     QT_TRANSLATE_NOOP("cli", "parse a feed file and print normalized JSON"),
     10,
     &runParse},
    {"extract",
     QT_TRANSLATE_NOOP("cli", "FILE"),
     QT_TRANSLATE_NOOP("cli", "extract the article from a saved web page (JSON)"),
     11,
     &runExtract},
};

} // namespace

int main(int argc, char** argv)
{
    news::tuneAllocator(); // before any thread: large feeds parse on workers (#17)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sosik-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOSIK_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("news.*.debug=false")); // no console spew (NNW)
    }
    loadTranslations(app);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("-h") || args[1] == QLatin1String("--help")
        || args[1] == QLatin1String("help")) {
        writeOut(CliCommand::usage().toUtf8());
        return args.size() < 2 ? Usage : Ok;
    }
    if (args[1] == QLatin1String("-v") || args[1] == QLatin1String("--version")) {
        writeOut(QStringLiteral("sosik-cli %1\n").arg(QStringLiteral(SOSIK_VERSION)).toUtf8());
        return Ok;
    }
    const QString command = args[1];
    args.removeAt(1);
    if (const CliCommand::Command* found = CliCommand::find(command)) {
        return found->run(args);
    }
    writeErr(QCoreApplication::translate("cli", "Unknown command: %1").arg(command));
    writeErr(CliCommand::usage());
    return Usage;
}
