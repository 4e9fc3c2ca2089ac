CREATE TABLE two_factor (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    method TEXT NOT NULL,
    totp_secret_sealed TEXT,
    confirmed_at BIGINT,
    last_step BIGINT,
    created_at BIGINT NOT NULL
);
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);
