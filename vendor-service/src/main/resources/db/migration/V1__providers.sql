CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe
-- to use in index expressions.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, $1);

CREATE TABLE provider (
    id               uuid PRIMARY KEY,
    owner_account_id uuid        NOT NULL,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    kind             text        NOT NULL CHECK (kind IN ('FREELANCE', 'AGENCY')),
    delivers_remote  boolean     NOT NULL,
    delivers_on_site boolean     NOT NULL,
    city             text        NOT NULL CHECK (length(city) BETWEEN 1 AND 80),
    description      text        NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    specialties      text[]      NOT NULL CHECK (cardinality(specialties) >= 1),
    -- what full-text search reads: name, city, description and specialty labels in French and English
    search_text      text        NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT provider_delivers_somehow CHECK (delivers_remote OR delivers_on_site),
    CONSTRAINT provider_one_per_account UNIQUE (owner_account_id)
);

CREATE INDEX provider_search_idx ON provider
    USING gin (to_tsvector('simple', immutable_unaccent(search_text)));

CREATE INDEX provider_specialties_idx ON provider USING gin (specialties);

CREATE TABLE offer (
    id            uuid PRIMARY KEY,
    provider_id   uuid          NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    title         text          NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    pricing_model text          NOT NULL CHECK (pricing_model IN ('HOURLY', 'MONTHLY_FIXED')),
    price_eur     numeric(10, 2) NOT NULL CHECK (price_eur > 0 AND price_eur <= 1000000),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL
);

CREATE INDEX offer_provider_idx ON offer (provider_id);

-- Written only by review-service (through its outbox), never by the profile's owner, so owner
-- edits and reputation updates never contend for the same row version.
CREATE TABLE provider_reputation (
    provider_id     uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    average_rating  numeric(3, 2) NOT NULL CHECK (average_rating BETWEEN 1 AND 5),
    reference_count integer       NOT NULL CHECK (reference_count >= 0),
    source_version  bigint        NOT NULL,
    updated_at      timestamptz   NOT NULL
);
