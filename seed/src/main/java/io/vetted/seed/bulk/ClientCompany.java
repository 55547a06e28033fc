package io.vetted.seed.bulk;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The company a client account writes for, and the key review-service identifies it by: its SIREN
 * when known, else its normalised name (the same folding as review-service's {@code Normalized}).
 */
record ClientCompany(String name, String siren, String key) {

    private static final List<String> FORMS = List.of("SARL", "SAS", "SASU", "EURL", "SA", "");

    static ClientCompany of(Population population, int sme) {
        long hash = Ids.mix(population.seed * 31 + sme);
        String name = Pools.pick(population.pools.companies, hash);
        String form = Texts.pick(FORMS, hash >>> 20);
        String full = form.isEmpty() ? name : name + " " + form;
        if (Math.floorMod(hash >>> 40, 100) < 85) {
            String siren = Ids.siren(20_000_000 + sme);
            return new ClientCompany(full, siren, "siren:" + siren);
        }
        return new ClientCompany(full, null, "name:" + key(full));
    }

    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return folded.replaceAll("\\b(sas|sasu|sarl|eurl|sa|sci|snc|ltd|inc)$", "")
                .strip();
    }
}
