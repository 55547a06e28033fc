-- The notification centre (docs/ARCHITECTURE.md): one row per event and recipient, in the
-- recipient's language at the time it was created. (event_id, account_id) is unique, so a
-- redelivered batch creates nothing; how it is mailed is decided once, from the preference then.
CREATE TABLE notification (
    id           uuid PRIMARY KEY,
    account_id   uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    event_id     uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('PRICE_ALERT', 'SAVED_SEARCH_ALERT', 'QUOTE', 'REFERENCE',
                                 'CONTACT', 'MODERATION', 'INVITATION', 'TEAM', 'VERIFICATION')),
    subject      text        NOT NULL CHECK (length(subject) <= 200),
    body         text        NOT NULL CHECK (length(body) <= 5000),
    link         text        CHECK (link IS NULL OR (length(link) <= 500 AND link LIKE '/%')),
    delivery     text        NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')),
    mail_due_at  timestamptz,
    read_at      timestamptz,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notification_once_per_event UNIQUE (event_id, account_id)
);
-- the account's list (newest first) and its unread count
CREATE INDEX notification_account_list_idx ON notification (account_id, created_at DESC, id DESC);
CREATE INDEX notification_account_unread_idx ON notification (account_id) WHERE read_at IS NULL;
-- what one digest mail holds
CREATE INDEX notification_digest_idx ON notification (account_id, delivery, mail_due_at)
    WHERE delivery IN ('DAILY', 'WEEKLY');

-- How each account wants each kind mailed; no row means IMMEDIATE.
CREATE TABLE notification_preference (
    id          uuid PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('PRICE_ALERT', 'SAVED_SEARCH_ALERT', 'QUOTE', 'REFERENCE',
                                'CONTACT', 'MODERATION', 'INVITATION', 'TEAM', 'VERIFICATION')),
    delivery    text        NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')),
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notification_preference_once UNIQUE (account_id, kind)
);

-- The durable mail queue: one row per mail still to send (deleted once sent). An immediate mail
-- names its notification; a digest is one row per account, period and its end (due_at), and holds
-- the notifications whose mail_due_at is that end. Failures come back after an exponential delay;
-- after too many the row is parked for inspection.
CREATE TABLE notification_mail (
    id               uuid PRIMARY KEY,
    account_id       uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    delivery         text        NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'WEEKLY')),
    due_at           timestamptz NOT NULL,
    notification_id  uuid        UNIQUE REFERENCES notification (id) ON DELETE CASCADE,
    next_attempt_at  timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text,
    parked_at        timestamptz,
    CONSTRAINT notification_mail_immediate_names_one CHECK ((delivery = 'IMMEDIATE') = (notification_id IS NOT NULL))
);
CREATE UNIQUE INDEX notification_mail_digest_once ON notification_mail (account_id, delivery, due_at)
    WHERE notification_id IS NULL;
CREATE INDEX notification_mail_due_idx ON notification_mail (next_attempt_at) WHERE parked_at IS NULL;

-- Account notices are notifications now (unique per event and account); the old claim table goes.
DROP TABLE account_notice;
