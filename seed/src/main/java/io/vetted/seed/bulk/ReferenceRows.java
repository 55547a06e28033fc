package io.vetted.seed.bulk;

import java.sql.SQLException;
import java.util.UUID;

/** One reference row in review-service's column order. */
final class ReferenceRows {

    static final String COLUMNS = """
            reference (id, provider_id, author_account_id, author_name, rating, comment, version, created_at,
            updated_at, author_email_domain, company_name, company_siren, company_key, engagement_services,
            engagement_mode, engagement_start, engagement_end, engagement_cost_band, engagement_team_size,
            criteria_objectives, criteria_responsiveness, criteria_after_hours, criteria_professionalism,
            criteria_communication, criteria_billing, criteria_data_security, would_recommend, facts_price_increase,
            facts_subcontracting, facts_after_hours_incident, contact_allowed, invitation_id, engagement_confirmed_at,
            status, hidden_reason, hidden_at, withdrawn_at, edited_at)""";

    private ReferenceRows() {}

    static void write(Population population, UUID providerId, ReferencePlan ref, CopyRows rows) throws SQLException {
        rows.uuid(population.ids.uuid(Ids.REFERENCE, ref.number()))
                .uuid(providerId)
                .uuid(population.smeId(ref.sme()))
                .text(population.smeName(ref.sme()))
                .raw(ref.rating())
                .text(ref.comment())
                .raw(ref.editedAt() != null ? 1 : 0)
                .time(ref.createdAt())
                .time(ref.updatedAt())
                .raw(Population.smeDomain(ref.sme()))
                .text(ref.company().name())
                .raw(ref.company().siren())
                .text(ref.company().key())
                .codes(ref.services())
                .raw(ref.mode())
                .date(ref.start())
                .date(ref.end())
                .raw(ref.costBand())
                .raw(ref.teamSize());
        for (Short criterion : ref.criteria()) {
            rows.raw(criterion);
        }
        rows.bool(ref.recommend())
                .bool(ref.priceIncrease())
                .raw(ref.subcontracting())
                .raw(ref.afterHoursIncident())
                .bool(ref.contactAllowed())
                .uuid(ref.invited() ? population.ids.uuid(Ids.INVITATION, ref.number()) : null)
                .time(ref.confirmedAt())
                .raw(ref.status())
                .text(
                        ref.status().equals("HIDDEN")
                                ? "Signalement confirmé par la modération : auteur sans lien avéré avec le prestataire."
                                : null)
                .time(ref.hiddenAt())
                .time(ref.withdrawnAt())
                .time(ref.editedAt());
        rows.end();
    }
}
