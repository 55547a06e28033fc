package io.vetted.vendor.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The register's answer to {@code GET /search?q=<siren>} (recherche-entreprises): the companies
 * matching the query; only the fields Vetted reads, the others are ignored.
 */
@Serdeable
record RegisterAnswer(
        @Nullable List<Company> results,
        @JsonProperty("total_results") @Nullable Integer totalResults) {

    @Serdeable
    record Company(
            @Nullable String siren,
            @JsonProperty("nom_complet") @Nullable String fullName,
            @JsonProperty("nom_raison_sociale") @Nullable String legalName,
            @JsonProperty("etat_administratif") @Nullable String administrativeState) {}
}
