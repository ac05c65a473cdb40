// sosik-cli: the window's "export as HTML" (#17): one self-contained page that loads nothing remote
#include "CliCommand.h"
#include "CliCommon.h"
#include "export/HtmlExport.h"
#include "model/Article.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

using namespace news;
using namespace cli;

namespace
{

int exportHtml(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli",
        "Export articles as one self-contained HTML file (images embedded, nothing loaded from the network): "
        "the articles given by ID, or those of a section, the starred or the saved ones."));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QCoreApplication::translate("cli", "The articles of this section."),
                                     QStringLiteral("id"));
    const QCommandLineOption starred(QStringLiteral("starred"),
                                     QCoreApplication::translate("cli", "The starred articles."));
    const QCommandLineOption saved(QStringLiteral("saved"),
                                   QCoreApplication::translate("cli", "The articles saved for offline reading."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("cli", "At most this many, newest first (default %1).")
                                       .arg(HtmlExport::kMaxArticles),
                                   QStringLiteral("n"));
    c.parser.addOptions({section, starred, saved, limit});
    c.parser.addPositionalArgument(QStringLiteral("ids"),
                                   QCoreApplication::translate("cli", "Article IDs (none with --section)."),
                                   QStringLiteral("[ID...]"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The HTML file."));
    c.parser.process(args);

    QStringList positional = c.parser.positionalArguments();
    const int byFilter = int(c.parser.isSet(section)) + int(c.parser.isSet(starred)) + int(c.parser.isSet(saved));
    if (positional.isEmpty() || byFilter > 1 || (byFilter == 0) == (positional.size() < 2)) {
        err(c.parser.helpText());
        return Usage;
    }
    const QString path = positional.takeLast();
    QList<qint64> ids;
    for (const QString& s : positional) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || id <= 0) {
            err(QCoreApplication::translate("cli", "Not an article ID: %1").arg(s));
            return Usage;
        }
        ids.append(id);
    }

    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"), c.dir() + QStringLiteral("/images"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    QString title;
    if (byFilter == 1) {
        ArticleFilter filter;
        if (c.parser.isSet(section)) {
            filter.kind = ArticleFilter::Kind::Section;
            filter.section = c.parser.value(section);
        } else {
            filter.kind = c.parser.isSet(starred) ? ArticleFilter::Kind::Starred : ArticleFilter::Kind::Saved;
        }
        const int n = c.parser.isSet(limit) ? c.parser.value(limit).toInt() : HtmlExport::kMaxArticles;
        const auto page = q.page(filter, {}, std::clamp(n, 1, 100000));
        if (const auto* e = std::get_if<Error>(&page)) {
            err(storageMessage(e->detail, c.dir()));
            return IoError;
        }
        for (const ArticleRow& r : std::get<ArticlePage>(page).rows) {
            ids.append(r.id);
        }
    }

    const HtmlExport::Written w = HtmlExport::writeFile(q, ids, title, path, HtmlExport::Missing::Refuse);
    if (w.failure != HtmlExport::Written::Failure::None) {
        err(w.error);
        return w.failure == HtmlExport::Written::Failure::CannotWrite ? IoError : NotFound;
    }
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{
            {"file", QFileInfo(path).absoluteFilePath()}, {"articles", w.articles}, {"bytes", double(w.bytes)}});
    } else {
        out(QCoreApplication::translate("cli", "%1 article(s) exported to %2\n")
                .arg(w.articles)
                .arg(QDir::toNativeSeparators(path)));
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"export",
     QT_TRANSLATE_NOOP("cli", "ID...|--section S|--starred|--saved FILE"),
     QT_TRANSLATE_NOOP("cli", "export articles as one self-contained HTML file"),
     90,
     &exportHtml},
};

} // namespace
