package io.vetted.vendor.provider;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET: 14 digits (spaces allowed) with a valid Luhn checksum. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface Siret {
    String message() default "must be a SIRET: 14 digits with a valid checksum";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
