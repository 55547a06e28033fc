package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The parts of vendor-service's answers that {@link VendorClient} returns, as the site reads them. */
public final class VendorModels {

    private VendorModels() {}

    @Serdeable
    public record Offer(
            UUID id,
            String title,
            String pricingModel,
            @Nullable String priceUnit,
            @Nullable BigDecimal priceEur,
            @Nullable String included,
            int minimumCommitmentMonths,
            int priceChangeNoticeDays,
            @Nullable PricePoint upcoming,
            @Nullable List<PricePoint> priceHistory,
            @Nullable PriceFlags flags,
            long version,
            @Nullable LocalDate onVettedSince,
            @Nullable Instant withdrawnAt,
            @Nullable Integer noticeInForceDays) {
        public Offer {
            included = included == null ? "" : included;
            priceHistory = priceHistory == null ? List.of() : priceHistory;
            flags = flags == null ? new PriceFlags(null, false) : flags;
        }
    }

    @Serdeable
    public record PricePoint(
            BigDecimal priceEur,
            LocalDate effectiveFrom,
            Instant announcedAt,
            @Nullable BigDecimal changePercent,
            @Nullable Integer noticeDays,
            int promisedNoticeDays,
            boolean shortNotice) {}

    @Serdeable
    public record PriceFlags(@Nullable BigDecimal raisedPercentLast12Months, boolean raisedWithShortNotice) {}

    @Serdeable
    public record Reputation(
            @Nullable BigDecimal averageRating,
            int referenceCount,
            int verifiedReferenceCount,
            @Nullable BigDecimal bayesianRating,
            @Nullable BigDecimal recommendShare,
            @Nullable Map<String, BigDecimal> criteria) {
        public static final Reputation NONE = new Reputation(null, 0, 0, null, null, Map.of());

        public Reputation {
            criteria = criteria == null ? Map.of() : criteria;
        }
    }

    @Serdeable
    public record Sla(
            @Nullable List<String> supportDays,
            @Nullable LocalTime supportFrom,
            @Nullable LocalTime supportTo,
            @Nullable String afterHours,
            @Nullable Integer afterHoursSurchargePercent,
            @Nullable Integer criticalResponseMinutes,
            @Nullable Integer criticalResolutionMinutes,
            @Nullable Integer highResponseMinutes,
            @Nullable Integer highResolutionMinutes,
            @Nullable Integer normalResponseMinutes,
            @Nullable Integer normalResolutionMinutes,
            @Nullable BigDecimal availabilityPercent,
            @Nullable String serviceCredits,
            @Nullable String reportingCadence,
            @Nullable String workingMethod,
            long version) {
        public static final Sla EMPTY =
                new Sla(List.of(), null, null, null, null, null, null, null, null, null, null, null, "", null, "", 0);

        public Sla {
            supportDays = supportDays == null ? List.of() : supportDays;
            serviceCredits = serviceCredits == null ? "" : serviceCredits;
            workingMethod = workingMethod == null ? "" : workingMethod;
        }

        public boolean stated() {
            return afterHours != null;
        }
    }

    @Serdeable
    public record Subcontracting(
            @Nullable Boolean subcontracts,
            @Nullable String activities,
            @Nullable String country,
            long version) {
        public static final Subcontracting EMPTY = new Subcontracting(null, "", null, 0);

        public Subcontracting {
            activities = activities == null ? "" : activities;
        }
    }

    @Serdeable
    public record DueDiligence(
            @Nullable List<String> sectors,
            @Nullable String sectorExperience,
            @Nullable String dataProtection,
            @Nullable String incidentPlan,
            @Nullable String interventionHours,
            long version) {
        public static final DueDiligence EMPTY = new DueDiligence(List.of(), "", "", "", "", 0);

        public DueDiligence {
            sectors = sectors == null ? List.of() : sectors;
            sectorExperience = sectorExperience == null ? "" : sectorExperience;
            dataProtection = dataProtection == null ? "" : dataProtection;
            incidentPlan = incidentPlan == null ? "" : incidentPlan;
            interventionHours = interventionHours == null ? "" : interventionHours;
        }
    }

    @Serdeable
    public record Claim(
            String topic,
            boolean certification,
            @Nullable String detail,
            String evidence,
            String status,
            @Nullable Instant verifiedAt,
            long version) {
        public boolean verified() {
            return "VERIFIED".equals(status);
        }
    }

    /** Who vouches for the SIREN: {@code legalName} (the register's) only once VERIFIED. */
    @Serdeable
    public record Company(
            String siren,
            String status,
            @Nullable String legalName,
            @Nullable Instant verifiedAt,
            @Nullable CompanyOwnerView owner) {
        public boolean verified() {
            return "VERIFIED".equals(status);
        }

        /** The last check the owner asked of moderators (owner's view only), if any. */
        public Optional<CompanyCheck> latestCheck() {
            return owner == null || owner.checks() == null
                    ? Optional.empty()
                    : owner.checks().stream().max(Comparator.comparing(CompanyCheck::requestedAt));
        }

        /** DECLARED, UNDER_CHECK (a check waits for a moderator), REFUSED (the last one was) or VERIFIED. */
        public String ownerStatus() {
            if (verified()) {
                return "VERIFIED";
            }
            return latestCheck()
                    .map(check -> switch (check.status()) {
                        case "PENDING" -> "UNDER_CHECK";
                        case "REJECTED" -> "REFUSED";
                        default -> "DECLARED";
                    })
                    .orElse("DECLARED");
        }
    }

    /** What only the owner sees of its company's verification: the checks it asked for. */
    @Serdeable
    public record CompanyOwnerView(
            @Nullable String registerState, @Nullable List<CompanyCheck> checks) {}

    /** A check of the company asked of moderators: KBIS or DOMAIN_MAIL; PENDING, ACCEPTED, REJECTED, SUPERSEDED. */
    @Serdeable
    public record CompanyCheck(
            UUID id,
            String evidence,
            String status,
            @Nullable String decisionReason,
            Instant requestedAt,
            @Nullable Instant decidedAt) {}

    /** "Formerly …": {@code field} (NAME, SIREN, WEBSITE) was {@code previousValue} until {@code changedAt}. */
    @Serdeable
    public record FormerIdentity(
            String field,
            @Nullable String previousValue,
            @Nullable String newValue,
            Instant changedAt) {}

    /** A SIREN contest as one of its sides (CLAIMANT or HOLDER) sees it. */
    @Serdeable
    public record Contest(
            UUID id,
            String siren,
            String side,
            UUID otherProviderId,
            String otherProviderName,
            String statement,
            boolean holderAnswered,
            String status,
            @Nullable String winner,
            @Nullable String decisionReason,
            Instant openedAt,
            @Nullable Instant decidedAt) {
        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean won() {
            return side.equals(winner);
        }
    }

    @Serdeable
    public record Completeness(int score, List<String> missing) {}

    @Serdeable
    public record PendingClaim(UUID providerId, String providerName, Claim claim) {}

    @Serdeable
    public record Catalog(
            List<String> specialties,
            List<String> sectors,
            List<String> certifications,
            List<String> practices,
            List<Region> regions) {}

    @Serdeable
    public record Region(String code, String name, List<Department> departments) {}

    @Serdeable
    public record Department(String code, String name) {}

    @Serdeable
    public record Estimate(Fleet fleet, List<ProviderEstimate> providers) {}

    @Serdeable
    public record Fleet(
            int users, int workstations, int servers, int hours, int interventions, boolean interventionsGiven) {}

    /** A provider's total for the fleet ({@code plan}) and, for reference only, each offer priced on its own. */
    @Serdeable
    public record ProviderEstimate(
            UUID providerId,
            String name,
            List<OfferEstimate> offers,
            @Nullable Plan plan) {}

    /** vendor-service's combination of offers into a monthly and yearly total, with the working. */
    @Serdeable
    public record Plan(
            String kind,
            List<PlanLine> lines,
            @Nullable BigDecimal monthlyEur,
            @Nullable BigDecimal yearlyEur,
            List<String> unpriced,
            int minimumCommitmentMonths,
            @Nullable BigDecimal upcomingMonthlyEur) {}

    @Serdeable
    public record PlanLine(
            UUID offerId,
            String title,
            String basis,
            int quantity,
            BigDecimal unitPriceEur,
            BigDecimal monthlyEur,
            String reason) {}

    @Serdeable
    public record OfferEstimate(
            UUID offerId,
            String title,
            String pricingModel,
            @Nullable String priceUnit,
            String basis,
            int quantity,
            @Nullable BigDecimal unitPriceEur,
            @Nullable BigDecimal monthlyEur,
            int minimumCommitmentMonths,
            @Nullable BigDecimal upcomingMonthlyEur,
            @Nullable LocalDate upcomingFrom) {}
}
