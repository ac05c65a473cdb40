// The writer's side of the search index: rows in and out (from normalize/IndexText), rebuilding, checking
// and merging the FTS5 table.
#include "model/Article.h"
#include "normalize/IndexText.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"
#include "store/WriterStatements.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace news
{
using WriterSql::Transaction;

bool StoreWriterCore::indexPrepared(
    qint64 id, const QByteArray& title, const QByteArray& authors, const QByteArray& body, bool remove)
{
    if (!m_hot) {
        return false;
    }
    Statement& q = remove ? m_hot->ftsDelete : m_hot->ftsInsert;
    q.bind(1, id);
    q.bindUtf8(2, title);
    q.bindUtf8(3, authors);
    q.bindUtf8(4, body);
    const bool ok = q.exec();
    q.finish();
    return ok;
}

bool StoreWriterCore::indexArticle(qint64 id,
                                   const QString& title,
                                   const QString& authors,
                                   const QString& summary,
                                   const QString& content,
                                   bool remove)
{
    const IndexText text = indexText(title, authors, summary, content);
    return indexPrepared(id, text.title, text.authors, text.body, remove);
}

bool StoreWriterCore::indexItem(qint64 id, const StoredItem& item)
{
    // the parse threads prepared it with indexText() from the same fields the row stores
    if (item.searchTitle.isEmpty() && item.searchAuthors.isEmpty() && item.searchBody.isEmpty()) {
        return indexArticle(id, item.title, item.authors, item.summary, item.content, false);
    }
    return indexPrepared(id, item.searchTitle, item.searchAuthors, item.searchBody, false);
}

Result<int> StoreWriterCore::rebuildSearchIndex()
{
    Transaction tx(m_db);
    if (!tx.ok()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    QString error;
    if (!Database::exec(
            m_db, QStringLiteral("INSERT INTO article_search(article_search) VALUES('delete-all')"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM articles"))) {
        return Error{ErrorCode::Storage, rows.lastError().text()};
    }
    const Result<int> count = indexRows(rows, false);
    if (std::holds_alternative<Error>(count)) {
        return count;
    }
    rows.finish();
    if (!Database::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = 'rebuild_search_index'"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return count;
}

Result<int> StoreWriterCore::unindexArticles(const QString& idsSelect, const QVariantList& binds)
{
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    rows.prepare(
        QStringLiteral("SELECT id, title, authors, summary, content FROM articles WHERE id IN (%1)").arg(idsSelect));
    for (const QVariant& b : binds) {
        rows.addBindValue(b);
    }
    if (!rows.exec()) {
        return Error{ErrorCode::Storage, rows.lastError().text()};
    }
    return indexRows(rows, true);
}

Result<int> StoreWriterCore::indexRows(QSqlQuery& rows, bool remove)
{
    // rows of (id, title, authors, summary, content), as the articles table holds them
    int count = 0;
    while (rows.next()) {
        if (!indexArticle(rows.value(0).toLongLong(),
                          rows.value(1).toString(),
                          rows.value(2).toString(),
                          rows.value(3).toString(),
                          rows.value(4).toString(),
                          remove)) {
            const Statement* failed = m_hot ? (remove ? &m_hot->ftsDelete : &m_hot->ftsInsert) : nullptr;
            return Error{ErrorCode::Storage, failed ? failed->error() : QStringLiteral("not open")};
        }
        ++count;
    }
    return count;
}

Result<bool> StoreWriterCore::checkSearchIndex()
{
    QString error;
    // FTS5's own check: the index's structure is whole (a contentless table has nothing to compare it with)
    if (!Database::exec(m_db,
                        QStringLiteral("INSERT INTO article_search(article_search, rank) VALUES('integrity-check', 1)"),
                        &error)) {
        return Error{ErrorCode::Storage, error};
    }
    // and ours: every word the index holds, where it holds it, is what indexText() makes of the stored rows
    auto cleanUp = [this] {
        for (const char* sql : {"DROP TABLE IF EXISTS temp.search_check_actual",
                                "DROP TABLE IF EXISTS temp.search_check_expected_terms",
                                "DROP TABLE IF EXISTS temp.search_check_expected"}) {
            Database::exec(m_db, QString::fromLatin1(sql));
        }
    };
    cleanUp();
    if (!Database::exec(
            m_db,
            QStringLiteral("CREATE VIRTUAL TABLE temp.search_check_expected USING fts5(title, authors, body, "
                           "content='', tokenize='ascii')"),
            &error)
        || !Database::exec(
            m_db,
            QStringLiteral(
                "CREATE VIRTUAL TABLE temp.search_check_actual USING fts5vocab(main, article_search, instance)"),
            &error)
        || !Database::exec(m_db,
                           QStringLiteral("CREATE VIRTUAL TABLE temp.search_check_expected_terms USING "
                                          "fts5vocab(temp, search_check_expected, instance)"),
                           &error)) {
        cleanUp();
        return Error{ErrorCode::Storage, error};
    }
    bool ok = true;
    bool same = false;
    {
        // the statements go before the temporary tables do: a table a live statement uses cannot be dropped
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO temp.search_check_expected (rowid, title, authors, body) VALUES (?, ?, ?, ?)"));
        ok = rows.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM articles"));
        while (ok && rows.next()) {
            const IndexText text = indexText(
                rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString());
            insert.addBindValue(rows.value(0).toLongLong());
            insert.addBindValue(QString::fromUtf8(text.title));
            insert.addBindValue(QString::fromUtf8(text.authors));
            insert.addBindValue(QString::fromUtf8(text.body));
            ok = insert.exec();
        }
        QSqlQuery diff(m_db);
        ok = ok
            && diff.exec(QStringLiteral(
                "SELECT EXISTS (SELECT term, doc, col, offset FROM temp.search_check_actual EXCEPT SELECT term, doc, "
                "col, "
                "offset FROM temp.search_check_expected_terms) OR EXISTS (SELECT term, doc, col, offset FROM "
                "temp.search_check_expected_terms EXCEPT SELECT term, doc, col, offset FROM temp.search_check_actual)"))
            && diff.next();
        if (!ok) {
            error = rows.lastError().isValid() ? rows.lastError().text()
                : insert.lastError().isValid() ? insert.lastError().text()
                                               : diff.lastError().text();
        }
        same = ok && diff.value(0).toInt() == 0;
    }
    cleanUp();
    if (!ok) {
        return Error{ErrorCode::Storage, error};
    }
    return same;
}

Result<bool> StoreWriterCore::mergeSearchIndex(int maxMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery changes(m_db);
    auto totalChanges = [&changes]() -> qint64 {
        return changes.exec(QStringLiteral("SELECT total_changes()")) && changes.next() ? changes.value(0).toLongLong()
                                                                                        : -1;
    };
    QSqlQuery merge(m_db);
    do {
        const qint64 before = totalChanges();
        // about 64 leaf pages of merging per step, at levels with 4 or more segments (FTS5's 'usermerge')
        if (!merge.exec(QStringLiteral("INSERT INTO article_search(article_search, rank) VALUES('merge', 64)"))) {
            return Error{ErrorCode::Storage, merge.lastError().text()};
        }
        // FTS5 counts a step that found nothing to merge as fewer than two changes
        if (totalChanges() - before < 2) {
            return true;
        }
    } while (timer.elapsed() < maxMilliseconds);
    return false;
}

} // namespace news
