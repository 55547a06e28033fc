-- V27's triggers emptied the stored profile and moved its generation on for every changed row: a
-- reputation push (its summary row, then its seven criteria deleted and inserted again) rewrote the
-- document row 15 times in one transaction, about 5 ms of the push's 10 ms in the database at 100k
-- providers (bench/notes.md). Once this transaction has emptied the document, moving the generation
-- again protects nothing: a reader that stores under the generation it saw waits for this
-- transaction's row lock and finds the generation moved anyway. A document stored inside this very
-- transaction after its first change (body no longer NULL) is still emptied by the next one.
CREATE OR REPLACE FUNCTION provider_public_profile_stale(target uuid) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO provider_public_profile (provider_id, generation)
SELECT target, 1
 WHERE target IS NOT NULL AND EXISTS (SELECT 1 FROM provider WHERE id = target)
    ON CONFLICT (provider_id) DO UPDATE
   SET generation = provider_public_profile.generation + 1, body = NULL, valid_until = NULL, stored_at = NULL
 WHERE provider_public_profile.body IS NOT NULL
    OR provider_public_profile.xmin <> pg_current_xact_id()::xid;
$$;
