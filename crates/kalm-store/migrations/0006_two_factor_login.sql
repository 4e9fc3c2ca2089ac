ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';
ALTER TABLE sessions ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE two_factor ADD COLUMN phone_sealed TEXT;
CREATE TABLE two_factor_setups (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    method TEXT NOT NULL,
    totp_secret_sealed TEXT,
    phone_sealed TEXT,
    created_at BIGINT NOT NULL
);
CREATE TABLE sms_codes (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX sms_codes_by_account ON sms_codes (account_id, created_at);
CREATE TABLE remembered_devices (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    token_hash TEXT NOT NULL UNIQUE,
    browser TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX remembered_devices_by_account ON remembered_devices (account_id);
CREATE TABLE two_factor_waivers (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    granted_by TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
DELETE FROM two_factor WHERE confirmed_at IS NULL;
