#pragma once

#include "store/StoreTypes.h"

#include <QHash>
#include <QTextBrowser>

/// The article view: headline, outlet, times (local, with KST alongside), byline, photos with captions and
/// credits, the sanitized body, copyright, comment count and a link to the original. Images come only from
/// the local cache through loadResource(); the view itself never touches the network.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget* parent = nullptr);

    void showArticle(const news::ArticleDetail& article);
    void showPlaceholder(const QString& text);
    qint64 articleId() const { return m_articleId; }
    QString originalLink() const { return m_link; }
    /// Resources the current document asked for, and whether each was served from the cache.
    QHash<QString, bool> requestedResources() const { return m_requested; }
    void zoom(int steps);
    void resetZoom();

    QVariant loadResource(int type, const QUrl& name) override;

signals:
    void openExternally(const QUrl& url);

private:
    qint64 m_articleId = 0;
    QString m_link;
    QHash<QString, QString> m_files; // image URL → cache file
    QHash<QString, bool> m_requested;
    int m_zoom = 0;
};
