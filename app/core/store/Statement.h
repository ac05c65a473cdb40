#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace news
{

/// How the writer's hot path reaches SQLite. When Qt's SQLite driver runs on the same SQLite library Sosik links
/// (Debian, Homebrew, vcpkg and the AppImage/Flatpak builds all share the system one), statements go straight to
/// SQLite on the driver's own connection — same connection, transactions and pragmas as every QSqlQuery — and skip
/// QVariant binding, which for a 20-column insert costs more than SQLite's own work. A Qt build with a private
/// copy of SQLite (detected at run time) goes through QSqlQuery instead: slower, same results.
class SqlConnection
{
public:
    /// `allowDirect` false forces QSqlQuery (tests run both ways).
    explicit SqlConnection(QSqlDatabase db, bool allowDirect = true);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;
    bool direct() const { return m_handle != nullptr; }
    sqlite3* handle() const { return m_handle; }
    QSqlDatabase& database() { return m_db; }
    /// Whether `db`'s driver and Sosik use one SQLite library instance (so its handle may be used directly).
    static bool sharesLibrary(QSqlDatabase& db);
    /// After each commit `handler` gets the number of frames in the WAL; SQLite's own checkpoint every 1,000
    /// frames is off while a handler is set. Direct connections only (returns false otherwise).
    bool setCommitHandler(std::function<void(int frames)> handler);
    /// A PASSIVE checkpoint on this connection, now (it never waits for readers or writers).
    bool checkpoint();

private:
    static int walHook(void* self, sqlite3* db, const char* name, int frames);
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    std::function<void(int)> m_commitHandler;
};

/// One prepared statement, bound by position (1-based, as SQLite counts), run many times.
class Statement
{
public:
    Statement(SqlConnection& connection, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepared() const;
    /// Text; an empty string is stored as '' (see bindOrNull).
    void bind(int index, const QString& value);
    /// Text already in UTF-8.
    void bindUtf8(int index, const QByteArray& utf8);
    /// Text, or NULL when empty.
    void bindOrNull(int index, const QString& value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    /// An integer, or NULL when zero.
    void bindOrNull(int index, qint64 value);
    void bindNull(int index);

    /// Runs the statement with the bound values; a query then reads its rows with next().
    bool exec();
    bool next();
    qint64 int64(int column) const;
    QString text(int column) const;
    /// Resets after a run: keeps the bindings' slots, releases locks and memory the run held.
    void finish();

    qint64 lastInsertId() const;
    int changes() const;
    QString error() const;

private:
    SqlConnection& m_connection;
    // direct
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<QByteArray> m_text; // UTF-8 of bound text, alive until the next run
    bool m_pendingRow = false; // exec() stepped onto the first row already
    bool m_done = false;
    QString m_error;
    // through Qt
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace news
