-- Quote requests: an SME asks a shortlisted provider for a price and terms; the provider answers
-- once, and both sides talk in a thread kept here. Providers are vendor-service's ids, never joined.

CREATE TABLE quote_request (
    id                         uuid PRIMARY KEY,
    account_id                 uuid NOT NULL,
    shortlist_id               uuid NOT NULL REFERENCES shortlist (id) ON DELETE CASCADE,
    provider_id                uuid NOT NULL,
    -- the provider's name when the request left, for lists (vendor-service owns the profile)
    provider_name              text NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 200),
    company                    text CHECK (length(company) <= 120),
    message                    text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    -- the buyer's requirements as JSON when the request left: later edits do not change it
    requirements               text NOT NULL CHECK (length(requirements) <= 20000),
    -- the buyer's contact details, shown to the provider only once revealed_at is set
    buyer_name                 text CHECK (length(buyer_name) <= 200),
    buyer_email                text CHECK (length(buyer_email) <= 320),
    revealed_at                timestamptz,
    status                     text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED')),
    pricing_model              text CHECK (pricing_model IN ('MONTHLY_FIXED', 'HOURLY', 'PER_INTERVENTION', 'PROJECT')),
    monthly_amount_eur         numeric(9, 2) CHECK (monthly_amount_eur > 0),
    included_services          text CHECK (length(included_services) <= 2000),
    critical_response_minutes  integer CHECK (critical_response_minutes BETWEEN 1 AND 43200),
    after_hours                text CHECK (after_hours IN ('NONE', 'ON_CALL', 'TWENTY_FOUR_SEVEN')),
    price_change_notice_days   integer CHECK (price_change_notice_days BETWEEN 0 AND 365),
    terms                      text CHECK (length(terms) <= 2000),
    answered_at                timestamptz,
    version                    bigint NOT NULL,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    CONSTRAINT quote_request_answered_in_full CHECK (status <> 'ANSWERED' OR (answered_at IS NOT NULL
        AND pricing_model IS NOT NULL AND included_services IS NOT NULL AND critical_response_minutes IS NOT NULL
        AND after_hours IS NOT NULL AND price_change_notice_days IS NOT NULL))
);
-- the buyer's list and its daily limit (count since a time), newest first
CREATE INDEX quote_request_account ON quote_request (account_id, created_at);
-- a provider's inbox
CREATE INDEX quote_request_provider ON quote_request (provider_id, created_at);
-- a shortlist's requests (side by side), the open-request lookup with a parameterised status, cascades
CREATE INDEX quote_request_shortlist ON quote_request (shortlist_id, provider_id);
-- one open request per shortlist and provider: a retried send finds it instead of sending twice
CREATE UNIQUE INDEX quote_request_open_once ON quote_request (shortlist_id, provider_id) WHERE status = 'OPEN';

CREATE TABLE quote_message (
    id                uuid PRIMARY KEY,
    quote_request_id  uuid NOT NULL REFERENCES quote_request (id) ON DELETE CASCADE,
    side              text NOT NULL CHECK (side IN ('BUYER', 'PROVIDER')),
    author_account_id uuid NOT NULL,
    body              text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    version           bigint NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX quote_message_request ON quote_message (quote_request_id, created_at);
