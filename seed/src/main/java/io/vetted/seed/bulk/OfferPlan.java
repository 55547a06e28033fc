package io.vetted.seed.bulk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** One offer of a provider and its price history: the first price, then zero to five announced changes. */
record OfferPlan(
        UUID id,
        Texts.OfferTemplate template,
        int commitmentMonths,
        int noticeDays,
        Instant createdAt,
        Instant withdrawnAt,
        List<Price> prices) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    record Price(UUID id, BigDecimal eur, LocalDate effectiveFrom, Instant announcedAt, int promisedNoticeDays) {}

    /** Offer numbers are provider number × 8 + position; price numbers offer number × 8 + position. */
    static List<OfferPlan> of(Population population, ProviderProfile provider) {
        SplittableRandom random = population.random(Ids.OFFER, provider.number());
        List<Texts.OfferTemplate> templates = ProviderProfile.pickDistinct(Texts.OFFERS, 1 + random.nextInt(6), random);
        List<OfferPlan> offers = new ArrayList<>(templates.size());
        for (int k = 0; k < templates.size(); k++) {
            long number = provider.number() * 8L + k;
            Texts.OfferTemplate template = templates.get(k);
            int notice = List.of(0, 15, 30, 30, 60, 90).get(random.nextInt(6));
            int commitment = template.model().equals("MONTHLY_FIXED")
                    ? List.of(0, 1, 12, 12, 24, 36).get(random.nextInt(6))
                    : 0;
            Instant created = provider.createdAt().plusSeconds(random.nextInt(3 * 86400));
            Instant withdrawn = random.nextDouble() < 0.04 ? between(created, population.now, random) : null;
            offers.add(new OfferPlan(
                    population.ids.uuid(Ids.OFFER, number),
                    template,
                    commitment,
                    notice,
                    created,
                    withdrawn,
                    prices(population, number, template, notice, created, random)));
        }
        return offers;
    }

    private static List<Price> prices(
            Population population,
            long offer,
            Texts.OfferTemplate template,
            int notice,
            Instant created,
            SplittableRandom random) {
        List<Price> prices = new ArrayList<>();
        double eur = template.low() + random.nextDouble() * (template.high() - template.low());
        prices.add(new Price(
                population.ids.uuid(Ids.PRICE, offer * 8),
                euros(eur),
                created.atZone(PARIS).toLocalDate(),
                created,
                notice));
        int changes = random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(5);
        Instant last = created;
        for (int k = 1; k <= changes; k++) {
            Instant announced = between(last, population.now, random);
            if (!announced.isAfter(last)) {
                break;
            }
            eur = eur
                    * (random.nextDouble() < 0.85
                            ? 1.02 + random.nextDouble() * 0.15
                            : 0.85 + random.nextDouble() * 0.12);
            // about one change in ten takes effect sooner than the notice the offer promised
            int gap = random.nextDouble() < 0.1 ? random.nextInt(Math.max(1, notice)) : notice + random.nextInt(15);
            prices.add(new Price(
                    population.ids.uuid(Ids.PRICE, offer * 8 + k),
                    euros(eur),
                    announced.atZone(PARIS).toLocalDate().plusDays(gap),
                    announced,
                    notice));
            last = announced;
        }
        return prices;
    }

    private static Instant between(Instant from, Instant to, SplittableRandom random) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return span <= 1 ? from : from.plusSeconds(1 + (long) (random.nextDouble() * (span - 1)));
    }

    private static BigDecimal euros(double amount) {
        return BigDecimal.valueOf(Math.min(1_000_000, Math.max(1, amount))).setScale(2, RoundingMode.HALF_UP);
    }

    String model() {
        return template.model();
    }
}
