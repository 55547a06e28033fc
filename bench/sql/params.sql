-- Random parameters for pgbench, wrk and the constant-rate generator, drawn from the seeded data
-- so that every search finds something (a search finding nothing would take the fuzzy path).
-- Lives in schema "bench" of bench_vendor: pgbench reads row :n per transaction (one primary-key
-- lookup, ~0.05 ms, next to searches costing milliseconds); the HTTP tools get the same rows as URLs.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
SELECT setseed(0.17) \g /dev/null

-- text + filters, by relevance: a word, a department served on site, a specialty
CREATE TEMP TABLE text_candidates AS
SELECT w.word, d.token AS dept, sp.token AS spec
  FROM unnest(ARRAY['infogerance', 'reseaux', 'cloud', 'support', 'data', 'helpdesk', 'conseil', 'cyber',
                    'securite', 'telecom', 'systemes', 'parc', 'paris', 'lyon', 'toulouse', 'nantes']) AS w(word)
 CROSS JOIN (SELECT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'dept:%'
              GROUP BY f ORDER BY count(*) DESC LIMIT 15) AS d
 CROSS JOIN (SELECT DISTINCT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'spec:%') AS sp
 ORDER BY random() LIMIT 300;
CREATE TABLE bench.search_text AS
SELECT row_number() OVER () AS n, word AS q, ARRAY[dept, spec]::text AS tokens,
       ARRAY[spec]::text AS tokens_but_dept, 'dept:%' AS dept_prefix,
       substr(dept, 6) AS department, substr(spec, 6) AS specialty
  FROM text_candidates c
 WHERE EXISTS (SELECT 1 FROM provider_search s
                WHERE s.document @@ provider_text_query(c.word) AND s.facets @> ARRAY[c.dept, c.spec]);

-- filters only, by rating (the default without text), first page
CREATE TABLE bench.search_filters AS
SELECT row_number() OVER (ORDER BY random()) AS n, ARRAY[sp.token, l.token]::text AS tokens,
       substr(sp.token, 6) AS specialty, substr(l.token, 6) AS language, r.minutes AS max_response
  FROM (SELECT DISTINCT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'spec:%') AS sp
 CROSS JOIN (SELECT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'lang:%'
              GROUP BY f ORDER BY count(*) DESC LIMIT 3) AS l
 CROSS JOIN unnest(ARRAY[60, 120, 240, 480]) AS r(minutes);

-- no filter, by rating, a deep page: the keyset cursor of a random row
CREATE TABLE bench.search_deep AS
SELECT row_number() OVER () AS n, rating_sort, provider_id,
       rtrim(translate(replace(encode(convert_to('RATING|' || rating_sort::text || '|' || provider_id, 'UTF8'),
             'base64'), E'\n', ''), '+/', '-_'), '=') AS cursor
  FROM (SELECT rating_sort, provider_id FROM provider_search ORDER BY random() LIMIT 500) AS sample;

-- the provider page: a random published provider, with its active offers (whose prices are read
-- with one IN list of as many parameters as offers)
CREATE TABLE bench.provider AS
SELECT row_number() OVER () AS n, provider_id AS id, cardinality(offers) AS offer_count,
       offers[1] AS offer1, offers[2] AS offer2, offers[3] AS offer3, offers[4] AS offer4
  FROM (SELECT s.provider_id, ARRAY(SELECT o.id FROM offer o WHERE o.provider_id = s.provider_id
                                     AND o.withdrawn_at IS NULL ORDER BY o.created_at) AS offers
          FROM provider_search s ORDER BY random() LIMIT 1000) AS sample
 WHERE cardinality(offers) <= 4;

ALTER TABLE bench.search_text ADD PRIMARY KEY (n);
ALTER TABLE bench.search_filters ADD PRIMARY KEY (n);
ALTER TABLE bench.search_deep ADD PRIMARY KEY (n);
ALTER TABLE bench.provider ADD PRIMARY KEY (n);
ANALYZE bench.search_text, bench.search_filters, bench.search_deep, bench.provider;
