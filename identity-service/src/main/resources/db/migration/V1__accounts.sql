CREATE TABLE account (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('SME', 'PROVIDER', 'MODERATOR')),
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT account_email_lowercase CHECK (email = lower(email)),
    CONSTRAINT account_email_unique UNIQUE (email)
);
