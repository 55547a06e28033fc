-- Exclusion constraints over (provider, company, engagement period) need btree_gist; near-duplicate
-- texts are found with trigram similarity.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One reference per client company and engagement, not per account and provider: a client may
-- review a second, separate engagement.
ALTER TABLE reference DROP CONSTRAINT reference_one_per_author_and_provider;

ALTER TABLE reference
    ADD COLUMN author_email_domain           text,
    ADD COLUMN company_name                  text,
    ADD COLUMN company_siren                 text CHECK (company_siren ~ '^[0-9]{9}$'),
    ADD COLUMN company_key                   text,
    ADD COLUMN engagement_services           text[],
    ADD COLUMN engagement_mode               text CHECK (engagement_mode IN ('REMOTE', 'ON_SITE', 'HYBRID')),
    ADD COLUMN engagement_start              date,
    ADD COLUMN engagement_end                date,
    ADD COLUMN engagement_cost_band          text CHECK (engagement_cost_band IN
        ('UNDER_500', 'FROM_500_TO_1500', 'FROM_1500_TO_5000', 'OVER_5000')),
    ADD COLUMN engagement_team_size          integer CHECK (engagement_team_size BETWEEN 1 AND 10000),
    ADD COLUMN criteria_objectives           smallint CHECK (criteria_objectives BETWEEN 1 AND 5),
    ADD COLUMN criteria_responsiveness       smallint CHECK (criteria_responsiveness BETWEEN 1 AND 5),
    ADD COLUMN criteria_after_hours          smallint CHECK (criteria_after_hours BETWEEN 1 AND 5),
    ADD COLUMN criteria_professionalism      smallint CHECK (criteria_professionalism BETWEEN 1 AND 5),
    ADD COLUMN criteria_communication        smallint CHECK (criteria_communication BETWEEN 1 AND 5),
    ADD COLUMN criteria_billing              smallint CHECK (criteria_billing BETWEEN 1 AND 5),
    ADD COLUMN criteria_data_security        smallint CHECK (criteria_data_security BETWEEN 1 AND 5),
    ADD COLUMN would_recommend               boolean,
    ADD COLUMN facts_price_increase          boolean,
    ADD COLUMN facts_subcontracting          text CHECK (facts_subcontracting IN ('YES', 'NO', 'UNKNOWN')),
    ADD COLUMN facts_after_hours_incident    text CHECK (facts_after_hours_incident IN ('YES', 'NO', 'NEVER_NEEDED')),
    ADD COLUMN contact_allowed               boolean     NOT NULL DEFAULT false,
    ADD COLUMN invitation_id                 uuid,
    ADD COLUMN engagement_confirmed_at       timestamptz,
    ADD COLUMN status                        text        NOT NULL DEFAULT 'PUBLISHED'
        CHECK (status IN ('PUBLISHED', 'HIDDEN', 'WITHDRAWN')),
    ADD COLUMN hidden_reason                 text CHECK (length(hidden_reason) BETWEEN 1 AND 500),
    ADD COLUMN hidden_at                     timestamptz,
    ADD COLUMN withdrawn_at                  timestamptz,
    ADD COLUMN edited_at                     timestamptz;

-- References written before this migration become unverified, ongoing-free engagements dated by
-- their publication, from a company known only by its author.
UPDATE reference
   SET author_email_domain = '',
       company_name = author_name,
       company_key = 'account:' || author_account_id,
       engagement_services = '{}',
       engagement_mode = 'REMOTE',
       engagement_start = created_at::date,
       engagement_end = created_at::date,
       would_recommend = rating >= 4,
       facts_price_increase = false,
       facts_subcontracting = 'UNKNOWN',
       facts_after_hours_incident = 'NEVER_NEEDED';

ALTER TABLE reference
    ALTER COLUMN author_email_domain SET NOT NULL,
    ALTER COLUMN company_name SET NOT NULL,
    ALTER COLUMN company_key SET NOT NULL,
    ALTER COLUMN engagement_services SET NOT NULL,
    ALTER COLUMN engagement_mode SET NOT NULL,
    ALTER COLUMN engagement_start SET NOT NULL,
    ALTER COLUMN would_recommend SET NOT NULL,
    ALTER COLUMN facts_price_increase SET NOT NULL,
    ALTER COLUMN facts_subcontracting SET NOT NULL,
    ALTER COLUMN facts_after_hours_incident SET NOT NULL,
    ADD CONSTRAINT reference_company_name_length CHECK (length(company_name) BETWEEN 1 AND 160),
    ADD CONSTRAINT reference_engagement_ends_after_start
        CHECK (engagement_end IS NULL OR engagement_end >= engagement_start),
    ADD CONSTRAINT reference_hidden_has_reason CHECK (status <> 'HIDDEN' OR hidden_reason IS NOT NULL),
    ADD COLUMN engagement_period daterange
        GENERATED ALWAYS AS (daterange(engagement_start, engagement_end, '[]')) STORED;

-- The same account, or the same client company, cannot review one provider twice for overlapping
-- engagements; withdrawn references no longer count. Races end on these constraints (409).
ALTER TABLE reference
    ADD CONSTRAINT reference_one_per_author_engagement EXCLUDE USING gist
        (provider_id WITH =, author_account_id WITH =, engagement_period WITH &&) WHERE (status <> 'WITHDRAWN'),
    ADD CONSTRAINT reference_one_per_company_engagement EXCLUDE USING gist
        (provider_id WITH =, company_key WITH =, engagement_period WITH &&) WHERE (status <> 'WITHDRAWN');

CREATE INDEX reference_by_author_idx ON reference (author_account_id, created_at DESC);
CREATE INDEX reference_visible_by_provider_idx ON reference (provider_id, status, created_at DESC);
CREATE INDEX reference_comment_trgm_idx ON reference USING gin (comment gin_trgm_ops);
