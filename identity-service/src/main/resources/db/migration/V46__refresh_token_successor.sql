-- The token each rotation issued in place of this one: a spent token presented again within the
-- concurrent-refresh window is a race (two tabs) only while its own successor is still unused, on
-- every rotation, not only the first.
ALTER TABLE refresh_token ADD COLUMN replaced_by uuid;
