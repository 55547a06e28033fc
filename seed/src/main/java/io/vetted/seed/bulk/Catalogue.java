package io.vetted.seed.bulk;

import java.util.List;
import java.util.stream.Stream;

/**
 * vendor-service's catalogue codes (the one copy in the seeders: the demo loader's profiles use them too)
 * and the towns providers sit in, across every French region.
 */
public final class Catalogue {

    record City(String name, String postcode, String department, String region, int weight) {}

    public static final List<String> SPECIALTIES = List.of(
            "HELPDESK",
            "NETWORKS",
            "SERVERS_INFRASTRUCTURE",
            "CLOUD_SAAS",
            "CYBERSECURITY",
            "BACKUP_RECOVERY",
            "HARDWARE",
            "TELEPHONY_VOIP",
            "WEB_HOSTING",
            "SOFTWARE_DEVELOPMENT",
            "ERP_CRM",
            "DATA_PROTECTION_GDPR");

    public static final List<String> SECTORS = List.of(
            "HEALTHCARE",
            "LEGAL",
            "ACCOUNTING_FINANCE",
            "RETAIL",
            "MANUFACTURING",
            "CONSTRUCTION",
            "HOSPITALITY",
            "EDUCATION",
            "PUBLIC_SECTOR",
            "NON_PROFIT",
            "TRANSPORT_LOGISTICS",
            "REAL_ESTATE",
            "AGRICULTURE",
            "PROFESSIONAL_SERVICES");

    /** Claim topics with the share of providers declaring each and the share of those a moderator verified. */
    record Topic(String code, double declared, double verified, String evidence) {}

    static final List<Topic> TOPICS = List.of(
            new Topic("ISO_27001", 0.08, 0.6, "Certificat ISO/IEC 27001 n°"),
            new Topic("ISO_27701", 0.02, 0.5, "Certificat ISO/IEC 27701 n°"),
            new Topic("ISO_9001", 0.10, 0.6, "Certificat ISO 9001 n°"),
            new Topic("ISO_20000", 0.02, 0.5, "Certificat ISO/IEC 20000-1 n°"),
            new Topic("HDS", 0.03, 0.7, "Certificat hébergeur de données de santé n°"),
            new Topic("SOC_2", 0.01, 0.5, "Rapport SOC 2 Type II, exercice"),
            new Topic("SECNUMCLOUD", 0.005, 0.8, "Qualification SecNumCloud ANSSI n°"),
            new Topic("QUALIOPI", 0.04, 0.6, "Certificat Qualiopi n°"),
            new Topic("EXPERT_CYBER", 0.06, 0.6, "Label ExpertCyber n°"),
            new Topic("PCI_DSS", 0.01, 0.5, "Attestation de conformité PCI DSS n°"),
            new Topic("GDPR_DPA", 0.45, 0.2, "Modèle d'accord de sous-traitance RGPD, version"),
            new Topic("DATA_LOCATION", 0.35, 0.2, "Contrat d'hébergement en France, référence"),
            new Topic("BACKUP", 0.50, 0.15, "Procédure de sauvegarde 3-2-1, révision"),
            new Topic("ENCRYPTION", 0.30, 0.15, "Politique de chiffrement, révision"),
            new Topic("INCIDENT_RESPONSE_PLAN", 0.25, 0.2, "Plan de réponse aux incidents, version"),
            new Topic("LIABILITY_INSURANCE", 0.65, 0.3, "Attestation d'assurance RC Pro, police n°"));

    static final List<City> CITIES = List.of(
            new City("Paris", "75011", "75", "11", 60),
            new City("Boulogne-Billancourt", "92100", "92", "11", 10),
            new City("Saint-Denis", "93200", "93", "11", 6),
            new City("Versailles", "78000", "78", "11", 6),
            new City("Créteil", "94000", "94", "11", 4),
            new City("Nanterre", "92000", "92", "11", 6),
            new City("Lyon", "69003", "69", "84", 25),
            new City("Villeurbanne", "69100", "69", "84", 6),
            new City("Grenoble", "38000", "38", "84", 8),
            new City("Annecy", "74000", "74", "84", 5),
            new City("Clermont-Ferrand", "63000", "63", "84", 5),
            new City("Saint-Étienne", "42000", "42", "84", 5),
            new City("Marseille", "13008", "13", "93", 15),
            new City("Aix-en-Provence", "13100", "13", "93", 6),
            new City("Nice", "06000", "06", "93", 8),
            new City("Toulon", "83000", "83", "93", 5),
            new City("Toulouse", "31000", "31", "76", 15),
            new City("Montpellier", "34000", "34", "76", 10),
            new City("Nîmes", "30000", "30", "76", 4),
            new City("Perpignan", "66000", "66", "76", 3),
            new City("Bordeaux", "33000", "33", "75", 14),
            new City("Pau", "64000", "64", "75", 3),
            new City("Limoges", "87000", "87", "75", 3),
            new City("La Rochelle", "17000", "17", "75", 3),
            new City("Poitiers", "86000", "86", "75", 3),
            new City("Nantes", "44000", "44", "52", 12),
            new City("Angers", "49000", "49", "52", 5),
            new City("Le Mans", "72000", "72", "52", 4),
            new City("Rennes", "35000", "35", "53", 10),
            new City("Brest", "29200", "29", "53", 4),
            new City("Vannes", "56000", "56", "53", 3),
            new City("Lille", "59000", "59", "32", 14),
            new City("Amiens", "80000", "80", "32", 4),
            new City("Arras", "62000", "62", "32", 2),
            new City("Strasbourg", "67000", "67", "44", 10),
            new City("Metz", "57000", "57", "44", 5),
            new City("Reims", "51100", "51", "44", 4),
            new City("Nancy", "54000", "54", "44", 5),
            new City("Dijon", "21000", "21", "27", 5),
            new City("Besançon", "25000", "25", "27", 4),
            new City("Tours", "37000", "37", "24", 5),
            new City("Orléans", "45000", "45", "24", 5),
            new City("Rouen", "76000", "76", "28", 6),
            new City("Caen", "14000", "14", "28", 5),
            new City("Ajaccio", "20000", "2A", "94", 2),
            new City("Bastia", "20200", "2B", "94", 1),
            new City("Pointe-à-Pitre", "97110", "971", "01", 1),
            new City("Fort-de-France", "97200", "972", "02", 1),
            new City("Cayenne", "97300", "973", "03", 1),
            new City("Saint-Denis", "97400", "974", "04", 2),
            new City("Mamoudzou", "97600", "976", "06", 1));

    private static final City[] WEIGHTED = CITIES.stream()
            .flatMap(city -> Stream.generate(() -> city).limit(city.weight()))
            .toArray(City[]::new);

    /** A town picked in proportion to where French IT providers are. */
    static City city(double uniform) {
        return WEIGHTED[(int) (uniform * WEIGHTED.length)];
    }

    /** Departments served on site around a provider's own: its own and up to a few of its region. */
    static List<String> departmentsOf(String region) {
        return CITIES.stream()
                .filter(c -> c.region().equals(region))
                .map(City::department)
                .distinct()
                .toList();
    }

    private Catalogue() {}
}
