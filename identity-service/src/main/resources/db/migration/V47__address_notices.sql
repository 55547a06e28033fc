-- Notices other services ask identity-service to mail to an address that may have no account yet
-- (a client a provider invites), once each however often the request is repeated.
CREATE TABLE address_notice (
    id       uuid PRIMARY KEY,
    sent_at  timestamptz NOT NULL
);
CREATE INDEX address_notice_sent_idx ON address_notice (sent_at);
