-- Substantive edits (docs/trust.md) are shown publicly: when, the rating before, what changed.
ALTER TABLE reference
    ADD COLUMN edits_substantive_at   timestamptz,
    ADD COLUMN edits_previous_rating  smallint CHECK (edits_previous_rating BETWEEN 1 AND 5),
    ADD COLUMN edits_changes          text[];
ALTER TABLE reference_revision
    ADD COLUMN substantive boolean NOT NULL DEFAULT false,
    ADD COLUMN changes     text[]  NOT NULL DEFAULT '{}';

-- Near-duplicates: a hash of each normalised sentence of 5+ words, so a copy that changes
-- only its opening sentence still shares the others; looked up by hash, never by scanning texts.
CREATE TABLE reference_sentence (
    reference_id  uuid     NOT NULL REFERENCES reference (id),
    hash          bigint   NOT NULL,
    length        integer  NOT NULL CHECK (length > 0),
    PRIMARY KEY (reference_id, hash)
);
CREATE INDEX reference_sentence_hash_idx ON reference_sentence (hash);

-- Jobs that one replica runs per period: whoever moves next_run_at first runs it.
CREATE TABLE scheduled_job (
    name         text PRIMARY KEY,
    next_run_at  timestamptz NOT NULL,
    last_run_by  text
);

-- Per-account (or per-address, for anonymous reports) daily limits on writes.
CREATE TABLE action_log (
    actor       text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    action      text        NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
    occurred_at timestamptz NOT NULL
);
CREATE INDEX action_log_actor_idx ON action_log (actor, action, occurred_at);
CREATE INDEX action_log_time_idx ON action_log (occurred_at);

-- Proof of an engagement (invoice or contract excerpt) until a moderator decides; then deleted.
CREATE TABLE engagement_evidence (
    reference_id  uuid PRIMARY KEY REFERENCES reference (id),
    content_type  text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size          integer     NOT NULL CHECK (size BETWEEN 1 AND 5242880),
    data          bytea       NOT NULL,
    uploaded_at   timestamptz NOT NULL
);

-- What was last published for a provider, so the daily recompute sends a snapshot only when the
-- figures changed (weights decay slowly; most days nothing visible moves).
ALTER TABLE provider_reputation ADD COLUMN snapshot_digest text;
