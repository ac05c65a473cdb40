-- Sosik cache, schema version 1. Each migration file runs in one transaction; PRAGMA user_version = file number.

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,                 -- source definition id ("yonhap", "sosik-demo", "opml")
    name_ko TEXT NOT NULL,
    name_en TEXT,
    homepage TEXT,
    timezone TEXT NOT NULL DEFAULT 'Asia/Seoul',
    encoding TEXT,                            -- override for every feed of the source
    kind TEXT NOT NULL DEFAULT 'outlet',      -- outlet | community | aggregator | custom
    images INTEGER NOT NULL DEFAULT 1,        -- store images at refresh time
    fulltext TEXT NOT NULL DEFAULT 'auto',    -- auto | always | never
    definition TEXT                           -- the JSON definition it came from
);

CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    section TEXT NOT NULL DEFAULT 'general',  -- canonical section id
    kind TEXT NOT NULL DEFAULT 'articles',    -- articles | ranking
    group_name TEXT,                          -- OPML folder
    position INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,
    validators_at INTEGER,
    last_fetch INTEGER,
    last_success INTEGER,
    last_status INTEGER,                      -- HTTP status of the last response
    last_error_code INTEGER,                  -- news::ErrorCode + 1, NULL when the last fetch worked
    last_error TEXT,
    failure_count INTEGER NOT NULL DEFAULT 0,
    next_fetch INTEGER,                       -- back-off / Retry-After: not before this time
    disabled INTEGER NOT NULL DEFAULT 0       -- 410 Gone, or switched off by the user
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL,
    dedupe_key TEXT NOT NULL,                 -- g:guid | l:canonical link | h:content hash
    guid TEXT,
    link TEXT,
    canonical_link TEXT,
    title TEXT NOT NULL,
    authors TEXT,
    summary TEXT,                             -- sanitized HTML
    content TEXT,                             -- sanitized HTML
    published INTEGER NOT NULL,               -- unix seconds; first_seen when the feed gives no date
    date_known INTEGER NOT NULL DEFAULT 1,
    updated INTEGER,
    first_seen INTEGER NOT NULL,
    section TEXT NOT NULL,
    comments INTEGER,
    comments_url TEXT,
    thumbnail TEXT,
    content_hash TEXT NOT NULL,
    extra TEXT,                               -- JSON: reporters, dateline, credits, copyright
    UNIQUE (source_id, dedupe_key)
);
CREATE INDEX articles_by_time ON articles (published DESC, id DESC);
CREATE INDEX articles_by_section ON articles (section, published DESC, id DESC);
CREATE INDEX articles_by_feed ON articles (feed_id, published DESC, id DESC);
CREATE INDEX articles_by_link ON articles (canonical_link);

-- Read/starred/saved live apart from articles (NNW): statuses outlive re-fetched or cleaned-up articles.
CREATE TABLE article_status (
    article_id INTEGER PRIMARY KEY,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    saved INTEGER NOT NULL DEFAULT 0,
    read_at INTEGER,
    starred_at INTEGER,
    saved_at INTEGER
);
CREATE INDEX status_starred ON article_status (starred) WHERE starred = 1;
CREATE INDEX status_saved ON article_status (saved) WHERE saved = 1;

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'inline',      -- thumbnail | inline | enclosure
    position INTEGER NOT NULL DEFAULT 0,
    caption TEXT,
    credit TEXT,
    mime TEXT,
    width INTEGER,
    height INTEGER,
    blob TEXT,                                -- content hash of the stored bytes (images/ab/cdef…)
    bytes INTEGER,
    state TEXT NOT NULL DEFAULT 'pending',    -- pending | stored | failed | skipped
    error TEXT
);
CREATE INDEX media_by_article ON media (article_id);
CREATE INDEX media_by_state ON media (state);

CREATE TABLE ranking_snapshots (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    taken_at INTEGER NOT NULL
);
CREATE INDEX ranking_by_feed ON ranking_snapshots (feed_id, taken_at DESC);

CREATE TABLE ranking_items (
    snapshot_id INTEGER NOT NULL REFERENCES ranking_snapshots(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    link TEXT,
    canonical TEXT,                           -- canonical link, to find the article once it is stored
    article_id INTEGER,
    PRIMARY KEY (snapshot_id, position)
);

CREATE TABLE fetch_log (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    duration_ms INTEGER,
    http_status INTEGER,
    outcome TEXT NOT NULL,                    -- ok | not-modified | unchanged | error
    bytes INTEGER,
    new_items INTEGER,
    updated_items INTEGER,
    error TEXT
);
CREATE INDEX fetch_log_by_feed ON fetch_log (feed_id, started_at DESC);

-- Search: a contentless FTS5 index over text where runs of Hangul/CJK are expanded into overlapping bigrams
-- (store/SearchText.cpp), so that two-syllable words and words with particles match (STYLE.md §8). That text
-- arrives already split on spaces and lower-cased, so the cheap 'ascii' tokenizer only has to cut at spaces.
CREATE VIRTUAL TABLE article_search USING fts5(title, authors, body, content='', tokenize='ascii');
