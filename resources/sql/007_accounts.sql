-- Schema version 7 (#16): accounts on a sync server (Tiny Tiny RSS first), and what ties local rows to it.
-- Local feeds stay the default; an account's feeds are ordinary feeds of sources of kind 'account' that the local
-- refresh leaves alone (sync/SyncEngine fills them).

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                       -- ttrss
    url TEXT NOT NULL,                        -- the server's base URL (tt-rss: where index.php and api/ live)
    username TEXT NOT NULL,
    secret TEXT,                              -- the password when no keychain holds it (the UI warns); else NULL
    secret_in_keychain INTEGER NOT NULL DEFAULT 0,
    sync_subscriptions INTEGER NOT NULL DEFAULT 1,
    sync_state INTEGER NOT NULL DEFAULT 1,    -- read/starred both ways
    article_cursor TEXT,                      -- where "articles since" goes on (tt-rss: the highest article id seen)
    last_sync INTEGER,                        -- unix seconds of the last sync that worked
    last_error_code INTEGER,                  -- news::ErrorCode + 1, NULL when the last sync worked
    last_error TEXT,
    failing_since INTEGER,                    -- first failure of the current run of failures
    created INTEGER NOT NULL,
    UNIQUE (kind, url, username)
);

-- The server's feeds: each is a local feed (under its own source, named after the feed).
CREATE TABLE account_feeds (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    feed_id INTEGER NOT NULL UNIQUE REFERENCES feeds(id) ON DELETE CASCADE,
    remote_url TEXT,
    category TEXT,
    PRIMARY KEY (account_id, remote_id)
);

-- The server's articles: which local article each one is (the local row goes with retention; so does this).
CREATE TABLE account_articles (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    remote_unread INTEGER NOT NULL DEFAULT 1, -- the server's flags as last seen: what changed there since
    remote_starred INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, remote_id)
);

-- State changes made here that the server has not confirmed yet. Triggers fill it in the same transaction as the
-- change itself, so a kill -9 between a change and its upload loses nothing; the sync deletes a row once the server
-- has it. Changes that came from the server are taken out again in the transaction that applies them. An account
-- article gets its article_status row when it is first stored (sync/AccountStore), so UPDATE triggers see every
-- later change.
CREATE TABLE sync_queue (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    field TEXT NOT NULL,                      -- read | starred
    value INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX sync_queue_by_account ON sync_queue (account_id, id);

CREATE TRIGGER sync_queue_read_changed AFTER UPDATE OF read ON article_status WHEN NEW.read IS NOT OLD.read BEGIN
    INSERT INTO sync_queue (account_id, remote_id, field, value, changed_at) SELECT aa.account_id, aa.remote_id, 'read', NEW.read, COALESCE(NEW.read_at, CAST(strftime('%s', 'now') AS INTEGER)) FROM account_articles aa WHERE aa.article_id = NEW.article_id; END;
CREATE TRIGGER sync_queue_starred_changed AFTER UPDATE OF starred ON article_status WHEN NEW.starred IS NOT OLD.starred BEGIN
    INSERT INTO sync_queue (account_id, remote_id, field, value, changed_at) SELECT aa.account_id, aa.remote_id, 'starred', NEW.starred, COALESCE(NEW.starred_at, CAST(strftime('%s', 'now') AS INTEGER)) FROM account_articles aa WHERE aa.article_id = NEW.article_id; END;
