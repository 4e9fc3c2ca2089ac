-- How much of its audit budget each anonymous source has used in the
-- current window (kalm_domain::audit::AnonymousBudget). Not part of the
-- log: rows change, and ended windows are removed once summarised.
CREATE TABLE audit_budgets (
    budget_key TEXT PRIMARY KEY,
    platform_id TEXT,
    source_addr TEXT,
    window_start BIGINT,
    written BIGINT NOT NULL,
    suppressed TEXT NOT NULL
);
CREATE INDEX audit_budgets_by_window ON audit_budgets (window_start);
