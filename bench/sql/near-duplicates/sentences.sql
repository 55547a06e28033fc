-- The sentence-overlap statement review-service sends for a new or edited reference
-- (NearDuplicates.bySentences), with the hashes of a sampled reference's text: a verbatim copy.
\set n random(1, :samples)
SELECT id, coalesce(array_agg(s.hash)::text, '{}') AS hashes, coalesce(array_agg(s.length)::text, '{}') AS lengths
  FROM bench_neardup_sample x LEFT JOIN reference_sentence s ON s.reference_id = x.id
 WHERE x.n = :n GROUP BY id \gset
SELECT c.reference_id, sum(q.length) AS shared
  FROM unnest(CAST(:hashes AS bigint[]), CAST(:lengths AS integer[])) AS q(hash, length)
 CROSS JOIN LATERAL (SELECT s.reference_id FROM reference_sentence s
                      WHERE s.hash = q.hash AND s.reference_id <> CAST(:id AS uuid) LIMIT 50) c
 GROUP BY c.reference_id ORDER BY shared DESC LIMIT 1;
