package io.vetted.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** The written parts of a demo profile, composed from what providers typically answer. */
final class DemoTexts {

    private static final Map<String, String> SPECIALTY_PHRASES = Map.ofEntries(
            Map.entry("HELPDESK", "un support utilisateurs joignable par téléphone, e-mail et portail de tickets"),
            Map.entry("NETWORKS", "la conception et la maintenance de réseaux et de Wi-Fi d’entreprise"),
            Map.entry(
                    "SERVERS_INFRASTRUCTURE", "l’infogérance de serveurs Windows et Linux, sur site ou dans le cloud"),
            Map.entry("CLOUD_SAAS", "la migration et l’administration de Microsoft 365 et de Google Workspace"),
            Map.entry("CYBERSECURITY", "l’audit de sécurité, l’EDR et la sensibilisation des équipes au phishing"),
            Map.entry(
                    "BACKUP_RECOVERY", "des sauvegardes externalisées testées chaque trimestre et un plan de reprise"),
            Map.entry("HARDWARE", "l’achat, le déploiement et la maintenance du parc de postes et d’imprimantes"),
            Map.entry("TELEPHONY_VOIP", "la téléphonie IP, les standards virtuels et la portabilité des numéros"),
            Map.entry("WEB_HOSTING", "l’hébergement de sites et d’applications en France"),
            Map.entry("SOFTWARE_DEVELOPMENT", "le développement d’applications métier sur mesure"),
            Map.entry("ERP_CRM", "l’intégration et le paramétrage d’ERP et de CRM pour PME"),
            Map.entry(
                    "DATA_PROTECTION_GDPR",
                    "la mise en conformité RGPD, le registre des traitements et le DPO externalisé"));
    private static final Map<String, String> SECTOR_NAMES = Map.ofEntries(
            Map.entry("HEALTHCARE", "cabinets médicaux et paramédicaux"),
            Map.entry("LEGAL", "cabinets d’avocats et études notariales"),
            Map.entry("ACCOUNTING_FINANCE", "cabinets d’expertise comptable"),
            Map.entry("RETAIL", "commerces et e-commerçants"),
            Map.entry("MANUFACTURING", "PME industrielles"),
            Map.entry("CONSTRUCTION", "entreprises du bâtiment et architectes"),
            Map.entry("HOSPITALITY", "hôtels et restaurants"),
            Map.entry("EDUCATION", "écoles et organismes de formation"),
            Map.entry("PUBLIC_SECTOR", "mairies et collectivités"),
            Map.entry("NON_PROFIT", "associations"),
            Map.entry("TRANSPORT_LOGISTICS", "transporteurs et logisticiens"),
            Map.entry("REAL_ESTATE", "agences immobilières"),
            Map.entry("AGRICULTURE", "exploitations et coopératives agricoles"),
            Map.entry("PROFESSIONAL_SERVICES", "cabinets de conseil"));

    private final Random random;

    DemoTexts(Random random) {
        this.random = random;
    }

    String description(
            String name, boolean agency, String city, int founded, Set<String> specialties, List<String> sectors) {
        String who = agency
                ? name + " accompagne depuis " + founded + " les PME de " + city + " et de sa région"
                : "Consultant indépendant installé à " + city + " depuis " + founded + ", j’accompagne les TPE et PME";
        String what = specialties.stream().map(SPECIALTY_PHRASES::get).collect(Collectors.joining(", "));
        String whom = sectors.stream().map(SECTOR_NAMES::get).collect(Collectors.joining(", "));
        String how = pick(List.of(
                "Un interlocuteur unique connaît votre parc et vos équipes.",
                "Nous privilégions un forfait mensuel clair, sans surprise sur la facture.",
                "Chaque intervention est tracée dans un ticket que vous pouvez suivre en ligne.",
                "Nous documentons votre système d’information et vous en remettons les accès à tout moment."));
        return who + " : " + what + ". Clients types : " + whom + ". " + how;
    }

    Map<String, Object> sla(boolean agency) {
        String afterHours = agency
                ? pick(List.of("ON_CALL", "ON_CALL", "TWENTY_FOUR_SEVEN", "NONE"))
                : pick(List.of("NONE", "ON_CALL"));
        int critical = agency ? pick(List.of(15, 30, 30, 60)) : pick(List.of(60, 120, 240));
        Map<String, Object> sla = new HashMap<>();
        sla.put(
                "supportDays",
                random.nextInt(100) < 20
                        ? List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
                        : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        sla.put("supportFrom", pick(List.of("08:00", "08:30", "09:00")));
        sla.put("supportTo", pick(List.of("18:00", "18:30", "19:00")));
        sla.put("afterHours", afterHours);
        if (!afterHours.equals("NONE")) {
            sla.put("afterHoursSurchargePercent", pick(List.of(25, 50, 50, 100)));
        }
        sla.put("criticalResponseMinutes", critical);
        sla.put("criticalResolutionMinutes", critical * pick(List.of(4, 8)));
        sla.put("highResponseMinutes", critical * 2);
        sla.put("highResolutionMinutes", critical * 16);
        sla.put("normalResponseMinutes", critical * 8);
        sla.put("normalResolutionMinutes", 2880);
        sla.put("availabilityPercent", agency ? pick(List.of("99.5", "99.8", "99.9")) : "99.0");
        sla.put(
                "serviceCredits",
                pick(List.of(
                        "Avoir de 5 % du forfait mensuel par heure de dépassement sur un incident critique, plafonné à 30 %.",
                        "Pénalité de 50 € HT par incident critique traité hors délai, déduite de la facture suivante.",
                        "Un mois de forfait offert si la disponibilité mensuelle passe sous l’engagement.")));
        sla.put(
                "reportingCadence",
                agency ? pick(List.of("MONTHLY", "MONTHLY", "QUARTERLY")) : pick(List.of("MONTHLY", "NONE")));
        sla.put(
                "workingMethod",
                pick(
                        List.of(
                                "Portail de tickets, technicien attitré, comité de suivi trimestriel avec la direction.",
                                "Prise en main à distance sécurisée, procédures ITIL, documentation du parc tenue à jour.",
                                "Un ticket par demande, accusé de réception immédiat, compte rendu d’intervention systématique.")));
        return sla;
    }

    Map<String, Object> subcontracting(boolean agency) {
        Map<String, Object> answer = new HashMap<>();
        int draw = random.nextInt(100);
        answer.put("subcontracts", draw >= 55);
        if (draw >= 55) {
            List<Object[]> options = List.of(
                    new Object[] {"Câblage et travaux de courant faible", "FR"},
                    new Object[] {"Support de niveau 1 la nuit et le week-end", pick(List.of("MA", "MG", "TN", "SN"))},
                    new Object[] {"Développement d’applications", pick(List.of("PT", "RO"))},
                    new Object[] {"Hébergement des sauvegardes", "FR"});
            Object[] chosen = options.get(agency ? random.nextInt(options.size()) : 0);
            answer.put("activities", chosen[0]);
            answer.put("country", chosen[1]);
        }
        return answer;
    }

    Map<String, Object> dueDiligence(List<String> sectors, String city, boolean agency) {
        List<String> named =
                new ArrayList<>(sectors.stream().map(SECTOR_NAMES::get).toList());
        Map<String, Object> answers = new HashMap<>();
        answers.put("sectors", sectors);
        answers.put(
                "sectorExperience",
                (agency ? 8 + random.nextInt(40) : 3 + random.nextInt(12)) + " clients suivis parmi les "
                        + String.join(", ", named) + " autour de " + city + ". "
                        + pick(List.of(
                                "Nous connaissons leurs logiciels métier et leurs contraintes de confidentialité.",
                                "Références clients disponibles sur demande, avec leur accord.",
                                "Habitués aux périodes de forte charge de ces métiers (clôtures, saisons).")));
        answers.put(
                "dataProtection",
                pick(
                        List.of(
                                "Accès administrateur nominatifs avec double authentification, postes chiffrés (BitLocker), journalisation des accès. Aucune donnée client ne quitte l’UE.",
                                "Principe du moindre privilège, coffre-fort de mots de passe, sauvegardes chiffrées hors site, contrat de sous-traitance RGPD signé avec chaque client.",
                                "Nous ne copions jamais vos données sur nos propres équipements ; interventions tracées et revues chaque mois.")));
        answers.put(
                "incidentPlan",
                pick(
                        List.of(
                                "Astreinte joignable par un numéro unique ; diagnostic à distance dans l’heure, technicien sur place si besoin, restauration depuis la dernière sauvegarde et rapport d’incident sous 48 h.",
                                "Procédure écrite remise au client : qualification, confinement, communication, retour à la normale, post-mortem. Exercice de restauration annuel avec vous.",
                                "En cas de rançongiciel : isolement du réseau, déclaration à Cybermalveillance.gouv.fr, restauration depuis les sauvegardes immuables, accompagnement pour la plainte.")));
        answers.put(
                "interventionHours",
                pick(List.of(
                        "Du lundi au vendredi de 8 h 30 à 18 h ; astreinte soirs et week-ends pour les incidents critiques.",
                        "Jours ouvrés de 9 h à 19 h ; interventions planifiées possibles le samedi matin.",
                        "Support à distance de 8 h à 20 h en semaine ; déplacements sur site sous 4 h ouvrées.")));
        return answers;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
