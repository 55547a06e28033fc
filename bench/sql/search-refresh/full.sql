-- A reputation change as vendor-service applied it until V26: the provider's whole search row
-- rebuilt (text vectors in three configurations, facets, prices), under the provider's lock.
--   pgbench -n -c 4 -j 2 -T 15 -D rows=<providers> -f bench/sql/search-refresh/full.sql bench_vendor
\set n random(1, :rows)
BEGIN;
SELECT pg_advisory_xact_lock(hashtextextended(id::text, 0)), refresh_provider_search(id) FROM bench.provider WHERE n = :n;
END;
