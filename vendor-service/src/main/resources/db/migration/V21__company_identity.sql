-- Company identity: a SIREN is the provider's word ("declared") until the public register lists it
-- as an active company AND a moderator has checked a Kbis or a mail from the company's domain.

-- never reset, unlike published_at: a profile taken back to draft and renamed still owes its history
ALTER TABLE provider
    ADD COLUMN first_published_at timestamptz,
    ADD COLUMN unpublished_reason text CHECK (length(unpublished_reason) BETWEEN 1 AND 500);
UPDATE provider SET first_published_at = published_at;

-- One row per provider with a SIREN, reset whenever the SIREN changes.
CREATE TABLE company_identity (
    provider_id          uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    siren                text        NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
    -- PENDING until asked; UNAVAILABLE when the register did not answer (retried with back-off)
    register_state       text        NOT NULL CHECK (register_state IN ('PENDING', 'ACTIVE', 'CLOSED', 'NOT_FOUND', 'UNAVAILABLE')),
    register_name        text CHECK (length(register_name) <= 300),
    register_checked_at  timestamptz,
    check_attempts       integer     NOT NULL DEFAULT 0,
    next_check_at        timestamptz,
    moderator_checked_by uuid,
    moderator_checked_at timestamptz,
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT company_identity_checked_by_someone
        CHECK ((moderator_checked_by IS NULL) = (moderator_checked_at IS NULL)),
    CONSTRAINT company_identity_name_when_found
        CHECK (register_state NOT IN ('ACTIVE', 'CLOSED') OR register_name IS NOT NULL)
);
-- the register re-check job picks what is due, oldest first
CREATE INDEX company_identity_due_idx ON company_identity (next_check_at)
    WHERE register_state IN ('PENDING', 'UNAVAILABLE');

INSERT INTO company_identity (provider_id, siren, register_state, next_check_at, created_at, updated_at)
SELECT id, siren, 'PENDING', now(), now(), now() FROM provider WHERE siren IS NOT NULL;

-- Evidence for moderators only (Kbis extracts, contest documents): deleted once decided.
CREATE TABLE evidence_document (
    id          uuid PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    media_type  text        NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    content     bytea       NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 5242880),
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by uuid        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX evidence_document_provider_idx ON evidence_document (provider_id);
-- unused uploads are swept after a day
CREATE INDEX evidence_document_age_idx ON evidence_document (created_at);

-- A provider asks a moderator to check its company: a Kbis, or a mail from the company's domain.
CREATE TABLE company_check (
    id              uuid PRIMARY KEY,
    provider_id     uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    siren           text        NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
    evidence        text        NOT NULL CHECK (evidence IN ('KBIS', 'DOMAIN_MAIL')),
    document_id     uuid REFERENCES evidence_document (id) ON DELETE SET NULL,
    contact_email   text CHECK (length(contact_email) BETWEEN 3 AND 254),
    note            text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'SUPERSEDED')),
    decision_reason text CHECK (length(decision_reason) BETWEEN 1 AND 500),
    decided_by      uuid,
    decided_at      timestamptz,
    requested_by    uuid        NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT company_check_evidence_given CHECK (
        (evidence = 'KBIS' AND contact_email IS NULL) OR (evidence = 'DOMAIN_MAIL' AND contact_email IS NOT NULL)),
    CONSTRAINT company_check_decided CHECK ((status IN ('ACCEPTED', 'REJECTED')) = (decided_at IS NOT NULL))
);
CREATE UNIQUE INDEX company_check_one_pending ON company_check (provider_id) WHERE status = 'PENDING';
CREATE INDEX company_check_pending_idx ON company_check (created_at, id) WHERE status = 'PENDING';
CREATE INDEX company_check_provider_idx ON company_check (provider_id, created_at);

-- Another profile claims a SIREN that is taken: a moderator decides with evidence from both.
CREATE TABLE siren_contest (
    id                   uuid PRIMARY KEY,
    siren                text        NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
    holder_provider_id   uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    claimant_provider_id uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    claimant_statement   text        NOT NULL CHECK (length(claimant_statement) BETWEEN 1 AND 2000),
    claimant_document_id uuid REFERENCES evidence_document (id) ON DELETE SET NULL,
    holder_statement     text CHECK (length(holder_statement) BETWEEN 1 AND 2000),
    holder_document_id   uuid REFERENCES evidence_document (id) ON DELETE SET NULL,
    holder_answered_at   timestamptz,
    status               text        NOT NULL CHECK (status IN ('OPEN', 'DECIDED', 'SUPERSEDED')),
    winner               text CHECK (winner IN ('CLAIMANT', 'HOLDER')),
    decision_reason      text CHECK (length(decision_reason) BETWEEN 1 AND 500),
    decided_by           uuid,
    decided_at           timestamptz,
    opened_by            uuid        NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT siren_contest_not_against_itself CHECK (holder_provider_id <> claimant_provider_id),
    CONSTRAINT siren_contest_decided CHECK ((status = 'DECIDED') = (winner IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE UNIQUE INDEX siren_contest_one_open ON siren_contest (siren, claimant_provider_id) WHERE status = 'OPEN';
CREATE INDEX siren_contest_open_idx ON siren_contest (created_at, id) WHERE status = 'OPEN';
CREATE INDEX siren_contest_holder_idx ON siren_contest (holder_provider_id, created_at);
CREATE INDEX siren_contest_claimant_idx ON siren_contest (claimant_provider_id, created_at);
CREATE INDEX siren_contest_siren_idx ON siren_contest (siren, status);

-- Every change of name, SIREN or website. Public ("formerly ...") once the profile has been
-- published; those wait for a moderator's look. Website changes keep the registrable domains.
CREATE TABLE identity_change (
    id              uuid PRIMARY KEY,
    provider_id     uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    field           text        NOT NULL CHECK (field IN ('NAME', 'SIREN', 'WEBSITE')),
    previous_value  text CHECK (length(previous_value) <= 200),
    new_value       text CHECK (length(new_value) <= 200),
    previous_domain text CHECK (length(previous_domain) <= 253),
    new_domain      text CHECK (length(new_domain) <= 253),
    shown_publicly  boolean     NOT NULL,
    changed_by      uuid        NOT NULL,
    changed_at      timestamptz NOT NULL,
    review_status   text CHECK (review_status IN ('PENDING', 'ACCEPTED', 'UNPUBLISHED')),
    review_reason   text CHECK (length(review_reason) BETWEEN 1 AND 500),
    reviewed_by     uuid,
    reviewed_at     timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT identity_change_changes_something CHECK (previous_value IS DISTINCT FROM new_value),
    CONSTRAINT identity_change_reviewed CHECK ((review_status IN ('ACCEPTED', 'UNPUBLISHED')) = (reviewed_at IS NOT NULL))
);
CREATE INDEX identity_change_provider_idx ON identity_change (provider_id, field, changed_at);
CREATE INDEX identity_change_pending_idx ON identity_change (changed_at, id) WHERE review_status = 'PENDING';
