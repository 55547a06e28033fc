CREATE TABLE reference_reply (
    reference_id      uuid PRIMARY KEY REFERENCES reference (id),
    provider_id       uuid        NOT NULL,
    author_account_id uuid        NOT NULL,
    body              text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    edited_at         timestamptz,
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);

CREATE TABLE reference_report (
    id                   uuid PRIMARY KEY,
    reference_id         uuid        NOT NULL REFERENCES reference (id),
    reporter_account_id  uuid        NOT NULL,
    reason               text        NOT NULL CHECK (reason IN
        ('FAKE', 'CONFLICT_OF_INTEREST', 'OFFENSIVE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER')),
    details              text CHECK (length(details) <= 1000),
    resolved_at          timestamptz,
    resolution           text CHECK (resolution IN ('HIDDEN', 'DISMISSED')),
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

CREATE UNIQUE INDEX reference_report_one_open_per_reporter_idx
    ON reference_report (reference_id, reporter_account_id) WHERE resolved_at IS NULL;
CREATE INDEX reference_report_open_idx ON reference_report (created_at) WHERE resolved_at IS NULL;

CREATE TABLE reference_dispute (
    id                 uuid PRIMARY KEY,
    reference_id       uuid        NOT NULL REFERENCES reference (id),
    provider_id        uuid        NOT NULL,
    opened_by          uuid        NOT NULL,
    details            text        NOT NULL CHECK (length(details) BETWEEN 1 AND 2000),
    outcome            text CHECK (outcome IN ('UPHELD', 'REJECTED')),
    decision_reason    text CHECK (length(decision_reason) <= 500),
    decided_at         timestamptz,
    decided_by         uuid,
    version            bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK ((outcome IS NULL) = (decided_at IS NULL))
);

CREATE UNIQUE INDEX reference_dispute_one_open_idx ON reference_dispute (reference_id) WHERE outcome IS NULL;
CREATE INDEX reference_dispute_open_idx ON reference_dispute (created_at) WHERE outcome IS NULL;

CREATE TABLE contact_request (
    id                    uuid PRIMARY KEY,
    reference_id          uuid        NOT NULL REFERENCES reference (id),
    author_account_id     uuid        NOT NULL,
    requester_account_id  uuid        NOT NULL,
    requester_name        text        NOT NULL CHECK (length(requester_name) BETWEEN 1 AND 120),
    requester_company     text        NOT NULL CHECK (length(requester_company) BETWEEN 1 AND 160),
    message               text        NOT NULL CHECK (length(message) BETWEEN 1 AND 1000),
    status                text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    shared_contact        text CHECK (length(shared_contact) BETWEEN 1 AND 500),
    decided_at            timestamptz,
    version               bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CONSTRAINT contact_request_once UNIQUE (reference_id, requester_account_id),
    CHECK ((status = 'ACCEPTED') = (shared_contact IS NOT NULL))
);

CREATE INDEX contact_request_by_author_idx ON contact_request (author_account_id, created_at DESC);
CREATE INDEX contact_request_by_requester_idx ON contact_request (requester_account_id, created_at DESC);
