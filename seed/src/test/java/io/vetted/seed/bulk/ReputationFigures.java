package io.vetted.seed.bulk;

/**
 * One line per provider with references: the figures review-service's ReputationCalculator
 * derives from visible references, and the same figures as vendor-service stores them (what the
 * calculator counts as invited or confirmed is the provider's word there).
 */
final class ReputationFigures {

    private static final String VISIBLE = " FILTER (WHERE status = 'PUBLISHED')";

    static final String REVIEW = """
            SELECT concat_ws(' ', provider_id, count(*)%1$s,
                             count(*) FILTER (WHERE status = 'PUBLISHED'
                                              AND (invitation_id IS NOT NULL OR engagement_confirmed_at IS NOT NULL)),
                             coalesce(round(avg(rating)%1$s, 2)::text, '-'),
                             coalesce(round(avg(CASE WHEN would_recommend THEN 1.0 ELSE 0.0 END)%1$s, 2)::text, '-'),
                             concat_ws(',', 'AFTER_HOURS=' || round(avg(criteria_after_hours)%1$s, 2),
                                       'BILLING=' || round(avg(criteria_billing)%1$s, 2),
                                       'COMMUNICATION=' || round(avg(criteria_communication)%1$s, 2),
                                       'DATA_SECURITY=' || round(avg(criteria_data_security)%1$s, 2),
                                       'OBJECTIVES=' || round(avg(criteria_objectives)%1$s, 2),
                                       'PROFESSIONALISM=' || round(avg(criteria_professionalism)%1$s, 2),
                                       'RESPONSIVENESS=' || round(avg(criteria_responsiveness)%1$s, 2)))
              FROM reference GROUP BY provider_id ORDER BY provider_id""".formatted(VISIBLE);

    static final String VENDOR = """
            SELECT concat_ws(' ', r.provider_id, r.reference_count, r.provider_vouched_count,
                             coalesce(r.average_rating::text, '-'), coalesce(round(r.recommend_share, 2)::text, '-'),
                             coalesce((SELECT string_agg(c.criterion || '=' || c.rating, ',' ORDER BY c.criterion)
                                         FROM provider_reputation_criterion c WHERE c.provider_id = r.provider_id), ''))
              FROM provider_reputation r ORDER BY r.provider_id""";

    /** The Bayesian score as review-service computes it now, against vendor's copy: recency weights move slowly. */
    static final String REVIEW_BAYESIAN = """
            SELECT provider_id || ' ' || round((3.5 * 5 + sum(w * rating)::numeric) / (5 + sum(w)::numeric), 2)
              FROM (SELECT provider_id, rating,
                           power(0.5, extract(epoch FROM now() - coalesce(edited_at, created_at)) / (365.0 * 86400)) AS w
                      FROM reference WHERE status = 'PUBLISHED') AS visible
             GROUP BY provider_id ORDER BY provider_id""";

    static final String VENDOR_BAYESIAN = """
            SELECT provider_id || ' ' || bayesian_rating FROM provider_reputation
             WHERE bayesian_rating IS NOT NULL ORDER BY provider_id""";

    static final String SEARCH = """
            SELECT concat_ws(' ', provider_id, coalesce(average_rating::text, '-'), coalesce(bayesian_rating::text, '-'),
                             reference_count, verified_reference_count)
              FROM provider_search ORDER BY provider_id""";

    static final String SNAPSHOT_IN_SEARCH = """
            SELECT concat_ws(' ', p.id, coalesce(r.average_rating::text, '-'), coalesce(r.bayesian_rating::text, '-'),
                             coalesce(r.reference_count, 0), coalesce(r.verified_reference_count, 0))
              FROM provider p LEFT JOIN provider_reputation r ON r.provider_id = p.id ORDER BY p.id""";

    private ReputationFigures() {}
}
