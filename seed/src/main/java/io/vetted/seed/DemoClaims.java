package io.vetted.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A provider's security and compliance claims with their evidence. Most providers state their
 * practices; fewer hold certifications, and health-sector ones are the likeliest to be HDS.
 */
final class DemoClaims {

    private static final List<String> INSURERS =
            List.of("Hiscox", "AXA", "MMA", "Allianz", "Generali", "Groupama", "MAAF Pro");
    private static final List<String> HOSTING = List.of(
            "France — OVHcloud (Roubaix, Gravelines)",
            "France — Scaleway (Paris)",
            "France — Outscale (Saint-Cloud)",
            "Union européenne — Microsoft Azure (France Centre)",
            "France — salle serveur du client, copie chez OVHcloud");

    private final Random random;
    private final String domain;

    DemoClaims(Random random, String slug) {
        this.random = random;
        this.domain = "https://www." + slug + ".fr";
    }

    List<DemoProfile.Claim> claims(boolean agency, List<String> sectors) {
        List<DemoProfile.Claim> claims = new ArrayList<>();
        add(
                claims,
                85,
                "GDPR_DPA",
                "Contrat conforme à l’article 28, annexé à chaque devis",
                domain + "/documents/contrat-sous-traitance-rgpd.pdf",
                true);
        add(claims, 90, "DATA_LOCATION", pick(HOSTING), domain + "/securite#hebergement", false);
        add(
                claims,
                90,
                "BACKUP",
                "Sauvegarde quotidienne, copie hors site chiffrée, test de restauration trimestriel",
                "Procès-verbal du dernier test de restauration, disponible sur demande",
                false);
        add(
                claims,
                70,
                "ENCRYPTION",
                "Postes chiffrés (BitLocker/FileVault), sauvegardes chiffrées AES-256, TLS partout",
                domain + "/securite#chiffrement",
                false);
        add(
                claims,
                65,
                "INCIDENT_RESPONSE_PLAN",
                "Procédure écrite, revue chaque année avec les clients",
                domain + "/documents/plan-reponse-incidents.pdf",
                false);
        String insurer = pick(INSURERS);
        add(
                claims,
                90,
                "LIABILITY_INSURANCE",
                insurer + " — "
                        + (agency
                                ? pick(List.of("1 500 000", "2 000 000", "3 000 000"))
                                : pick(List.of("500 000", "1 000 000")))
                        + " € par sinistre",
                "Attestation " + insurer + " " + (2025 + random.nextInt(2)),
                true);
        if (agency) {
            add(
                    claims,
                    18,
                    "ISO_27001",
                    "Périmètre : infogérance et support",
                    "Certificat AFNOR n° " + (1000 + random.nextInt(9000)) + "/" + (2023 + random.nextInt(3)),
                    true);
            add(
                    claims,
                    12,
                    "ISO_9001",
                    "Système de management de la qualité",
                    "Certificat Bureau Veritas n° FR" + (100000 + random.nextInt(900000)),
                    true);
        }
        add(
                claims,
                22,
                "EXPERT_CYBER",
                "Label ExpertCyber de Cybermalveillance.gouv.fr",
                "https://www.cybermalveillance.gouv.fr/diagnostic/annuaire",
                true);
        if (sectors.contains("HEALTHCARE")) {
            add(
                    claims,
                    40,
                    "HDS",
                    "Hébergement des sauvegardes de données de santé (activités 1 à 5)",
                    "Certificat HDS n° " + (2024 + random.nextInt(2)) + "-" + (100 + random.nextInt(900)),
                    true);
        }
        if (sectors.contains("EDUCATION")) {
            add(
                    claims,
                    50,
                    "QUALIOPI",
                    "Actions de formation aux outils numériques",
                    "Certificat Qualiopi n° " + (10000 + random.nextInt(90000)),
                    true);
        }
        return claims;
    }

    private void add(
            List<DemoProfile.Claim> claims,
            int percent,
            String topic,
            String detail,
            String evidence,
            boolean verifiable) {
        if (random.nextInt(100) < percent) {
            claims.add(new DemoProfile.Claim(topic, detail, evidence, verifiable && random.nextBoolean()));
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
