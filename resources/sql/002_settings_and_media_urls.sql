-- Schema version 2: settings kept in the cache (so that a portable data folder carries them), and a media
-- index by URL so the same image is stored once across articles.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE INDEX media_by_url ON media (url);
