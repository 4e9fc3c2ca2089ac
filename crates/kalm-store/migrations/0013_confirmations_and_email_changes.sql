-- A session's last password confirmation (for changes a stolen session
-- must not make), and e-mail changes waiting for the new address to
-- confirm them.
ALTER TABLE sessions ADD COLUMN confirmed_at BIGINT;
CREATE TABLE email_changes (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    new_email TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX email_changes_by_account ON email_changes (account_id);
