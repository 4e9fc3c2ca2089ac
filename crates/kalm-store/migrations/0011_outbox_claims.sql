-- Who holds an outbox message's lease: a worker renews its own claim
-- right before each send and records the outcome only while the claim is
-- still its own, so a lease that ran out mid-round cannot lead to a
-- second send.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
