#include "store/ArticleQueries.h"

#include "model/Credits.h"
#include "normalize/CreditExtractor.h"
#include "rank/StoryClusters.h"
#include "sanitize/HtmlSanitizer.h"
#include "store/Database.h"
#include "store/FilterSql.h"
#include "text/SearchText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <utility>

namespace news
{
namespace
{

const char* kRowColumns = "a.id, a.feed_id, a.title, s.name_ko, a.section, a.published, a.date_known, a.thumbnail, "
                          "a.comments, COALESCE(st.read, 0), COALESCE(st.starred, 0), COALESCE(st.saved, 0), "
                          "(SELECT m.blob FROM media m WHERE m.article_id = a.id AND m.url = a.thumbnail AND m.state = "
                          "'stored' LIMIT 1)";

ArticleRow readRow(const QSqlQuery& q, const ArticleQueries& self)
{
    ArticleRow r;
    r.id = q.value(0).toLongLong();
    r.feedId = q.value(1).toLongLong();
    r.title = q.value(2).toString();
    r.outlet = q.value(3).toString();
    r.section = q.value(4).toString();
    r.published = q.value(5).toLongLong();
    r.dateKnown = q.value(6).toBool();
    r.thumbnail = q.value(7).toString();
    r.comments = q.value(8).isNull() ? -1 : q.value(8).toInt();
    r.read = q.value(9).toBool();
    r.starred = q.value(10).toBool();
    r.saved = q.value(11).toBool();
    const QString blob = q.value(12).toString();
    if (!blob.isEmpty()) {
        r.thumbnailFile = self.imageFile(blob);
    }
    return r;
}

Error storageError(const QSqlQuery& q)
{
    return Error{ErrorCode::Storage, q.lastError().text()};
}

// The list's one-line summary: plain text of the summary's start (or the body's, for feeds without one),
// without a repeated headline; bounded, so a page of rows stays small.
QString listSummary(const QString& html, const QString& title)
{
    QString text = withoutDateline(HtmlSanitizer::collapseWhitespace(runningText(html)).trimmed());
    if (!title.isEmpty() && text.startsWith(title)) {
        text = text.mid(title.size()).trimmed();
    }
    return text.left(240);
}

// A query word as the text may have it: "반도체수출" also as "반도체 수출" (spaces between any two letters,
// which is what the index's spaced forms match, #14).
QList<QRegularExpression> termPatterns(const QStringList& terms)
{
    QList<QRegularExpression> patterns;
    for (const QString& t : terms) {
        QStringList letters;
        for (const QChar c : t) {
            letters.append(QRegularExpression::escape(QString(c)));
        }
        patterns.append(QRegularExpression(letters.join(QStringLiteral("\\s?")),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption));
    }
    return patterns;
}

bool containsTerm(const QString& text, const QRegularExpression& pattern)
{
    return pattern.match(text).hasMatch();
}

QString snippetFor(const QString& text, const QList<QRegularExpression>& terms)
{
    qsizetype at = -1;
    qsizetype len = 0;
    for (const QRegularExpression& t : terms) {
        const QRegularExpressionMatch m = t.match(text);
        if (m.hasMatch() && (at < 0 || m.capturedStart() < at)) {
            at = m.capturedStart();
            len = m.capturedLength();
        }
    }
    if (at < 0) {
        return text.left(120);
    }
    // from the start of a word some 40 characters before the match ("…율 190원대" began inside 환율, #14's walk)
    qsizetype start = std::max<qsizetype>(0, at - 40);
    if (start > 0) {
        const qsizetype space = text.lastIndexOf(u' ', start);
        start = space >= 0 && start - space <= 20 ? space + 1 : start;
    }
    QString s = text.mid(start, 140);
    const qsizetype rel = at - start;
    s.insert(rel + len, QChar(0x02));
    s.insert(rel, QChar(0x01));
    if (start > 0 && !s.startsWith(QChar(0x2026))) { // no "……" where the text had its own
        s.prepend(QChar(0x2026));
    }
    if (start + 140 < text.size() && !s.endsWith(QChar(0x2026))) {
        s.append(QChar(0x2026));
    }
    return s;
}

} // namespace

ArticleQueries::ArticleQueries(QString path, QString imageDir)
    : m_path(std::move(path))
    , m_imageDir(std::move(imageDir))
{
}

ArticleQueries::~ArticleQueries()
{
    m_db = QSqlDatabase();
    Database::release(m_path, QStringLiteral("reader"));
}

Result<int> ArticleQueries::open()
{
    m_db = Database::connection(m_path, QStringLiteral("reader"));
    const auto opened = Database::openForReading(m_db);
    if (std::holds_alternative<Error>(opened) && QFileInfo::exists(m_path)) {
        // a folder or file we cannot write (#17): read what is there, in read-only mode
        m_db.close();
        if (const auto readOnly = Database::openReadOnly(m_db); std::holds_alternative<int>(readOnly)) {
            m_readOnly = true;
            return readOnly;
        }
    }
    return opened;
}

QString ArticleQueries::imageFile(const QString& blob) const
{
    if (m_imageDir.isEmpty() || blob.size() < 3) {
        return {};
    }
    return QDir(m_imageDir).filePath(blob.left(2) + u'/' + blob.mid(2));
}

Result<ArticlePage> ArticleQueries::page(const ArticleFilter& filter, const PageCursor& after, int limit)
{
    QVariantList binds;
    QString where = filterCondition(filter, &binds);
    if (after.valid) {
        where += QStringLiteral(" AND (a.published, a.id) < (?, ?)");
        binds.append(after.published);
        binds.append(after.id);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // the summary's start is read with the row (the list's second line): no query per row later (#14)
    q.prepare(QStringLiteral("SELECT %1, substr(COALESCE(NULLIF(a.summary, ''), a.content, ''), 1, 1200) "
                             "FROM articles a JOIN sources s ON s.id = a.source_id "
                             "LEFT JOIN article_status st ON st.article_id = a.id WHERE %2 "
                             "ORDER BY a.published DESC, a.id DESC LIMIT %3")
                  .arg(QLatin1String(kRowColumns), where)
                  .arg(limit));
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    ArticlePage page;
    page.rows.reserve(limit);
    while (q.next()) {
        ArticleRow row = readRow(q, *this);
        row.summary = listSummary(q.value(13).toString(), row.title);
        // keyset paging holds only if every row comes strictly after the one before it (and after the cursor)
        Q_ASSERT(!after.valid || std::pair(row.published, row.id) < std::pair(after.published, after.id));
        Q_ASSERT(page.rows.isEmpty()
                 || std::pair(row.published, row.id) < std::pair(page.rows.last().published, page.rows.last().id));
        page.rows.append(std::move(row));
    }
    if (q.lastError().isValid()) {
        return storageError(q); // a damaged page ends the rows with an error, not quietly
    }
    if (!page.rows.isEmpty()) {
        page.next = PageCursor{page.rows.last().published, page.rows.last().id, true};
    }
    return page;
}

Result<ArticleDetail> ArticleQueries::article(qint64 id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, a.link, a.guid, a.authors, a.summary, a.content, a.updated, a.first_seen, "
                             "a.comments_url, a.extra, s.timezone FROM articles a JOIN sources s ON s.id = a.source_id "
                             "LEFT JOIN article_status st ON st.article_id = a.id WHERE a.id = ?")
                  .arg(QLatin1String(kRowColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return Error{ErrorCode::Storage, QStringLiteral("no article %1").arg(id)};
    }
    ArticleDetail d;
    d.row = readRow(q, *this);
    d.link = q.value(13).toString();
    d.guid = q.value(14).toString();
    d.authors = q.value(15).toString();
    d.summary = q.value(16).toString();
    d.content = q.value(17).toString();
    d.updated = q.value(18).toLongLong();
    d.firstSeen = q.value(19).toLongLong();
    d.commentsUrl = q.value(20).toString();
    d.credits = Credits::fromJson(q.value(21).toString());
    d.sourceTimezone = q.value(22).toString();
    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT id, url, role, caption, credit, mime, state, blob, width, height FROM media "
                             "WHERE article_id = ? ORDER BY position, id"));
    m.addBindValue(id);
    if (!m.exec()) {
        return storageError(m);
    }
    while (m.next()) {
        ArticleDetail::Media media;
        media.id = m.value(0).toLongLong();
        media.url = m.value(1).toString();
        media.role = m.value(2).toString();
        media.caption = m.value(3).toString();
        media.credit = m.value(4).toString();
        media.mime = m.value(5).toString();
        media.state = m.value(6).toString();
        if (media.state == QLatin1String("stored")) {
            media.file = imageFile(m.value(7).toString());
        }
        media.width = m.value(8).toInt();
        media.height = m.value(9).toInt();
        d.media.append(media);
    }
    if (m.lastError().isValid()) {
        return storageError(m); // a damaged page ends the rows with an error, not quietly
    }
    return d;
}

Result<QList<ArticleRow>> ArticleQueries::search(const QString& query, int limit)
{
    const QString match = SearchText::matchExpression(query);
    QList<ArticleRow> rows;
    if (match.isEmpty()) {
        return rows;
    }
    // The newest matches first (FTS5 walks rowids backwards and stops at the limit, so a common word costs
    // the same as a rare one); then relevance and recency together decide the order.
    // Multi-bigram phrases make FTS5 merge long position lists; a window over the newest rows answers most
    // searches (common words), and only when it yields too little does the whole index get asked.
    const int wanted = std::max(limit * 2, 100);
    qint64 newest = 0;
    {
        QSqlQuery top(m_db);
        if (top.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles")) && top.next()) {
            newest = top.value(0).toLongLong();
        }
    }
    QStringList ids;
    for (const qint64 window : {qint64(20000), qint64(0)}) {
        const qint64 floor = window > 0 ? newest - window : 0;
        if (window > 0 && floor <= 0) {
            continue; // a small cache: ask the whole index at once
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // no bm25(): it needs the whole index's statistics for every phrase (50 ms for a common Korean phrase
        // over 100k articles, against under 1 ms for the matching rowids); relevance is computed below
        q.prepare(QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid > ? "
                                 "ORDER BY rowid DESC LIMIT ?"));
        q.addBindValue(match);
        q.addBindValue(floor);
        q.addBindValue(wanted);
        if (!q.exec()) {
            return storageError(q);
        }
        ids.clear();
        while (q.next()) {
            ids.append(QString::number(q.value(0).toLongLong()));
        }
        if (q.lastError().isValid()) {
            return storageError(q); // a damaged page ends the rows with an error, not quietly
        }
        if (ids.size() >= wanted) {
            break;
        }
    }
    if (ids.isEmpty()) {
        return rows;
    }
    QSqlQuery r(m_db);
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT %1 FROM articles a JOIN sources s ON s.id = a.source_id "
                               "LEFT JOIN article_status st ON st.article_id = a.id WHERE a.id IN (%2)")
                    .arg(QLatin1String(kRowColumns), ids.join(u',')))) {
        return storageError(r);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList words = SearchText::terms(query);
    for (const QString& w : SearchText::terms(query)) {
        if (const QString stem = SearchText::withoutEnding(w); !stem.isEmpty()) {
            words.append(stem); // what the search found for it ("교민" for "교민들")
        }
    }
    const QList<QRegularExpression> terms = termPatterns(words);
    struct Scored
    {
        ArticleRow row;
        double score;
    };
    QList<Scored> scored;
    while (r.next()) {
        ArticleRow row = readRow(r, *this);
        // relevance: every word in the headline counts most, some of them next, the body alone least;
        // recency divides it (a week-old article needs twice the relevance of today's)
        int inTitle = 0;
        for (const QRegularExpression& t : terms) {
            inTitle += containsTerm(row.title, t) ? 1 : 0;
        }
        const double relevance = inTitle == terms.size() && !terms.isEmpty() ? 4.0 : inTitle > 0 ? 2.0 : 1.0;
        const double ageDays = std::max<double>(0.0, double(now - row.published) / 86400.0);
        scored.append({row, relevance / (1.0 + ageDays / 7.0)});
    }
    if (r.lastError().isValid()) {
        return storageError(r); // a damaged page ends the rows with an error, not quietly
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.row.published > b.row.published;
    });
    if (scored.size() > limit) {
        scored.resize(limit);
    }
    // snippets only for what is shown: from the body where it holds the word (the row shows the title already: a
    // snippet that repeated it said nothing, #14's walk), else from the title
    QStringList bodyIds;
    for (const Scored& s : std::as_const(scored)) {
        bodyIds.append(QString::number(s.row.id));
    }
    QHash<qint64, QString> bodies;
    if (!bodyIds.isEmpty()) {
        QSqlQuery b(m_db);
        b.setForwardOnly(true);
        if (b.exec(QStringLiteral("SELECT id, substr(COALESCE(content, summary, ''), 1, 6000) FROM articles "
                                  "WHERE id IN (%1)")
                       .arg(bodyIds.join(u',')))) {
            while (b.next()) {
                bodies.insert(b.value(0).toLongLong(), b.value(1).toString());
            }
            if (b.lastError().isValid()) {
                return storageError(b); // a damaged page ends the rows with an error, not quietly
            }
        }
    }
    for (Scored& s : scored) {
        const QString body = runningText(bodies.value(s.row.id));
        bool inBody = false;
        for (const QRegularExpression& t : terms) {
            inBody = inBody || containsTerm(body, t);
        }
        bool inTitle = false;
        for (const QRegularExpression& t : terms) {
            inTitle = inTitle || containsTerm(s.row.title, t);
        }
        s.row.snippet = snippetFor(inBody || !inTitle ? body : s.row.title, terms);
        rows.append(s.row);
    }
    return rows;
}

Result<QList<ArticleRow>> ArticleQueries::newSince(qint64 firstSeen, const QStringList& sections, int limit)
{
    QString where = QStringLiteral("a.first_seen >= ? AND COALESCE(st.read, 0) = 0");
    if (!sections.isEmpty()) {
        where += QStringLiteral(" AND a.section IN (%1)")
                     .arg(QStringList(sections.size(), QStringLiteral("?")).join(u','));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // the summary's start is read with the row (the list's second line): no query per row later (#14)
    q.prepare(QStringLiteral("SELECT %1, substr(COALESCE(NULLIF(a.summary, ''), a.content, ''), 1, 1200) "
                             "FROM articles a JOIN sources s ON s.id = a.source_id "
                             "LEFT JOIN article_status st ON st.article_id = a.id WHERE %2 "
                             "ORDER BY a.published DESC, a.id DESC LIMIT %3")
                  .arg(QLatin1String(kRowColumns), where)
                  .arg(limit));
    q.addBindValue(firstSeen);
    for (const QString& section : sections) {
        q.addBindValue(section);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    QList<ArticleRow> rows;
    while (q.next()) {
        rows.append(readRow(q, *this));
    }
    if (q.lastError().isValid()) {
        return storageError(q); // a damaged page ends the rows with an error, not quietly
    }
    return rows;
}

Result<UnreadCounts> ArticleQueries::unreadCounts()
{
    UnreadCounts counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.section, a.feed_id, COUNT(*) FROM articles a JOIN article_status st ON "
                               "st.article_id = a.id WHERE st.read = 0 GROUP BY a.section, a.feed_id"))) {
        return storageError(q);
    }
    while (q.next()) {
        const int n = q.value(2).toInt();
        counts.bySection[q.value(0).toString()] += n;
        counts.byFeed[q.value(1).toLongLong()] += n;
        counts.all += n;
    }
    if (q.lastError().isValid()) {
        return storageError(q); // a damaged page ends the rows with an error, not quietly
    }
    QSqlQuery s(m_db);
    if (s.exec(QStringLiteral("SELECT SUM(starred), SUM(saved) FROM article_status WHERE starred = 1 OR saved = 1"))
        && s.next()) {
        counts.starred = s.value(0).toInt();
        counts.saved = s.value(1).toInt();
    }
    return counts;
}

Result<qint64> ArticleQueries::newestPublished()
{
    QSqlQuery q(m_db);
    // articles_by_time: one step down the index
    if (!q.exec(QStringLiteral("SELECT published FROM articles ORDER BY published DESC LIMIT 1"))) {
        return storageError(q);
    }
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<CacheStats> ArticleQueries::stats()
{
    CacheStats stats;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM feeds), "
            "(SELECT COUNT(*) FROM article_status st JOIN articles a ON a.id = st.article_id WHERE st.read = 0), "
            "(SELECT COUNT(*) FROM article_status WHERE starred = 1), (SELECT COUNT(*) FROM article_status WHERE "
            "saved = 1), (SELECT COUNT(DISTINCT url) FROM media WHERE state = 'stored'), (SELECT COALESCE(SUM(b), 0) "
            "FROM (SELECT MAX(bytes) AS b FROM media WHERE state = 'stored' GROUP BY blob))"))
        || !q.next()) {
        return storageError(q);
    }
    stats.articles = q.value(0).toLongLong();
    stats.feeds = q.value(1).toLongLong();
    stats.unread = q.value(2).toLongLong();
    stats.starred = q.value(3).toLongLong();
    stats.saved = q.value(4).toLongLong();
    stats.images = q.value(5).toLongLong();
    stats.imageBytes = q.value(6).toLongLong();
    qint64 dbBytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        dbBytes += QFileInfo(m_path + suffix).size();
    }
    stats.bytes = dbBytes + stats.imageBytes;
    return stats;
}

Result<QList<FeedInfo>> ArticleQueries::feeds()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT f.id, f.source_id, s.key, s.name_ko, f.url, COALESCE(f.title, ''), f.section, f.kind, "
            "COALESCE(f.group_name, ''), COALESCE(f.last_status, 0), COALESCE(f.last_error_code, 0), "
            "COALESCE(f.last_error, ''), COALESCE(f.last_success, 0), f.failure_count, f.disabled, "
            "COALESCE(c.total, 0), COALESCE(c.unread, 0), s.timezone, COALESCE(s.encoding, ''), s.images, s.fulltext, "
            "COALESCE(f.last_fetch, 0), COALESCE(f.next_fetch, 0), f.section_fixed, COALESCE(f.failing_since, 0), "
            "COALESCE(f.interval_minutes, -1), COALESCE(f.retention_days, -1), COALESCE(f.fulltext, ''), "
            "COALESCE(f.images, -1), COALESCE(f.encoding, ''), COALESCE(f.user_agent, ''), "
            "COALESCE(s.interval_minutes, -1) FROM feeds f JOIN sources s "
            "ON s.id = f.source_id "
            "LEFT JOIN (SELECT a.feed_id AS feed_id, COUNT(*) AS "
            "total, SUM(CASE WHEN COALESCE(st.read, 0) = 0 THEN 1 ELSE 0 END) AS unread FROM articles a LEFT JOIN "
            "article_status st ON st.article_id = a.id GROUP BY a.feed_id) c ON c.feed_id = f.id "
            "ORDER BY s.name_ko, f.position, f.id"))) {
        return storageError(q);
    }
    QList<FeedInfo> out;
    while (q.next()) {
        FeedInfo f;
        f.id = q.value(0).toLongLong();
        f.sourceId = q.value(1).toLongLong();
        f.sourceKey = q.value(2).toString();
        f.sourceName = q.value(3).toString();
        f.url = q.value(4).toString();
        f.title = q.value(5).toString();
        f.section = q.value(6).toString();
        f.kind = q.value(7).toString();
        f.groupName = q.value(8).toString();
        f.lastStatus = q.value(9).toInt();
        f.lastErrorCode = q.value(10).toInt();
        f.lastError = q.value(11).toString();
        f.lastSuccess = q.value(12).toLongLong();
        f.failureCount = q.value(13).toInt();
        f.disabled = q.value(14).toBool();
        f.articleCount = q.value(15).toInt();
        f.unread = q.value(16).toInt();
        f.timezone = q.value(17).toString();
        f.encoding = q.value(18).toString();
        f.sourceImages = q.value(19).toBool();
        f.sourceFullText = q.value(20).toString();
        f.lastFetch = q.value(21).toLongLong();
        f.nextFetch = q.value(22).toLongLong();
        f.sectionFixed = q.value(23).toBool();
        f.failingSince = q.value(24).toLongLong();
        f.options.intervalMinutes = q.value(25).toInt();
        f.options.retentionDays = q.value(26).toInt();
        f.options.fullText = q.value(27).toString();
        f.options.images = q.value(28).toInt();
        f.options.encoding = q.value(29).toString();
        f.options.userAgent = q.value(30).toString();
        f.outletIntervalMinutes = q.value(31).toInt();
        out.append(f);
    }
    if (q.lastError().isValid()) {
        return storageError(q); // a damaged page ends the rows with an error, not quietly
    }
    return out;
}

Result<QList<RankingList>> ArticleQueries::publisherRankings(const QString& section)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.section, s.name_ko, rs.taken_at, ri.position, ri.title, COALESCE(ri.link, ''), "
        "COALESCE(ri.article_id, (SELECT a.id FROM articles a WHERE a.canonical_link = ri.canonical LIMIT 1), 0), f.id "
        "FROM ranking_snapshots rs JOIN feeds f ON f.id = rs.feed_id JOIN sources s ON s.id = f.source_id "
        "JOIN ranking_items ri ON ri.snapshot_id = rs.id "
        "WHERE rs.id = (SELECT id FROM ranking_snapshots WHERE feed_id = rs.feed_id ORDER BY taken_at DESC, id DESC "
        "LIMIT 1) AND (? = '' OR f.section = ?) ORDER BY f.section, f.id, ri.position"));
    const QString s = section.isNull() ? QStringLiteral("") : section; // a null string would bind as NULL
    q.addBindValue(s);
    q.addBindValue(s);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<RankingList> out;
    qint64 currentFeed = -1;
    while (q.next()) {
        const qint64 feedId = q.value(7).toLongLong();
        if (feedId != currentFeed) {
            currentFeed = feedId;
            RankingList list;
            list.section = q.value(0).toString();
            list.label = q.value(1).toString();
            list.takenAt = q.value(2).toLongLong();
            out.append(list);
        }
        RankingItem item;
        item.position = q.value(3).toInt();
        item.title = q.value(4).toString();
        item.link = q.value(5).toString();
        item.articleId = q.value(6).toLongLong();
        item.outlet = out.last().label;
        if (out.last().items.size() < 10) {
            out.last().items.append(item);
        }
    }
    if (q.lastError().isValid()) {
        return storageError(q); // a damaged page ends the rows with an error, not quietly
    }
    return out;
}

Result<QList<StoryInput>> ArticleQueries::recentArticles(const QString& section, qint64 since, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.source_id, s.name_ko, a.title, COALESCE(a.summary, a.content, ''), "
                             "a.published, COALESCE(a.comments, 0), a.section FROM articles a JOIN sources s ON s.id = "
                             "a.source_id WHERE a.published >= ? AND (? = '' OR a.section = ?) "
                             "ORDER BY a.published DESC LIMIT ?"));
    q.addBindValue(since);
    const QString s = section.isNull() ? QStringLiteral("") : section;
    q.addBindValue(s);
    q.addBindValue(s);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<StoryInput> out;
    while (q.next()) {
        if (isCancelled()) {
            return Error{ErrorCode::Cancelled, QStringLiteral("shutting down")};
        }
        StoryInput c;
        c.id = q.value(0).toLongLong();
        c.sourceId = q.value(1).toLongLong();
        c.outlet = q.value(2).toString();
        c.title = q.value(3).toString();
        c.lead = HtmlSanitizer::toPlainText(q.value(4).toString().left(2000)).left(200);
        c.published = q.value(5).toLongLong();
        c.comments = q.value(6).toInt();
        out.append(c);
    }
    if (q.lastError().isValid()) {
        return storageError(q); // a damaged page ends the rows with an error, not quietly
    }
    return out;
}

} // namespace news

namespace news
{

Result<RankingList> ArticleQueries::ownRanking(const QString& section, qint64 since, qint64 now, int count)
{
    const auto recent = recentArticles(section, since, 2000);
    if (const auto* e = std::get_if<Error>(&recent)) {
        return *e;
    }
    const QList<StoryInput>& input = std::get<QList<StoryInput>>(recent);
    if (isCancelled()) {
        return Error{ErrorCode::Cancelled, QStringLiteral("shutting down")};
    }
    RankingList list;
    list.section = section;
    list.label = QStringLiteral("Sosik");
    list.publisher = false;
    list.takenAt = now;
    int position = 0;
    for (const StoryCluster& cluster : clusterStories(input, now)) {
        if (position >= count) {
            break;
        }
        RankingItem item;
        item.position = ++position;
        item.title = cluster.leadTitle;
        item.articleId = cluster.leadId;
        item.outlet = cluster.leadOutlet;
        item.outlets = cluster.outlets;
        item.score = cluster.score;
        list.items.append(item);
    }
    return list;
}

} // namespace news

namespace news
{

Result<QList<ArticleRow>> ArticleQueries::storyVersions(qint64 id, int limit)
{
    constexpr qint64 kWindow = 48 * 3600; // as far apart as clusterStories() lets a story's copies be
    constexpr int kNeighbours = 1500; // each side in time: bounds the work in a dense cache
    const auto leadOf = [](const QString& html) { return HtmlSanitizer::toPlainText(html).left(200); };
    const QString lead = QStringLiteral("substr(COALESCE(NULLIF(a.summary, ''), a.content, ''), 1, 600)");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, a.source_id, a.title, a.published, %1 FROM articles a WHERE a.id = ?").arg(lead));
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return QList<ArticleRow>{};
    }
    StoryInput article;
    article.id = id;
    article.sourceId = q.value(1).toLongLong();
    article.title = q.value(2).toString();
    article.published = q.value(3).toLongLong();
    article.lead = leadOf(q.value(4).toString());
    const StoryMatcher matcher(article);
    // the neighbours on each side in time, by the time index: their titles first (most share nothing with it)
    QList<StoryInput> alike;
    for (const bool later : {true, false}) {
        QSqlQuery n(m_db);
        n.setForwardOnly(true);
        n.prepare(QStringLiteral("SELECT a.id, a.source_id, a.title, a.published FROM articles a WHERE %1 "
                                 "AND a.id != ? ORDER BY a.published %2 LIMIT %3")
                      .arg(later ? QLatin1String("a.published >= ? AND a.published <= ?")
                                 : QLatin1String("a.published < ? AND a.published >= ?"),
                           later ? QLatin1String("ASC") : QLatin1String("DESC"))
                      .arg(kNeighbours));
        n.addBindValue(article.published);
        n.addBindValue(later ? article.published + kWindow : article.published - kWindow);
        n.addBindValue(id);
        if (!n.exec()) {
            return storageError(n);
        }
        while (n.next()) {
            if (isCancelled()) {
                return Error{ErrorCode::Cancelled, QStringLiteral("shutting down")};
            }
            // the outlet's own articles are left out here, not in SQL: a filter there that few rows pass would
            // read the whole window (a cache of one outlet) instead of the neighbours the LIMIT bounds
            const qint64 source = n.value(1).toLongLong();
            if (source == article.sourceId) {
                continue;
            }
            const QString title = n.value(2).toString();
            if (matcher.titleMatches(title)) {
                alike.append(StoryInput{n.value(0).toLongLong(), source, {}, title, {}, n.value(3).toLongLong(), 0});
            }
        }
        if (n.lastError().isValid()) {
            return storageError(n);
        }
    }
    // then the leads of those alike; one version per outlet: the one nearest in time to the article
    QHash<qint64, StoryInput> bySource;
    for (qsizetype from = 0; from < alike.size(); from += 200) {
        QHash<qint64, StoryInput*> byId;
        QStringList ids;
        for (qsizetype i = from; i < std::min(alike.size(), from + 200); ++i) {
            byId.insert(alike[i].id, &alike[i]);
            ids.append(QString::number(alike[i].id));
        }
        QSqlQuery l(m_db);
        l.setForwardOnly(true);
        if (!l.exec(QStringLiteral("SELECT a.id, %1 FROM articles a WHERE a.id IN (%2)").arg(lead, ids.join(u',')))) {
            return storageError(l);
        }
        while (l.next()) {
            StoryInput* c = byId.value(l.value(0).toLongLong());
            if (!c) {
                continue;
            }
            c->lead = leadOf(l.value(1).toString());
            if (!matcher.matches(*c)) {
                continue;
            }
            const auto it = bySource.constFind(c->sourceId);
            if (it == bySource.constEnd()
                || std::abs(c->published - article.published) < std::abs(it->published - article.published)) {
                bySource.insert(c->sourceId, *c);
            }
        }
        if (l.lastError().isValid()) {
            return storageError(l);
        }
    }
    if (bySource.isEmpty()) {
        return QList<ArticleRow>{};
    }
    QStringList ids;
    for (const StoryInput& c : std::as_const(bySource)) {
        ids.append(QString::number(c.id));
    }
    QSqlQuery r(m_db);
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT %1 FROM articles a JOIN sources s ON s.id = a.source_id "
                               "LEFT JOIN article_status st ON st.article_id = a.id WHERE a.id IN (%2) "
                               "ORDER BY a.published DESC, a.id DESC LIMIT %3")
                    .arg(QLatin1String(kRowColumns), ids.join(u','))
                    .arg(limit))) {
        return storageError(r);
    }
    QList<ArticleRow> rows;
    while (r.next()) {
        rows.append(readRow(r, *this));
    }
    if (r.lastError().isValid()) {
        return storageError(r);
    }
    return rows;
}

} // namespace news
