package io.vetted.seed.bulk;

/**
 * provider_search rows as comparable text: the lexemes of the document and the facets as sorted
 * sets (their order inside a row follows the scan that built it), every other column as stored.
 */
final class SearchFigures {

    static final String ROWS = """
            SELECT concat_ws(' | ', provider_id,
                             (SELECT string_agg(l, ' ' ORDER BY l) FROM unnest(tsvector_to_array(document)) AS l),
                             (SELECT string_agg(f, ' ' ORDER BY f) FROM unnest(facets) AS f),
                             fuzzy_text, hourly_price, monthly_flat_price, per_seat_price, per_device_price,
                             per_intervention_price, critical_response_minutes, average_rating, bayesian_rating,
                             reference_count, verified_reference_count, published_at)
              FROM provider_search ORDER BY provider_id""";

    private SearchFigures() {}
}
