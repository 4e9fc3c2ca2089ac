-- `accounts_by_activity` starts with the same three columns, so it
-- answers every look-up the older index did; keeping both made each
-- status change (a sweep makes many) write two scattered index entries.
DROP INDEX accounts_by_platform;
