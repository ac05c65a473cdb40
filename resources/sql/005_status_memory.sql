-- Schema version 5 (#12). Statuses outlive articles: retention removes an old article's row, but the article may
-- still be in its feed; what the reader did with it (read, starred, saved) and when it was first seen are kept
-- here under its stable identity (source + de-duplication key) and given back when the item returns, so that it
-- comes back neither new nor unread (NetNewsWire's "ArticlesAndStatuses").
CREATE TABLE status_memory (
    source_id INTEGER NOT NULL,
    dedupe_key TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    saved INTEGER NOT NULL DEFAULT 0,
    read_at INTEGER,
    starred_at INTEGER,
    saved_at INTEGER,
    first_seen INTEGER NOT NULL,
    pruned_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, dedupe_key)
) WITHOUT ROWID;
CREATE INDEX status_memory_by_age ON status_memory (pruned_at);

-- Older versions filled the search index from the parser's text but removed rows with the stored one, which
-- left words of replaced text behind: the writer rebuilds the index from what is stored when it next opens
-- (StoreWriterCore::rebuildSearchIndex), once.
INSERT OR REPLACE INTO settings (key, value) VALUES ('rebuild_search_index', '1');
