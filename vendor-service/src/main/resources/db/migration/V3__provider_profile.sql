-- A SIREN (9 digits) or SIRET (14 digits) is valid when its Luhn checksum is.
CREATE FUNCTION luhn_valid(digits text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN digits ~ '^[0-9]+$' AND (
        SELECT sum(CASE WHEN (length(digits) - i) % 2 = 1 THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END) % 10 = 0
          FROM (SELECT i, substr(digits, i, 1)::int AS d FROM generate_series(1, length(digits)) AS i) AS position);

ALTER TABLE provider
    ADD COLUMN status              text    NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    ADD COLUMN published_at        timestamptz,
    ADD COLUMN team_size           integer CHECK (team_size BETWEEN 1 AND 100000),
    ADD COLUMN year_founded        integer CHECK (year_founded BETWEEN 1900 AND 2100),
    ADD COLUMN siren               text    CHECK (siren ~ '^[0-9]{9}$' AND luhn_valid(siren)),
    -- La Poste's establishments (SIREN 356000000) are the one documented exception to the Luhn rule
    ADD COLUMN siret               text    CHECK (siret ~ '^[0-9]{14}$' AND (luhn_valid(siret) OR left(siret, 9) = '356000000')),
    ADD COLUMN website             text    CHECK (website ~ '^https?://[^\s]+$' AND length(website) <= 200),
    ADD COLUMN postcode            text    CHECK (postcode ~ '^[0-9]{5}$'),
    ADD COLUMN department_code     text    REFERENCES department (code),
    ADD COLUMN languages           text[]  NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 20),
    ADD COLUMN on_site_regions     text[]  NOT NULL DEFAULT '{}' CHECK (cardinality(on_site_regions) <= 18),
    ADD COLUMN on_site_departments text[]  NOT NULL DEFAULT '{}' CHECK (cardinality(on_site_departments) <= 101),
    ADD COLUMN offshore_country    text    CHECK (offshore_country ~ '^[A-Z]{2}$');

-- profiles created before drafts existed were public from the start
UPDATE provider SET published_at = created_at;
ALTER TABLE provider ALTER COLUMN status SET DEFAULT 'DRAFT';

ALTER TABLE provider
    ADD CONSTRAINT provider_published_when_dated CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    ADD CONSTRAINT provider_siret_of_siren CHECK (siret IS NULL OR left(siret, 9) = siren),
    ADD CONSTRAINT provider_areas_only_on_site
        CHECK (delivers_on_site OR (on_site_regions = '{}' AND on_site_departments = '{}'));

-- one profile per company: a second account cannot claim a SIREN that already has a profile
CREATE UNIQUE INDEX provider_siren_key ON provider (siren) WHERE siren IS NOT NULL;
