-- Schema version 4: full text fetched from article pages (extract/). Summary-only items of sources set to
-- "auto" (and every item of "always" sources, and every pinned article) wait as 'pending' until the page is
-- fetched and its article extracted.

ALTER TABLE articles ADD COLUMN fulltext_state TEXT NOT NULL DEFAULT 'none'; -- none | pending | done | failed
ALTER TABLE articles ADD COLUMN fulltext_error TEXT;
CREATE INDEX articles_fulltext_pending ON articles (id) WHERE fulltext_state = 'pending';
