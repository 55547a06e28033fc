-- The similarity statement review-service sends next (NearDuplicates.bySimilarity): the latest 500
-- references opening the same way or on the same provider, compared by trigrams.
\set n random(1, :samples)
SELECT id, provider_id, comment FROM bench_neardup_sample WHERE n = :n \gset
SELECT id FROM (
    SELECT id, comment FROM reference
     WHERE id <> :id::uuid
       AND (left(lower(regexp_replace(comment, '[^[:alnum:]]+', '', 'g')), 64)
                = left(lower(regexp_replace(:comment::text, '[^[:alnum:]]+', '', 'g')), 64)
            OR provider_id = :provider_id::uuid)
     ORDER BY created_at DESC LIMIT 500) candidate
 WHERE similarity(comment, :comment::text) >= 0.8
 ORDER BY similarity(comment, :comment::text) DESC LIMIT 1;
