-- GET /api/providers?q=…&department=…&specialty=… (text + filters, by relevance, first page):
-- the statements TextPlanner, ProviderSearch, RelevancePage and FacetQueries send, in their order,
-- in the one read-only transaction of ProviderSearch.search, every value a bind parameter as in
-- the service. bench/lib/drift.sh checks them against what the service really sends. A word of
-- the vocabulary (meaning = 1) is matched by its terms or its specialties, as QueryReader reads it.
-- count_limit is vetted.search.count-limit: the total reads at most that many matches plus one;
-- rank_candidates (vetted.search.rank-candidates) is how many matches relevance ranks on the first
-- page; the facets of more than 200 matches (FacetQueries.FRESH) come from FacetQueries' cache.
-- The transaction's first statement is PlannerSettings': custom plans and no sequential scan, for it only.
\set n random(1, :rows)
\set size 20
\set offset 0
\set count_limit 1000
\set bounded_limit :count_limit + 1
\set rank_candidates 200
SELECT q, statements, text_query, meaning, meaning_tokens, rank_query, tokens, tokens_but_dept, dept_prefix
  FROM bench.search_text WHERE n = :n \gset
BEGIN READ ONLY;
SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true);
SELECT coalesce(provider_text_query(t)::text, '') FROM unnest(:statements::text[]) WITH ORDINALITY AS u (t, n) ORDER BY n;
\if :meaning
SELECT count(*) FROM (SELECT 1 FROM provider_search s WHERE (s.document @@ :text_query::tsquery OR s.facets && :meaning_tokens) AND s.facets @> :tokens LIMIT :bounded_limit) AS bounded \gset
SELECT s.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
       p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count,
       s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price,
       s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours,
       sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort,
       s.per_seat_sort, s.per_device_sort, s.per_intervention_sort
 FROM (SELECT c.* FROM (SELECT s.provider_id, s.rating_sort, ts_rank(s.document, :rank_query::tsquery) AS k0 FROM provider_search s WHERE (s.document @@ :text_query::tsquery OR s.facets && :meaning_tokens) AND s.facets @> :tokens LIMIT :rank_candidates) AS c ORDER BY c.k0 DESC, c.rating_sort DESC, c.provider_id DESC LIMIT :size OFFSET :offset) AS t
 JOIN provider_search s ON s.provider_id = t.provider_id
 JOIN provider p ON p.id = s.provider_id
 JOIN provider_sla sla ON sla.provider_id = s.provider_id
 JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id ORDER BY t.k0 DESC, t.rating_sort DESC, t.provider_id DESC;
\if :count <= 200
SELECT f, count(*) FROM (SELECT s.facets FROM provider_search s WHERE (s.document @@ :text_query::tsquery OR s.facets && :meaning_tokens) AND s.facets @> :tokens LIMIT :bounded_limit) AS m CROSS JOIN LATERAL unnest(m.facets) AS f GROUP BY f;
SELECT f, count(*) FROM (SELECT s.facets FROM provider_search s WHERE (s.document @@ :text_query::tsquery OR s.facets && :meaning_tokens) AND s.facets @> :tokens_but_dept LIMIT :bounded_limit) AS m CROSS JOIN LATERAL unnest(m.facets) AS f WHERE f LIKE :dept_prefix GROUP BY f;
\endif
\else
SELECT count(*) FROM (SELECT 1 FROM provider_search s WHERE s.document @@ :text_query::tsquery AND s.facets @> :tokens LIMIT :bounded_limit) AS bounded \gset
SELECT s.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
       p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count,
       s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price,
       s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours,
       sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort,
       s.per_seat_sort, s.per_device_sort, s.per_intervention_sort
 FROM (SELECT c.* FROM (SELECT s.provider_id, s.rating_sort, ts_rank(s.document, :rank_query::tsquery) AS k0 FROM provider_search s WHERE s.document @@ :text_query::tsquery AND s.facets @> :tokens LIMIT :rank_candidates) AS c ORDER BY c.k0 DESC, c.rating_sort DESC, c.provider_id DESC LIMIT :size OFFSET :offset) AS t
 JOIN provider_search s ON s.provider_id = t.provider_id
 JOIN provider p ON p.id = s.provider_id
 JOIN provider_sla sla ON sla.provider_id = s.provider_id
 JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id ORDER BY t.k0 DESC, t.rating_sort DESC, t.provider_id DESC;
\if :count <= 200
SELECT f, count(*) FROM (SELECT s.facets FROM provider_search s WHERE s.document @@ :text_query::tsquery AND s.facets @> :tokens LIMIT :bounded_limit) AS m CROSS JOIN LATERAL unnest(m.facets) AS f GROUP BY f;
SELECT f, count(*) FROM (SELECT s.facets FROM provider_search s WHERE s.document @@ :text_query::tsquery AND s.facets @> :tokens_but_dept LIMIT :bounded_limit) AS m CROSS JOIN LATERAL unnest(m.facets) AS f WHERE f LIKE :dept_prefix GROUP BY f;
\endif
\endif
COMMIT;
