-- Accounts created before email verification existed (the bootstrapped moderator) count as verified.
ALTER TABLE account
    ADD COLUMN email_verified_at timestamptz,
    ADD COLUMN disabled_at       timestamptz,
    ADD COLUMN language          text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'));
UPDATE account SET email_verified_at = created_at;

-- Single-use links sent by email; only a SHA-256 of the token is kept.
CREATE TABLE one_time_token (
    id         uuid PRIMARY KEY,
    token_hash text        NOT NULL UNIQUE,
    account_id uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX one_time_token_account_idx ON one_time_token (account_id, purpose);
CREATE INDEX one_time_token_expiry_idx ON one_time_token (expires_at);

-- Refresh tokens: hashed, rotated on every use; a family is every token descended from one sign-in.
CREATE TABLE refresh_token (
    id                uuid PRIMARY KEY,
    token_hash        text        NOT NULL UNIQUE,
    family_id         uuid        NOT NULL,
    account_id        uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    second_factor     boolean     NOT NULL,
    expires_at        timestamptz NOT NULL,
    family_expires_at timestamptz NOT NULL,
    used_at           timestamptz,
    revoked_at        timestamptz,
    created_at        timestamptz NOT NULL
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_account_idx ON refresh_token (account_id);
CREATE INDEX refresh_token_expiry_idx ON refresh_token (family_expires_at);

-- TOTP secrets are stored encrypted (AES-GCM); last_used_step stops a code from being replayed.
CREATE TABLE mfa_enrolment (
    account_id     uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret         text        NOT NULL,
    confirmed_at   timestamptz,
    last_used_step bigint      NOT NULL DEFAULT 0,
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE TABLE recovery_code (
    id         uuid PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX recovery_code_account_idx ON recovery_code (account_id);

-- Attempt counters shared by every replica and kept across restarts.
CREATE TABLE throttle (
    key           text PRIMARY KEY,
    window_start  timestamptz NOT NULL,
    attempts      integer     NOT NULL CHECK (attempts >= 0)
);
CREATE INDEX throttle_window_idx ON throttle (window_start);

-- The audit log moderators read. No foreign key: events outlive the accounts they name.
CREATE TABLE security_event (
    id             bigserial PRIMARY KEY,
    type           text        NOT NULL,
    account_id     uuid,
    actor_id       uuid,
    client_address text,
    detail         text        NOT NULL DEFAULT '' CHECK (length(detail) <= 500),
    occurred_at    timestamptz NOT NULL
);
CREATE INDEX security_event_time_idx ON security_event (occurred_at DESC, id DESC);
CREATE INDEX security_event_account_idx ON security_event (account_id, occurred_at DESC);
CREATE INDEX security_event_type_idx ON security_event (type, occurred_at DESC);
