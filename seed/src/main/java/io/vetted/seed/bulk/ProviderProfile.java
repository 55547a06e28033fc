package io.vetted.seed.bulk;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** One provider's profile, recomputed identically by every loader from the seed and its number. */
record ProviderProfile(
        int number,
        String name,
        boolean agency,
        boolean remote,
        boolean onSite,
        Catalogue.City city,
        List<String> specialties,
        Instant createdAt,
        Instant publishedAt,
        int teamSize,
        int yearFounded,
        String siren,
        String siret,
        String website,
        List<String> languages,
        List<String> regions,
        List<String> departments,
        String offshoreCountry,
        String description) {

    static ProviderProfile of(Population population, int number) {
        SplittableRandom random = population.random(Ids.PROVIDER, number);
        boolean agency = random.nextDouble() < 0.45;
        Catalogue.City city = Catalogue.city(random.nextDouble());
        String owner = population.ownerName(number);
        String base = agency ? Pools.pick(population.pools.companies, random.nextLong()) : owner;
        String name =
                base + " " + Texts.pick(agency ? Texts.AGENCY_SUFFIXES : Texts.FREELANCE_SUFFIXES, random.nextLong());
        double mode = random.nextDouble();
        boolean remote = mode < 0.85;
        boolean onSite = mode > 0.25;
        List<String> specialties = pickDistinct(Catalogue.SPECIALTIES, 1 + random.nextInt(agency ? 5 : 3), random);
        Instant published = population.now.minus(Population.FIVE_YEARS).plusSeconds((long)
                (random.nextDouble() * (Population.FIVE_YEARS.toSeconds() - 10 * 86400L)));
        Instant created = published.minusSeconds(3600 + random.nextInt(20 * 86400));
        int founded = Math.min(created.atZone(ZoneOffset.UTC).getYear(), 1985 + random.nextInt(40));
        String siren = random.nextDouble() < 0.92 ? Ids.siren(50_000_000 + number) : null;
        String siret = siren != null && random.nextDouble() < 0.7 ? Ids.siret(siren, 1 + random.nextInt(40)) : null;
        String website = random.nextDouble() < 0.8 ? "https://www." + slug(name) + "-" + (number + 1) + ".fr" : null;
        List<String> languages = random.nextDouble() < 0.35 ? List.of("en", "fr") : List.of("fr");
        List<String> regions = List.of();
        List<String> departments = List.of();
        if (onSite) {
            double reach = random.nextDouble();
            if (reach < 0.25) {
                regions = List.of(city.region());
            } else if (reach < 0.9) {
                departments = pickDistinct(Catalogue.departmentsOf(city.region()), 1 + random.nextInt(3), random);
                if (!departments.contains(city.department())) {
                    departments = new ArrayList<>(departments);
                    departments.add(0, city.department());
                }
            }
        }
        String offshore = random.nextDouble() < 0.03
                ? List.of("MA", "TN", "MG", "RO", "PT").get(random.nextInt(5))
                : null;
        String description =
                String.format(Locale.ROOT, Texts.pick(Texts.OPENINGS, random.nextLong()), city.name(), founded) + " "
                        + Texts.pick(Texts.PROMISES, random.nextLong()) + " "
                        + Texts.pick(Texts.PROMISES, random.nextLong());
        return new ProviderProfile(
                number,
                name,
                agency,
                remote,
                onSite,
                city,
                specialties,
                created,
                published,
                agency ? 2 + (int) Math.min(500, Math.exp(random.nextDouble() * 5)) : 1,
                founded,
                siren,
                siret,
                website,
                languages,
                regions,
                departments,
                offshore,
                description);
    }

    static <T> List<T> pickDistinct(List<T> from, int count, SplittableRandom random) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
