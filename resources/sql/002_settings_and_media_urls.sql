-- Schema version 2: settings kept in the cache (so that a portable data folder carries them), and a media
-- index by URL so the same image is stored once across articles.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE INDEX media_by_url ON media (url);

-- FTS5 merges index segments as it goes; at the default (4) a refresh into a large cache spends much of its time
-- re-merging old segments. 16 merges less often, in bigger steps (the retention run at start-up merges further).
INSERT INTO article_search(article_search, rank) VALUES('automerge', 16);
