-- Search reads one row per published provider, rebuilt in the transaction of every change to the
-- profile or its reputation: every filter and sort is then a condition on one indexed table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- the words buyers type for each catalogue entry, in French and in English
CREATE TABLE specialty (
    code  text PRIMARY KEY,
    terms text NOT NULL
);

INSERT INTO specialty (code, terms) VALUES
    ('HELPDESK', 'support utilisateurs helpdesk assistance infogérance dépannage hotline user support service desk'),
    ('NETWORKS', 'réseaux réseau wifi câblage pare-feu networks networking cabling firewall'),
    ('SERVERS_INFRASTRUCTURE', 'serveurs infrastructure infogérance virtualisation servers managed services virtualization'),
    ('CLOUD_SAAS', 'cloud saas microsoft 365 office google workspace messagerie email'),
    ('CYBERSECURITY', 'cybersécurité sécurité antivirus edr audit pentest cybersecurity security'),
    ('BACKUP_RECOVERY', 'sauvegarde reprise d''activité continuité backup disaster recovery business continuity'),
    ('HARDWARE', 'matériel achat maintenance parc informatique postes hardware procurement devices workstations'),
    ('TELEPHONY_VOIP', 'téléphonie voip standard téléphonique telephony phone system'),
    ('WEB_HOSTING', 'hébergement web site internet hosting websites'),
    ('SOFTWARE_DEVELOPMENT', 'développement logiciel applications sur mesure software development custom'),
    ('ERP_CRM', 'erp crm progiciel gestion business software'),
    ('DATA_PROTECTION_GDPR', 'protection des données rgpd conformité dpo data protection gdpr compliance');

CREATE TABLE sector (
    code  text PRIMARY KEY,
    terms text NOT NULL
);

INSERT INTO sector (code, terms) VALUES
    ('HEALTHCARE', 'santé médical cabinet clinique pharmacie healthcare medical clinic pharmacy'),
    ('LEGAL', 'juridique avocats notaires legal law firms notaries'),
    ('ACCOUNTING_FINANCE', 'expertise comptable comptabilité finance banque assurance accounting banking insurance'),
    ('RETAIL', 'commerce distribution magasins e-commerce retail shops'),
    ('MANUFACTURING', 'industrie production usine manufacturing industry factory'),
    ('CONSTRUCTION', 'bâtiment btp construction architecture building'),
    ('HOSPITALITY', 'hôtellerie restauration tourisme hospitality restaurants tourism'),
    ('EDUCATION', 'éducation enseignement formation écoles education training schools'),
    ('PUBLIC_SECTOR', 'collectivités secteur public mairies public sector local government'),
    ('NON_PROFIT', 'associations économie sociale non-profit charities'),
    ('TRANSPORT_LOGISTICS', 'transport logistique logistics'),
    ('REAL_ESTATE', 'immobilier agences immobilières real estate'),
    ('AGRICULTURE', 'agriculture agroalimentaire viticulture food wine'),
    ('PROFESSIONAL_SERVICES', 'conseil services aux entreprises consulting professional services');

-- full text in French and English at once: unstemmed words (for prefixes) plus both stemmings
CREATE FUNCTION provider_text_vector(content text, weight "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN setweight(to_tsvector('simple', immutable_unaccent(content))
                         || to_tsvector('french', immutable_unaccent(content))
                         || to_tsvector('english', immutable_unaccent(content)), weight);

-- What a buyer typed, as a tsquery over provider_text_vector: every word must match, as a prefix
-- or through its French or English stem; stop words are dropped; anything but letters and digits
-- separates words, so no input can inject tsquery syntax.
CREATE FUNCTION provider_text_query(typed text) RETURNS tsquery
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    RETURN (
        SELECT coalesce(string_agg(format('(%s:* | %s | %s)', word, fr[1], en[1]), ' & ' ORDER BY position), '')::tsquery
          FROM (SELECT word, position, ts_lexize('french_stem', word) AS fr, ts_lexize('english_stem', word) AS en
                  FROM regexp_split_to_table(lower(immutable_unaccent(typed)), '[^[:alnum:]]+')
                       WITH ORDINALITY AS words (word, position)
                 WHERE word <> ''
                 ORDER BY position
                 LIMIT 12) AS stems
         WHERE cardinality(fr) > 0 AND cardinality(en) > 0);

-- The price a buyer's ceiling is checked against: the higher of today's price and the latest
-- announced one, so a provider never slips under a ceiling it is about to exceed.
CREATE FUNCTION offer_search_price(target uuid) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    RETURN (SELECT max(price_eur) FROM (
        (SELECT price_eur FROM offer_price
          WHERE offer_id = target AND effective_from <= (now() AT TIME ZONE 'Europe/Paris')::date
          ORDER BY effective_from DESC, announced_at DESC LIMIT 1)
        UNION ALL
        (SELECT price_eur FROM offer_price WHERE offer_id = target ORDER BY effective_from DESC, announced_at DESC LIMIT 1)
    ) AS candidates);

CREATE TABLE provider_search (
    provider_id               uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    document                  tsvector    NOT NULL,
    -- name, city and specialty words, for typo-tolerant matching when full text finds nothing
    fuzzy_text                text        NOT NULL,
    -- every categorical filter as a token ('spec:HELPDESK', 'dept:69', 'claimv:ISO_27001', ...): one
    -- GIN index answers any combination of them, and one GROUP BY counts the facets
    facets                    text[]      NOT NULL,
    hourly_price              numeric(10, 2),
    monthly_flat_price        numeric(10, 2),
    per_seat_price            numeric(10, 2),
    per_device_price          numeric(10, 2),
    per_intervention_price    numeric(10, 2),
    critical_response_minutes integer,
    average_rating            numeric(3, 2),
    bayesian_rating           numeric(3, 2),
    reference_count           integer     NOT NULL,
    verified_reference_count  integer     NOT NULL,
    published_at              timestamptz NOT NULL,
    -- sort keys never null, so keyset pagination can compare rows; providers without the value sort last
    rating_sort               numeric(3, 2) GENERATED ALWAYS AS (coalesce(bayesian_rating, 0)) STORED,
    response_sort             integer GENERATED ALWAYS AS (coalesce(critical_response_minutes, 999999)) STORED,
    hourly_sort               numeric(10, 2) GENERATED ALWAYS AS (coalesce(hourly_price, 99999999)) STORED,
    monthly_flat_sort         numeric(10, 2) GENERATED ALWAYS AS (coalesce(monthly_flat_price, 99999999)) STORED,
    per_seat_sort             numeric(10, 2) GENERATED ALWAYS AS (coalesce(per_seat_price, 99999999)) STORED,
    per_device_sort           numeric(10, 2) GENERATED ALWAYS AS (coalesce(per_device_price, 99999999)) STORED,
    per_intervention_sort     numeric(10, 2) GENERATED ALWAYS AS (coalesce(per_intervention_price, 99999999)) STORED
);

CREATE INDEX provider_search_document_idx ON provider_search USING gin (document);
CREATE INDEX provider_search_facets_idx ON provider_search USING gin (facets);
CREATE INDEX provider_search_fuzzy_idx ON provider_search USING gin (fuzzy_text gin_trgm_ops);
CREATE INDEX provider_search_rating_idx ON provider_search (rating_sort, provider_id);
CREATE INDEX provider_search_average_idx ON provider_search (average_rating);
CREATE INDEX provider_search_verified_idx ON provider_search (verified_reference_count, rating_sort, provider_id);
CREATE INDEX provider_search_response_idx ON provider_search (response_sort, provider_id);
CREATE INDEX provider_search_hourly_idx ON provider_search (hourly_sort, provider_id);
CREATE INDEX provider_search_monthly_flat_idx ON provider_search (monthly_flat_sort, provider_id);
CREATE INDEX provider_search_per_seat_idx ON provider_search (per_seat_sort, provider_id);
CREATE INDEX provider_search_per_device_idx ON provider_search (per_device_sort, provider_id);
CREATE INDEX provider_search_per_intervention_idx ON provider_search (per_intervention_sort, provider_id);

-- Rebuilds (or removes, for a draft) the search row of one provider from its profile tables.
-- Until review-service sends a Bayesian rating, one is derived here: prior 3.5, weight 5 references.
CREATE FUNCTION refresh_provider_search(target uuid) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM provider_search WHERE provider_id = target;
    INSERT INTO provider_search (provider_id, document, fuzzy_text, facets, hourly_price, monthly_flat_price,
                                 per_seat_price, per_device_price, per_intervention_price, critical_response_minutes,
                                 average_rating, bayesian_rating, reference_count, verified_reference_count, published_at)
    SELECT p.id,
           provider_text_vector(p.name, 'A')
               || provider_text_vector(concat_ws(' ', p.city, terms.specialties, terms.sectors, claims.words), 'B')
               || provider_text_vector(concat_ws(' ', p.description, offers.words, dd.sector_experience), 'C'),
           lower(immutable_unaccent(concat_ws(' ', p.name, p.city, terms.specialties))),
           ARRAY['kind:' || p.kind]
               || CASE WHEN p.delivers_remote THEN ARRAY['mode:REMOTE'] ELSE '{}'::text[] END
               || CASE WHEN p.delivers_on_site THEN ARRAY['mode:ON_SITE'] ELSE '{}'::text[] END
               || ARRAY(SELECT 'spec:' || s FROM unnest(p.specialties) AS s)
               || ARRAY(SELECT 'lang:' || l FROM unnest(p.languages) AS l)
               || ARRAY(SELECT 'dept:' || d FROM unnest(areas.departments) AS d)
               || ARRAY(SELECT 'region:' || r FROM unnest(areas.regions) AS r)
               || CASE sla.after_hours
                      WHEN 'ON_CALL' THEN ARRAY['after:ON_CALL']
                      WHEN 'TWENTY_FOUR_SEVEN' THEN ARRAY['after:ON_CALL', 'after:TWENTY_FOUR_SEVEN']
                      ELSE '{}'::text[] END
               || CASE WHEN sub.subcontracts IS FALSE THEN ARRAY['subcontracting:NONE'] ELSE '{}'::text[] END
               || claims.declared || claims.verified
               || ARRAY(SELECT 'pricing:' || b FROM unnest(offers.bases) AS b)
               || ARRAY(SELECT 'sector:' || s FROM unnest(dd.sectors) AS s),
           offers.hourly, offers.monthly_flat, offers.per_seat, offers.per_device, offers.per_intervention,
           sla.critical_response_minutes,
           r.average_rating,
           coalesce(r.bayesian_rating,
                    round((5 * 3.5 + r.reference_count * r.average_rating) / (5 + r.reference_count), 2)),
           coalesce(r.reference_count, 0),
           coalesce(r.verified_reference_count, 0),
           p.published_at
      FROM provider p
      JOIN provider_sla sla ON sla.provider_id = p.id
      JOIN provider_subcontracting sub ON sub.provider_id = p.id
      JOIN provider_due_diligence dd ON dd.provider_id = p.id
      LEFT JOIN provider_reputation r ON r.provider_id = p.id
     CROSS JOIN LATERAL (
         SELECT (SELECT string_agg(s.terms, ' ') FROM specialty s WHERE s.code = ANY (p.specialties)) AS specialties,
                (SELECT string_agg(s.terms, ' ') FROM sector s WHERE s.code = ANY (dd.sectors)) AS sectors) AS terms
     CROSS JOIN LATERAL (
         SELECT coalesce(array_agg(d.code), '{}') AS departments,
                coalesce(array_agg(DISTINCT d.region_code), '{}') AS regions
           FROM department d
          WHERE p.delivers_on_site
            AND (d.code = ANY (p.on_site_departments) OR d.region_code = ANY (p.on_site_regions))) AS areas
     CROSS JOIN LATERAL (
         SELECT coalesce(array_agg('claim:' || c.topic), '{}') AS declared,
                coalesce(array_agg('claimv:' || c.topic) FILTER (WHERE c.status = 'VERIFIED'), '{}') AS verified,
                string_agg(replace(c.topic, '_', ' '), ' ') AS words
           FROM compliance_claim c
          WHERE c.provider_id = p.id) AS claims
     CROSS JOIN LATERAL (
         SELECT min(o.price) FILTER (WHERE o.basis = 'HOURLY') AS hourly,
                min(o.price) FILTER (WHERE o.basis = 'MONTHLY_FLAT') AS monthly_flat,
                min(o.price) FILTER (WHERE o.basis = 'PER_SEAT') AS per_seat,
                min(o.price) FILTER (WHERE o.basis = 'PER_DEVICE') AS per_device,
                min(o.price) FILTER (WHERE o.basis = 'PER_INTERVENTION') AS per_intervention,
                array_agg(DISTINCT o.basis) AS bases,
                string_agg(concat_ws(' ', o.title, o.included), ' ') AS words
           FROM (SELECT offer.title, offer.included, offer_search_price(offer.id) AS price,
                        CASE offer.pricing_model
                            WHEN 'MONTHLY_FIXED' THEN CASE offer.price_unit WHEN 'FLAT' THEN 'MONTHLY_FLAT' ELSE offer.price_unit END
                            ELSE offer.pricing_model END AS basis
                   FROM offer
                  WHERE offer.provider_id = p.id AND offer.withdrawn_at IS NULL) AS o) AS offers
     WHERE p.id = target
       AND p.status = 'PUBLISHED';
END
$$;

-- the foundation's search columns are replaced by the read model
DROP INDEX provider_search_idx;
DROP INDEX provider_specialties_idx;
ALTER TABLE provider DROP COLUMN search_text;

SELECT refresh_provider_search(id) FROM provider;
