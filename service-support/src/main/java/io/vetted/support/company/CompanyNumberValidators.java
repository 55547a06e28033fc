package io.vetted.support.company;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

@Factory
class CompanyNumberValidators {

    @Singleton
    ConstraintValidator<Siren, CharSequence> sirenValidator() {
        return (value, annotation, context) -> absent(value) || CompanyNumbers.isSiren(value.toString());
    }

    @Singleton
    ConstraintValidator<Siret, CharSequence> siretValidator() {
        return (value, annotation, context) -> absent(value) || CompanyNumbers.isSiret(value.toString());
    }

    private static boolean absent(CharSequence value) {
        return value == null || CompanyNumbers.normalize(value.toString()).isEmpty();
    }
}
