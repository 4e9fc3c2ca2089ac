-- As in 0001, only the append-only triggers (of the charges ledger) differ
-- between the backends.
ALTER TABLE platforms ADD COLUMN settings_version BIGINT NOT NULL DEFAULT 0;
CREATE TABLE platform_configurations (
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    config_key TEXT NOT NULL,
    available BIGINT NOT NULL,
    value TEXT,
    note TEXT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform_id, config_key)
);
CREATE TABLE charges (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    event TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT,
    actor_label TEXT
);
CREATE INDEX charges_by_platform ON charges (platform_id, at);
CREATE INDEX charges_by_time ON charges (at);

CREATE TRIGGER charges_no_update BEFORE UPDATE ON charges
BEGIN SELECT RAISE(ABORT, 'the charges ledger is append-only'); END;
CREATE TRIGGER charges_no_delete BEFORE DELETE ON charges
BEGIN SELECT RAISE(ABORT, 'the charges ledger is append-only'); END;
