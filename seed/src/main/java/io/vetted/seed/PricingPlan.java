package io.vetted.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What a provider charges, in the ranges French SMEs are quoted: a per-device or flat monthly fee
 * for agencies, an hourly rate for everyone, a call-out fee when working on site, a quoted project
 * now and then. Prices start on the day the profile appears on Vetted (no price may claim an earlier
 * start); about one provider in five announces a rise, some with less notice than their offer
 * promises.
 */
final class PricingPlan {

    private final Random random;
    private final List<Map<String, Object>> initial = new ArrayList<>();
    private final List<Map<String, Object>> later = new ArrayList<>();
    private final List<DemoProfile.PriceRise> rises = new ArrayList<>();

    PricingPlan(Random random, boolean agency, boolean onSite, Set<String> specialties) {
        this.random = random;
        if (agency) {
            boolean perDevice = random.nextBoolean();
            initial.add(offer(
                    perDevice ? "Infogérance du poste de travail" : "Forfait infogérance PME",
                    "MONTHLY_FIXED",
                    perDevice ? "PER_DEVICE" : "FLAT",
                    perDevice ? between(28, 65) : between(390, 2400),
                    "Supervision 24 h/24, mises à jour, antivirus EDR, support illimité à distance, rapport mensuel",
                    pick(List.of(12, 24, 36)),
                    pick(List.of(30, 60, 90))));
            initial.add(offer(
                    "Intervention hors forfait",
                    "HOURLY",
                    null,
                    between(60, 115),
                    "Facturation au quart d’heure",
                    0,
                    30));
        } else {
            initial.add(offer(
                    "Prestation à l’heure",
                    "HOURLY",
                    null,
                    between(45, 95),
                    "Diagnostic et dépannage, à distance ou sur site",
                    0,
                    pick(List.of(15, 30, 60))));
        }
        if (onSite) {
            later.add(offer(
                    "Déplacement sur site",
                    "PER_INTERVENTION",
                    null,
                    between(70, 180),
                    "Première heure de travail incluse",
                    0,
                    30));
        }
        if (specialties.contains("CLOUD_SAAS")) {
            later.add(offer(
                    "Administration Microsoft 365",
                    "MONTHLY_FIXED",
                    "PER_SEAT",
                    between(6, 18),
                    "Comptes, licences, sécurité de la messagerie, sauvegarde des boîtes",
                    12,
                    60));
        }
        if (agency && random.nextInt(100) < 40) {
            later.add(offer(
                    pick(List.of("Migration vers Microsoft 365", "Audit de sécurité", "Refonte du réseau Wi-Fi")),
                    "PROJECT",
                    null,
                    0,
                    "Devis gratuit sous 5 jours ouvrés après visite",
                    0,
                    30));
        }
        if (random.nextInt(100) < 22) {
            int notice = (Integer) initial.get(0).get("priceChangeNoticeDays");
            boolean shortNotice = random.nextBoolean();
            int percent = 5 + random.nextInt(14);
            int price = ((Number) initial.get(0).get("priceEur")).intValue() * (100 + percent) / 100;
            rises.add(new DemoProfile.PriceRise(0, price + ".00", shortNotice ? Math.max(1, notice / 4) : notice + 5));
        }
    }

    List<Map<String, Object>> initialOffers() {
        return initial;
    }

    List<Map<String, Object>> laterOffers() {
        return later;
    }

    List<DemoProfile.PriceRise> rises() {
        return rises;
    }

    private static Map<String, Object> offer(
            String title, String model, String unit, int price, String included, int commitment, int notice) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", title);
        offer.put("pricingModel", model);
        if (unit != null) {
            offer.put("priceUnit", unit);
        }
        if (!model.equals("PROJECT")) {
            offer.put("priceEur", DemoIdentifiers.euros(price));
        }
        offer.put("included", included);
        offer.put("minimumCommitmentMonths", commitment);
        offer.put("priceChangeNoticeDays", notice);
        return offer;
    }

    private int between(int low, int high) {
        int value = low + random.nextInt(high - low + 1);
        return value > 100 ? value / 10 * 10 : value;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
