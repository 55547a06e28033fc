-- The buyer's workspace: what one SME account keeps. Every row belongs to one account (the token's
-- subject); providers are vendor-service's ids, checked over HTTP when added, never joined.

CREATE TABLE requirements (
    account_id                    uuid PRIMARY KEY,
    users                         integer CHECK (users BETWEEN 0 AND 100000),
    workstations                  integer CHECK (workstations BETWEEN 0 AND 100000),
    servers                       integer CHECK (servers BETWEEN 0 AND 10000),
    departments                   text[] NOT NULL DEFAULT '{}',
    specialties                   text[] NOT NULL DEFAULT '{}',
    after_hours                   text CHECK (after_hours IN ('NONE', 'ON_CALL', 'TWENTY_FOUR_SEVEN')),
    max_critical_response_minutes integer CHECK (max_critical_response_minutes BETWEEN 1 AND 43200),
    -- each "TOPIC=LEVEL", LEVEL being VERIFIED_ONLY or DECLARED_ACCEPTABLE
    certifications                text[] NOT NULL DEFAULT '{}',
    -- euros with cents, as vendor-service's prices
    max_monthly_budget_eur        numeric(9, 2) CHECK (max_monthly_budget_eur > 0),
    subcontracting_acceptable     boolean,
    version                       bigint NOT NULL,
    created_at                    timestamptz NOT NULL,
    updated_at                    timestamptz NOT NULL
);

CREATE TABLE shortlist (
    id                uuid PRIMARY KEY,
    account_id        uuid NOT NULL,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    -- SHA-256 (hex) of the read-only link's token; the token itself is never stored
    share_token_hash  text UNIQUE,
    shared_at         timestamptz,
    version           bigint NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX shortlist_account ON shortlist (account_id, created_at);

CREATE TABLE shortlist_entry (
    id                uuid PRIMARY KEY,
    shortlist_id      uuid NOT NULL REFERENCES shortlist (id) ON DELETE CASCADE,
    provider_id       uuid NOT NULL,
    note              text CHECK (length(note) <= 2000),
    status            text NOT NULL
                      CHECK (status IN ('TO_CONTACT', 'QUOTE_REQUESTED', 'QUOTE_RECEIVED', 'REJECTED', 'CHOSEN')),
    rejection_reason  text CHECK (length(rejection_reason) <= 500),
    version           bigint NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT shortlist_entry_once UNIQUE (shortlist_id, provider_id),
    CONSTRAINT shortlist_entry_rejected_with_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
);

CREATE TABLE saved_search (
    id                uuid PRIMARY KEY,
    account_id        uuid NOT NULL,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    -- the search page's query string exactly as the buyer ran it (filters and text)
    query             text NOT NULL CHECK (length(query) <= 2000),
    last_visited_at   timestamptz NOT NULL,
    version           bigint NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX saved_search_account ON saved_search (account_id, created_at);
