package io.vetted.vendor.provider;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

@Factory
class CompanyNumberValidators {

    @Singleton
    ConstraintValidator<Siren, CharSequence> sirenValidator() {
        return (value, annotation, context) -> value == null || CompanyNumbers.isSiren(value.toString());
    }

    @Singleton
    ConstraintValidator<Siret, CharSequence> siretValidator() {
        return (value, annotation, context) -> value == null || CompanyNumbers.isSiret(value.toString());
    }
}
