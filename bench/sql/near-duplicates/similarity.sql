-- The similarity statement review-service sends next (NearDuplicates.bySimilarity): the latest 500
-- references opening the same way or on the same provider, compared by trigrams. Run in pgbench's
-- simple mode with quoted literals: in prepared mode pgbench would read the regular expression's
-- ":alnum:" as a variable, and a parameter would not match the expression index.
\set n random(1, :samples)
SELECT quote_literal(id) AS qid, quote_literal(provider_id) AS qprovider, quote_literal(comment) AS qcomment
  FROM bench_neardup_sample WHERE n = :n \gset
SELECT id FROM (
    SELECT id, comment FROM reference
     WHERE id <> CAST(:qid AS uuid)
       AND (left(lower(regexp_replace(comment, '[^[:alnum:]]+', '', 'g')), 64)
                = left(lower(regexp_replace(:qcomment, '[^[:alnum:]]+', '', 'g')), 64)
            OR provider_id = CAST(:qprovider AS uuid))
     ORDER BY created_at DESC LIMIT 500) candidate
 WHERE similarity(comment, :qcomment) >= 0.8
 ORDER BY similarity(comment, :qcomment) DESC LIMIT 1;
