CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    account_id TEXT,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    recipient TEXT NOT NULL,
    payload_sealed TEXT,
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    last_error TEXT,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
