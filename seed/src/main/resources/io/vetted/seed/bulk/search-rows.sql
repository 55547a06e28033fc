-- Every published provider's provider_search row at once: the set-based twin of vendor-service's
-- refresh_provider_search(id) (V8__search_read_model.sql), which costs ~2.5 ms per provider when
-- called row by row. The expressions are copied from it; BulkSeedTest checks both give the same rows.
-- :shards and :shard split the providers between connections (the text vectors cost CPU, not I/O).
INSERT INTO provider_search (provider_id, document, fuzzy_text, facets, hourly_price, monthly_flat_price,
                             per_seat_price, per_device_price, per_intervention_price, critical_response_minutes,
                             average_rating, bayesian_rating, reference_count, verified_reference_count, published_at)
WITH priced AS (
    SELECT offer.provider_id, offer.title, offer.included,
           (SELECT max(price_eur) FROM (
               (SELECT price_eur FROM offer_price
                 WHERE offer_id = offer.id AND effective_from <= (now() AT TIME ZONE 'Europe/Paris')::date
                 ORDER BY effective_from DESC, announced_at DESC LIMIT 1)
               UNION ALL
               (SELECT price_eur FROM offer_price WHERE offer_id = offer.id ORDER BY effective_from DESC, announced_at DESC LIMIT 1)
           ) AS candidates) AS price,
           CASE offer.pricing_model
               WHEN 'MONTHLY_FIXED' THEN CASE offer.price_unit WHEN 'FLAT' THEN 'MONTHLY_FLAT' ELSE offer.price_unit END
               ELSE offer.pricing_model END AS basis
      FROM offer
     WHERE offer.withdrawn_at IS NULL AND get_byte(uuid_send(offer.provider_id), 15) % :shards = :shard),
offers AS (
    SELECT o.provider_id,
           min(o.price) FILTER (WHERE o.basis = 'HOURLY') AS hourly,
           min(o.price) FILTER (WHERE o.basis = 'MONTHLY_FLAT') AS monthly_flat,
           min(o.price) FILTER (WHERE o.basis = 'PER_SEAT') AS per_seat,
           min(o.price) FILTER (WHERE o.basis = 'PER_DEVICE') AS per_device,
           min(o.price) FILTER (WHERE o.basis = 'PER_INTERVENTION') AS per_intervention,
           array_agg(DISTINCT o.basis) AS bases,
           string_agg(concat_ws(' ', o.title, o.included), ' ') AS words
      FROM priced o
     GROUP BY o.provider_id),
claims AS (
    SELECT c.provider_id,
           array_agg('claim:' || c.topic ORDER BY c.topic) AS declared,
           coalesce(array_agg('claimv:' || c.topic ORDER BY c.topic) FILTER (WHERE c.status = 'VERIFIED'), '{}') AS verified,
           string_agg(replace(c.topic, '_', ' '), ' ' ORDER BY c.topic) AS words
      FROM compliance_claim c
     WHERE get_byte(uuid_send(c.provider_id), 15) % :shards = :shard
     GROUP BY c.provider_id)
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
           || coalesce(claims.declared, '{}') || coalesce(claims.verified, '{}')
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
  LEFT JOIN claims ON claims.provider_id = p.id
  LEFT JOIN offers ON offers.provider_id = p.id
 CROSS JOIN LATERAL (
     SELECT (SELECT string_agg(s.terms, ' ') FROM specialty s WHERE s.code = ANY (p.specialties)) AS specialties,
            (SELECT string_agg(s.terms, ' ') FROM sector s WHERE s.code = ANY (dd.sectors)) AS sectors) AS terms
 CROSS JOIN LATERAL (
     SELECT coalesce(array_agg(d.code), '{}') AS departments,
            coalesce(array_agg(DISTINCT d.region_code), '{}') AS regions
       FROM department d
      WHERE p.delivers_on_site
        AND (d.code = ANY (p.on_site_departments) OR d.region_code = ANY (p.on_site_regions))) AS areas
 WHERE p.status = 'PUBLISHED' AND get_byte(uuid_send(p.id), 15) % :shards = :shard
