-- GET /api/providers/{id} (a published profile, as buyers and the web UI's provider page read it):
-- the statements the Micronaut Data repositories behind ProfileService.published and ProfileViews
-- generate, in their order, in one read-only transaction. Offer prices are read with an IN list
-- of one parameter per active offer, hence the branches.
\set n random(1, :rows)
SELECT id, offer_count, offer1, offer2, offer3, offer4, 'PUBLISHED' AS published FROM bench.provider WHERE n = :n \gset
BEGIN READ ONLY;
SELECT provider_."id",provider_."version",provider_."owner_account_id",provider_."name",provider_."kind",provider_."delivers_remote",provider_."delivers_on_site",provider_."city",provider_."description",provider_."specialties",provider_."status",provider_."published_at",provider_."team_size",provider_."year_founded",provider_."siren",provider_."siret",provider_."website",provider_."postcode",provider_."department_code",provider_."languages",provider_."on_site_regions",provider_."on_site_departments",provider_."offshore_country",provider_."created_at",provider_."updated_at" FROM "provider" provider_ WHERE (provider_."id" = :id AND provider_."status" = :published);
SELECT offer_."id",offer_."version",offer_."provider_id",offer_."title",offer_."pricing_model",offer_."price_unit",offer_."included",offer_."minimum_commitment_months",offer_."price_change_notice_days",offer_."withdrawn_at",offer_."created_at",offer_."updated_at" FROM "offer" offer_ WHERE (offer_."provider_id" = :id AND offer_."withdrawn_at" IS NULL) ORDER BY offer_."created_at" ASC;
\if :offer_count = 1
SELECT offer_price_."id",offer_price_."offer_id",offer_price_."price_eur",offer_price_."effective_from",offer_price_."announced_at",offer_price_."promised_notice_days" FROM "offer_price" offer_price_ WHERE (offer_price_."offer_id" IN (:offer1));
\elif :offer_count = 2
SELECT offer_price_."id",offer_price_."offer_id",offer_price_."price_eur",offer_price_."effective_from",offer_price_."announced_at",offer_price_."promised_notice_days" FROM "offer_price" offer_price_ WHERE (offer_price_."offer_id" IN (:offer1,:offer2));
\elif :offer_count = 3
SELECT offer_price_."id",offer_price_."offer_id",offer_price_."price_eur",offer_price_."effective_from",offer_price_."announced_at",offer_price_."promised_notice_days" FROM "offer_price" offer_price_ WHERE (offer_price_."offer_id" IN (:offer1,:offer2,:offer3));
\elif :offer_count = 4
SELECT offer_price_."id",offer_price_."offer_id",offer_price_."price_eur",offer_price_."effective_from",offer_price_."announced_at",offer_price_."promised_notice_days" FROM "offer_price" offer_price_ WHERE (offer_price_."offer_id" IN (:offer1,:offer2,:offer3,:offer4));
\endif
SELECT sla_terms_."provider_id",sla_terms_."version",sla_terms_."support_days",sla_terms_."support_from",sla_terms_."support_to",sla_terms_."after_hours",sla_terms_."after_hours_surcharge_percent",sla_terms_."critical_response_minutes",sla_terms_."critical_resolution_minutes",sla_terms_."high_response_minutes",sla_terms_."high_resolution_minutes",sla_terms_."normal_response_minutes",sla_terms_."normal_resolution_minutes",sla_terms_."availability_percent",sla_terms_."service_credits",sla_terms_."reporting_cadence",sla_terms_."working_method",sla_terms_."created_at",sla_terms_."updated_at" FROM "provider_sla" sla_terms_ WHERE (sla_terms_."provider_id" = :id);
SELECT subcontracting_."provider_id",subcontracting_."version",subcontracting_."subcontracts",subcontracting_."activities",subcontracting_."country",subcontracting_."created_at",subcontracting_."updated_at" FROM "provider_subcontracting" subcontracting_ WHERE (subcontracting_."provider_id" = :id);
SELECT due_diligence_."provider_id",due_diligence_."version",due_diligence_."sectors",due_diligence_."sector_experience",due_diligence_."data_protection",due_diligence_."incident_plan",due_diligence_."intervention_hours",due_diligence_."created_at",due_diligence_."updated_at" FROM "provider_due_diligence" due_diligence_ WHERE (due_diligence_."provider_id" = :id);
SELECT compliance_claim_."id",compliance_claim_."version",compliance_claim_."provider_id",compliance_claim_."topic",compliance_claim_."detail",compliance_claim_."evidence",compliance_claim_."status",compliance_claim_."verified_by",compliance_claim_."verified_at",compliance_claim_."created_at",compliance_claim_."updated_at" FROM "compliance_claim" compliance_claim_ WHERE (compliance_claim_."provider_id" = :id);
SELECT provider_reputation_."provider_id",provider_reputation_."average_rating",provider_reputation_."reference_count",provider_reputation_."source_version",provider_reputation_."updated_at",provider_reputation_."verified_reference_count",provider_reputation_."bayesian_rating",provider_reputation_."recommend_share" FROM "provider_reputation" provider_reputation_ WHERE (provider_reputation_."provider_id" = :id);
SELECT criterion, rating FROM provider_reputation_criterion WHERE provider_id = :id ORDER BY criterion;
COMMIT;
