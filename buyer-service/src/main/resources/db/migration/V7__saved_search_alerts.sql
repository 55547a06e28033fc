-- Saved-search alerts (issue 11). vendor_query is the search as vendor-service's search API reads
-- it, computed by web-ui when the search is saved; searches saved before have none and are not
-- alerted until saved again (their view says alerts: false).
ALTER TABLE saved_search ADD COLUMN vendor_query text CHECK (length(vendor_query) <= 2000);

-- the saved searches an alert run reads: those with a vendor query
CREATE INDEX saved_search_alerting ON saved_search (account_id) WHERE vendor_query IS NOT NULL;

-- Each (saved search, provider) pair alerted once: a redelivered PROVIDER_PUBLISHED finds its rows
-- and asks vendor-service and identity-service nothing more. Deleting the search deletes its rows.
CREATE TABLE saved_search_alert (
    saved_search_id  uuid        NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    provider_id      uuid        NOT NULL,
    alerted_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (saved_search_id, provider_id)
);
