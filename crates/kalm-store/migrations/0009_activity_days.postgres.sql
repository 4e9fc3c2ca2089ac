-- The preview counts a platform's accounts by day of last activity. On
-- PostgreSQL that meant reading every row of the platform (about 230 ms
-- for a million accounts); these counts, kept by statement triggers, let
-- it read a few rows per day instead, and the index only for the part of
-- a day before each edge. Statement triggers see a whole batch at once,
-- so a sweep batch adds a few rows here, not one per account. The
-- triggers only ever add rows of changes (never update one), so writers
-- never wait for each other here; the sweep folds a platform's rows into
-- one per day (`kalm_store::inactivity::fold_activity_days`). SQLite
-- walks its index fast enough, and has no statement triggers: it has no
-- file for this migration.
CREATE TABLE activity_days (
    platform_id TEXT NOT NULL,
    account_type TEXT NOT NULL,
    day BIGINT NOT NULL,
    accounts BIGINT NOT NULL
);
CREATE INDEX activity_days_by_platform ON activity_days (platform_id, account_type, day);
INSERT INTO activity_days (platform_id, account_type, day, accounts)
SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, COUNT(*)
FROM accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2, 3;
CREATE FUNCTION count_activity_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO activity_days (platform_id, account_type, day, accounts)
        SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, COUNT(*)
        FROM new_accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2, 3;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO activity_days (platform_id, account_type, day, accounts)
        SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, -COUNT(*)
        FROM old_accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2, 3;
    ELSE
        -- Most updates (a name, a password, activity on the same day)
        -- cancel out and add nothing.
        INSERT INTO activity_days (platform_id, account_type, day, accounts)
        SELECT platform_id, account_type, day, SUM(change) FROM (
            SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000 AS day,
                1 AS change
            FROM new_accounts WHERE status IN ('active', 'invited')
            UNION ALL
            SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, -1
            FROM old_accounts WHERE status IN ('active', 'invited')
        ) AS changes GROUP BY 1, 2, 3 HAVING SUM(change) <> 0;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION clear_activity_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM activity_days;
    RETURN NULL;
END
$$;
CREATE TRIGGER accounts_inserted AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS new_accounts FOR EACH STATEMENT EXECUTE FUNCTION count_activity_days();
CREATE TRIGGER accounts_updated AFTER UPDATE ON accounts
    REFERENCING OLD TABLE AS old_accounts NEW TABLE AS new_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION count_activity_days();
CREATE TRIGGER accounts_deleted AFTER DELETE ON accounts
    REFERENCING OLD TABLE AS old_accounts FOR EACH STATEMENT EXECUTE FUNCTION count_activity_days();
CREATE TRIGGER accounts_truncated AFTER TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION clear_activity_days();
