-- Where a platform is: its country reads national phone numbers, its time
-- zone shows times on pages and in e-mails. Until now both followed the
-- platform's language, so existing platforms keep exactly that.
ALTER TABLE platforms ADD COLUMN country TEXT NOT NULL DEFAULT 'nl';
ALTER TABLE platforms ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Amsterdam';
UPDATE platforms SET
    country = CASE default_language
        WHEN 'en' THEN 'gb' WHEN 'de' THEN 'de' WHEN 'da' THEN 'dk' WHEN 'es' THEN 'es'
        WHEN 'fr' THEN 'fr' WHEN 'hu' THEN 'hu' WHEN 'pl' THEN 'pl' ELSE 'nl' END,
    time_zone = CASE default_language
        WHEN 'en' THEN 'Europe/London' WHEN 'de' THEN 'Europe/Berlin' WHEN 'da' THEN 'Europe/Copenhagen'
        WHEN 'es' THEN 'Europe/Madrid' WHEN 'fr' THEN 'Europe/Paris' WHEN 'hu' THEN 'Europe/Budapest'
        WHEN 'pl' THEN 'Europe/Warsaw' ELSE 'Europe/Amsterdam' END;
-- The organisation's own address for questions, given wherever a text
-- tells people to contact the organisation. Optional.
ALTER TABLE platforms ADD COLUMN contact_email TEXT;
-- A person's own time zone, when it is not the platform's.
ALTER TABLE accounts ADD COLUMN time_zone TEXT;
