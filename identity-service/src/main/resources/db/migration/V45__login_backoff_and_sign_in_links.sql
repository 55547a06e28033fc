-- Targeted lockout: failed passwords count per (account, client address) pair with growing delays,
-- so an attacker locks only their own pair. Keys are SHA-256 digests of "email:address", as in
-- the throttle table: neither emails nor addresses are stored.
CREATE TABLE login_backoff (
    key             text PRIMARY KEY,
    failures        integer     NOT NULL CHECK (failures >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz NOT NULL
);
CREATE INDEX login_backoff_last_failure_idx ON login_backoff (last_failure_at);

-- Addresses and devices that completed a sign-in to an account (digests of "email:address" and
-- "email:device"): they keep password sign-in when failures from elsewhere pause it for the account.
CREATE TABLE login_familiar (
    key          text PRIMARY KEY,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX login_familiar_last_seen_idx ON login_familiar (last_seen_at);

-- Mailed sign-in links (single use, 15 minutes) are one-time tokens of their own purpose.
ALTER TABLE one_time_token DROP CONSTRAINT one_time_token_purpose_check;
ALTER TABLE one_time_token
    ADD CONSTRAINT one_time_token_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'SIGN_IN'));
