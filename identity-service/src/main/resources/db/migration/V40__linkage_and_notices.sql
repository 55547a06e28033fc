-- Linkage signals (docs/trust.md): keyed hashes (HMAC-SHA256) of the network address and of the
-- first-party device identifier seen at each sign-up and sign-in, never the values themselves;
-- kept 12 months after they were last seen. No foreign key: sign-up records its signal in the
-- audit event's own transaction, before the account's commits; erasure deletes them explicitly.
CREATE TABLE linkage_signal (
    account_id     uuid        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('ADDRESS', 'DEVICE')),
    value_hash     text        NOT NULL CHECK (length(value_hash) = 64),
    first_seen_at  timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, kind, value_hash)
);
CREATE INDEX linkage_signal_value_idx ON linkage_signal (kind, value_hash);
CREATE INDEX linkage_signal_last_seen_idx ON linkage_signal (last_seen_at);

-- Notices other services ask identity-service to mail to an account, once each however often the
-- request is repeated (outbox deliveries are at least once).
CREATE TABLE account_notice (
    id          uuid PRIMARY KEY,
    account_id  uuid        NOT NULL,
    sent_at     timestamptz NOT NULL
);
CREATE INDEX account_notice_sent_idx ON account_notice (sent_at);
