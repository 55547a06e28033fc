-- Price watch: vendor-service's watch events (price, SLA and claim changes), each received once.
-- A redelivered event finds its row and changes nothing; the recipients are fixed at first receipt,
-- so a retry after identity-service failed sends the same chunks with the same ids.

CREATE TABLE watch_alert (
    event_id      uuid PRIMARY KEY,
    provider_id   uuid        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('PRICE_CHANGED', 'SLA_LOWERED', 'CLAIM_UNVERIFIED')),
    received_at   timestamptz NOT NULL DEFAULT now(),
    -- when identity-service accepted every chunk; recipients are deleted then
    delivered_at  timestamptz
);
CREATE INDEX watch_alert_provider ON watch_alert (provider_id, received_at);

CREATE TABLE watch_alert_recipient (
    event_id    uuid NOT NULL REFERENCES watch_alert (event_id) ON DELETE CASCADE,
    account_id  uuid NOT NULL,
    PRIMARY KEY (event_id, account_id)
);
-- erasing an account removes its pending alerts
CREATE INDEX watch_alert_recipient_account ON watch_alert_recipient (account_id);

-- the watchers of a provider: every account with the provider on one of its shortlists
CREATE INDEX shortlist_entry_provider ON shortlist_entry (provider_id, shortlist_id);
