-- GET /api/providers?specialty=…&language=…&maxCriticalResponse=… (filters only, by rating, first
-- keyset page): ProviderSearch's bounded count (at most count_limit + 1 matches read), byKeyset
-- (size + 1 rows to know whether a next page exists) and, for 200 matches or fewer, FacetQueries
-- (no single-choice filter in use: one statement); broader facets come from its cache.
-- The transaction's first statement is PlannerSettings': custom plans and no sequential scan, for it only.
\set n random(1, :rows)
\set limit 21
\set count_limit 1000
\set bounded_limit :count_limit + 1
SELECT tokens, max_response FROM bench.search_filters WHERE n = :n \gset
BEGIN READ ONLY;
SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true);
SELECT count(*) FROM (SELECT 1 FROM provider_search s WHERE s.facets @> :tokens AND s.response_sort <= :max_response LIMIT :bounded_limit) AS bounded \gset
SELECT s.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
       p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count,
       s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price,
       s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours,
       sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort,
       s.per_seat_sort, s.per_device_sort, s.per_intervention_sort
 FROM provider_search s
 JOIN provider p ON p.id = s.provider_id
 JOIN provider_sla sla ON sla.provider_id = s.provider_id
 JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id WHERE s.facets @> :tokens AND s.response_sort <= :max_response ORDER BY s.rating_sort DESC, s.provider_id DESC LIMIT :limit;
\if :count <= 200
SELECT f, count(*) FROM (SELECT s.facets FROM provider_search s WHERE s.facets @> :tokens AND s.response_sort <= :max_response LIMIT :bounded_limit) AS m CROSS JOIN LATERAL unnest(m.facets) AS f GROUP BY f;
\endif
COMMIT;
