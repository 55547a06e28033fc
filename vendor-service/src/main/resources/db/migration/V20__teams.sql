-- Agency teams: accounts besides the owner that may edit a provider's profile (one team per account).
CREATE TABLE team_member (
    account_id   uuid PRIMARY KEY,
    provider_id  uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    display_name text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    email        text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    added_at     timestamptz NOT NULL
);
CREATE INDEX team_member_by_provider_idx ON team_member (provider_id, added_at);

-- An invitation names the colleague's email; only a signed-in account with that (verified) email accepts it.
CREATE TABLE team_invitation (
    id          uuid PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    email       text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    invited_by  uuid        NOT NULL,
    expires_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT team_invitation_once UNIQUE (provider_id, email)
);
CREATE INDEX team_invitation_by_email_idx ON team_invitation (email);
CREATE INDEX team_invitation_by_inviter_idx ON team_invitation (invited_by);
