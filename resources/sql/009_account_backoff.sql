-- Schema version 9 (#16): a failing sync account's back-off outlives the process. After a restart it went back
-- to syncing at once and then from 5 minutes again, however long it had been failing.

ALTER TABLE accounts ADD COLUMN failures INTEGER NOT NULL DEFAULT 0; -- failed syncs in a row
ALTER TABLE accounts ADD COLUMN last_failure INTEGER;                -- unix seconds of the latest of them
