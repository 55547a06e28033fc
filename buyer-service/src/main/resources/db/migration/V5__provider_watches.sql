-- A buyer's explicit watch on a provider ("watch" on its profile): alerted like a shortlisted one.
CREATE TABLE provider_watch (
    account_id   uuid        NOT NULL,
    provider_id  uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, provider_id)
);
-- the watchers of a provider, beside shortlist_entry_provider
CREATE INDEX provider_watch_provider ON provider_watch (provider_id);
