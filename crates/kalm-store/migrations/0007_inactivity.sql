ALTER TABLE accounts ADD COLUMN inactivity_warned_at BIGINT;
ALTER TABLE accounts ADD COLUMN inactivity_skipped_at BIGINT;
CREATE INDEX accounts_by_activity
    ON accounts (platform_id, account_type, status, (COALESCE(last_activity_at, created_at)), id);
CREATE TABLE job_runs (
    job TEXT NOT NULL,
    period BIGINT NOT NULL,
    claimed_by TEXT NOT NULL,
    claimed_until BIGINT NOT NULL,
    finished_at BIGINT,
    PRIMARY KEY (job, period)
);
