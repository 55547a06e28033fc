-- A person's messages, for their data export and erasure (identity-service asks by account id).
CREATE INDEX quote_message_author ON quote_message (author_account_id);
