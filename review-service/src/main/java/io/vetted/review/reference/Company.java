package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.company.CompanyNumbers;

/**
 * The client company an author writes for. {@code key} identifies it across accounts: its SIREN
 * when given, else its normalised name, so two colleagues cannot review one engagement twice.
 */
@Embeddable
@Serdeable
public record Company(String name, @Nullable String siren, String key) {

    static Company of(String name, @Nullable String siren) {
        String cleanName = name.strip();
        String cleanSiren = siren == null || siren.isBlank() ? null : CompanyNumbers.normalize(siren);
        String key = cleanSiren != null ? "siren:" + cleanSiren : "name:" + Normalized.key(cleanName);
        return new Company(cleanName, cleanSiren, key);
    }
}
