package io.vetted.review.trust;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** The part of the register's JSON this service reads; anything else in it is ignored. */
final class RegisterAnswer {

    private RegisterAnswer() {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Search(@Nullable List<Company> results) {}

    /** {@code etatAdministratif}: "A" active, "C" ceased. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Company(
            String siren,
            @Nullable String nomComplet,
            @Nullable String nomRaisonSociale,
            @Nullable String sigle,
            @Nullable String etatAdministratif,
            @Nullable Office siege) {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Office(
            @Nullable String adresse,
            @Nullable String codePostal,
            @Nullable String libelleCommune) {}
}
