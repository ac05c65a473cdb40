#include "sources/SourceImport.h"

namespace news
{

SubscriptionRecord subscriptionOf(const SourceDefinition& s)
{
    SubscriptionRecord out;
    SourceRecord& record = out.source;
    record.key = s.id;
    record.nameKo = s.nameKo;
    record.nameEn = s.nameEn;
    record.homepage = s.homepage;
    record.timezone = s.timezone;
    record.encoding = s.encoding;
    record.kind = s.kind;
    record.definition = s.json;
    record.images = s.images;
    record.fulltext = s.fulltext;
    int position = 0;
    for (const SourceSection& section : s.sections) {
        for (const QString& url : section.feeds) {
            FeedRecord feed;
            feed.url = url;
            feed.section = section.section;
            feed.title = section.name.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(s.nameKo, section.name);
            feed.position = position++;
            out.feeds.append(feed);
        }
        if (!section.ranking.isEmpty()) {
            FeedRecord ranking;
            ranking.url = section.ranking;
            ranking.section = section.section;
            ranking.kind = QStringLiteral("ranking");
            ranking.title = QStringLiteral("%1 %2").arg(s.nameKo, section.name);
            ranking.position = position++;
            out.feeds.append(ranking);
        }
    }
    return out;
}

SubscriptionRecord subscriptionOf(const QList<OpmlFeed>& feeds)
{
    SubscriptionRecord out;
    out.source.key = QStringLiteral("opml");
    out.source.nameKo = QStringLiteral("구독");
    out.source.nameEn = QStringLiteral("Subscriptions");
    out.source.kind = QStringLiteral("custom");
    int position = 0;
    for (const OpmlFeed& f : feeds) {
        FeedRecord feed;
        feed.url = f.url;
        feed.title = f.title;
        feed.section = f.section.isEmpty() ? QStringLiteral("general") : f.section;
        feed.groupName = f.group;
        feed.position = position++;
        out.feeds.append(feed);
    }
    return out;
}

Result<qint64> importSource(StoreWriterCore& store, const SourceDefinition& source)
{
    return store.importSubscription(subscriptionOf(source));
}

Result<int> importOpml(StoreWriterCore& store, const QList<OpmlFeed>& feeds)
{
    const auto imported = store.importSubscription(subscriptionOf(feeds));
    if (const auto* error = std::get_if<Error>(&imported)) {
        return *error;
    }
    return int(feeds.size());
}

Result<QList<OpmlFeed>> exportFeeds(StoreWriterCore& store)
{
    const auto feeds = store.subscribedFeeds();
    if (const auto* error = std::get_if<Error>(&feeds)) {
        return *error;
    }
    QList<OpmlFeed> out;
    for (const SubscribedFeed& s : std::get<QList<SubscribedFeed>>(feeds)) {
        OpmlFeed f;
        f.url = s.url;
        f.title = s.title;
        f.homepage = s.homepage;
        f.group = s.group;
        f.section = s.section;
        f.sectionFixed = s.sectionFixed;
        out.append(f);
    }
    return out;
}

} // namespace news
