CREATE TABLE reference (
    id                uuid PRIMARY KEY,
    provider_id       uuid        NOT NULL,
    author_account_id uuid        NOT NULL,
    author_name       text        NOT NULL CHECK (length(author_name) BETWEEN 1 AND 120),
    rating            smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment           text        NOT NULL CHECK (length(comment) BETWEEN 1 AND 4000),
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT reference_one_per_author_and_provider UNIQUE (provider_id, author_account_id)
);

CREATE INDEX reference_by_provider_idx ON reference (provider_id, created_at DESC, id);

-- Running totals per provider; version grows with every change and orders the snapshots sent out.
CREATE TABLE provider_reputation (
    provider_id     uuid PRIMARY KEY,
    reference_count integer     NOT NULL CHECK (reference_count >= 0),
    rating_sum      integer     NOT NULL CHECK (rating_sum >= 0),
    version         bigint      NOT NULL CHECK (version > 0),
    updated_at      timestamptz NOT NULL
);

-- Transactional outbox: rows are written in the transaction that changes a reputation and
-- deleted once vendor-service has accepted them.
CREATE TABLE outbox_event (
    id                    bigserial PRIMARY KEY,
    aggregate_id          uuid        NOT NULL,
    event_type            text        NOT NULL,
    payload               jsonb       NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    attempts              integer     NOT NULL DEFAULT 0,
    next_attempt_at       timestamptz NOT NULL DEFAULT now(),
    locked_until          timestamptz,
    last_error            text,
    failed_permanently_at timestamptz
);

CREATE INDEX outbox_event_due_idx ON outbox_event (next_attempt_at, id) WHERE failed_permanently_at IS NULL;
