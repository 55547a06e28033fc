package io.vetted.review.reference;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
final class SirenValidator implements ConstraintValidator<Siren, String> {

    @Override
    public boolean isValid(
            @Nullable String value,
            @NonNull AnnotationValue<Siren> annotation,
            @NonNull ConstraintValidatorContext context) {
        return value == null || value.isBlank() || valid(value.replace(" ", ""));
    }

    static boolean valid(String digits) {
        if (!digits.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = digits.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
