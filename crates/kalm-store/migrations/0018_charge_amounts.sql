-- The price a charge was recorded with, from the installation's price list
-- at that moment (minor units, ISO 4217 code); none when the list had no
-- price for it. Kept on the row so that a later price list does not
-- rewrite the ledger.
ALTER TABLE charges ADD COLUMN amount_minor BIGINT;
ALTER TABLE charges ADD COLUMN currency TEXT;
