-- Schema version 8 (#15): an outlet's refresh interval, which its feeds follow unless they have their own
-- (feeds.interval_minutes); NULL: the app's.

ALTER TABLE sources ADD COLUMN interval_minutes INTEGER; -- refresh this outlet's feeds at most this often
