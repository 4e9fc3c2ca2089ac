-- The service desk looks up the messages sent to one address (a person
-- who says they never got their invitation). Addresses are compared
-- without regard to case, as everywhere else.
CREATE INDEX outbox_recipient_folded ON outbox (LOWER(recipient), created_at);
