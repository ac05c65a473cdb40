#include "ArticleListModel.h"

#include "render/PortalTime.h"
#include "store/QueryRunner.h"

#include <QCoreApplication>
#include <QImage>
#include <QTimeZone>

using namespace news;

QString relativeTime(qint64 published, qint64 now)
{
    const qint64 delta = std::max<qint64>(0, now - published);
    const int minutes = int(delta / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 1) {
        return QCoreApplication::translate("ArticleListModel", "just now");
    }
    if (hours < 1) {
        return QCoreApplication::translate("ArticleListModel", "%n minute(s) ago", nullptr, minutes);
    }
    if (days < 1) {
        return QCoreApplication::translate("ArticleListModel", "%n hour(s) ago", nullptr, hours);
    }
    if (days < 7) {
        return QCoreApplication::translate("ArticleListModel", "%n day(s) ago", nullptr, days);
    }
    return PortalTime::date(published, QTimeZone::systemTimeZone());
}

ArticleListModel::ArticleListModel(QueryRunner* queries, QObject* parent)
    : QAbstractListModel(parent)
    , m_queries(queries)
{
    connect(&m_thumbnails, &ThumbnailCache::ready, this, &ArticleListModel::thumbnailReady);
}

void ArticleListModel::setFilter(const ArticleFilter& filter)
{
    m_softReload = false;
    m_filter = filter;
    m_search.clear();
    requestPage(true);
}

void ArticleListModel::setSearch(const QString& query)
{
    m_search = query.trimmed();
    if (m_search.isEmpty()) {
        requestPage(true);
        return;
    }
    forgetWrittenStatuses();
    const quint64 generation = ++m_generation;
    m_pageInFlight = true;
    const QString q = m_search;
    m_queries->run<QList<ArticleRow>>(
        this,
        [q](ArticleQueries& queries) {
            auto r = queries.search(q, 300);
            return std::holds_alternative<Error>(r) ? QList<ArticleRow>() : std::get<QList<ArticleRow>>(r);
        },
        [this, generation](QList<ArticleRow> rows) {
            if (generation != m_generation) {
                return;
            }
            m_pageInFlight = false;
            applyPage(rows, {}, true, false);
        });
}

void ArticleListModel::reload()
{
    // a reload after a refresh keeps the list in place when nothing moved (statuses and thumbnails update)
    m_softReload = true;
    if (!m_search.isEmpty()) {
        setSearch(m_search);
    } else {
        requestPage(true);
    }
}

void ArticleListModel::requestPage(bool reset)
{
    if (reset) {
        forgetWrittenStatuses();
        ++m_generation;
        m_cursor = {};
        m_hasMore = false;
    }
    const quint64 generation = m_generation;
    m_pageInFlight = true;
    const ArticleFilter filter = m_filter;
    const PageCursor cursor = reset ? PageCursor{} : m_cursor;
    m_queries->run<ArticlePage>(
        this,
        [filter, cursor](ArticleQueries& queries) {
            auto r = queries.page(filter, cursor, PageSize);
            return std::holds_alternative<Error>(r) ? ArticlePage() : std::get<ArticlePage>(r);
        },
        [this, generation, reset](ArticlePage page) {
            if (generation != m_generation) {
                return; // stale: the user switched sections meanwhile
            }
            m_pageInFlight = false;
            applyPage(page.rows, page.next, reset, page.rows.size() == PageSize);
        });
}

ArticleListModel::Row ArticleListModel::makeRow(const ArticleRow& r) const
{
    Row row;
    row.article = r;
    // statuses changed in this session win over a page read before their write landed
    if (const auto it = m_localStatus.constFind(r.id); it != m_localStatus.constEnd()) {
        row.article.read = it->read;
        row.article.starred = it->starred;
        row.article.saved = it->saved;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    row.timeText = relativeTime(r.published, now);
    row.accessibleText = accessibleText(row);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    row.toolTip = r.dateKnown
        ? PortalTime::dateTime(r.published, zone)
        : tr("%1 (first seen; the feed gives no date)").arg(PortalTime::dateTime(r.published, zone));
    return row;
}

QString ArticleListModel::accessibleText(const Row& row) const
{
    // what a screen reader says for a row: headline, outlet, time, then its state (#14)
    const ArticleRow& a = row.article;
    QStringList parts{a.title, a.outlet, row.timeText};
    parts.append(a.read ? tr("read") : tr("unread"));
    if (a.starred) {
        parts.append(tr("scrapped"));
    }
    if (a.saved) {
        parts.append(tr("saved for offline reading"));
    }
    if (a.comments > 0) {
        parts.append(tr("%n comment(s)", nullptr, a.comments));
    }
    if (const int versions = int(m_versions.value(a.id).size()); versions > 0 && !row.version) {
        parts.append(tr("%n related article(s)", nullptr, versions));
    }
    return parts.join(QStringLiteral(", "));
}

void ArticleListModel::applyPage(const QList<ArticleRow>& rows, const PageCursor& next, bool reset, bool more)
{
    const bool soft = m_softReload;
    m_softReload = false;
    if (reset && soft && rows.size() <= m_rows.size()) {
        bool same = true;
        for (qsizetype i = 0; i < rows.size() && same; ++i) {
            same = m_rows[i].article.id == rows[i].id;
        }
        if (same && (rows.size() == m_rows.size() || more)) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                m_rows[i] = makeRow(rows[i]);
            }
            if (!rows.isEmpty()) {
                emit dataChanged(index(0), index(int(rows.size()) - 1));
            }
            if (rows.size() == m_rows.size()) {
                m_cursor = next;
                m_hasMore = more;
            }
            emit pageLoaded(int(rows.size()));
            return;
        }
    }
    if (reset) {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(rows.size());
        for (const ArticleRow& r : rows) {
            m_rows.append(makeRow(r));
        }
        endResetModel();
    } else if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        for (const ArticleRow& r : rows) {
            m_rows.append(makeRow(r));
        }
        endInsertRows();
    }
    m_cursor = next;
    m_hasMore = more;
    emit pageLoaded(int(rows.size()));
}

const ArticleRow* ArticleListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].article : nullptr;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    int version = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].article.id == articleId) {
            if (!m_rows[i].version) {
                return i;
            }
            version = version < 0 ? i : version;
        }
    }
    return version;
}

void ArticleListModel::setStatus(qint64 articleId, StatusField field, bool value)
{
    LocalStatus status;
    bool found = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        // an article may show twice: as the list's own row and as a version under another story
        if (m_rows[row].article.id != articleId) {
            continue;
        }
        ArticleRow& a = m_rows[row].article;
        switch (field) {
        case StatusField::Read:
            a.read = value;
            break;
        case StatusField::Starred:
            a.starred = value;
            break;
        case StatusField::Saved:
            a.saved = value;
            break;
        }
        m_rows[row].accessibleText = accessibleText(m_rows[row]);
        status = LocalStatus{a.read, a.starred, a.saved};
        found = true;
        emit dataChanged(index(row), index(row));
    }
    if (found) {
        status.unwritten = m_localStatus.value(articleId).unwritten + 1;
        m_localStatus.insert(articleId, status);
    }
}

void ArticleListModel::forgetWrittenStatuses()
{
    // a new query reads what the cache has written: a status kept here for good hid what a sync brought down later
    // (read on the server, on another device), and an article id used again inherited it (#16)
    m_localStatus.removeIf([](const auto& it) { return it.value().unwritten == 0; });
}

void ArticleListModel::statusesWritten(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        if (const auto it = m_localStatus.find(id); it != m_localStatus.end()) {
            it->unwritten = std::max(0, it->unwritten - 1);
        }
    }
}

void ArticleListModel::setVersions(qint64 articleId, const QList<ArticleRow>& versions)
{
    m_versions.insert(articleId, versions);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].article.id == articleId && !m_rows[row].version) {
            m_rows[row].accessibleText = accessibleText(m_rows[row]);
            emit dataChanged(index(row), index(row), {VersionsRole, Qt::AccessibleTextRole});
        }
    }
}

bool ArticleListModel::isExpanded(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].expanded;
}

bool ArticleListModel::isVersionRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].version;
}

int ArticleListModel::storyRowOf(int row) const
{
    while (row > 0 && row < m_rows.size() && m_rows[row].version) {
        --row;
    }
    return row;
}

bool ArticleListModel::setExpanded(int row, bool expanded)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].version || m_rows[row].expanded == expanded) {
        return false;
    }
    if (!expanded) {
        int end = row + 1;
        while (end < m_rows.size() && m_rows[end].version) {
            ++end;
        }
        m_rows[row].expanded = false;
        if (end > row + 1) {
            beginRemoveRows({}, row + 1, end - 1);
            m_rows.remove(row + 1, end - row - 1);
            endRemoveRows();
        }
        emit dataChanged(index(row), index(row), {ExpandedRole});
        return true;
    }
    const QList<ArticleRow> versions = m_versions.value(m_rows[row].article.id);
    if (versions.isEmpty()) {
        return false;
    }
    m_rows[row].expanded = true;
    beginInsertRows({}, row + 1, row + int(versions.size()));
    for (qsizetype i = 0; i < versions.size(); ++i) {
        Row v = makeRow(versions[i]);
        v.version = true;
        v.accessibleText = tr("Related article: %1").arg(v.accessibleText);
        m_rows.insert(row + 1 + i, v);
    }
    endInsertRows();
    emit dataChanged(index(row), index(row), {ExpandedRole});
    return true;
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    const ArticleRow& a = row.article;
    switch (role) {
    case Qt::DisplayRole:
        return a.title;
    case Qt::ToolTipRole:
        return row.toolTip;
    case Qt::AccessibleTextRole:
        return row.accessibleText;
    case Qt::AccessibleDescriptionRole:
        return a.snippet.isEmpty() ? a.summary : QString(a.snippet).remove(QChar(0x01)).remove(QChar(0x02));
    case SummaryRole:
        return a.summary;
    case IdRole:
        return a.id;
    case OutletRole:
        return a.outlet;
    case TimeTextRole:
        return row.timeText;
    case ReadRole:
        return a.read;
    case StarredRole:
        return a.starred;
    case SavedRole:
        return a.saved;
    case CommentsRole:
        return a.comments;
    case SnippetRole:
        return a.snippet;
    case PublishedRole:
        return a.published;
    case VersionsRole:
        return row.version ? 0 : int(m_versions.value(a.id).size());
    case ExpandedRole:
        return row.expanded;
    case VersionRowRole:
        return row.version;
    case ThumbnailRole: {
        QPixmap pixmap = m_thumbnails.thumbnail(a.thumbnailFile);
        if (pixmap.isNull() && !a.thumbnailFile.isEmpty() && !m_thumbnails.contains(a.thumbnailFile)) {
            QList<int>& rows = m_waitingRows[a.thumbnailFile];
            if (!rows.contains(index.row())) {
                rows.append(index.row());
            }
        }
        return pixmap;
    }
    default:
        return {};
    }
}

void ArticleListModel::thumbnailReady(const QString& path)
{
    // only the rows that asked (a list of 100,000 is not scanned per decoded image); a row may have moved since
    const QList<int> rows = m_waitingRows.take(path);
    for (const int i : rows) {
        if (i < m_rows.size() && m_rows[i].article.thumbnailFile == path) {
            emit dataChanged(index(i), index(i), {ThumbnailRole});
        }
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_pageInFlight && m_search.isEmpty();
}

void ArticleListModel::fetchMore(const QModelIndex& parent)
{
    // views call this eagerly; one page at a time, and never for a stale filter
    if (!canFetchMore(parent)) {
        return;
    }
    requestPage(false);
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(OutletRole, "outlet");
    names.insert(TimeTextRole, "time");
    return names;
}
