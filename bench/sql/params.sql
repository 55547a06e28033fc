-- Random parameters for pgbench, wrk and the constant-rate generator, drawn from the seeded data
-- so that every search finds something (a search finding nothing would take the fuzzy path).
-- Lives in schema "bench" of bench_vendor: pgbench reads row :n per transaction (one primary-key
-- lookup, ~0.05 ms, next to searches costing milliseconds); the HTTP tools get the same rows as URLs.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
SELECT setseed(0.17) \g /dev/null

-- text + filters, by relevance: a word, a department served on site, a specialty. A word of the
-- shipped vocabulary (vendor-service's search/synonyms.csv, its text in :synonyms) is a meaning,
-- as QueryReader reads it: its terms or its specialties, ranked by its terms; the columns hold the
-- values ProviderSearch binds for each, so that the script sends what the service sends.
CREATE TEMP TABLE synonym_lines AS SELECT unnest(string_to_array(:'synonyms', E'\n')) AS line;
CREATE TEMP TABLE meanings AS
SELECT min(l.n) AS n, t.term
  FROM (SELECT row_number() OVER () AS n, line FROM synonym_lines WHERE line !~ '^(#|\s*$)') AS l
 CROSS JOIN LATERAL unnest(string_to_array(substr(l.line, position(';' IN l.line) + 1), '|')) AS t(term)
 GROUP BY t.term;
CREATE TEMP TABLE meaning_lines AS
SELECT row_number() OVER () AS n, string_to_array(split_part(line, ';', 1), ',') AS specialties,
       string_to_array(substr(line, position(';' IN line) + 1), '|') AS terms
  FROM synonym_lines WHERE line !~ '^(#|\s*$)';
CREATE TEMP TABLE text_candidates AS
SELECT w.word, d.token AS dept, sp.token AS spec
  FROM unnest(ARRAY['infogerance', 'reseaux', 'cloud', 'support', 'data', 'helpdesk', 'conseil', 'cyber',
                    'securite', 'telecom', 'systemes', 'parc', 'paris', 'lyon', 'toulouse', 'nantes']) AS w(word)
 CROSS JOIN (SELECT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'dept:%'
              GROUP BY f ORDER BY count(*) DESC LIMIT 15) AS d
 CROSS JOIN (SELECT DISTINCT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'spec:%') AS sp
 ORDER BY random() LIMIT 300;
CREATE TEMP TABLE text_words AS
SELECT w.word, ml.n IS NOT NULL AS meaning, ml.terms,
       (SELECT array_agg('spec:' || x) FROM unnest(ml.specialties) AS x) AS meaning_tokens,
       (SELECT string_agg('(' || provider_text_query(x)::text || ')', ' | ' ORDER BY o)
          FROM unnest(ml.terms) WITH ORDINALITY AS u(x, o) WHERE provider_text_query(x) IS NOT NULL) AS any_query
  FROM (SELECT DISTINCT word FROM text_candidates) AS w
  LEFT JOIN meanings m ON lower(immutable_unaccent(m.term)) = w.word
  LEFT JOIN meaning_lines ml ON ml.n = m.n;
CREATE TABLE bench.search_text AS
SELECT row_number() OVER () AS n, word AS q, ARRAY[dept, spec]::text AS tokens,
       ARRAY[spec]::text AS tokens_but_dept, 'dept:%' AS dept_prefix,
       substr(dept, 6) AS department, substr(spec, 6) AS specialty,
       meaning::int AS meaning,
       CASE WHEN meaning THEN (ARRAY[''] || terms)::text ELSE ARRAY[word]::text END AS statements,
       CASE WHEN meaning THEN any_query ELSE provider_text_query(word)::text END AS text_query,
       coalesce(meaning_tokens, '{}')::text AS meaning_tokens,
       '(' || CASE WHEN meaning THEN any_query ELSE provider_text_query(word)::text END || ')' AS rank_query
  FROM text_candidates c JOIN text_words USING (word)
 WHERE EXISTS (SELECT 1 FROM provider_search s
                WHERE (s.document @@ CASE WHEN meaning THEN any_query ELSE provider_text_query(c.word)::text END::tsquery
                       OR s.facets && coalesce(meaning_tokens, '{}'))
                  AND s.facets @> ARRAY[c.dept, c.spec]);

-- filters only, by rating (the default without text), first page
CREATE TABLE bench.search_filters AS
SELECT row_number() OVER (ORDER BY random()) AS n, ARRAY[sp.token, l.token]::text AS tokens,
       substr(sp.token, 6) AS specialty, substr(l.token, 6) AS language, r.minutes AS max_response
  FROM (SELECT DISTINCT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'spec:%') AS sp
 CROSS JOIN (SELECT f AS token FROM provider_search, unnest(facets) AS f WHERE f LIKE 'lang:%'
              GROUP BY f ORDER BY count(*) DESC LIMIT 3) AS l
 CROSS JOIN unnest(ARRAY[60, 120, 240, 480]) AS r(minutes)
 WHERE EXISTS (SELECT 1 FROM provider_search s
                WHERE s.facets @> ARRAY[sp.token, l.token] AND s.response_sort <= r.minutes);

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
