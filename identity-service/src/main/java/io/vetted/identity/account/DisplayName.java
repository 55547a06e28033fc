package io.vetted.identity.account;

import jakarta.validation.Constraint;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name other users will read next to this account's words: no invisible or direction-changing
 * characters, and nothing that passes for Vetted itself or its moderators (see {@link DisplayNames}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface DisplayName {

    String message() default "is not an acceptable display name";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
