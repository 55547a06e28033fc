package io.vetted.seed;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** Plausible French IT providers and their clients, reproducible from a seed. */
final class FrenchMarket {

    /** The calendar the demo data's dates follow, as vendor-service's prices do. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Faker faker;
    private final Random random;
    private final ProfileGenerator profiles;

    FrenchMarket(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.FRANCE, random);
        this.profiles = new ProfileGenerator(faker, random);
    }

    DemoProfile nextProvider() {
        return profiles.provider();
    }

    Map<String, Object> sme() {
        String company = faker.company().name();
        String domain =
                company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Map.of(
                "displayName",
                faker.name().firstName() + " " + faker.name().lastName() + " (" + company + ")",
                "email",
                "contact." + random.nextInt(10_000) + "@" + domain + ".example.fr");
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
