-- Offers gain the four pricing models and their terms; prices move to an append-only history so
-- that nothing ever overwrites a price buyers have seen.
ALTER TABLE offer DROP CONSTRAINT offer_pricing_model_check;
ALTER TABLE offer
    ADD CONSTRAINT offer_pricing_model_check
        CHECK (pricing_model IN ('HOURLY', 'MONTHLY_FIXED', 'PER_INTERVENTION', 'PROJECT')),
    ADD COLUMN price_unit                text CHECK (price_unit IN ('FLAT', 'PER_SEAT', 'PER_DEVICE')),
    ADD COLUMN included                  text    NOT NULL DEFAULT '' CHECK (length(included) <= 1000),
    ADD COLUMN minimum_commitment_months integer NOT NULL DEFAULT 0 CHECK (minimum_commitment_months BETWEEN 0 AND 60),
    ADD COLUMN price_change_notice_days  integer NOT NULL DEFAULT 30 CHECK (price_change_notice_days BETWEEN 0 AND 365),
    ADD COLUMN withdrawn_at              timestamptz;

UPDATE offer SET price_unit = 'FLAT' WHERE pricing_model = 'MONTHLY_FIXED';
ALTER TABLE offer
    ADD CONSTRAINT offer_unit_only_when_monthly CHECK ((pricing_model = 'MONTHLY_FIXED') = (price_unit IS NOT NULL));

CREATE TABLE offer_price (
    id                   uuid PRIMARY KEY,
    offer_id             uuid           NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    price_eur            numeric(10, 2) NOT NULL CHECK (price_eur > 0 AND price_eur <= 1000000),
    effective_from       date           NOT NULL,
    announced_at         timestamptz    NOT NULL,
    -- the notice the offer promised when this price was announced, kept to judge the change later
    promised_notice_days integer        NOT NULL CHECK (promised_notice_days BETWEEN 0 AND 365)
);

CREATE INDEX offer_price_offer_idx ON offer_price (offer_id, effective_from, announced_at);
-- the daily search refresh looks up the prices that start applying on a given day
CREATE INDEX offer_price_effective_idx ON offer_price (effective_from);

INSERT INTO offer_price (id, offer_id, price_eur, effective_from, announced_at, promised_notice_days)
SELECT gen_random_uuid(), id, price_eur, (created_at AT TIME ZONE 'Europe/Paris')::date, created_at, 30 FROM offer;

ALTER TABLE offer DROP COLUMN price_eur;
