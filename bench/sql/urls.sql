-- The same parameters as request paths, one file per target (psql -v target=... -v base=...).
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned
\o :dir/search_text.paths
SELECT '/api/providers?q=' || q || '&department=' || department || '&specialty=' || specialty FROM bench.search_text ORDER BY n;
\o :dir/web_search.paths
SELECT '/search?q=' || q || '&department=' || department || '&specialty=' || specialty FROM bench.search_text ORDER BY n;
\o :dir/search_filters.paths
SELECT '/api/providers?specialty=' || specialty || '&language=' || language || '&maxCriticalResponse=' || max_response
  FROM bench.search_filters ORDER BY n;
\o :dir/search_deep.paths
SELECT '/api/providers?sort=RATING&after=' || cursor FROM bench.search_deep ORDER BY n;
\o :dir/provider.paths
SELECT '/api/providers/' || id FROM bench.provider ORDER BY n;
\o :dir/web_provider.paths
SELECT '/providers/' || id FROM bench.provider ORDER BY n;
\o :dir/review_reputation.paths
SELECT '/api/providers/' || id || '/reputation' FROM bench.provider ORDER BY n;
\o :dir/review_references.paths
SELECT '/api/providers/' || id || '/references?page=0&size=10&sort=RECENT' FROM bench.provider ORDER BY n;
\o :dir/provider.ids
SELECT id FROM bench.provider ORDER BY n;
\o
SELECT 'search_text=' || count(*) FROM bench.search_text;
SELECT 'search_filters=' || count(*) FROM bench.search_filters;
SELECT 'search_deep=' || count(*) FROM bench.search_deep;
SELECT 'provider=' || count(*) FROM bench.provider;
