-- References written before V42 (and bulk-loaded ones) have no sentence hashes, so copies of them
-- went unnoticed. Each reference now records whether its sentences are indexed; a job indexes the
-- rest in batches.
ALTER TABLE reference ADD COLUMN sentences_indexed boolean NOT NULL DEFAULT false;

UPDATE reference r SET sentences_indexed = true
 WHERE EXISTS (SELECT 1 FROM reference_sentence s WHERE s.reference_id = r.id);

CREATE INDEX reference_sentences_pending_idx ON reference (id) WHERE NOT sentences_indexed;
