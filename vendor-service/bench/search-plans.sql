-- The statements ProviderSearch sends for the three main searches, with the values bound, for
-- EXPLAIN ANALYZE on the database generate-providers.sql filled:
--   psql -d vetted_search_bench -f vendor-service/bench/search-plans.sql
\set ON_ERROR_STOP on
\pset pager off
-- what PlannerSettings sets in every search transaction (docs/search.md, "Text and filters in one index")
SET plan_cache_mode = force_custom_plan;
SET enable_seqscan = off;
\set columns 's.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties, p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count, s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price, s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours, sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort, s.per_seat_sort, s.per_device_sort, s.per_intervention_sort'
\set joins 'FROM provider_search s JOIN provider p ON p.id = s.provider_id JOIN provider_sla sla ON sla.provider_id = s.provider_id JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id'

\echo '== 1. "infogérance", served on site in the Rhône (69), someone on call after hours; by relevance'
SELECT provider_text_query('infogérance')::text AS tsquery \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :columns :joins
 WHERE s.document @@ :'tsquery'::tsquery AND s.facets @> '{dept:69,after:ON_CALL}'
 ORDER BY ts_rank(s.document, :'tsquery'::tsquery) DESC, s.rating_sort DESC, s.provider_id DESC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM provider_search s
 WHERE s.document @@ :'tsquery'::tsquery AND s.facets @> '{dept:69,after:ON_CALL}';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f, count(*) FROM provider_search s CROSS JOIN LATERAL unnest(s.facets) AS f
 WHERE s.document @@ :'tsquery'::tsquery AND s.facets @> '{dept:69,after:ON_CALL}' GROUP BY f;

\echo '== 2. Cybersecurity, verified ISO 27001, critical response within an hour; by rating, second page by cursor'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :columns :joins
 WHERE s.facets @> '{spec:CYBERSECURITY,claimv:ISO_27001}' AND s.response_sort <= 60
   AND (s.rating_sort, s.provider_id) < (4.10, 'ffffffff-ffff-ffff-ffff-ffffffffffff')
 ORDER BY s.rating_sort DESC, s.provider_id DESC LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM provider_search s
 WHERE s.facets @> '{spec:CYBERSECURITY,claimv:ISO_27001}' AND s.response_sort <= 60;

\echo '== 3. Hourly rate at most 60 EUR, English-speaking helpdesk; cheapest first, page 34 by cursor'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :columns :joins
 WHERE s.facets @> '{spec:HELPDESK,lang:en,pricing:HOURLY}' AND s.hourly_sort <= 60
   AND (s.hourly_sort, s.provider_id) > (55.00, '00000000-0000-0000-0000-000000000000')
 ORDER BY s.hourly_sort ASC, s.provider_id ASC LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM provider_search s
 WHERE s.facets @> '{spec:HELPDESK,lang:en,pricing:HOURLY}' AND s.hourly_sort <= 60;

\echo '== 4. No filter at all, best rated first, page 2,137 by cursor (as cheap as the first)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :columns :joins
 WHERE (s.rating_sort, s.provider_id) < (3.55, '80000000-0000-0000-0000-000000000000')
 ORDER BY s.rating_sort DESC, s.provider_id DESC LIMIT 21;

\echo '== 5. Text alone: "cloud Brest"; by relevance'
SELECT provider_text_query('cloud Brest')::text AS tsquery \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :columns :joins
 WHERE s.document @@ :'tsquery'::tsquery
 ORDER BY ts_rank(s.document, :'tsquery'::tsquery) DESC, s.rating_sort DESC, s.provider_id DESC LIMIT 20 OFFSET 0;
