-- The reputation formula's one definition (V22) brought up to the trust rules (V40-V42): only
-- PUBLISHED references count (UNDER_REVIEW waits outside until a moderator clears it); "verified"
-- counts only Vetted's independent levels (client verified by Vetted, engagement evidence checked),
-- the provider's own invitation or confirmation is counted apart; a reference's weight halves every
-- 365 days since its engagement ended, or since it was first published while the engagement goes
-- on, never since an edit (docs/reputation.md).
DROP VIEW provider_reputation_figures;
CREATE VIEW provider_reputation_figures AS
SELECT r.provider_id,
       count(*) FILTER (WHERE f.visible) AS reference_count,
       count(*) FILTER (WHERE f.visible AND f.independent) AS verified_reference_count,
       count(*) FILTER (WHERE f.visible AND (r.invitation_id IS NOT NULL OR r.engagement_confirmed_at IS NOT NULL))
           AS provider_vouched_count,
       count(*) FILTER (WHERE r.status = 'UNDER_REVIEW') AS under_review_count,
       count(*) FILTER (WHERE f.visible AND r.invitation_id IS NOT NULL) AS invited_count,
       count(*) FILTER (WHERE f.visible AND r.engagement_confirmed_at IS NOT NULL) AS confirmed_count,
       count(*) FILTER (WHERE f.visible AND r.verification_check = 'VERIFIED') AS client_verified_count,
       count(*) FILTER (WHERE f.visible AND r.verification_evidence_checked_at IS NOT NULL) AS evidence_checked_count,
       count(*) FILTER (WHERE f.visible AND EXISTS (SELECT 1 FROM reference_dispute d
                                                     WHERE d.reference_id = r.id AND d.outcome IS NULL))
           AS disputed_count,
       count(*) FILTER (WHERE f.visible AND r.engagement_end IS NULL) AS current_client_count,
       coalesce(sum(r.rating) FILTER (WHERE f.visible), 0) AS rating_sum,
       round(avg(r.rating) FILTER (WHERE f.visible), 2) AS average_rating,
       round(avg(CASE WHEN r.would_recommend THEN 1.0 ELSE 0.0 END) FILTER (WHERE f.visible), 2) AS recommend_share,
       round(avg(CASE WHEN r.facts_price_increase THEN 1.0 ELSE 0.0 END) FILTER (WHERE f.visible), 2)
           AS price_increase_share,
       round(avg(r.criteria_objectives) FILTER (WHERE f.visible), 2) AS criteria_objectives,
       round(avg(r.criteria_responsiveness) FILTER (WHERE f.visible), 2) AS criteria_responsiveness,
       round(avg(r.criteria_after_hours) FILTER (WHERE f.visible), 2) AS criteria_after_hours,
       round(avg(r.criteria_professionalism) FILTER (WHERE f.visible), 2) AS criteria_professionalism,
       round(avg(r.criteria_communication) FILTER (WHERE f.visible), 2) AS criteria_communication,
       round(avg(r.criteria_billing) FILTER (WHERE f.visible), 2) AS criteria_billing,
       round(avg(r.criteria_data_security) FILTER (WHERE f.visible), 2) AS criteria_data_security,
       count(*) FILTER (WHERE f.visible AND r.rating = 1) AS one_star_count,
       count(*) FILTER (WHERE f.visible AND r.rating = 2) AS two_star_count,
       count(*) FILTER (WHERE f.visible AND r.rating = 3) AS three_star_count,
       count(*) FILTER (WHERE f.visible AND r.rating = 4) AS four_star_count,
       count(*) FILTER (WHERE f.visible AND r.rating = 5) AS five_star_count,
       -- Bayesian, recency-weighted: prior mean 3.5 worth 5 fresh references
       CASE WHEN count(*) FILTER (WHERE f.visible) > 0 THEN
           round((3.5 * 5 + sum(f.weight * r.rating) FILTER (WHERE f.visible)::numeric)
                 / (5 + sum(f.weight) FILTER (WHERE f.visible)::numeric), 2)
       END AS bayesian_rating
  FROM reference r
 CROSS JOIN LATERAL (SELECT r.status = 'PUBLISHED' AS visible,
                            (r.verification_check = 'VERIFIED' OR r.verification_evidence_checked_at IS NOT NULL)
                                AS independent,
                            power(0.5, greatest(0, extract(epoch FROM now()
                                       - coalesce(r.engagement_end::timestamp AT TIME ZONE 'UTC', r.created_at)))
                                       / (365 * 86400.0)) AS weight) f
 GROUP BY r.provider_id;
