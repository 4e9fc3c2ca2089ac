-- Row triggers do not fire on TRUNCATE, which would empty the audit log
-- or the charges ledger in one statement. SQLite has no TRUNCATE (its
-- `DELETE FROM` without WHERE runs the row triggers): it has no file for
-- this migration.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER charges_no_truncate BEFORE TRUNCATE ON charges
FOR EACH STATEMENT EXECUTE FUNCTION charges_append_only();
