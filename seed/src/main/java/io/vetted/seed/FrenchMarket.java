package io.vetted.seed;

import net.datafaker.Faker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Plausible French IT providers and client feedback, reproducible from a seed. */
final class FrenchMarket {

    static final List<String> SPECIALTIES = List.of("HELPDESK", "NETWORKS", "SERVERS_INFRASTRUCTURE", "CLOUD_SAAS",
            "CYBERSECURITY", "BACKUP_RECOVERY", "HARDWARE", "TELEPHONY_VOIP", "WEB_HOSTING", "SOFTWARE_DEVELOPMENT",
            "ERP_CRM", "DATA_PROTECTION_GDPR");

    private static final List<String> CITIES = List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nantes",
            "Bordeaux", "Lille", "Rennes", "Strasbourg", "Montpellier", "Grenoble", "Dijon", "Angers", "Tours",
            "Clermont-Ferrand", "Rouen", "Metz", "Brest", "Annecy", "Pau");

    private static final Map<String, String> SPECIALTY_PHRASES = Map.ofEntries(
            Map.entry("HELPDESK", "un support utilisateurs joignable par téléphone et par ticket"),
            Map.entry("NETWORKS", "la conception et la maintenance de réseaux et de Wi-Fi d'entreprise"),
            Map.entry("SERVERS_INFRASTRUCTURE", "l'infogérance de serveurs Windows et Linux"),
            Map.entry("CLOUD_SAAS", "la migration et l'administration de Microsoft 365 et Google Workspace"),
            Map.entry("CYBERSECURITY", "l'audit de sécurité, l'EDR et la sensibilisation au phishing"),
            Map.entry("BACKUP_RECOVERY", "des sauvegardes externalisées testées chaque mois"),
            Map.entry("HARDWARE", "l'achat, le déploiement et la maintenance du parc informatique"),
            Map.entry("TELEPHONY_VOIP", "la téléphonie IP et les standards virtuels"),
            Map.entry("WEB_HOSTING", "l'hébergement de sites et d'applications en France"),
            Map.entry("SOFTWARE_DEVELOPMENT", "le développement d'applications métier sur mesure"),
            Map.entry("ERP_CRM", "l'intégration et le paramétrage d'ERP et de CRM"),
            Map.entry("DATA_PROTECTION_GDPR", "la mise en conformité RGPD et le registre des traitements"));

    private static final List<String> PRAISE = List.of(
            "Intervention rapide lors de notre panne de serveur, un vendredi soir.",
            "Le forfait mensuel est clair : pas de surprise sur la facture.",
            "Ils ont migré nos 25 postes vers Microsoft 365 sans interrompre l'activité.",
            "Très bon suivi, un compte rendu mensuel détaillé des tickets.",
            "Technicien patient et pédagogue avec nos équipes.",
            "Le SLA est respecté : réponse en moins d'une heure sur les incidents critiques.",
            "Sauvegardes testées, restauration réussie après un rançongiciel chez un voisin de bureau.");
    private static final List<String> CRITICISM = List.of(
            "Difficile à joindre en dehors des heures de bureau.",
            "Le tarif a augmenté en cours d'année avec un préavis très court.",
            "Certaines interventions ont été sous-traitées sans nous prévenir.",
            "Les délais annoncés n'ont pas toujours été tenus.",
            "Documentation de notre réseau incomplète à la fin du contrat.");

    private final Faker faker;
    private final Random random;

    FrenchMarket(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.FRANCE, random);
    }

    Map<String, Object> provider(int index) {
        boolean agency = random.nextInt(100) < 60;
        String city = CITIES.get(random.nextInt(CITIES.size()));
        String lastName = faker.name().lastName();
        String name = agency
                ? pick(List.of(lastName + " Informatique", "Infogérance " + city, lastName + " & Associés IT",
                "Cyber" + capitalize(faker.word().adjective()) + " Conseil", city + " Réseaux Services"))
                : faker.name().firstName() + " " + lastName + " – Consultant IT";
        Set<String> specialties = new LinkedHashSet<>();
        int count = 1 + random.nextInt(agency ? 4 : 2);
        while (specialties.size() < count) {
            specialties.add(SPECIALTIES.get(random.nextInt(SPECIALTIES.size())));
        }
        List<String> modes = switch (random.nextInt(3)) {
            case 0 -> List.of("REMOTE");
            case 1 -> List.of("ON_SITE");
            default -> List.of("REMOTE", "ON_SITE");
        };
        List<String> phrases = specialties.stream().map(SPECIALTY_PHRASES::get).toList();
        String description = (agency
                ? "Agence de " + (3 + random.nextInt(40)) + " personnes basée à " + city
                : "Consultant indépendant basé à " + city + ", " + (4 + random.nextInt(20)) + " ans d'expérience")
                + ". Nous accompagnons les PME pour " + String.join(", ", phrases) + ".";
        return Map.of("name", name + (index > 0 && random.nextInt(4) == 0 ? " " + (index + 1) : ""),
                "kind", agency ? "AGENCY" : "FREELANCE", "deliveryModes", modes, "city", city,
                "specialties", List.copyOf(specialties), "description", description, "offers", offers(agency));
    }

    private List<Map<String, Object>> offers(boolean agency) {
        List<Map<String, Object>> offers = new ArrayList<>();
        if (agency) {
            offers.add(Map.of("title", "Forfait infogérance " + (5 + random.nextInt(45)) + " postes",
                    "pricingModel", "MONTHLY_FIXED", "priceEur", price(290, 2400)));
        }
        offers.add(Map.of("title", agency ? "Intervention hors forfait" : "Prestation à l'heure",
                "pricingModel", "HOURLY", "priceEur", price(45, 120)));
        return offers;
    }

    Map<String, Object> sme() {
        String company = faker.company().name();
        String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Map.of("displayName", faker.name().firstName() + " " + faker.name().lastName() + " (" + company + ")",
                "email", "contact." + random.nextInt(10_000) + "@" + domain + ".example.fr");
    }

    Map<String, Object> reference() {
        int rating = random.nextInt(100) < 70 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
        String comment = pick(PRAISE) + (rating <= 3 ? " " + pick(CRITICISM) : random.nextInt(3) == 0 ? " " + pick(PRAISE) : "");
        return Map.of("rating", rating, "comment", comment);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private BigDecimal price(int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min + 1)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
