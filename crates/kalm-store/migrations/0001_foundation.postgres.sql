-- The tables are the same on both backends; only the triggers that keep the
-- audit log append-only are spelled differently.
CREATE TABLE platforms (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    domain TEXT NOT NULL UNIQUE,
    default_language TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE operators (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_folded TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_activity_at BIGINT
);
CREATE TABLE operator_tokens (
    id TEXT PRIMARY KEY,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    account_type TEXT NOT NULL,
    roles BIGINT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_folded TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    password_hash TEXT,
    last_activity_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (platform_id, email_folded)
);
CREATE INDEX accounts_by_platform ON accounts (platform_id, account_type, status);
CREATE TABLE treatment_relations (
    client_id TEXT NOT NULL REFERENCES accounts(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id),
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (client_id, professional_id)
);
CREATE INDEX treatment_relations_by_professional ON treatment_relations (professional_id);
CREATE TABLE friend_links (
    friend_id TEXT PRIMARY KEY REFERENCES accounts(id),
    client_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    platform_id TEXT,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_subject ON sessions (subject_id);
CREATE TABLE activation_links (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX activation_links_by_account ON activation_links (account_id);
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    blocked_until BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    platform_id TEXT,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    actor_label TEXT,
    action TEXT NOT NULL,
    target_kind TEXT,
    target_id TEXT,
    target_label TEXT,
    source_addr TEXT,
    outcome TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_log_by_platform ON audit_log (platform_id, at);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END;
$body$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
