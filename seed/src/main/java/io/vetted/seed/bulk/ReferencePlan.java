package io.vetted.seed.bulk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A provider's references: distinct clients from distinct companies (so no two can overlap on the
 * same engagement), ratings drawn around the provider's latent quality, labels and moderation
 * states in realistic shares, dates within the last five years and after the provider joined.
 */
record ReferencePlan(
        long number,
        int sme,
        ClientCompany company,
        Instant createdAt,
        Instant editedAt,
        short rating,
        List<Short> criteria,
        boolean recommend,
        boolean priceIncrease,
        String subcontracting,
        String afterHoursIncident,
        boolean contactAllowed,
        List<String> services,
        String mode,
        LocalDate start,
        LocalDate end,
        String costBand,
        int teamSize,
        boolean invited,
        Instant invitedAt,
        Instant confirmedAt,
        String status,
        Instant hiddenAt,
        Instant withdrawnAt,
        boolean disputed,
        boolean replied,
        String comment) {

    private static final String[] BANDS = {"UNDER_500", "FROM_500_TO_1500", "FROM_1500_TO_5000", "OVER_5000"};

    static List<ReferencePlan> of(Population population, ProviderProfile provider) {
        int count = population.referenceCount(provider.number());
        List<ReferencePlan> plans = new ArrayList<>(count);
        SplittableRandom authors = population.random(Ids.SME, provider.number());
        Set<Integer> smes = new HashSet<>();
        Set<String> companies = new HashSet<>();
        long first = population.firstReference(provider.number());
        for (int k = 0; k < count; k++) {
            int sme;
            ClientCompany company;
            do {
                sme = authors.nextInt(population.smes);
                company = ClientCompany.of(population, sme);
            } while (smes.contains(sme) || companies.contains(company.key()));
            smes.add(sme);
            companies.add(company.key());
            plans.add(one(population, provider, first + k, sme, company));
        }
        return plans;
    }

    private static ReferencePlan one(
            Population population, ProviderProfile provider, long number, int sme, ClientCompany company) {
        SplittableRandom random = population.random(Ids.REFERENCE, number);
        Instant earliest = max(provider.publishedAt(), population.now.minus(Population.FIVE_YEARS));
        Instant latest = population.now.minus(Population.NEWEST_REFERENCE);
        Instant created = between(earliest, latest, random);
        Instant edited = random.nextDouble() < 0.07 ? between(created, latest, random) : null;
        double quality = population.quality(provider.number());
        short rating = stars(quality + 0.9 * random.nextGaussian());
        Short[] criteria = new Short[7];
        for (int c = 0; c < criteria.length; c++) {
            boolean unrated = (c == 2 && random.nextDouble() < 0.35) || (c == 6 && random.nextDouble() < 0.15);
            criteria[c] = unrated ? null : stars(rating + 0.7 * random.nextGaussian());
        }
        double p = random.nextDouble();
        boolean recommend = rating >= 4 ? p < 0.95 : rating == 3 ? p < 0.4 : p < 0.03;
        boolean priceIncrease = random.nextDouble() < 0.03 + 0.05 * (5 - quality);
        LocalDate createdDate = created.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate start = createdDate.minusDays(60 + random.nextInt(1800));
        LocalDate end = random.nextDouble() < 0.35
                ? null
                : start.plusDays(
                        30 + random.nextInt((int) Math.max(1, createdDate.toEpochDay() - start.toEpochDay() - 29)));
        boolean invited = random.nextDouble() < 0.30;
        Instant invitedAt = invited ? created.minusSeconds(3600 + random.nextInt(20 * 86400)) : null;
        Instant confirmed = random.nextDouble() < 0.25
                ? min(created.plusSeconds(3600 + random.nextInt(10 * 86400)), population.now.minusSeconds(3600))
                : null;
        double fate = random.nextDouble();
        String status = fate < 0.004 ? "WITHDRAWN" : fate < 0.007 ? "HIDDEN" : "PUBLISHED";
        Instant changed =
                between(max(created, edited == null ? created : edited), population.now.minusSeconds(3600), random);
        String mode = provider.remote() && provider.onSite()
                ? List.of("REMOTE", "ON_SITE", "HYBRID").get(random.nextInt(3))
                : provider.remote() ? "REMOTE" : "ON_SITE";
        List<String> services = ProviderProfile.pickDistinct(provider.specialties(), 1 + random.nextInt(2), random);
        String comment = comment(population, rating, random);
        return new ReferencePlan(
                number,
                sme,
                company,
                created,
                edited,
                rating,
                Arrays.asList(criteria),
                recommend,
                priceIncrease,
                List.of("YES", "NO", "NO", "UNKNOWN", "UNKNOWN").get(random.nextInt(5)),
                List.of("YES", "NO", "NEVER_NEEDED", "NEVER_NEEDED").get(random.nextInt(4)),
                random.nextDouble() < 0.45,
                services,
                mode,
                start,
                end,
                BANDS[random.nextInt(BANDS.length)],
                1 + random.nextInt(80),
                invited,
                invitedAt,
                confirmed,
                status,
                status.equals("HIDDEN") ? changed : null,
                status.equals("WITHDRAWN") ? changed : null,
                status.equals("PUBLISHED") && random.nextDouble() < 0.005,
                random.nextDouble() < 0.06,
                comment);
    }

    /** Two to five sentences: a verdict matching the rating, then facts with numbers, products and names. */
    private static String comment(Population population, short rating, SplittableRandom random) {
        StringBuilder text = new StringBuilder(Texts.pick(Texts.VERDICTS.get((int) rating), random.nextLong()));
        String detail = Texts.pick(Texts.DETAILS, random.nextLong());
        String product = Texts.pick(Texts.PRODUCTS, random.nextLong());
        int count = 2 + random.nextInt(120);
        text.append(' ')
                .append(
                        detail.indexOf("%d") < detail.indexOf("%s")
                                ? String.format(detail, count, product)
                                : String.format(detail, product, count));
        if (random.nextDouble() < 0.6) {
            text.append(' ')
                    .append(String.format(
                            Texts.pick(Texts.PEOPLE, random.nextLong()),
                            Pools.pick(population.pools.firstNames, random.nextLong())));
        }
        int closings = random.nextInt(3);
        for (int k = 0; k < closings; k++) {
            text.append(' ').append(Texts.pick(Texts.CLOSINGS, random.nextLong()));
        }
        return text.toString();
    }

    Instant updatedAt() {
        Instant updated = editedAt != null ? editedAt : createdAt;
        for (Instant later : new Instant[] {confirmedAt, hiddenAt, withdrawnAt}) {
            updated = later != null && later.isAfter(updated) ? later : updated;
        }
        return updated;
    }

    private static short stars(double value) {
        return (short) Math.max(1, Math.min(5, Math.round(value)));
    }

    static Instant between(Instant from, Instant to, SplittableRandom random) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return span <= 1 ? from : from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
