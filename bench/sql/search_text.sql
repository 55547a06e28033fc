-- GET /api/providers?q=…&department=…&specialty=… (text + filters, by relevance, first page):
-- the statements ProviderSearch, FacetQueries and SearchRules send, in their order, in the one
-- read-only transaction of ProviderSearch.search, every value a bind parameter as in the service.
-- bench/lib/drift.sh checks them against what the service really sends.
\set n random(1, :rows)
\set size 20
\set offset 0
SELECT q, tokens, tokens_but_dept, dept_prefix FROM bench.search_text WHERE n = :n \gset
BEGIN READ ONLY;
SELECT provider_text_query(:q)::text \gset
SELECT count(*) FROM provider_search s WHERE s.document @@ :provider_text_query::tsquery AND s.facets @> :tokens \gset
SELECT s.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
       p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count,
       s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price,
       s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours,
       sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort,
       s.per_seat_sort, s.per_device_sort, s.per_intervention_sort
 FROM provider_search s
 JOIN provider p ON p.id = s.provider_id
 JOIN provider_sla sla ON sla.provider_id = s.provider_id
 JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id WHERE s.document @@ :provider_text_query::tsquery AND s.facets @> :tokens ORDER BY ts_rank(s.document, :provider_text_query::tsquery) DESC, s.rating_sort DESC, s.provider_id DESC LIMIT :size OFFSET :offset;
\if :count <= 2000
SELECT f, count(*) FROM provider_search s CROSS JOIN LATERAL unnest(s.facets) AS f WHERE s.document @@ :provider_text_query::tsquery AND s.facets @> :tokens GROUP BY f;
SELECT f, count(*) FROM provider_search s CROSS JOIN LATERAL unnest(s.facets) AS f WHERE s.document @@ :provider_text_query::tsquery AND s.facets @> :tokens_but_dept AND f LIKE :dept_prefix GROUP BY f;
\endif
COMMIT;
