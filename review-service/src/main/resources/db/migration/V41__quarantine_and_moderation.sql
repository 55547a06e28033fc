-- Quarantine: a reference carrying a fraud flag is UNDER_REVIEW, shown with the reason, and does
-- not count until a moderator clears it.
ALTER TABLE reference DROP CONSTRAINT reference_status_check;
ALTER TABLE reference
    ADD CONSTRAINT reference_status_check CHECK (status IN ('PUBLISHED', 'UNDER_REVIEW', 'HIDDEN', 'WITHDRAWN')),
    ADD COLUMN under_review_since timestamptz,
    ADD CONSTRAINT reference_under_review_has_time CHECK ((status = 'UNDER_REVIEW') = (under_review_since IS NOT NULL));

ALTER TABLE reference_flag DROP CONSTRAINT reference_flag_kind_check;
ALTER TABLE reference_flag ADD CONSTRAINT reference_flag_kind_check CHECK (kind IN
    ('BURST', 'NEAR_DUPLICATE', 'NEW_ACCOUNTS', 'MEMBERSHIP_UNCHECKED', 'LINKED_ACCOUNTS', 'COMPANY_MISMATCH',
     'REAPPEARED'));
-- A flag a moderator resolved may be raised again later (a new copy, a new burst): one open per kind.
ALTER TABLE reference_flag DROP CONSTRAINT reference_flag_once;
CREATE UNIQUE INDEX reference_flag_open_once_idx ON reference_flag (reference_id, kind) WHERE resolved_at IS NULL;

-- Reports may be anonymous (throttled per keyed hash of the network address) and may be about the
-- provider's reply rather than the reference.
ALTER TABLE reference_report
    ALTER COLUMN reporter_account_id DROP NOT NULL,
    ADD COLUMN reporter_address_hash text CHECK (length(reporter_address_hash) = 64),
    ADD COLUMN target text NOT NULL DEFAULT 'REFERENCE' CHECK (target IN ('REFERENCE', 'REPLY')),
    ADD CONSTRAINT reference_report_has_reporter
        CHECK (reporter_account_id IS NOT NULL OR reporter_address_hash IS NOT NULL);
DROP INDEX reference_report_one_open_per_reporter_idx;
CREATE UNIQUE INDEX reference_report_one_open_per_reporter_idx
    ON reference_report (reference_id, target, reporter_account_id) WHERE resolved_at IS NULL;
CREATE UNIQUE INDEX reference_report_one_open_per_address_idx
    ON reference_report (reference_id, target, reporter_address_hash)
    WHERE resolved_at IS NULL AND reporter_account_id IS NULL;
CREATE INDEX reference_report_by_reference_idx ON reference_report (reference_id) WHERE resolved_at IS NULL;

ALTER TABLE reference_reply
    ADD COLUMN hidden_at     timestamptz,
    ADD COLUMN hidden_reason text CHECK (length(hidden_reason) BETWEEN 1 AND 500),
    ADD CONSTRAINT reference_reply_hidden_has_reason CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL));

-- A rejected dispute may be reopened once, with new evidence.
ALTER TABLE reference_dispute
    ADD COLUMN reopens      uuid REFERENCES reference_dispute (id),
    ADD COLUMN new_evidence text CHECK (length(new_evidence) BETWEEN 1 AND 2000),
    ADD CONSTRAINT reference_dispute_reopen_has_evidence CHECK ((reopens IS NULL) = (new_evidence IS NULL));
CREATE UNIQUE INDEX reference_dispute_reopened_once_idx ON reference_dispute (reopens) WHERE reopens IS NOT NULL;
CREATE INDEX reference_dispute_by_reference_idx ON reference_dispute (reference_id, created_at);

-- The moderation queue: one row per reference with something open (flags, reports, a dispute,
-- evidence to look at), kept by ModerationCases in the transaction that changes any of them, so
-- that paging, sorting by risk or age, filtering and counting are index scans.
CREATE TABLE moderation_case (
    reference_id   uuid PRIMARY KEY REFERENCES reference (id),
    provider_id    uuid        NOT NULL,
    risk           integer     NOT NULL CHECK (risk >= 0),
    waiting_since  timestamptz NOT NULL,
    kinds          text[]      NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX moderation_case_risk_idx ON moderation_case (risk DESC, waiting_since, reference_id);
CREATE INDEX moderation_case_age_idx ON moderation_case (waiting_since, reference_id);
CREATE INDEX moderation_case_provider_idx ON moderation_case (provider_id, risk DESC, waiting_since);
CREATE INDEX moderation_case_kinds_idx ON moderation_case USING gin (kinds);

INSERT INTO moderation_case (reference_id, provider_id, risk, waiting_since, kinds, updated_at)
SELECT r.id, r.provider_id, 10, min(o.created_at), array_agg(DISTINCT o.kind), now()
  FROM (SELECT reference_id, 'REPORT' AS kind, created_at FROM reference_report WHERE resolved_at IS NULL
        UNION ALL SELECT reference_id, kind, created_at FROM reference_flag WHERE resolved_at IS NULL
        UNION ALL SELECT reference_id, 'DISPUTE', created_at FROM reference_dispute WHERE outcome IS NULL) o
  JOIN reference r ON r.id = o.reference_id AND r.status <> 'WITHDRAWN'
 GROUP BY r.id, r.provider_id;

-- What moderators decided, for the history shown with a reappearing author and the metrics.
CREATE TABLE moderation_decision (
    id            uuid PRIMARY KEY,
    reference_id  uuid        NOT NULL REFERENCES reference (id),
    provider_id   uuid        NOT NULL,
    action        text        NOT NULL CHECK (action IN ('CLEARED', 'HIDDEN', 'RESTORED', 'REPLY_HIDDEN',
        'REPLY_RESTORED', 'EVIDENCE_ACCEPTED', 'EVIDENCE_REJECTED', 'DOMAIN_CONFIRMED', 'DISPUTE_UPHELD',
        'DISPUTE_REJECTED')),
    reason        text        CHECK (length(reason) <= 500),
    moderator_id  uuid        NOT NULL,
    decided_at    timestamptz NOT NULL
);
CREATE INDEX moderation_decision_by_reference_idx ON moderation_decision (reference_id, decided_at);
CREATE INDEX moderation_decision_time_idx ON moderation_decision (decided_at);
