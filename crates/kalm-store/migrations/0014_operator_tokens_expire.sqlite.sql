-- Operators can be disabled; API tokens expire, can be revoked, and
-- remember when their use was last audited. Tokens made before this
-- version never expired: they get 90 days from the upgrade, so scripts
-- keep working while their owners make new ones. Only that last UPDATE
-- differs between the backends (how each spells the current time).
ALTER TABLE operators ADD COLUMN disabled_at BIGINT;
ALTER TABLE operator_tokens ADD COLUMN expires_at BIGINT;
ALTER TABLE operator_tokens ADD COLUMN revoked_at BIGINT;
ALTER TABLE operator_tokens ADD COLUMN audited_at BIGINT;

UPDATE operator_tokens SET expires_at = (CAST(strftime('%s', 'now') AS INTEGER) + 90 * 86400) * 1000000
WHERE expires_at IS NULL;
