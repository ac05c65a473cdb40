-- Schema version 6 (#15): subscriptions the reader owns. Per-feed settings override the outlet's (NULL: the
-- outlet's or the app's); a section the reader chose for a feed wins over its items' own categories; a failing
-- feed remembers since when it fails; an outlet the reader renamed keeps its name when the catalogue is
-- imported again.

ALTER TABLE feeds ADD COLUMN section_fixed INTEGER NOT NULL DEFAULT 0; -- 1: every item goes to feeds.section
ALTER TABLE feeds ADD COLUMN interval_minutes INTEGER;                -- refresh at most this often
ALTER TABLE feeds ADD COLUMN retention_days INTEGER;                  -- keep articles this long (0: forever)
ALTER TABLE feeds ADD COLUMN fulltext TEXT;                           -- auto | always | never
ALTER TABLE feeds ADD COLUMN images INTEGER;                          -- store images at refresh time
ALTER TABLE feeds ADD COLUMN encoding TEXT;                           -- decode the feed with this encoding
ALTER TABLE feeds ADD COLUMN user_agent TEXT;                         -- User-Agent for this feed's requests
ALTER TABLE feeds ADD COLUMN failing_since INTEGER;                   -- first failure of the current run of them
ALTER TABLE feeds ADD COLUMN user_named INTEGER NOT NULL DEFAULT 0;    -- 1: the reader renamed it
ALTER TABLE sources ADD COLUMN user_named INTEGER NOT NULL DEFAULT 0;  -- 1: the reader renamed it
