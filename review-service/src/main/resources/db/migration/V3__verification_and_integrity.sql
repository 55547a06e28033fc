-- Providers this service has seen vendor-service publish, refreshed on every successful lookup, so
-- references on them stay writable while vendor-service is down.
CREATE TABLE known_provider (
    provider_id      uuid PRIMARY KEY,
    owner_account_id uuid        NOT NULL,
    name             text        NOT NULL,
    website          text,
    checked_at       timestamptz NOT NULL
);

-- One row per author: locked by each of their writes (serialising them, so the daily limit holds
-- under concurrency) and remembering when they first wrote here (new-account flags).
CREATE TABLE reviewer (
    account_id     uuid PRIMARY KEY,
    first_seen_at  timestamptz NOT NULL,
    last_write_at  timestamptz NOT NULL
);

CREATE TABLE idempotency_key (
    account_id    uuid        NOT NULL,
    key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash  text        NOT NULL,
    reference_id  uuid REFERENCES reference (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, key)
);

-- What a reference said before each edit, oldest first.
CREATE TABLE reference_revision (
    id            uuid PRIMARY KEY,
    reference_id  uuid        NOT NULL REFERENCES reference (id),
    revision      integer     NOT NULL CHECK (revision > 0),
    content       jsonb       NOT NULL,
    written_at    timestamptz NOT NULL,
    replaced_at   timestamptz NOT NULL,
    CONSTRAINT reference_revision_unique UNIQUE (reference_id, revision)
);

CREATE TABLE invitation (
    id               uuid PRIMARY KEY,
    provider_id      uuid        NOT NULL,
    email            text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    token_hash       text        NOT NULL UNIQUE,
    invited_by       uuid        NOT NULL,
    expires_at       timestamptz NOT NULL,
    used_at          timestamptz,
    reference_id     uuid REFERENCES reference (id),
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK ((used_at IS NULL) = (reference_id IS NULL))
);

CREATE INDEX invitation_by_provider_idx ON invitation (provider_id, created_at DESC);

ALTER TABLE reference ADD CONSTRAINT reference_invitation_fk FOREIGN KEY (invitation_id) REFERENCES invitation (id);
CREATE UNIQUE INDEX reference_invitation_once_idx ON reference (invitation_id) WHERE invitation_id IS NOT NULL;

-- Signals for moderators, raised when a reference is written.
CREATE TABLE reference_flag (
    id            uuid PRIMARY KEY,
    reference_id  uuid        NOT NULL REFERENCES reference (id),
    kind          text        NOT NULL CHECK (kind IN ('BURST', 'NEAR_DUPLICATE', 'NEW_ACCOUNTS', 'MEMBERSHIP_UNCHECKED')),
    detail        text        NOT NULL CHECK (length(detail) <= 500),
    created_at    timestamptz NOT NULL,
    resolved_at   timestamptz,
    CONSTRAINT reference_flag_once UNIQUE (reference_id, kind)
);

CREATE INDEX reference_flag_open_idx ON reference_flag (created_at) WHERE resolved_at IS NULL;


