package io.vetted.seed;

import io.vetted.seed.bulk.Catalogue;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Plausible French IT providers, every section filled: names and people from Datafaker's French
 * data, the rest drawn from what such providers really offer and charge. Reproducible from a seed.
 */
final class ProfileGenerator {

    private final Faker faker;
    private final Random random;
    private final DemoTexts texts;

    ProfileGenerator(Faker faker, Random random) {
        this.faker = faker;
        this.random = random;
        this.texts = new DemoTexts(random);
    }

    DemoProfile provider() {
        boolean agency = random.nextInt(100) < 65;
        FrenchCities.City city = pick(FrenchCities.ALL);
        String name = name(agency, city);
        Set<String> specialties = new LinkedHashSet<>();
        specialties.add(
                agency ? pick(List.of("HELPDESK", "SERVERS_INFRASTRUCTURE", "NETWORKS")) : pick(Catalogue.SPECIALTIES));
        while (specialties.size() < (agency ? 3 + random.nextInt(3) : 1 + random.nextInt(2))) {
            specialties.add(pick(Catalogue.SPECIALTIES));
        }
        boolean remote = random.nextInt(100) < 85;
        boolean onSite = !remote || random.nextInt(100) < 75;
        List<String> modes = new ArrayList<>();
        if (remote) {
            modes.add("REMOTE");
        }
        if (onSite) {
            modes.add("ON_SITE");
        }
        List<String> sectors = pickSome(Catalogue.SECTORS, 1 + random.nextInt(3));
        int founded =
                Year.now(FrenchMarket.PARIS).getValue() - (agency ? 3 + random.nextInt(25) : 1 + random.nextInt(15));
        PricingPlan pricing = new PricingPlan(random, agency, onSite, specialties);

        Map<String, Object> create = new HashMap<>();
        create.put("name", name);
        create.put("kind", agency ? "AGENCY" : "FREELANCE");
        create.put("deliveryModes", modes);
        create.put("city", city.name());
        create.put("postcode", city.postcode());
        create.put("specialties", List.copyOf(specialties));
        create.put("description", texts.description(name, agency, city.name(), founded, specialties, sectors));
        create.put("offers", pricing.initialOffers());
        create.put("teamSize", agency ? 3 + random.nextInt(random.nextInt(100) < 80 ? 25 : 120) : 1);
        create.put("yearFounded", founded);
        create.put("siren", DemoIdentifiers.siren(random));
        create.put("website", "https://www." + DemoIdentifiers.slug(name) + ".fr");
        create.put("languages", languages());

        return new DemoProfile(
                create,
                delivery(modes, city),
                texts.sla(agency),
                texts.subcontracting(agency),
                texts.dueDiligence(sectors, city.name(), agency),
                new DemoClaims(random, DemoIdentifiers.slug(name)).claims(agency, sectors),
                pricing.laterOffers(),
                pricing.rises());
    }

    private String name(boolean agency, FrenchCities.City city) {
        String last = faker.name().lastName();
        String base = agency
                ? pick(List.of(
                        last + " Informatique",
                        "Infogérance " + city.name(),
                        city.name() + " Réseaux & Systèmes",
                        last + " & Associés IT",
                        "Groupe " + last + " Numérique",
                        faker.company().name() + " IT Services",
                        "Atelier Numérique " + last,
                        last + " Cyber Conseil",
                        "Net" + capitalize(DemoIdentifiers.slug(city.name())) + " Services"))
                : faker.name().firstName() + " " + last
                        + pick(List.of(
                                " – Consultant IT",
                                " Informatique",
                                " – Technicien réseaux",
                                " – Expert Microsoft 365",
                                " – Sécurité informatique"));
        return base.length() > 120 ? base.substring(0, 120) : base;
    }

    private Map<String, Object> delivery(List<String> modes, FrenchCities.City city) {
        Map<String, Object> delivery = new HashMap<>();
        delivery.put("deliveryModes", modes);
        List<String> regions = new ArrayList<>();
        Set<String> departments = new LinkedHashSet<>();
        if (modes.contains("ON_SITE")) {
            if (random.nextInt(100) < 30) {
                regions.add(city.region());
            } else {
                departments.add(city.department());
                departments.addAll(pickSome(FrenchCities.departmentsOf(city.region()), random.nextInt(3)));
            }
        }
        delivery.put("onSiteRegions", regions);
        delivery.put("onSiteDepartments", List.copyOf(departments));
        delivery.put(
                "offshoreCountry", random.nextInt(100) < 7 ? pick(List.of("MA", "TN", "MG", "SN", "RO", "PT")) : null);
        return delivery;
    }

    private List<String> languages() {
        List<String> languages = new ArrayList<>(List.of("fr"));
        if (random.nextInt(100) < 55) {
            languages.add("en");
        }
        if (random.nextInt(100) < 15) {
            languages.add(pick(List.of("es", "de", "it", "ar", "pt", "br", "oc")));
        }
        return languages;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> pickSome(List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private static String capitalize(String word) {
        return word.isEmpty()
                ? word
                : Character.toUpperCase(word.charAt(0)) + word.substring(1).replace("-", "");
    }
}
