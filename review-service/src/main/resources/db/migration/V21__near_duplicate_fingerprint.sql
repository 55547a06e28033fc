-- A trigram search for near-duplicates over every reference took seconds per new reference at a
-- million references (common trigrams match most rows). Candidates are now the references that open
-- with the same 64 letters and digits (case and punctuation aside), found by this index, and the
-- provider's own references; only those are measured for similarity.
CREATE INDEX reference_comment_opening_idx
    ON reference (left(lower(regexp_replace(comment, '[^[:alnum:]]+', '', 'g')), 64));
DROP INDEX reference_comment_trgm_idx;
