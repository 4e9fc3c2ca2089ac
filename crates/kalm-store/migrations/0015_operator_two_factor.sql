-- Operators' second factor: an authenticator app only (the console has
-- no text-message provider of its own to rely on), kept apart from the
-- accounts' tables because an operator is no account and has no
-- platform. The secret is sealed like the accounts' ones; recovery
-- codes are digests.
CREATE TABLE operator_two_factor (
    operator_id TEXT PRIMARY KEY REFERENCES operators(id),
    totp_secret_sealed TEXT NOT NULL,
    last_step BIGINT,
    confirmed_at BIGINT NOT NULL
);
CREATE TABLE operator_two_factor_setups (
    operator_id TEXT PRIMARY KEY REFERENCES operators(id),
    totp_secret_sealed TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE operator_recovery_codes (
    code_hash TEXT PRIMARY KEY,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX operator_recovery_codes_by_operator ON operator_recovery_codes (operator_id);
