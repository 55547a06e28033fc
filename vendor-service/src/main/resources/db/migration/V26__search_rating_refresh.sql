-- A reputation change moves only the rating columns of a provider's search row: updating them in
-- place spares the rebuild of its text vectors (three text configurations), facets and prices,
-- which the reference write path paid on every reference. The values are computed exactly as
-- refresh_provider_search computes them; a draft has no row, and keeps none.
CREATE FUNCTION refresh_provider_search_rating(target uuid) RETURNS void
    LANGUAGE sql AS
$$
UPDATE provider_search s
   SET average_rating = r.average_rating,
       bayesian_rating = coalesce(r.bayesian_rating,
                                  round((5 * 3.5 + r.reference_count * r.average_rating) / (5 + r.reference_count), 2)),
       reference_count = r.reference_count,
       verified_reference_count = r.verified_reference_count
  FROM provider_reputation r
 WHERE s.provider_id = target
   AND r.provider_id = target;
$$;
