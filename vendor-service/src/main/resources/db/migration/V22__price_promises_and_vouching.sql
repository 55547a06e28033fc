-- Price promises that hold (docs/trust-vendor.md).

-- An offer belongs to a lineage: an offer re-created for the same specialty and pricing model
-- within 12 months of a withdrawal continues the withdrawn one's history, and its first
-- appearance on Vetted is the lineage's.
ALTER TABLE offer
    ADD COLUMN specialty          text REFERENCES specialty (code),
    ADD COLUMN lineage_id         uuid,
    ADD COLUMN continues_offer_id uuid REFERENCES offer (id),
    ADD COLUMN on_vetted_since    timestamptz;
UPDATE offer SET lineage_id = id, on_vetted_since = created_at;
ALTER TABLE offer
    ALTER COLUMN lineage_id SET NOT NULL,
    ALTER COLUMN on_vetted_since SET NOT NULL,
    ADD CONSTRAINT offer_continues_another CHECK (continues_offer_id <> id);

-- a withdrawn offer is continued at most once
CREATE UNIQUE INDEX offer_continued_once ON offer (continues_offer_id) WHERE continues_offer_id IS NOT NULL;
CREATE INDEX offer_lineage_idx ON offer (lineage_id);
-- re-creation looks up the provider's offers withdrawn in the last 12 months; the public page lists them
CREATE INDEX offer_withdrawn_idx ON offer (provider_id, withdrawn_at) WHERE withdrawn_at IS NOT NULL;

-- Every notice period an offer ever promised, from when. A lowered notice governs only once the
-- one it replaced has run, so the promise in force is computed from this history.
CREATE TABLE offer_notice (
    offer_id    uuid        NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    notice_days integer     NOT NULL CHECK (notice_days BETWEEN 0 AND 365),
    promised_at timestamptz NOT NULL,
    PRIMARY KEY (offer_id, promised_at)
);
INSERT INTO offer_notice (offer_id, notice_days, promised_at)
SELECT id, price_change_notice_days, created_at FROM offer;

-- Who vouched: only independent levels are "verified". The count review-service sent so far
-- counted references the provider invited or confirmed itself: it is the provider's word now.
ALTER TABLE provider_reputation
    ADD COLUMN provider_vouched_count integer NOT NULL DEFAULT 0 CHECK (provider_vouched_count >= 0),
    ADD COLUMN client_verified_count  integer NOT NULL DEFAULT 0 CHECK (client_verified_count >= 0),
    ADD COLUMN evidence_checked_count integer NOT NULL DEFAULT 0 CHECK (evidence_checked_count >= 0);
UPDATE provider_reputation SET provider_vouched_count = verified_reference_count, verified_reference_count = 0;
ALTER TABLE provider_reputation
    ADD CONSTRAINT provider_reputation_independent_levels
        CHECK (client_verified_count <= verified_reference_count AND evidence_checked_count <= verified_reference_count
               AND verified_reference_count <= reference_count AND provider_vouched_count <= reference_count);

SELECT refresh_provider_search(provider_id) FROM provider_reputation;
