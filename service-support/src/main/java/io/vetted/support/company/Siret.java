package io.vetted.support.company;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET: 14 digits (the SIREN and 5 more) with a valid check digit, spaces allowed (see {@link CompanyNumbers}); null or blank is "not given". */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Constraint(validatedBy = {})
public @interface Siret {

    String message() default "must be a SIRET: 14 digits with a valid checksum";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
