-- Events for other services (quote notifications for identity-service), written in the transaction of
-- the change and relayed by service-support's OutboxRelay: the same shape as vendor-service's V25.
CREATE TABLE outbox_event (
    id                    bigserial PRIMARY KEY,
    aggregate_id          uuid        NOT NULL,
    event_type            text        NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
    payload               jsonb       NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    attempts              integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at       timestamptz NOT NULL DEFAULT now(),
    locked_until          timestamptz,
    last_error            text,
    failed_permanently_at timestamptz
);

-- the relay's claim: due events in order, parked ones left out
CREATE INDEX outbox_event_due_idx ON outbox_event (next_attempt_at, id) WHERE failed_permanently_at IS NULL;
-- tests and operators look up a quote request's events
CREATE INDEX outbox_event_aggregate_idx ON outbox_event (aggregate_id);
