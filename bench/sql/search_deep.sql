-- GET /api/providers?sort=RATING&after=<cursor> (no filter, a deep keyset page): the total counts
-- at most count_limit + 1 rows (vetted.search.count-limit, then "more than 1,000"); the facets of
-- all providers come from FacetQueries' cache.
-- The transaction's first statement is PlannerSettings': custom plans and no sequential scan, for it only.
\set n random(1, :rows)
\set limit 21
\set bounded_limit 1001
SELECT rating_sort, provider_id AS cursor_id FROM bench.search_deep WHERE n = :n \gset
BEGIN READ ONLY;
SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true);
SELECT count(*) FROM (SELECT 1 FROM provider_search s LIMIT :bounded_limit) AS bounded \gset
SELECT s.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
       p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count,
       s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price,
       s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours,
       sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort,
       s.per_seat_sort, s.per_device_sort, s.per_intervention_sort
 FROM provider_search s
 JOIN provider p ON p.id = s.provider_id
 JOIN provider_sla sla ON sla.provider_id = s.provider_id
 JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id WHERE (s.rating_sort, s.provider_id) < (:rating_sort, :cursor_id) ORDER BY s.rating_sort DESC, s.provider_id DESC LIMIT :limit;
COMMIT;
