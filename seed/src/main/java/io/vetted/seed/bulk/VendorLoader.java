package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills vendor-service's profile tables, one COPY per table, all in the caller's transaction. The
 * reputation tables and the search read model come later, from review's aggregates.
 */
final class VendorLoader {

    private final Population population;
    private final Connection vendor;

    VendorLoader(Population population, Connection vendor) {
        this.population = population;
        this.vendor = vendor;
    }

    void load(Phases phases) throws SQLException {
        int n = population.providers;
        phases.run("vendor.provider", () -> ProviderRows.copy(vendor, "provider", """
                provider (id, owner_account_id, name, kind, delivers_remote, delivers_on_site, city, description,
                specialties, version, created_at, updated_at, status, published_at, team_size, year_founded, siren,
                siret, website, postcode, department_code, languages, on_site_regions, on_site_departments,
                offshore_country, first_published_at)""", n, this::provider));
        phases.run("vendor.offer", () -> ProviderRows.copy(vendor, "offer", """
                offer (id, provider_id, title, pricing_model, price_unit, included, minimum_commitment_months,
                price_change_notice_days, withdrawn_at, version, created_at, updated_at, lineage_id,
                on_vetted_since)""", n, this::offers));
        phases.run("vendor.offer_notice", () -> {
            try (var statement = vendor.createStatement()) {
                return statement.executeUpdate("""
                        INSERT INTO offer_notice (offer_id, notice_days, promised_at)
                        SELECT id, price_change_notice_days, created_at FROM offer""");
            }
        });
        phases.run("vendor.offer_price", () -> {
            Indexes indexes = Indexes.setAside(vendor, "offer_price");
            long rows = ProviderRows.copy(vendor, "offer_price", """
                    offer_price (id, offer_id, price_eur, effective_from, announced_at, promised_notice_days)""", n, this::prices);
            indexes.rebuild();
            return rows;
        });
        phases.run(
                "vendor.provider_sla",
                () -> ProviderRows.copy(vendor, "provider_sla", """
                provider_sla (provider_id, support_days, support_from, support_to, after_hours,
                after_hours_surcharge_percent, critical_response_minutes, critical_resolution_minutes,
                high_response_minutes, high_resolution_minutes, normal_response_minutes, normal_resolution_minutes,
                availability_percent, service_credits, reporting_cadence, working_method, version, created_at,
                updated_at)""", n, new SlaRows(population)::write));
        phases.run(
                "vendor.practices",
                () -> ProviderRows.copy(vendor, "subcontracting", """
                provider_subcontracting (provider_id, subcontracts, activities, country, version, created_at,
                updated_at)""", n, this::subcontracting)
                        + ProviderRows.copy(vendor, "due diligence", """
                provider_due_diligence (provider_id, sectors, sector_experience, data_protection, incident_plan,
                intervention_hours, version, created_at, updated_at)""", n, this::dueDiligence));
        phases.run(
                "vendor.compliance_claim", () -> ProviderRows.copy(vendor, "compliance_claim", """
                compliance_claim (id, provider_id, topic, detail, evidence, status, verified_by, verified_at, version,
                created_at, updated_at)""", n, this::claims));
    }

    private void provider(int i, CopyRows rows) throws SQLException {
        ProviderProfile p = ProviderProfile.of(population, i);
        rows.uuid(population.providerId(i))
                .uuid(population.ownerId(i))
                .text(p.name())
                .raw(p.agency() ? "AGENCY" : "FREELANCE")
                .bool(p.remote())
                .bool(p.onSite())
                .text(p.city().name())
                .text(p.description())
                .codes(p.specialties())
                .raw(0)
                .time(p.createdAt())
                .time(p.publishedAt())
                .raw("PUBLISHED")
                .time(p.publishedAt())
                .raw(p.teamSize())
                .raw(p.yearFounded())
                .raw(p.siren())
                .raw(p.siret())
                .text(p.website())
                .raw(p.city().postcode())
                .raw(p.city().department())
                .codes(p.languages())
                .codes(p.regions())
                .codes(p.departments())
                .raw(p.offshoreCountry())
                .time(p.publishedAt());
        rows.end();
    }

    private void offers(int i, CopyRows rows) throws SQLException {
        ProviderProfile p = ProviderProfile.of(population, i);
        for (OfferPlan offer : OfferPlan.of(population, p)) {
            Instant updated = offer.withdrawnAt() != null ? offer.withdrawnAt() : offer.createdAt();
            rows.uuid(offer.id())
                    .uuid(population.providerId(i))
                    .text(offer.template().title())
                    .raw(offer.model())
                    .raw(offer.template().unit())
                    .text(offer.template().included())
                    .raw(offer.commitmentMonths())
                    .raw(offer.noticeDays())
                    .time(offer.withdrawnAt())
                    .raw(0)
                    .time(offer.createdAt())
                    .time(updated)
                    .uuid(offer.id())
                    .time(offer.createdAt());
            rows.end();
        }
    }

    private void prices(int i, CopyRows rows) throws SQLException {
        for (OfferPlan offer : OfferPlan.of(population, ProviderProfile.of(population, i))) {
            for (OfferPlan.Price price : offer.prices()) {
                rows.uuid(price.id())
                        .uuid(offer.id())
                        .raw(price.eur().toPlainString())
                        .date(price.effectiveFrom())
                        .time(price.announcedAt())
                        .raw(price.promisedNoticeDays());
                rows.end();
            }
        }
    }

    private void subcontracting(int i, CopyRows rows) throws SQLException {
        SplittableRandom random = population.random(Ids.CLAIM + 100, i);
        double answer = random.nextDouble();
        Boolean subcontracts = answer < 0.3 ? null : answer < 0.75 ? Boolean.FALSE : Boolean.TRUE;
        Instant created = ProviderProfile.of(population, i).createdAt();
        rows.uuid(population.providerId(i))
                .raw(subcontracts == null ? null : subcontracts ? "t" : "f")
                .text(
                        Boolean.TRUE.equals(subcontracts)
                                ? List.of(
                                                "Câblage et brassage",
                                                "Astreinte de nuit",
                                                "Développement d'applications",
                                                "Hébergement")
                                        .get(random.nextInt(4))
                                : "")
                .raw(Boolean.TRUE.equals(subcontracts) ? (random.nextDouble() < 0.8 ? "FR" : "MA") : null)
                .raw(0)
                .time(created)
                .time(created);
        rows.end();
    }

    private void dueDiligence(int i, CopyRows rows) throws SQLException {
        SplittableRandom random = population.random(Ids.CLAIM + 200, i);
        List<String> sectors = ProviderProfile.pickDistinct(Catalogue.SECTORS, random.nextInt(4), random);
        Instant created = ProviderProfile.of(population, i).createdAt();
        boolean answered = random.nextDouble() < 0.7;
        rows.uuid(population.providerId(i))
                .codes(sectors)
                .text(
                        sectors.isEmpty()
                                ? ""
                                : String.format(Locale.ROOT, "%d clients dans ces secteurs.", 3 + random.nextInt(60)))
                .text(answered ? Texts.pick(Texts.DUE_DILIGENCE, random.nextLong()) : "")
                .text(answered ? Texts.pick(Texts.DUE_DILIGENCE, random.nextLong()) : "")
                .text(answered ? "Du lundi au vendredi, 8 h 30 - 18 h ; astreinte selon contrat." : "")
                .raw(0)
                .time(created)
                .time(created);
        rows.end();
    }

    private void claims(int i, CopyRows rows) throws SQLException {
        SplittableRandom random = population.random(Ids.CLAIM, i);
        Instant created = ProviderProfile.of(population, i).createdAt();
        int k = 0;
        for (Catalogue.Topic topic : Catalogue.TOPICS) {
            k++;
            if (random.nextDouble() >= topic.declared()) {
                continue;
            }
            boolean verified = random.nextDouble() < topic.verified();
            Instant verifiedAt = verified ? created.plusSeconds(86400 + random.nextInt(30 * 86400)) : null;
            if (verifiedAt != null && verifiedAt.isAfter(population.now)) {
                verifiedAt = population.now.minusSeconds(3600);
            }
            rows.uuid(population.ids.uuid(Ids.CLAIM, i * 16L + k))
                    .uuid(population.providerId(i))
                    .raw(topic.code())
                    .text("")
                    .text(topic.evidence() + " " + (10000 + random.nextInt(90000)))
                    .raw(verified ? "VERIFIED" : "SELF_DECLARED")
                    .uuid(verified ? population.moderatorId() : null)
                    .time(verifiedAt)
                    .raw(0)
                    .time(created)
                    .time(verified ? verifiedAt : created);
            rows.end();
        }
    }
}
