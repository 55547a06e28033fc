-- Low-rating alerts (issue 11): review-service tells buyers watching a provider of a published
-- reference of 2 stars or less, through the same watch events as vendor-service's changes.
ALTER TABLE watch_alert DROP CONSTRAINT watch_alert_kind_check;
ALTER TABLE watch_alert ADD CONSTRAINT watch_alert_kind_check
    CHECK (kind IN ('PRICE_CHANGED', 'SLA_LOWERED', 'CLAIM_UNVERIFIED', 'LOW_RATING'));
