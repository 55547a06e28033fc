-- Pre-registration takeover: each sign-up for a not yet verified address keeps the credentials it
-- chose with its own verification link; following a link sets that sign-up's credentials and
-- spends every other pending link, so the mailbox owner ends up with only what they chose.
-- Cleared once the link is spent.
ALTER TABLE one_time_token
    ADD COLUMN password_hash text,
    ADD COLUMN role          text CHECK (role IN ('SME', 'PROVIDER')),
    ADD COLUMN display_name  text,
    ADD COLUMN language      text;
