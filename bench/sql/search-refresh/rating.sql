-- A reputation change as vendor-service applies it since V26: only the rating columns of the
-- provider's search row, under the same lock (ReputationService.apply → SearchIndex.refreshRating).
--   pgbench -n -c 4 -j 2 -T 15 -D rows=<providers> -f bench/sql/search-refresh/rating.sql bench_vendor
\set n random(1, :rows)
BEGIN;
SELECT pg_advisory_xact_lock(hashtextextended(id::text, 0)), refresh_provider_search_rating(id) FROM bench.provider WHERE n = :n;
END;
