-- Set when the author deleted their account: the reference stays, anonymised, and says so.
ALTER TABLE reference ADD COLUMN author_deleted_at timestamptz;
