-- Fills a migrated, EMPTY vendor database with :count published providers (default 100000) whose
-- distributions look like a national marketplace, then builds their search rows. For the query
-- plans in docs/search.md only: run it on a scratch database, never on one used by tests or a demo.
--   psql -v count=100000 -d vetted_search_bench -f vendor-service/bench/generate-providers.sql
\if :{?count}
\else
\set count 100000
\endif
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE city (n int PRIMARY KEY, name text, postcode text, department text);
INSERT INTO city VALUES
    (0, 'Paris', '75011', '75'), (1, 'Lyon', '69003', '69'), (2, 'Marseille', '13008', '13'),
    (3, 'Toulouse', '31000', '31'), (4, 'Nantes', '44000', '44'), (5, 'Bordeaux', '33000', '33'),
    (6, 'Lille', '59000', '59'), (7, 'Rennes', '35000', '35'), (8, 'Strasbourg', '67000', '67'),
    (9, 'Montpellier', '34000', '34'), (10, 'Grenoble', '38000', '38'), (11, 'Dijon', '21000', '21'),
    (12, 'Angers', '49000', '49'), (13, 'Tours', '37000', '37'), (14, 'Clermont-Ferrand', '63000', '63'),
    (15, 'Rouen', '76000', '76'), (16, 'Metz', '57000', '57'), (17, 'Brest', '29200', '29'),
    (18, 'Annecy', '74000', '74'), (19, 'Pau', '64000', '64');

CREATE TEMP TABLE word (n int PRIMARY KEY, word text);
INSERT INTO word VALUES (0, 'Infogérance'), (1, 'Réseaux'), (2, 'Cyber'), (3, 'Cloud'), (4, 'Support'),
    (5, 'Systèmes'), (6, 'Data'), (7, 'Télécom'), (8, 'Helpdesk'), (9, 'Conseil'), (10, 'Sécurité'), (11, 'Parc');

-- SIREN: an eight-digit body from the row number and the Luhn check digit that completes it
CREATE TEMP TABLE generated AS
SELECT i, gen_random_uuid() AS id, (random() < 0.6) AS agency, c.name AS city, c.postcode, c.department,
       (SELECT d FROM generate_series(0, 9) AS d WHERE luhn_valid((10000000 + i)::text || d) LIMIT 1) AS check_digit,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4
  FROM generate_series(1, :count) AS i
  JOIN city c ON c.n = i % 20;

INSERT INTO provider (id, owner_account_id, name, kind, delivers_remote, delivers_on_site, city, description,
                      specialties, status, published_at, team_size, year_founded, siren, website, postcode,
                      department_code, languages, on_site_regions, on_site_departments, version, created_at, updated_at)
SELECT g.id, gen_random_uuid(),
       w1.word || ' ' || w2.word || ' ' || g.city || ' ' || g.i,
       CASE WHEN g.agency THEN 'AGENCY' ELSE 'FREELANCE' END,
       g.r1 < 0.8, g.r1 > 0.3, g.city,
       'Accompagnement des PME de ' || g.city || ' : ' || w1.word || ' et ' || w2.word || ', contrat mensuel, astreinte.',
       (SELECT array_agg(DISTINCT s ORDER BY s) FROM (
           SELECT (ARRAY['HELPDESK', 'NETWORKS', 'SERVERS_INFRASTRUCTURE', 'CLOUD_SAAS', 'CYBERSECURITY',
                         'BACKUP_RECOVERY', 'HARDWARE', 'TELEPHONY_VOIP', 'WEB_HOSTING', 'SOFTWARE_DEVELOPMENT',
                         'ERP_CRM', 'DATA_PROTECTION_GDPR'])[1 + (g.i * k * 7 + k) % 12] AS s
             FROM generate_series(1, 1 + g.i % 4) AS k) AS picked),
       'PUBLISHED', now() - (g.r2 * interval '900 days'),
       CASE WHEN g.agency THEN 2 + (g.i % 60) ELSE 1 END, 1995 + g.i % 30,
       (10000000 + g.i)::text || g.check_digit,
       'https://prestataire-' || g.i || '.example.fr', g.postcode, g.department,
       CASE WHEN g.r3 < 0.3 THEN '{en,fr}'::text[] WHEN g.r3 < 0.35 THEN '{de,en,fr}'::text[] ELSE '{fr}'::text[] END,
       CASE WHEN g.r1 > 0.3 AND g.r4 < 0.2 THEN ARRAY[(SELECT region_code FROM department WHERE code = g.department)]
            ELSE '{}'::text[] END,
       CASE WHEN g.r1 > 0.3 AND g.r4 >= 0.2 THEN ARRAY[g.department] ELSE '{}'::text[] END,
       0, now(), now()
  FROM generated g
  JOIN word w1 ON w1.n = g.i % 12
  JOIN word w2 ON w2.n = (g.i / 12) % 12;

INSERT INTO offer (id, provider_id, title, pricing_model, price_unit, included, minimum_commitment_months,
                   price_change_notice_days, version, created_at, updated_at, lineage_id, on_vetted_since)
SELECT gen_random_uuid(), g.id, o.title, o.model, o.unit, 'Supervision, mises à jour, support', o.commitment, 30, 0,
       now(), now(), gen_random_uuid(), now()
  FROM generated g
 CROSS JOIN LATERAL (VALUES
     ('Intervention à l''heure', 'HOURLY', NULL, 0, true),
     ('Forfait infogérance', 'MONTHLY_FIXED', CASE WHEN g.i % 3 = 0 THEN 'PER_DEVICE' WHEN g.i % 3 = 1 THEN 'PER_SEAT' ELSE 'FLAT' END, 12, g.agency),
     ('Déplacement sur site', 'PER_INTERVENTION', NULL, 0, g.r1 > 0.5)) AS o (title, model, unit, commitment, offered)
 WHERE o.offered;
-- a generated offer starts its own lineage, as V22 made every existing offer do
UPDATE offer SET lineage_id = id;

INSERT INTO offer_price (id, offer_id, price_eur, effective_from, announced_at, promised_notice_days)
SELECT gen_random_uuid(), o.id,
       CASE o.pricing_model
           WHEN 'HOURLY' THEN 45 + floor(random() * 90)
           WHEN 'PER_INTERVENTION' THEN 60 + floor(random() * 120)
           ELSE CASE o.price_unit WHEN 'FLAT' THEN 290 + floor(random() * 2000) ELSE 15 + floor(random() * 60) END END,
       current_date - 400, now() - interval '400 days', 30
  FROM offer o;

INSERT INTO provider_sla (provider_id, support_days, support_from, support_to, after_hours, critical_response_minutes,
                          critical_resolution_minutes, version, created_at, updated_at)
SELECT g.id, '{MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}', '08:30', '18:00',
       CASE WHEN g.r2 < 0.5 THEN 'NONE' WHEN g.r2 < 0.85 THEN 'ON_CALL' ELSE 'TWENTY_FOUR_SEVEN' END,
       (ARRAY[15, 30, 60, 120, 240, 480])[1 + g.i % 6], 1440, 1, now(), now()
  FROM generated g;

INSERT INTO provider_subcontracting (provider_id, subcontracts, activities, country, version, created_at, updated_at)
SELECT g.id, CASE WHEN g.r3 < 0.4 THEN NULL WHEN g.r3 < 0.8 THEN false ELSE true END,
       CASE WHEN g.r3 >= 0.8 THEN 'Câblage' ELSE '' END, CASE WHEN g.r3 >= 0.8 THEN 'FR' END, 0, now(), now()
  FROM generated g;

INSERT INTO provider_due_diligence (provider_id, sectors, version, created_at, updated_at)
SELECT g.id, CASE WHEN g.i % 5 = 0 THEN '{HEALTHCARE}'::text[] WHEN g.i % 5 = 1 THEN '{LEGAL,ACCOUNTING_FINANCE}' ELSE '{}' END,
       0, now(), now()
  FROM generated g;

INSERT INTO compliance_claim (id, provider_id, topic, detail, evidence, status, verified_by, verified_at, version,
                              created_at, updated_at)
SELECT gen_random_uuid(), g.id, t.topic, '', 'https://preuves.example.fr/' || g.i || '/' || t.topic,
       CASE WHEN g.r4 < t.verified THEN 'VERIFIED' ELSE 'SELF_DECLARED' END,
       CASE WHEN g.r4 < t.verified THEN gen_random_uuid() END, CASE WHEN g.r4 < t.verified THEN now() END, 0, now(), now()
  FROM generated g
 CROSS JOIN LATERAL (VALUES ('ISO_27001', 0.10, 0.05), ('HDS', 0.03, 0.02), ('GDPR_DPA', 0.5, 0.2),
                            ('LIABILITY_INSURANCE', 0.7, 0.3)) AS t (topic, share, verified)
 WHERE (g.i * 31 % 1000) / 1000.0 < t.share;

INSERT INTO provider_reputation (provider_id, average_rating, reference_count, verified_reference_count,
                                 bayesian_rating, source_version, updated_at)
SELECT g.id, avg_rating, refs, floor(refs * g.r4), round((5 * 3.5 + refs * avg_rating) / (5 + refs), 2), 1, now()
  FROM generated g
 CROSS JOIN LATERAL (SELECT 1 + (g.i % 40) AS refs, round((3 + 2 * g.r2)::numeric, 2) AS avg_rating) AS rep
 WHERE g.r1 < 0.6;

SELECT count(refresh_provider_search(id) IS NULL) AS indexed FROM provider;
VACUUM ANALYZE;
