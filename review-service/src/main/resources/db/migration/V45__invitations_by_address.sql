-- Erasing an account withdraws the client invitations still addressed to its email.
CREATE INDEX invitation_pending_by_email_idx ON invitation (email) WHERE used_at IS NULL;
